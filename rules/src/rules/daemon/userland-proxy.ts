// daemon/userland-proxy: with the userland proxy on, every published port also runs a
// docker-proxy process on the host, more code listening on the network than the NAT rules need.
import { defineRule } from '../../rule.js';
import { checkBooleanSetting } from '../../daemon/settings.js';

export default defineRule({
  id: 'daemon/userland-proxy',
  severity: 'info',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Userland proxy is enabled',
  references: ['CIS-D 2.16'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    checkBooleanSetting(ctx, {
      key: 'userland-proxy',
      safe: false,
      missing: 'daemon.json does not set "userland-proxy": false, so every published port also runs a docker-proxy process on the host.',
      unsafe: '"userland-proxy": true runs a docker-proxy process on the host for every published port.',
    });
  },
});
