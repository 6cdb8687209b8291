// `field:` with no value, `field: null` and `field: ~` all decode to null, which the Kubernetes API
// (and kubeadm, the kubelet) treat exactly like an absent field.
import { isScalar } from '../yaml/nodes.js';

export function isNullValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}
