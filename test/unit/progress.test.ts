import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Progress } from '../../server/src/cli/progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream, written };
}

test('progress stays silent for a short run and for a stream that is not a terminal', () => {
  const terminal = fakeStream(true);
  const quick = new Progress(terminal.stream);
  quick.update(5, 10);
  quick.done();
  assert.deepEqual(terminal.written, []);
  const pipe = fakeStream(false);
  const slow = new Progress(pipe.stream, () => 0);
  slow.update(5, 10);
  assert.deepEqual(pipe.written, []);
});

test('a long run on a terminal shows counts and clears the line at the end', () => {
  let now = 0;
  const terminal = fakeStream(true);
  const progress = new Progress(terminal.stream, () => now);
  now = 1500;
  progress.update(4000, 10000);
  now = 1550;
  progress.update(4100, 10000);
  now = 1700;
  progress.update(5000, 10000);
  progress.done();
  assert.deepEqual(terminal.written, ['\rcorpus-lint: 4,000/10,000 documents checked', '\rcorpus-lint: 5,000/10,000 documents checked', '\r\x1b[K']);
});
