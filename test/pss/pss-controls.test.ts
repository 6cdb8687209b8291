// The Pod Security Standards, control by control: a manifest is flagged exactly when the Pod Security
// admission controller of the configured Kubernetes version (and profile) would reject its pod for
// that control. Each row is a pod that is fully restricted-compliant except for what the row changes,
// linted with the whole registry; the verdict is the set of PSS rule ids that report it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../rules/src/index.js';

/** The rules that implement a PSS control (k8s/invalid-pod-level-field is hygiene, not a control). */
const PSS_RULES = new Set([
  'k8s/host-namespaces',
  'k8s/privileged-container',
  'k8s/dangerous-capabilities',
  'k8s/host-path-volume',
  'k8s/host-port',
  'k8s/apparmor-unconfined',
  'k8s/selinux-options',
  'k8s/proc-mount',
  'k8s/seccomp-unconfined',
  'k8s/unsafe-sysctls',
  'k8s/windows-host-process',
  'k8s/probe-host',
  'k8s/restricted-volume-types',
  'k8s/allow-privilege-escalation',
  'k8s/run-as-non-root',
  'k8s/run-as-root-user',
  'k8s/seccomp-profile-missing',
  'k8s/capabilities-not-dropped',
]);

type List = 'initContainers' | 'containers' | 'ephemeralContainers';
const LISTS: readonly List[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** What a restricted-compliant container writes in its securityContext. */
const CONTAINER_SC = ['allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL]}'];
/** What a restricted-compliant pod writes in its securityContext. */
const POD_SC = ['runAsNonRoot: true', 'seccompProfile: {type: RuntimeDefault}'];

interface PodOptions {
  /** Extra `spec` lines (hostNetwork, os, volumes…), written at the spec's indentation. */
  spec?: string[];
  /** The pod securityContext lines (default: compliant). */
  podSc?: string[];
  /** The target container's securityContext lines (default: compliant). */
  sc?: string[];
  /** Extra lines of the target container (ports, probes…). */
  container?: string[];
  /** Which list the target container is in. */
  list?: List;
  /** Annotations on the pod's metadata. */
  annotations?: string[];
}

const indent = (lines: string[], n: number) => lines.map((l) => ' '.repeat(n) + l);

function pod(o: PodOptions = {}): string {
  const sc = o.sc ?? CONTAINER_SC;
  const target = ['- name: target', '  image: example/app:1', ...(sc.length ? ['  securityContext:', ...indent(sc, 4)] : []), ...indent(o.container ?? [], 2)];
  const main = ['- name: main', '  image: example/app:1', '  securityContext:', ...indent(CONTAINER_SC, 4)];
  const list = o.list ?? 'containers';
  const podSc = o.podSc ?? POD_SC;
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: p',
    ...(o.annotations ? ['  annotations:', ...indent(o.annotations, 4)] : []),
    'spec:',
    ...indent(o.spec ?? [], 2),
    ...(podSc.length ? ['  securityContext:', ...indent(podSc, 4)] : []),
    '  containers:',
    ...indent(main, 4),
    ...(list === 'containers' ? indent(target, 4) : [`  ${list}:`, ...indent(target, 4)]),
    '',
  ].join('\n');
}

interface Row {
  name: string;
  version: string;
  profile?: 'baseline' | 'restricted';
  manifest: string;
  /** The PSS rules that must report the pod; [] when admission would accept it. */
  expect: string[];
}

const rows: Record<string, Row[]> = {};
const add = (control: string, ...r: Row[]) => (rows[control] ??= []).push(...r);
const NEWEST = '1.37';

add('compliant', ...['1.18', '1.24', '1.25', '1.34', '1.35', NEWEST].flatMap((version) => [
  { name: `the compliant pod passes (${version})`, version, manifest: pod(), expect: [] },
  { name: `the compliant pod passes in a user namespace (${version})`, version, manifest: pod({ spec: ['hostUsers: false'] }), expect: [] },
]));

// B1 host namespaces
for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
  add('B1', { name: `${field}: true`, version: NEWEST, manifest: pod({ spec: [`${field}: true`] }), expect: ['k8s/host-namespaces'] });
  add('B1', { name: `${field}: true, baseline`, version: '1.20', profile: 'baseline', manifest: pod({ spec: [`${field}: true`] }), expect: ['k8s/host-namespaces'] });
  add('B1', { name: `${field}: false`, version: NEWEST, manifest: pod({ spec: [`${field}: false`] }), expect: [] });
}

