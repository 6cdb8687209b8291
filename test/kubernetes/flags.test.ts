import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addFlag, addFlags, componentsOf, kubernetesMinor, removeFlag, controlPlaneComponents, effectiveFlag, flagBool, replaceFlagValue, setFlag } from '../../rules/src/kubernetes/flags.js';
import { applyEdits } from '../../rules/src/index.js';
import { applied, contextFor, textOf } from './context.js';

const staticPod = (container: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n${container}`;

describe('kubernetes/flags: static pods', () => {
  it('recognises each component by the basename of command[0]', () => {
    const docs = ['/usr/local/bin/kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler', 'kubelet'].map((bin) => `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    command: [${bin}]\n`);
    const ctx = contextFor(docs.join('---\n'));
    assert.deepEqual(controlPlaneComponents(ctx).map((c) => c.component), ['kube-apiserver', 'etcd', 'kube-controller-manager', 'kube-scheduler']);
  });

  it('only reads pods with a single container, and not workloads', () => {
    const ctx = contextFor(staticPod('  - name: a\n    command: [kube-apiserver]\n  - name: b\n') + '---\napiVersion: apps/v1\nkind: Deployment\nspec: {template: {spec: {containers: [{name: a, command: [kube-apiserver]}]}}}\n');
    assert.deepEqual(controlPlaneComponents(ctx), []);
  });

  it('reads --flag=value, --flag value and bare flags from command and args; the last one wins', () => {
    const ctx = contextFor(staticPod('  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --profiling=true\n    - --secure-port\n    - "6443"\n    - --anonymous-auth\n    - --v=2\n    args: ["--profiling=false", "--token-auth-file=/a=b", positional]\n'));
    const [apiserver] = componentsOf(ctx, 'kube-apiserver');
    const flags = [...apiserver.flags.values()].map((f) => [f.name, f.value, textOf(ctx, f.span), textOf(ctx, f.valueSpan)]);
    assert.deepEqual(flags, [
      ['profiling', 'false', '"--profiling=false"', 'false'],
      ['secure-port', '6443', '--secure-port\n    - "6443"', '"6443"'],
      ['anonymous-auth', undefined, '--anonymous-auth', undefined],
      ['v', '2', '--v=2', '2'],
      ['token-auth-file', '/a=b', '"--token-auth-file=/a=b"', '/a=b'],
    ]);
    assert.equal(textOf(ctx, apiserver.anchor), 'command');
    assert.equal(apiserver.label, 'Pod/kube-apiserver');
  });

  it('adds flags to args when command holds only the binary (RKE2/k3s), else to command', () => {
    const rke = contextFor(staticPod('  - name: kube-apiserver\n    command: ["kube-apiserver"]\n    args:\n    - --secure-port=6443\n'));
    assert.equal(applied(rke, addFlag(rke.file, componentsOf(rke, 'kube-apiserver')[0], 'anonymous-auth', 'false')), staticPod('  - name: kube-apiserver\n    command: ["kube-apiserver"]\n    args:\n    - --secure-port=6443\n    - --anonymous-auth=false\n'));
    const flow = contextFor(staticPod('  - name: kube-apiserver\n    command: [kube-apiserver, --secure-port=6443]\n    args: []\n'));
    assert.equal(applied(flow, addFlag(flow.file, componentsOf(flow, 'kube-apiserver')[0], 'authorization-mode', 'Node,RBAC')), staticPod('  - name: kube-apiserver\n    command: [kube-apiserver, --secure-port=6443, "--authorization-mode=Node,RBAC"]\n    args: []\n'));
  });

  it('replaces a value in place, keeping the form it is written in', () => {
    const ctx = contextFor(staticPod('  - name: kube-apiserver\n    command: [kube-apiserver, --authorization-mode=AlwaysAllow]\n    args:\n    - "--profiling=true"\n    - --secure-port\n    - "0"\n    - --anonymous-auth\n'));
    const [c] = componentsOf(ctx, 'kube-apiserver');
    const edit = (name: string, value: string) => {
      const e = replaceFlagValue(ctx.file, c.doc, c.flags.get(name)!, value)!;
      return [ctx.text.slice(e.start, e.end), e.text];
    };
    assert.deepEqual(edit('profiling', 'false'), ['true', 'false']);
    // A comma would split the item of a flow sequence: the whole item is rewritten quoted.
    assert.deepEqual(edit('authorization-mode', 'Node,RBAC'), ['--authorization-mode=AlwaysAllow', '"--authorization-mode=Node,RBAC"']);
    assert.deepEqual(edit('secure-port', '6443'), ['"0"', '"6443"']);
    assert.deepEqual(edit('anonymous-auth', 'false'), ['--anonymous-auth', '--anonymous-auth=false']);
  });

  it('does not edit an item shared through an anchor', () => {
    const ctx = contextFor(staticPod('  - name: kube-apiserver\n    command: [kube-apiserver, &a --profiling=true, *a]\n'));
    const [c] = componentsOf(ctx, 'kube-apiserver');
    assert.equal(setFlag(ctx.file, c, 'profiling', 'false'), null);
  });
});

describe('kubernetes/flags: kubeadm ClusterConfiguration', () => {
  it('reads v1beta3 map extraArgs and v1beta4 {name, value} lists for all four components', () => {
    const ctx = contextFor('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    anonymous-auth: "false"\ncontrollerManager:\n  extraArgs: {profiling: "false"}\netcd:\n  local:\n    extraArgs:\n      client-cert-auth: "true"\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nscheduler:\n  extraArgs:\n  - name: bind-address\n    value: 127.0.0.1\n');
    const read = controlPlaneComponents(ctx).map((c) => [c.label, c.component, textOf(ctx, c.anchor), [...c.flags.values()].map((f) => `${f.name}=${f.value}`)]);
    assert.deepEqual(read, [
      ['ClusterConfiguration apiServer', 'kube-apiserver', 'extraArgs', ['anonymous-auth=false']],
      ['ClusterConfiguration controllerManager', 'kube-controller-manager', 'extraArgs', ['profiling=false']],
      ['ClusterConfiguration scheduler', 'kube-scheduler', 'ClusterConfiguration', []],
      ['ClusterConfiguration etcd.local', 'etcd', 'extraArgs', ['client-cert-auth=true']],
      ['ClusterConfiguration apiServer', 'kube-apiserver', 'ClusterConfiguration', []],
      ['ClusterConfiguration controllerManager', 'kube-controller-manager', 'ClusterConfiguration', []],
      ['ClusterConfiguration scheduler', 'kube-scheduler', 'extraArgs', ['bind-address=127.0.0.1']],
      ['ClusterConfiguration etcd.local', 'etcd', 'ClusterConfiguration', []],
    ]);
    const item = componentsOf(ctx, 'kube-scheduler')[1].flags.get('bind-address')!;
    assert.equal(textOf(ctx, item.span), 'name: bind-address\n    value: 127.0.0.1');
  });

  it('has no etcd section when etcd is external, and ignores other ClusterConfiguration kinds', () => {
    const ctx = contextFor('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  external: {endpoints: [a]}\n---\napiVersion: example.com/v1\nkind: ClusterConfiguration\n');
    assert.deepEqual(controlPlaneComponents(ctx).map((c) => c.component), ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']);
  });

  it('adds a flag in the section style: quoted map value, block list item, or a new extraArgs', () => {
    const v3 = contextFor('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    profiling: "false"\n');
    assert.equal(applied(v3, setFlag(v3.file, componentsOf(v3, 'kube-apiserver')[0], 'anonymous-auth', 'false')), v3.text + '    anonymous-auth: "false"\n');
    const v4 = contextFor('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    - name: profiling\n      value: "false"\n');
    assert.equal(applied(v4, setFlag(v4.file, componentsOf(v4, 'kube-apiserver')[0], 'anonymous-auth', 'false')), v4.text + '    - name: anonymous-auth\n      value: "false"\n');
    const none = contextFor('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  certSANs: [a]\n');
    assert.equal(applied(none, setFlag(none.file, componentsOf(none, 'kube-apiserver')[0], 'anonymous-auth', 'false')), none.text + '  extraArgs: [{name: anonymous-auth, value: "false"}]\n');
    const nullSection = contextFor('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\nclusterName: shop\n');
    const [apiserver] = componentsOf(nullSection, 'kube-apiserver');
    assert.equal(textOf(nullSection, apiserver.anchor), 'apiServer');
    assert.equal(applied(nullSection, setFlag(nullSection.file, apiserver, 'anonymous-auth', 'false')), 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    anonymous-auth: "false"\nclusterName: shop\n');
    const empty = contextFor('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n');
    assert.equal(applied(empty, setFlag(empty.file, componentsOf(empty, 'kube-apiserver')[0], 'anonymous-auth', 'false')), 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    anonymous-auth: "false"\n');
  });

  it('sets a written value in place in both forms', () => {
    const ctx = contextFor('apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - {name: anonymous-auth, value: "true"}\ncontrollerManager:\n  extraArgs:\n  - name: profiling\n---\napiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs: {anonymous-auth: "true"}\n');
    const [v4, v3] = componentsOf(ctx, 'kube-apiserver');
    assert.deepEqual(setFlag(ctx.file, v4, 'anonymous-auth', 'false'), { start: ctx.text.indexOf('"true"'), end: ctx.text.indexOf('"true"') + 6, text: '"false"' });
    const last = ctx.text.lastIndexOf('"true"');
    assert.deepEqual(setFlag(ctx.file, v3, 'anonymous-auth', 'false'), { start: last, end: last + 6, text: '"false"' });
    const cm = componentsOf(ctx, 'kube-controller-manager')[0];
    assert.match(applied(ctx, setFlag(ctx.file, cm, 'profiling', 'false'))!, /- name: profiling\n {4}value: "false"\n/);
  });
});

describe('kubernetes/flags: values', () => {
  it('falls back to the binary default, or to what kubeadm generates for ClusterConfiguration', () => {
    const ctx = contextFor(staticPod('  - name: c\n    command: [kube-apiserver]\n') + '---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n');
    const [pod, kubeadm] = componentsOf(ctx, 'kube-apiserver');
    assert.deepEqual(effectiveFlag(pod, 'authorization-mode'), { value: 'AlwaysAllow', flag: undefined });
    assert.deepEqual(effectiveFlag(kubeadm, 'authorization-mode'), { value: 'Node,RBAC', flag: undefined });
    assert.equal(effectiveFlag(kubeadm, 'anonymous-auth').value, 'true');
    assert.equal(effectiveFlag(pod, 'no-such-flag').value, undefined);
  });

  it('parses booleans like Go, with a bare flag meaning true', () => {
    assert.deepEqual(['false', 'F', '0', 'true', 'T', '1', 'no'].map((v) => flagBool(v, true)), [false, false, false, true, true, true, undefined]);
    assert.equal(flagBool(undefined, true), true);
    assert.equal(flagBool(undefined, false), undefined);
  });
});

describe('kubernetes/flags: removing, adding several, versions', () => {
  it('removes a flag in each form: list item, --flag value pair, map entry, {name, value} item', () => {
    const pod = contextFor(staticPod('  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --secure-port\n    - "0"\n    - --profiling=true\n'));
    const [c] = componentsOf(pod, 'kube-apiserver');
    assert.equal(applyAll(pod, removeFlag(pod.file, c, c.flags.get('secure-port')!)), staticPod('  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --profiling=true\n'));
    const kubeadm = contextFor('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    a: "1"\n    b: "2"\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: a\n    value: "1"\n  - name: b\n    value: "2"\n');
    const [v3, v4] = componentsOf(kubeadm, 'kube-apiserver');
    assert.equal(applyAll(kubeadm, removeFlag(kubeadm.file, v3, v3.flags.get('a')!)), kubeadm.text.replace('    a: "1"\n', ''));
    assert.equal(applyAll(kubeadm, removeFlag(kubeadm.file, v4, v4.flags.get('b')!)), kubeadm.text.replace('  - name: b\n    value: "2"\n', ''));
  });

  it('adds several flags in one edit, or refuses an empty flow sequence', () => {
    const pod = contextFor(staticPod('  - name: kube-apiserver\n    command: [kube-apiserver, --v=2]\n'));
    const [c] = componentsOf(pod, 'kube-apiserver');
    assert.equal(applied(pod, addFlags(pod.file, c, [['a', '1'], ['b', '2']])), staticPod('  - name: kube-apiserver\n    command: [kube-apiserver, --v=2, --a=1, --b=2]\n'));
    const empty = contextFor(staticPod('  - name: kube-apiserver\n    command: [kube-apiserver]\n    args: []\n'));
    assert.equal(addFlags(empty.file, componentsOf(empty, 'kube-apiserver')[0], [['a', '1'], ['b', '2']]), null);
  });

  it('takes the version from the image tag or kubeadm kubernetesVersion, else from the configuration (static pods come first)', () => {
    const ctx = contextFor(staticPod('  - name: c\n    image: registry.k8s.io/kube-apiserver:v1.19.16\n    command: [kube-apiserver]\n') + '---\napiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: v1.23.4\n---\n' + staticPod('  - name: c\n    image: my/apiserver@sha256:abc\n    command: [kube-apiserver]\n'), { config: { kubernetesVersion: '1.30' } });
    assert.deepEqual(componentsOf(ctx, 'kube-apiserver').map((c) => kubernetesMinor(ctx, c)), [19, 30, 23]);
  });
});

function applyAll(ctx: ReturnType<typeof contextFor>, edits: { start: number; end: number; text: string }[] | null): string | null {
  return edits && applyEdits(ctx.text, edits);
}
