import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWhitespace } from '../../server/src/service/text/chars';

test('isWhitespace takes exactly the UTF-16 units that JavaScript\'s \\s matches', () => {
  const differing: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(`U+${code.toString(16).padStart(4, '0')}`);
  }
  assert.deepEqual(differing, []);
});
