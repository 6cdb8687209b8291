import { addFlags, componentsOf, effectiveFlag, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

/** CIS minimums for log retention. A written 0 (or an absent flag) means "keep everything" for age and count, and lumberjack's 100 MB for size. */
const RETENTION = [
  { flag: 'audit-log-maxage', min: 30, what: 'days' },
  { flag: 'audit-log-maxbackup', min: 10, what: 'rotated files' },
  { flag: 'audit-log-maxsize', min: 100, what: 'MB per file' },
] as const;

const DEFAULT_PATH = '/var/log/kubernetes/audit/audit.log';

export default defineRule({
  id: 'k8s/apiserver-audit-log',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'orchestrator',
  title: 'API server writes no audit log, or keeps it too briefly',
  references: ['CIS-K 1.2.16', 'CIS-K 1.2.17', 'CIS-K 1.2.18', 'CIS-K 1.2.19'],
  aliases: ['CKV_K8S_91', 'CKV_K8S_92', 'CKV_K8S_93', 'CKV_K8S_94'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const path = effectiveFlag(apiserver, 'audit-log-path');
      // A webhook backend is an audit trail too.
      if (!path.value?.trim() && !apiserver.flags.has('audit-webhook-config-file')) {
        const add: [string, string][] = [['audit-log-path', DEFAULT_PATH], ...RETENTION.filter((r) => !apiserver.flags.has(r.flag)).map((r): [string, string] => [r.flag, String(r.min)])];
        ctx.report({
          at: path.flag ? path.flag.span : apiserver.anchor,
          message: 'kube-apiserver writes no audit log (--audit-log-path): who did what in the cluster is not recorded.',
          object: apiserver.label,
          fix: () => singleEditFix(`Add --audit-log-path=${DEFAULT_PATH} with CIS retention`, path.flag ? null : addFlags(ctx.file, apiserver, add)),
        });
        continue;
      }
      // `-` writes to standard output, where the container runtime's log rotation decides retention.
      if (path.value?.trim() === '-') continue;
      for (const r of RETENTION) {
        const flag = apiserver.flags.get(r.flag);
        const n = Number(flag?.value);
        if (!flag || !Number.isInteger(n) || n <= 0 || n >= r.min) continue;
        ctx.report({
          at: flag.span,
          message: `kube-apiserver keeps its audit log only ${n} ${r.what} (--${r.flag}): evidence may be gone before anyone looks (CIS asks for at least ${r.min}).`,
          object: apiserver.label,
          fix: () => singleEditFix(`Set --${r.flag}=${r.min}`, setFlag(ctx.file, apiserver, r.flag, String(r.min))),
        });
      }
    }
  },
});
