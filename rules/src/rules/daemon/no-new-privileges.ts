// daemon/no-new-privileges: without it a process in a container can gain privileges through a
// setuid/setgid binary or file capabilities; the daemon-wide default covers every container.
import { defineRule } from '../../rule.js';
import { checkBooleanSetting } from '../../daemon/settings.js';

export default defineRule({
  id: 'daemon/no-new-privileges',
  severity: 'warning',
  fix: 'safe',
  risk: 'container',
  title: 'Containers may gain new privileges',
  references: ['CIS-D 2.14'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    checkBooleanSetting(ctx, {
      key: 'no-new-privileges',
      safe: true,
      missing: 'daemon.json does not set "no-new-privileges": true, so processes in containers can gain privileges through setuid binaries.',
      unsafe: '"no-new-privileges": false lets processes in containers gain privileges through setuid binaries.',
    });
  },
});
