// Colour is for people at a terminal: the decision the text format takes before painting.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { palette, useColor } from '../../cli/src/colors.js';

it('colours only a terminal, and never when NO_COLOR is set to something', () => {
  assert.equal(useColor(true, {}), true);
  assert.equal(useColor(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count, per no-color.org');
  assert.equal(useColor(true, { NO_COLOR: '1' }), false);
  assert.equal(useColor(false, {}), false);
  assert.equal(useColor(undefined, {}), false);
});

it('paints with ANSI codes only when enabled', () => {
  assert.equal(palette(true).red('error'), '\u001b[31merror\u001b[39m');
  assert.equal(palette(false).red('error'), 'error');
});
