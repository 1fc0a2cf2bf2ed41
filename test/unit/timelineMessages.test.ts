/** What the timeline panel accepts from its webview: well-formed messages only, and files inside the corpus root. */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { nearestRoot, resolveInsideRoot } from '../../client/src/timeline/paths';
import { parseWebviewMessage, parseWebviewState } from '../../server/src/service/timeline/messages';

test('a well-formed reveal or scope message comes back as itself, without extra fields', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'reveal', file: 'articles/a.md', line: 12 }), { type: 'reveal', file: 'articles/a.md', line: 12 });
  assert.deepEqual(parseWebviewMessage({ type: 'reveal', file: 'a.md', line: 1, command: 'rm -rf' }), { type: 'reveal', file: 'a.md', line: 1 });
  assert.deepEqual(parseWebviewMessage({ type: 'scope', scope: 'corpus' }), { type: 'scope', scope: 'corpus' });
  assert.deepEqual(parseWebviewMessage({ type: 'scope', scope: 'document' }), { type: 'scope', scope: 'document' });
});

test('anything else is ignored: unknown types, wrong field types, bad lines and paths', () => {
  const rejected: unknown[] = [
    undefined,
    null,
    'reveal',
    42,
    [],
    [{ type: 'reveal', file: 'a.md', line: 1 }],
    {},
    { type: 'open', file: 'a.md', line: 1 },
    { type: 'REVEAL', file: 'a.md', line: 1 },
    { type: 'reveal', file: 'a.md' },
    { type: 'reveal', line: 3 },
    { type: 'reveal', file: 'a.md', line: '3' },
    { type: 'reveal', file: 7, line: 3 },
    { type: 'reveal', file: ['a.md'], line: 3 },
    { type: 'reveal', file: 'a.md', line: 0 },
    { type: 'reveal', file: 'a.md', line: -4 },
    { type: 'reveal', file: 'a.md', line: 2.5 },
    { type: 'reveal', file: 'a.md', line: Number.NaN },
    { type: 'reveal', file: 'a.md', line: Number.POSITIVE_INFINITY },
    { type: 'reveal', file: 'a.md', line: 2 ** 60 },
    { type: 'reveal', file: '', line: 1 },
    { type: 'reveal', file: 'a.md\0.txt', line: 1 },
    { type: 'reveal', file: 'x'.repeat(5000), line: 1 },
    { type: 'scope', scope: 'workspace' },
    { type: 'scope' },
    { type: 'scope', scope: ['corpus'] },
  ];
  for (const value of rejected) assert.equal(parseWebviewMessage(value), undefined, JSON.stringify(value));
});

test('a saved state keeps its scope, a file uri and a well-formed view; the rest is dropped', () => {
  const view = { text: 'paktika', actor: 'ttp', publications: false, scrollY: 420 };
  assert.deepEqual(parseWebviewState({ scope: 'document', uri: 'file:///c/a.md', view }), { scope: 'document', uri: 'file:///c/a.md', view });
  assert.deepEqual(parseWebviewState({ scope: 'corpus', uri: 'https://example.com/a.md', view: { ...view, scrollY: 'top' } }), { scope: 'corpus' });
  assert.deepEqual(parseWebviewState({ scope: 'corpus', uri: 5, view: null }), { scope: 'corpus' });
  for (const value of [undefined, null, {}, { scope: 'all' }, 'document', { uri: 'file:///c/a.md' }]) assert.equal(parseWebviewState(value), undefined);
});

test('a corpus-relative file resolves inside the root, and nothing outside it does', () => {
  const root = resolve('/srv/corpus');
  assert.equal(resolveInsideRoot(root, 'articles/a.md'), join(root, 'articles', 'a.md'));
  assert.equal(resolveInsideRoot(root, 'a.md'), join(root, 'a.md'));
  assert.equal(resolveInsideRoot(`${root}/`, 'a.md'), join(root, 'a.md'));
  assert.equal(resolveInsideRoot(root, 'articles/../b.md'), join(root, 'b.md'));
  assert.equal(resolveInsideRoot(root, '..notes.md'), join(root, '..notes.md'), 'a name that starts with two dots is still inside');
  for (const file of ['../secret.md', 'articles/../../secret.md', '..', '.', '', '/etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share\\a.md', 'a.md\0', `../${'corpus'}/a.md/../../x`]) {
    assert.equal(resolveInsideRoot(root, file), undefined, file);
  }
  assert.equal(resolveInsideRoot(root, '../corpus/a.md'), join(root, 'a.md'), 'a way out and back in lands inside');
  assert.equal(resolveInsideRoot(root, '../corpus-other/a.md'), undefined, 'a sibling folder whose name starts like the root is outside');
});

test('a file belongs to the nearest corpus root above it, as the server decides', () => {
  const roots = [resolve('/w'), resolve('/w/nested'), resolve('/w/nested-2')];
  assert.equal(nearestRoot(roots, resolve('/w/nested/a.md')), resolve('/w/nested'));
  assert.equal(nearestRoot(roots, resolve('/w/nested-2/deep/a.md')), resolve('/w/nested-2'));
  assert.equal(nearestRoot(roots, resolve('/w/a.md')), resolve('/w'));
  assert.equal(nearestRoot(roots, resolve('/w')), resolve('/w'));
  assert.equal(nearestRoot(roots, resolve('/elsewhere/a.md')), undefined);
  assert.equal(nearestRoot([resolve('/w/nested')], resolve('/w/nested-2/a.md')), undefined);
});
