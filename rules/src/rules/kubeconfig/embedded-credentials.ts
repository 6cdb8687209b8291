import { kubeconfigUsers } from '../../kubernetes/kubeconfig.js';
import { defineRule } from '../../rule.js';
import { findPair, stringValue } from '../../yaml/nodes.js';

/** Secrets written into the file itself (the `*-file` variants and exec plugins keep them out). */
const SECRET_FIELDS: Record<string, string> = {
  token: 'a bearer token',
  password: 'a password',
  'client-key-data': 'a client private key',
};

export default defineRule({
  id: 'kubeconfig/embedded-credentials',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'kubeconfig embeds credentials',
  references: [],
  aliases: [],
  appliesTo: 'kubeconfig',
  check(ctx) {
    for (const user of kubeconfigUsers(ctx)) {
      for (const [field, what] of Object.entries(SECRET_FIELDS)) {
        const found = findPair(user.settings, field, user.doc);
        if (!found || !stringValue(found.value)?.trim()) continue;
        ctx.report({
          at: found.pair,
          message: `User "${user.name}" carries ${what} in the file (${field}): whoever can read the file or its repository can act as this user on the cluster.`,
          object: user.label,
        });
      }
    }
  },
});
