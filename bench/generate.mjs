// Deterministic generators of realistic inputs for the benchmarks: the same seed gives the same
// bytes on every machine, so runs compare. Each file mixes hardened and careless settings, so rules
// both pass and report (a linter that only ever sees clean input is not being measured).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): Math.random would make every run's inputs differ. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const IMAGES = ['nginx:1.27', 'redis:7.2', 'postgres:16', 'node:20-slim', 'python:3.12-slim', 'golang:1.22', 'registry.example.com/team/api:2.4.1', 'busybox', 'grafana/grafana:latest', 'ghcr.io/org/worker@sha256:' + 'ab'.repeat(32)];
const NAMES = ['api', 'web', 'worker', 'cache', 'db', 'queue', 'auth', 'billing', 'search', 'ingest', 'metrics', 'gateway'];

// ---- Kubernetes -------------------------------------------------------------------------------

function container(r, name, indent) {
  const p = ' '.repeat(indent);
  const lines = [`${p}- name: ${name}`, `${p}  image: ${r.pick(IMAGES)}`, `${p}  imagePullPolicy: ${r.pick(['Always', 'IfNotPresent'])}`];
  lines.push(`${p}  ports:`, `${p}    - containerPort: ${r.pick([80, 8080, 443, 22, 5432, 6379])}`, `${p}      protocol: TCP`);
  lines.push(`${p}  env:`);
  lines.push(`${p}    - name: LOG_LEVEL`, `${p}      value: ${r.pick(['info', 'debug'])}`);
  if (r.chance(0.3)) lines.push(`${p}    - name: DB_PASSWORD`, `${p}      value: "hunter2-${r.int(1000)}"`);
  else lines.push(`${p}    - name: DB_PASSWORD`, `${p}      valueFrom:`, `${p}        secretKeyRef: {name: db, key: password}`);
  if (r.chance(0.7)) {
    lines.push(`${p}  resources:`, `${p}    requests: {cpu: 100m, memory: 128Mi}`);
    if (r.chance(0.6)) lines.push(`${p}    limits: {cpu: 500m, memory: 256Mi}`);
  }
  if (r.chance(0.6)) {
    lines.push(`${p}  securityContext:`);
    lines.push(`${p}    allowPrivilegeEscalation: ${r.chance(0.8) ? 'false' : 'true'}`);
    lines.push(`${p}    readOnlyRootFilesystem: ${r.chance(0.7) ? 'true' : 'false'}`);
    if (r.chance(0.8)) lines.push(`${p}    runAsNonRoot: true`, `${p}    runAsUser: ${r.pick([1000, 10001, 0])}`);
    if (r.chance(0.1)) lines.push(`${p}    privileged: true`);
    lines.push(`${p}    capabilities:`, `${p}      drop: ["ALL"]`);
    if (r.chance(0.2)) lines.push(`${p}      add: ["${r.pick(['NET_ADMIN', 'SYS_ADMIN', 'NET_BIND_SERVICE'])}"]`);
    lines.push(`${p}    seccompProfile:`, `${p}      type: ${r.pick(['RuntimeDefault', 'RuntimeDefault', 'Unconfined'])}`);
  }
  if (r.chance(0.6)) {
    lines.push(`${p}  livenessProbe:`, `${p}    httpGet: {path: /healthz, port: 8080}`, `${p}    periodSeconds: 10`);
    lines.push(`${p}  readinessProbe:`, `${p}    httpGet: {path: /ready, port: 8080}`);
  }
  lines.push(`${p}  volumeMounts:`, `${p}    - name: data`, `${p}      mountPath: /var/lib/${name}`);
  return lines;
}

function podSpec(r, name, indent) {
  const p = ' '.repeat(indent);
  const lines = [];
  if (r.chance(0.5)) lines.push(`${p}serviceAccountName: ${name}`);
  lines.push(`${p}automountServiceAccountToken: ${r.chance(0.6) ? 'false' : 'true'}`);
  if (r.chance(0.1)) lines.push(`${p}hostNetwork: true`);
  if (r.chance(0.05)) lines.push(`${p}hostPID: true`);
  if (r.chance(0.6)) lines.push(`${p}securityContext:`, `${p}  runAsNonRoot: true`, `${p}  fsGroup: 2000`, `${p}  seccompProfile:`, `${p}    type: RuntimeDefault`);
  lines.push(`${p}containers:`, ...container(r, name, indent + 2));
  if (r.chance(0.3)) lines.push(...container(r, `${name}-sidecar`, indent + 2));
  if (r.chance(0.2)) lines.push(`${p}initContainers:`, ...container(r, `${name}-init`, indent + 2));
  lines.push(`${p}volumes:`);
  lines.push(r.chance(0.1) ? `${p}  - name: data\n${p}    hostPath: {path: /var/run/docker.sock}` : `${p}  - name: data\n${p}    emptyDir: {}`);
  return lines;
}

