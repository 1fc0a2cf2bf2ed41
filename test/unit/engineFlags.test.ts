import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineFlags } from '../../server/src/node/engineFlags';

const NODE_20_V8 = '11.3.244.8-node.38';

test('on Node 20 the inlining budget is tuned unless the person running Node chose one', () => {
  assert.deepEqual(engineFlags(NODE_20_V8, []), ['--max-inlined-bytecode-size-cumulative=600']);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--max-old-space-size=4096'], '--enable-source-maps'), ['--max-inlined-bytecode-size-cumulative=600']);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--max-inlined-bytecode-size-cumulative=920']), []);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--max_inlined_bytecode_size_cumulative=300']), []);
  assert.deepEqual(engineFlags(NODE_20_V8, [], '--trace-warnings --max-inlined-bytecode-size-cumulative=920'), []);
});

test('an engine the setting was not measured on keeps its defaults', () => {
  assert.deepEqual(engineFlags('12.4.254.21-node.33', []), []);
  assert.deepEqual(engineFlags('10.2.154.26-node.36', []), []);
});