for (const list of LISTS) {
  // B2 privileged
  add('B2', { name: `privileged: true in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'privileged: true'] }), expect: ['k8s/privileged-container'] });
  add('B2', { name: `privileged: false in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'privileged: false'] }), expect: [] });
  // B3 / R6 capabilities
  add('B3', { name: `add SYS_ADMIN in ${list}`, version: NEWEST, manifest: pod({ list, sc: ['allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL], add: [SYS_ADMIN]}'] }), expect: ['k8s/dangerous-capabilities'] });
  add('B3', { name: `add sys_admin (exact case) in ${list}, baseline`, version: NEWEST, profile: 'baseline', manifest: pod({ list, sc: ['capabilities: {add: [sys_admin]}'] }), expect: ['k8s/dangerous-capabilities'] });
  add('B3', { name: `add CHOWN in ${list}, baseline`, version: NEWEST, profile: 'baseline', manifest: pod({ list, sc: ['capabilities: {add: [CHOWN]}'] }), expect: [] });
  add('R6', { name: `add CHOWN in ${list}, restricted`, version: NEWEST, manifest: pod({ list, sc: ['allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL], add: [CHOWN]}'] }), expect: ['k8s/capabilities-not-dropped'] });
  add('R6', { name: `drop ALL, add NET_BIND_SERVICE in ${list}`, version: NEWEST, manifest: pod({ list, sc: ['allowPrivilegeEscalation: false', 'capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}'] }), expect: [] });
  add('R6', { name: `no drop in ${list}`, version: NEWEST, manifest: pod({ list, sc: ['allowPrivilegeEscalation: false'] }), expect: ['k8s/capabilities-not-dropped'] });
  add('R6', { name: `drop [all] (exact case) in ${list}`, version: NEWEST, manifest: pod({ list, sc: ['allowPrivilegeEscalation: false', 'capabilities: {drop: [all]}'] }), expect: ['k8s/capabilities-not-dropped'] });
  // B5 host ports
  add('B5', { name: `hostPort 8080 in ${list}`, version: NEWEST, manifest: pod({ list, container: ['ports: [{containerPort: 8080, hostPort: 8080}]'] }), expect: ['k8s/host-port'] });
  add('B5', { name: `hostPort 0 in ${list}`, version: NEWEST, manifest: pod({ list, container: ['ports: [{containerPort: 8080, hostPort: 0}]'] }), expect: [] });
  // B8 / R7 procMount
  add('B8', { name: `procMount Unmasked in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'procMount: Unmasked'] }), expect: ['k8s/proc-mount'] });
  add('B8', { name: `procMount Default in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'procMount: Default'] }), expect: [] });
  // B12 probe and lifecycle hosts
  add('B12', { name: `liveness httpGet.host in ${list}, 1.33`, version: '1.33', manifest: pod({ list, container: ['livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}'] }), expect: [] });
  add('B12', { name: `liveness httpGet.host in ${list}, 1.34`, version: '1.34', manifest: pod({ list, container: ['livenessProbe: {httpGet: {host: 10.0.0.1, port: 80}}'] }), expect: ['k8s/probe-host'] });
  add('B12', { name: `preStop tcpSocket.host in ${list}, 1.34`, version: '1.34', manifest: pod({ list, container: ['lifecycle: {preStop: {tcpSocket: {host: db, port: 5432}}}'] }), expect: ['k8s/probe-host'] });
  // R2 allowPrivilegeEscalation
  add('R2', { name: `allowPrivilegeEscalation unset in ${list}`, version: NEWEST, manifest: pod({ list, sc: ['capabilities: {drop: [ALL]}'] }), expect: ['k8s/allow-privilege-escalation'] });
  add('R2', { name: `allowPrivilegeEscalation unset in ${list}, baseline`, version: NEWEST, profile: 'baseline', manifest: pod({ list, sc: [] }), expect: [] });
  // R3 / R4 / R5 at the container level
  add('R3', { name: `runAsNonRoot: false in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'runAsNonRoot: false'] }), expect: ['k8s/run-as-non-root'] });
  add('R4', { name: `runAsUser: 0 in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'runAsUser: 0'] }), expect: ['k8s/run-as-root-user'] });
  add('R5', { name: `seccomp only on the other containers, missing in ${list}`, version: NEWEST, manifest: pod({ list, podSc: ['runAsNonRoot: true'], sc: CONTAINER_SC }).replace(/(- name: main\n(?: {6}.*\n)*?)( {6}securityContext:\n)/, '$1$2        seccompProfile: {type: RuntimeDefault}\n'), expect: ['k8s/seccomp-profile-missing'] });
  add('B9', { name: `seccomp Unconfined in ${list}`, version: NEWEST, manifest: pod({ list, sc: [...CONTAINER_SC, 'seccompProfile: {type: Unconfined}'] }), expect: ['k8s/seccomp-unconfined'] });
}

