// Every k8s rule, one file each; a new rule adds its file and one line here.
import type { Rule } from '../../rule.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import apiserverAnonymousAuth from './apiserver-anonymous-auth.js';
import hostPathVolume from './host-path-volume.js';
import kubeletReadOnlyPort from './kubelet-read-only-port.js';
import privilegedContainer from './privileged-container.js';
import runAsNonRoot from './run-as-non-root.js';

export const k8sRules: Rule[] = [privilegedContainer, hostPathVolume, allowPrivilegeEscalation, runAsNonRoot, apiserverAnonymousAuth, kubeletReadOnlyPort];
