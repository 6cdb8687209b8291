// The scenarios in the order run.mjs runs them. The Kubernetes one comes before any scenario that
// could open its file; the config one last, as it changes the workspace's settings.
import dockerfileSquiggle from './dockerfile-squiggle.mjs';
import problemsUnopenedKubernetes from './problems-unopened-kubernetes.mjs';
import quickFix from './quick-fix.mjs';
import ignoreLine from './ignore-line.mjs';
import fixAllOnSave from './fix-all-on-save.mjs';
import configReload from './config-reload.mjs';
import restrictedMode from './restricted-mode.mjs';

export const SCENARIOS = [dockerfileSquiggle, problemsUnopenedKubernetes, quickFix, ignoreLine, fixAllOnSave, configReload, restrictedMode];