// B3/R6 before capabilities_restricted (1.22) only the baseline check applies.
add('R6',
  { name: 'no drop, 1.21', version: '1.21', manifest: pod({ sc: ['allowPrivilegeEscalation: false'] }), expect: [] },
  { name: 'no drop, 1.22', version: '1.22', manifest: pod({ sc: ['allowPrivilegeEscalation: false'] }), expect: ['k8s/capabilities-not-dropped'] },
  { name: 'no drop, baseline', version: NEWEST, profile: 'baseline', manifest: pod({ sc: ['allowPrivilegeEscalation: false'] }), expect: [] },
);

// B4 / R1 volumes
const volume = (v: string) => pod({ spec: ['volumes:', `  - {name: v, ${v}}`] });
add('B4',
  { name: 'hostPath, restricted (reported once)', version: NEWEST, manifest: volume('hostPath: {path: /var/log}'), expect: ['k8s/host-path-volume'] },
  { name: 'hostPath, baseline', version: NEWEST, profile: 'baseline', manifest: volume('hostPath: {path: /var/log}'), expect: ['k8s/host-path-volume'] },
);
for (const allowed of ['configMap: {name: c}', 'csi: {driver: d}', 'downwardAPI: {}', 'emptyDir: {}', 'ephemeral: {volumeClaimTemplate: {spec: {}}}', 'image: {reference: r}', 'persistentVolumeClaim: {claimName: c}', 'projected: {sources: []}', 'secret: {secretName: s}']) {
  add('R1', { name: `${allowed.split(':')[0]} is allowed`, version: NEWEST, manifest: volume(allowed), expect: [] });
}
add('R1',
  { name: 'nfs, restricted', version: NEWEST, manifest: volume('nfs: {server: s, path: /p}'), expect: ['k8s/restricted-volume-types'] },
  { name: 'an unknown type, restricted', version: NEWEST, manifest: volume('fancyStorage: {}'), expect: ['k8s/restricted-volume-types'] },
  { name: 'nfs, baseline', version: NEWEST, profile: 'baseline', manifest: volume('nfs: {server: s, path: /p}'), expect: [] },
);

// B6 AppArmor
add('B6',
  { name: 'pod field Unconfined', version: NEWEST, manifest: pod({ podSc: [...POD_SC, 'appArmorProfile: {type: Unconfined}'] }), expect: ['k8s/apparmor-unconfined'] },
  { name: 'container field Unconfined, baseline', version: '1.30', profile: 'baseline', manifest: pod({ sc: ['appArmorProfile: {type: Unconfined}'] }), expect: ['k8s/apparmor-unconfined'] },
  { name: 'Localhost field', version: NEWEST, manifest: pod({ sc: [...CONTAINER_SC, 'appArmorProfile: {type: Localhost, localhostProfile: p}'] }), expect: [] },
  { name: 'annotation unconfined', version: NEWEST, manifest: pod({ annotations: ['container.apparmor.security.beta.kubernetes.io/target: unconfined'] }), expect: ['k8s/apparmor-unconfined'] },
  { name: 'annotation localhost/', version: NEWEST, manifest: pod({ annotations: ['container.apparmor.security.beta.kubernetes.io/target: localhost/p'] }), expect: [] },
);

// B7 SELinux
add('B7',
  { name: 'container_engine_t, 1.30', version: '1.30', manifest: pod({ podSc: [...POD_SC, 'seLinuxOptions: {type: container_engine_t}'] }), expect: ['k8s/selinux-options'] },
  { name: 'container_engine_t, 1.31', version: '1.31', manifest: pod({ podSc: [...POD_SC, 'seLinuxOptions: {type: container_engine_t}'] }), expect: [] },
  { name: 'spc_t on a container', version: NEWEST, manifest: pod({ sc: [...CONTAINER_SC, 'seLinuxOptions: {type: spc_t}'] }), expect: ['k8s/selinux-options'] },
  { name: 'a user', version: NEWEST, profile: 'baseline', manifest: pod({ sc: ['seLinuxOptions: {user: system_u}'] }), expect: ['k8s/selinux-options'] },
  { name: 'a level only', version: NEWEST, manifest: pod({ sc: [...CONTAINER_SC, 'seLinuxOptions: {level: "s0:c1,c2"}'] }), expect: [] },
);

