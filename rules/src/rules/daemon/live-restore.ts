// daemon/live-restore: without it, stopping or upgrading dockerd stops every container, which
// pushes operators to postpone daemon security updates.
import { defineRule } from '../../rule.js';
import { checkBooleanSetting } from '../../daemon/settings.js';

export default defineRule({
  id: 'daemon/live-restore',
  severity: 'info',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Containers stop when the daemon stops',
  references: ['CIS-D 2.15'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    checkBooleanSetting(ctx, {
      key: 'live-restore',
      safe: true,
      missing: 'daemon.json does not set "live-restore": true, so every container stops whenever dockerd is restarted or upgraded.',
      unsafe: '"live-restore": false stops every container whenever dockerd is restarted or upgraded.',
    });
  },
});
