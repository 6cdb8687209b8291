import { controlPlaneComponents, effectiveFlag, flagBool, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/control-plane-profiling',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Control-plane component serves profiling data',
  references: ['CIS-K 1.2.15', 'CIS-K 1.3.2', 'CIS-K 1.4.1'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const c of controlPlaneComponents(ctx)) {
      if (c.component === 'etcd') continue;
      // kube-scheduler --config: profiling is the file's enableProfiling, which this file does not show.
      if (c.component === 'kube-scheduler' && !c.flags.has('profiling') && c.flags.has('config')) continue;
      const { value, flag } = effectiveFlag(c, 'profiling');
      if (flagBool(value, flag !== undefined) === false) continue;
      ctx.report({
        at: flag ? flag.span : c.anchor,
        message: flag
          ? `${c.component} runs with --profiling=${value ?? 'true'}: /debug/pprof exposes its internals and lets callers slow it down.`
          : `${c.component} does not set --profiling=false, and it defaults to true: /debug/pprof exposes its internals and lets callers slow it down.`,
        object: c.label,
        fix: () => singleEditFix('Set --profiling=false', setFlag(ctx.file, c, 'profiling', 'false')),
      });
    }
  },
});