// B8 / R7: the hostUsers: false relaxation (baseline, 1.35+) and procMount_restricted (1.35+).
const unmasked = (version: string, profile: 'baseline' | 'restricted', expect: string[]) =>
  ({ name: `procMount Unmasked with hostUsers: false, ${profile} ${version}`, version, profile, manifest: pod({ spec: ['hostUsers: false'], sc: [...CONTAINER_SC, 'procMount: Unmasked'] }), expect });
add('B8', unmasked('1.34', 'baseline', ['k8s/proc-mount']), unmasked('1.35', 'baseline', []));
add('R7', unmasked('1.34', 'restricted', ['k8s/proc-mount']), unmasked('1.35', 'restricted', ['k8s/proc-mount']));

// B9 seccomp (baseline) and R5 (restricted)
add('B9',
  { name: 'pod Unconfined, every container RuntimeDefault', version: NEWEST, manifest: pod({ podSc: ['runAsNonRoot: true', 'seccompProfile: {type: Unconfined}'], sc: [...CONTAINER_SC, 'seccompProfile: {type: RuntimeDefault}'] }).replace('securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: {drop: [ALL]}\n    - name: target', 'securityContext:\n        allowPrivilegeEscalation: false\n        capabilities: {drop: [ALL]}\n        seccompProfile: {type: RuntimeDefault}\n    - name: target'), expect: ['k8s/seccomp-unconfined'] },
  { name: 'pod Unconfined, baseline', version: NEWEST, profile: 'baseline', manifest: pod({ podSc: ['seccompProfile: {type: Unconfined}'], sc: [] }), expect: ['k8s/seccomp-unconfined'] },
  { name: 'the field before 1.19 is not read', version: '1.18', manifest: pod({ podSc: ['runAsNonRoot: true', 'seccompProfile: {type: Unconfined}'] }), expect: [] },
  { name: 'the alpha annotation before 1.19', version: '1.18', manifest: pod({ annotations: ['seccomp.security.alpha.kubernetes.io/pod: unconfined'] }), expect: ['k8s/seccomp-unconfined'] },
  { name: 'the alpha annotation from 1.19 is not read', version: '1.19', manifest: pod({ annotations: ['seccomp.security.alpha.kubernetes.io/pod: unconfined'] }), expect: [] },
);
add('R5',
  { name: 'no seccomp anywhere', version: NEWEST, manifest: pod({ podSc: ['runAsNonRoot: true'] }), expect: ['k8s/seccomp-profile-missing'] },
  { name: 'no seccomp anywhere, 1.18', version: '1.18', manifest: pod({ podSc: ['runAsNonRoot: true'] }), expect: [] },
  { name: 'no seccomp anywhere, baseline', version: NEWEST, profile: 'baseline', manifest: pod({ podSc: [] }), expect: [] },
);

// B10 sysctls: each version boundary, both sides.
const sysctl = (name: string) => pod({ podSc: [...POD_SC, `sysctls: [{name: ${name}, value: "1"}]`] });
for (const [name, since] of [['net.ipv4.ip_local_reserved_ports', 27], ['net.ipv4.tcp_keepalive_time', 29], ['net.ipv4.tcp_fin_timeout', 29], ['net.ipv4.tcp_keepalive_intvl', 29], ['net.ipv4.tcp_keepalive_probes', 29], ['net.ipv4.tcp_rmem', 32], ['net.ipv4.tcp_wmem', 32], ['net.ipv4.tcp_slow_start_after_idle', 37], ['net.ipv4.tcp_notsent_lowat', 37]] as const) {
  add('B10',
    { name: `${name}, 1.${since - 1}`, version: `1.${since - 1}`, manifest: sysctl(name), expect: ['k8s/unsafe-sysctls'] },
    { name: `${name}, 1.${since}`, version: `1.${since}`, manifest: sysctl(name), expect: [] },
  );
}
add('B10',
  { name: 'a 1.0 safe sysctl', version: '1.20', manifest: sysctl('net.ipv4.ip_unprivileged_port_start'), expect: [] },
  { name: 'kernel.msgmax, baseline', version: NEWEST, profile: 'baseline', manifest: sysctl('kernel.msgmax'), expect: ['k8s/unsafe-sysctls'] },
);

