/** Reading a batch of documents' texts: ASCII files share one string, every file reads as decodeSource reads it alone. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readSources } from '../../server/src/node/readSources';
import { decodeSource } from '../../server/src/service/source';

const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-sources-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FILES: [string, Buffer][] = [
  ['plain.md', Buffer.from('---\nid: a\n---\nTwelve people were wounded.\n')],
  ['crlf.md', Buffer.from('---\r\nid: b\r\n---\r\nBody.\r\n')],
  ['empty.md', Buffer.alloc(0)],
  ['accents.md', Buffer.from('Peshawar and Khyber Pakhtunkhwa — déjà vu.\n')],
  ['bom.md', Buffer.from('\uFEFF---\nid: c\n---\nText.\n')],
  ['nul.md', Buffer.from('before\u0000after\n')],
  ['latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])],
  ['after.md', Buffer.from('The last plain file, after the others.\n')],
];

test('a batch of files reads each as decodeSource reads it alone, errors in their places', () => {
  for (const [name, bytes] of FILES) writeFileSync(join(dir, name), bytes);
  const paths = FILES.map(([name]) => join(dir, name));
  paths.splice(2, 0, join(dir, 'missing.md'));
  const sources = readSources(paths);
  assert.equal(sources.length, paths.length);
  assert.ok(sources[2] instanceof Error);
  sources.forEach((source, index) => {
    if (index === 2) return;
    assert.deepEqual(source, decodeSource(readFileSync(paths[index])), paths[index]);
  });
  const crlf = sources[1];
  assert.ok(!(crlf instanceof Error) && crlf.eol === '\r\n');
});
