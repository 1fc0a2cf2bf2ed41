import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wantsColor } from '../../server/src/cli/color';

const terminal = { isTTY: true, hasColors: () => true };
const pipe = { isTTY: false };

test('colour on a terminal that shows colours, not in a pipe, a dumb terminal or with NO_COLOR', () => {
  assert.equal(wantsColor(terminal, {}), true);
  assert.equal(wantsColor(pipe, {}), false);
  assert.equal(wantsColor({ isTTY: true, hasColors: () => false }, {}), false);
  assert.equal(wantsColor(terminal, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor(terminal, { NO_COLOR: '' }), true);
});

test('FORCE_COLOR decides before the rest: CI logs are pipes that show colours', () => {
  for (const value of ['1', '2', '3', 'true', '']) assert.equal(wantsColor(pipe, { FORCE_COLOR: value, NO_COLOR: '1' }), true, value);
  for (const value of ['0', 'false', 'FALSE']) assert.equal(wantsColor(terminal, { FORCE_COLOR: value }), false, value);
});