function metadata(name, ns, extra = []) {
  return ['metadata:', `  name: ${name}`, `  namespace: ${ns}`, '  labels:', `    app.kubernetes.io/name: ${name}`, '    app.kubernetes.io/part-of: shop', ...extra];
}

const K8S_KINDS = {
  Deployment: (r, n, ns) => ['apiVersion: apps/v1', 'kind: Deployment', ...metadata(n, ns), 'spec:', `  replicas: ${1 + r.int(5)}`, '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${n}`, '  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${n}`, '    spec:', ...podSpec(r, n, 6)],
  StatefulSet: (r, n, ns) => ['apiVersion: apps/v1', 'kind: StatefulSet', ...metadata(n, ns), 'spec:', `  serviceName: ${n}`, '  replicas: 3', '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${n}`, '  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${n}`, '    spec:', ...podSpec(r, n, 6)],
  DaemonSet: (r, n, ns) => ['apiVersion: apps/v1', 'kind: DaemonSet', ...metadata(n, ns), 'spec:', '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${n}`, '  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${n}`, '    spec:', ...podSpec(r, n, 6)],
  CronJob: (r, n, ns) => ['apiVersion: batch/v1', 'kind: CronJob', ...metadata(n, ns), 'spec:', `  schedule: "*/${5 + r.int(50)} * * * *"`, '  jobTemplate:', '    spec:', '      template:', '        spec:', '          restartPolicy: OnFailure', ...podSpec(r, n, 10)],
  Job: (r, n, ns) => ['apiVersion: batch/v1', 'kind: Job', ...metadata(n, ns), 'spec:', '  backoffLimit: 3', '  template:', '    spec:', '      restartPolicy: Never', ...podSpec(r, n, 6)],
  Service: (r, n, ns) => ['apiVersion: v1', 'kind: Service', ...metadata(n, ns), 'spec:', `  type: ${r.pick(['ClusterIP', 'ClusterIP', 'NodePort', 'LoadBalancer'])}`, '  selector:', `    app.kubernetes.io/name: ${n}`, '  ports:', '    - port: 80', '      targetPort: 8080'],
  ConfigMap: (r, n, ns) => ['apiVersion: v1', 'kind: ConfigMap', ...metadata(`${n}-config`, ns), 'data:', '  LOG_FORMAT: json', `  CACHE_TTL: "${r.int(600)}"`, r.chance(0.3) ? '  API_TOKEN: "ghp_' + 'x1Y2z3'.repeat(6) + '"' : '  FEATURE_FLAGS: "search,checkout"'],
  Role: (r, n, ns) => ['apiVersion: rbac.authorization.k8s.io/v1', 'kind: Role', ...metadata(n, ns), 'rules:', '  - apiGroups: [""]', `    resources: [${r.chance(0.2) ? '"*"' : '"pods", "configmaps"'}]`, `    verbs: [${r.chance(0.2) ? '"*"' : '"get", "list", "watch"'}]`, '  - apiGroups: [""]', '    resources: ["secrets"]', '    verbs: ["get"]'],
  RoleBinding: (r, n, ns) => ['apiVersion: rbac.authorization.k8s.io/v1', 'kind: RoleBinding', ...metadata(n, ns), 'roleRef:', '  apiGroup: rbac.authorization.k8s.io', `  kind: ${r.chance(0.2) ? 'ClusterRole' : 'Role'}`, `  name: ${r.chance(0.2) ? 'cluster-admin' : n}`, 'subjects:', '  - kind: ServiceAccount', `    name: ${n}`, `    namespace: ${ns}`],
  NetworkPolicy: (r, n, ns) => ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', ...metadata(n, ns), 'spec:', '  podSelector:', '    matchLabels:', `      app.kubernetes.io/name: ${n}`, '  policyTypes: [Ingress, Egress]', '  ingress:', '    - from:', '        - podSelector: {matchLabels: {role: frontend}}', '      ports:', '        - port: 8080'],
  Ingress: (r, n, ns) => ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', ...metadata(n, ns), 'spec:', '  rules:', `    - host: ${n}.example.com`, '      http:', '        paths:', '          - path: /', '            pathType: Prefix', '            backend:', `              service: {name: ${n}, port: {number: 80}}`],
  ServiceAccount: (r, n, ns) => ['apiVersion: v1', 'kind: ServiceAccount', ...metadata(n, ns), `automountServiceAccountToken: ${r.chance(0.5)}`],
};
// Workloads are most of a real manifest set; weight them accordingly.
const KIND_WEIGHTS = ['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job', 'Service', 'Service', 'ConfigMap', 'Role', 'RoleBinding', 'NetworkPolicy', 'Ingress', 'ServiceAccount'];

/** A multi-document Kubernetes file of at least `lines` lines. */
export function kubernetesManifest(lines, seed = 1) {
  const r = random(seed);
  const out = [];
  for (let i = 0; out.length < lines; i++) {
    const kind = r.pick(KIND_WEIGHTS);
    if (out.length) out.push('---');
    out.push(`# ${kind} ${i}`, ...K8S_KINDS[kind](r, `${r.pick(NAMES)}-${i}`, r.pick(['shop', 'payments', 'default'])).join('\n').split('\n'));
  }
  return out.join('\n') + '\n';
}

// ---- Dockerfile -------------------------------------------------------------------------------

const PACKAGES = ['curl', 'ca-certificates', 'git', 'build-essential', 'libpq-dev', 'openssl', 'unzip', 'jq', 'tzdata', 'gnupg', 'wget', 'python3-pip'];

function runInstruction(r) {
  switch (r.int(8)) {
    case 0:
      return ['RUN apt-get update \\', ...Array.from({ length: 3 + r.int(4) }, () => `    && apt-get install -y ${r.chance(0.5) ? '--no-install-recommends ' : ''}${r.pick(PACKAGES)}${r.chance(0.5) ? '=1.2.3-1' : ''} \\`), '    && rm -rf /var/lib/apt/lists/*'];
    case 1:
      return [`RUN curl -fsSL${r.chance(0.2) ? 'k' : ''} https://example.com/install-${r.int(99)}.sh ${r.chance(0.3) ? '| sh' : '-o /tmp/install.sh && sha256sum -c /tmp/sum && sh /tmp/install.sh'}`];
    case 2:
      return [`RUN pip install ${r.chance(0.5) ? '--no-cache-dir ' : ''}requests==2.32.${r.int(4)} flask==3.0.${r.int(3)}`];
    case 3:
      return ['RUN set -eux; \\', '    groupadd -r app; \\', '    useradd -r -g app -d /app app; \\', `    chmod ${r.chance(0.2) ? '777' : '755'} /app`];
    case 4:
      return [`RUN npm ci --omit=dev && npm cache clean --force`];
    case 5:
      return [`RUN go build -trimpath -ldflags="-s -w" -o /out/svc${r.int(9)} ./cmd/svc`];
    case 6:
      return [`RUN wget -q https://downloads.example.com/tool-${r.int(9)}.tar.gz && tar xzf tool-*.tar.gz -C /usr/local/bin`];
    default:
      return [`RUN ${r.chance(0.2) ? 'sudo ' : ''}mkdir -p /var/cache/app${r.int(99)} && chown app:app /var/cache/app${r.int(99)}`];
  }
}

/** A multi-stage Dockerfile of at least `lines` lines, most of them RUN instructions. */
export function dockerfile(lines, seed = 2) {
  const r = random(seed);
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:bookworm-slim'];
  for (let stage = 0; out.length < lines; stage++) {
    out.push('', `FROM ${stage === 0 ? '${BASE}' : r.pick(['golang:1.22', 'node:20', 'python:3.12-slim', 'debian:bookworm-slim@sha256:' + 'cd'.repeat(32)])} AS stage${stage}`);
    out.push('SHELL ["/bin/bash", "-o", "pipefail", "-c"]', `WORKDIR /src/stage${stage}`, `ENV APP_ENV=production PORT=${8000 + stage}`);
    if (r.chance(0.3)) out.push(`ENV API_KEY=sk-live-${'a1b2c3'.repeat(4)}`);
    out.push(`COPY ${r.chance(0.5) ? `--from=stage${Math.max(0, stage - 1)} /out ` : '. '}/src/stage${stage}/`);
    for (let i = 0; i < 10 + r.int(8); i++) out.push(...runInstruction(r));
    if (r.chance(0.5)) out.push(`ADD https://example.com/archive-${stage}.tar.gz /tmp/`);
    out.push(`EXPOSE ${r.pick([22, 80, 8080, 443])}`);
  }
  out.push('', 'FROM gcr.io/distroless/base-debian12', 'COPY --from=stage0 /out/ /usr/local/bin/', 'USER 65532:65532', 'HEALTHCHECK CMD ["/usr/local/bin/svc", "health"]', 'ENTRYPOINT ["/usr/local/bin/svc"]');
  return out.join('\n') + '\n';
}

// ---- Compose ------------------------------------------------------------------------------------

/** A Compose file with `services` services. */
export function composeFile(services, seed = 3) {
  const r = random(seed);
  const out = ['x-logging: &logging', '  logging:', '    driver: json-file', '    options: {max-size: "10m"}', '', 'services:'];
  for (let i = 0; i < services; i++) {
    const name = `${r.pick(NAMES)}-${i}`;
    out.push(`  ${name}:`, '    <<: *logging', `    image: ${r.pick(IMAGES)}`, `    restart: ${r.pick(['unless-stopped', 'always', 'on-failure'])}`);
    if (r.chance(0.1)) out.push('    privileged: true');
    if (r.chance(0.1)) out.push('    network_mode: host');
    if (r.chance(0.5)) out.push('    read_only: true');
    if (r.chance(0.6)) out.push('    security_opt:', '      - no-new-privileges:true');
    if (r.chance(0.5)) out.push('    cap_drop: [ALL]');
    if (r.chance(0.2)) out.push(`    cap_add: [${r.pick(['NET_ADMIN', 'SYS_ADMIN', 'NET_BIND_SERVICE'])}]`);
    out.push('    ports:', `      - "${r.chance(0.5) ? '127.0.0.1:' : ''}${8000 + i}:${r.pick([80, 8080, 22])}"`);
    out.push('    environment:', '      LOG_LEVEL: info', r.chance(0.3) ? `      DB_PASSWORD: hunter2-${i}` : '      DB_PASSWORD_FILE: /run/secrets/db');
    out.push('    volumes:', r.chance(0.1) ? '      - /var/run/docker.sock:/var/run/docker.sock' : `      - data-${i}:/data`);
    if (r.chance(0.6)) out.push('    deploy:', '      resources:', '        limits: {cpus: "0.5", memory: 256M}');
    if (r.chance(0.5)) out.push('    pids_limit: 200');
    out.push('    healthcheck:', '      test: ["CMD", "wget", "-qO-", "http://localhost:8080/health"]', '      interval: 30s');
  }
  out.push('', 'volumes:', ...Array.from({ length: services }, (_, i) => `  data-${i}: {}`));
  return out.join('\n') + '\n';
}

// ---- daemon.json, kubeconfig --------------------------------------------------------------------

export function daemonJson(seed = 4) {
  const r = random(seed);
  const config = { 'log-driver': 'json-file', 'log-opts': { 'max-size': '10m', 'max-file': '3' }, 'live-restore': r.chance(0.5), 'userland-proxy': false, 'no-new-privileges': r.chance(0.6), icc: r.chance(0.3) };
  if (r.chance(0.2)) config.hosts = ['unix:///var/run/docker.sock', 'tcp://0.0.0.0:2375'];
  if (r.chance(0.2)) config['insecure-registries'] = ['registry.internal:5000'];
  if (r.chance(0.5)) config['userns-remap'] = 'default';
  return JSON.stringify(config, null, 2) + '\n';
}

export function kubeconfig(seed = 5) {
  const r = random(seed);
  const cluster = `c${r.int(100)}`;
  const lines = ['apiVersion: v1', 'kind: Config', 'clusters:', `  - name: ${cluster}`, '    cluster:', `      server: ${r.chance(0.2) ? 'http' : 'https'}://${cluster}.example.com:6443`];
  lines.push(r.chance(0.2) ? '      insecure-skip-tls-verify: true' : '      certificate-authority: ca.crt');
  lines.push('contexts:', `  - name: ${cluster}`, `    context: {cluster: ${cluster}, user: dev}`, `current-context: ${cluster}`, 'users:', '  - name: dev', '    user:');
  lines.push(r.chance(0.3) ? `      token: eyJhbGciOiJSUzI1NiJ9.${'e30'.repeat(8)}.sig${r.int(1e6)}` : '      exec: {apiVersion: client.authentication.k8s.io/v1, command: aws, args: [eks, get-token]}');
  return lines.join('\n') + '\n';
}

// ---- A repository -------------------------------------------------------------------------------

/**
 * Writes `count` lintable files under `dir`, in service folders of five files each (Dockerfile,
 * compose.yaml, k8s manifest, daemon.json, kubeconfig), sized like files in real repositories.
 * Returns the number of files written.
 */
export function writeRepository(dir, count, seed = 6) {
  const r = random(seed);
  let written = 0;
  for (let i = 0; written < count; i++) {
    const folder = join(dir, `team-${i % 50}`, `service-${i}`);
    mkdirSync(folder, { recursive: true });
    const files = [
      ['Dockerfile', () => dockerfile(20 + r.int(60), seed + i)],
      ['compose.yaml', () => composeFile(1 + r.int(4), seed + i)],
      ['deploy.yaml', () => kubernetesManifest(40 + r.int(160), seed + i)],
      ['daemon.json', () => daemonJson(seed + i)],
      ['kubeconfig.yaml', () => kubeconfig(seed + i)],
    ];
    for (const [name, make] of files) {
      if (written >= count) break;
      writeFileSync(join(folder, name), make());
      written++;
    }
  }
  return written;
}
