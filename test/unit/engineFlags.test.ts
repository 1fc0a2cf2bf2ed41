import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineFlags } from '../../server/src/node/engineFlags';

const NODE_20_V8 = '11.3.244.8-node.38';
const BUDGET = '--max-inlined-bytecode-size-cumulative=600';
const NO_PEELING = '--no-turbo-loop-peeling';

test('on Node 20 both settings are tuned unless the person running Node chose them', () => {
  assert.deepEqual(engineFlags(NODE_20_V8, []), [BUDGET, NO_PEELING]);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--max-old-space-size=4096'], '--enable-source-maps'), [BUDGET, NO_PEELING]);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--max-inlined-bytecode-size-cumulative=920']), [NO_PEELING]);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--max_inlined_bytecode_size_cumulative=300']), [NO_PEELING]);
  assert.deepEqual(engineFlags(NODE_20_V8, [], '--trace-warnings --max-inlined-bytecode-size-cumulative=920'), [NO_PEELING]);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--turbo-loop-peeling']), [BUDGET]);
  assert.deepEqual(engineFlags(NODE_20_V8, [], '--no_turbo_loop_peeling'), [BUDGET]);
  assert.deepEqual(engineFlags(NODE_20_V8, ['--turbo-loop-peeling', '--max-inlined-bytecode-size-cumulative=920']), []);
});

test('an engine the settings were not measured on keeps its defaults', () => {
  assert.deepEqual(engineFlags('12.4.254.21-node.33', []), []);
  assert.deepEqual(engineFlags('10.2.154.26-node.36', []), []);
});