// B11 Windows HostProcess
add('B11',
  { name: 'pod hostProcess', version: NEWEST, manifest: pod({ spec: ['os: {name: windows}'], podSc: [...POD_SC, 'windowsOptions: {hostProcess: true}'] }), expect: ['k8s/windows-host-process'] },
  { name: 'container hostProcess, baseline', version: NEWEST, profile: 'baseline', manifest: pod({ list: 'initContainers', sc: ['windowsOptions: {hostProcess: true}'] }), expect: ['k8s/windows-host-process'] },
  { name: 'hostProcess false', version: NEWEST, manifest: pod({ sc: [...CONTAINER_SC, 'windowsOptions: {hostProcess: false}'] }), expect: [] },
);

// R2 / R5 / R6: Windows pods are exempt from 1.25.
const windowsPod = pod({ spec: ['os: {name: windows}'], podSc: ['runAsNonRoot: true'], sc: [] }).replace(/ {6}securityContext:\n {8}allowPrivilegeEscalation: false\n {8}capabilities: \{drop: \[ALL\]\}\n/, '');
add('R2', { name: 'Windows pod without Linux settings, 1.24', version: '1.24', manifest: windowsPod, expect: ['k8s/allow-privilege-escalation', 'k8s/capabilities-not-dropped', 'k8s/seccomp-profile-missing'] });
add('R2', { name: 'Windows pod without Linux settings, 1.25', version: '1.25', manifest: windowsPod, expect: [] });

// R3 runAsNonRoot
add('R3',
  { name: 'pod false, every container true', version: NEWEST, manifest: pod({ podSc: ['runAsNonRoot: false', 'seccompProfile: {type: RuntimeDefault}'], sc: [...CONTAINER_SC, 'runAsNonRoot: true'] }).replace('capabilities: {drop: [ALL]}\n    - name: target', 'capabilities: {drop: [ALL]}\n        runAsNonRoot: true\n    - name: target'), expect: ['k8s/run-as-non-root'] },
  { name: 'unset everywhere, hostUsers: false, 1.34', version: '1.34', manifest: pod({ spec: ['hostUsers: false'], podSc: ['seccompProfile: {type: RuntimeDefault}'] }), expect: ['k8s/run-as-non-root'] },
  { name: 'unset everywhere, hostUsers: false, 1.35', version: '1.35', manifest: pod({ spec: ['hostUsers: false'], podSc: ['seccompProfile: {type: RuntimeDefault}'] }), expect: [] },
  { name: 'unset everywhere, baseline', version: NEWEST, profile: 'baseline', manifest: pod({ podSc: [] }), expect: [] },
);

// R4 runAsUser
const rootPod = (spec: string[] = []) => pod({ spec, podSc: [...POD_SC, 'runAsUser: 0'] });
add('R4',
  { name: 'pod runAsUser 0, 1.22', version: '1.22', manifest: rootPod(), expect: [] },
  { name: 'pod runAsUser 0, 1.23', version: '1.23', manifest: rootPod(), expect: ['k8s/run-as-root-user'] },
  { name: 'hostUsers: false, 1.34', version: '1.34', manifest: rootPod(['hostUsers: false']), expect: ['k8s/run-as-root-user'] },
  { name: 'hostUsers: false, 1.35', version: '1.35', manifest: rootPod(['hostUsers: false']), expect: [] },
  { name: 'baseline', version: NEWEST, profile: 'baseline', manifest: rootPod(), expect: [] },
);

add('not a control',
  { name: 'container-only fields at the pod level are ignored by admission', version: NEWEST, manifest: pod({ podSc: [...POD_SC, 'privileged: true', 'capabilities: {add: [SYS_ADMIN]}', 'procMount: Unmasked'] }), expect: [] },
);

describe('Pod Security Standards controls', () => {
  for (const [control, list] of Object.entries(rows)) {
    describe(control, () => {
      for (const row of list) {
        const profile = row.profile ?? 'restricted';
        it(`${row.name} [${row.version}, ${profile}] → ${row.expect.length ? row.expect.join(', ') : 'admitted'}`, () => {
          const findings = lint(row.manifest, 'manifest.yaml', { config: mergeConfig({ kubernetesVersion: row.version, profile }) });
          const flagged = [...new Set(findings.filter((f) => PSS_RULES.has(f.rule)).map((f) => f.rule))].sort();
          assert.deepEqual(flagged, [...row.expect].sort(), row.manifest);
        });
      }
    });
  }
});
