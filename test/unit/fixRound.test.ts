import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixRound } from '../../server/src/service/fixRound';
import { parseFrontMatter } from '../../server/src/service/parse/frontMatter';

const TEXT = '---\nid: a\n---\n\nAdvertisement\nBody.\n';
const FENCE = TEXT.indexOf('---', 3);
const insert = (at: number, newText: string) => ({ edits: [{ start: at, end: at, newText }] });
const removeAdvert = { edits: [{ start: TEXT.indexOf('Advertisement'), end: TEXT.indexOf('Body.'), newText: '' }] };

test('a round keeps fixes that compose, like applyFixes', () => {
  const result = applyFixRound(TEXT, [insert(FENCE, 'actors: [ttp]\n'), insert(FENCE, 'tags: [x]\n'), removeAdvert]);
  assert.deepEqual(result, { text: '---\nid: a\nactors: [ttp]\ntags: [x]\n---\n\nBody.\n', applied: 3 });
});

test('fixes that would break the front-matter together are taken one at a time, while it still parses', () => {
  const result = applyFixRound(TEXT, [insert(FENCE, 'actors: [ttp]\n'), insert(FENCE, 'actors: [iskp]\n'), removeAdvert]);
  assert.deepEqual(result, { text: '---\nid: a\nactors: [ttp]\n---\n\nBody.\n', applied: 2 });
  assert.deepEqual(parseFrontMatter(result.text)!.problems, []);
});

test('a fix that breaks the front-matter on its own is never applied', () => {
  const result = applyFixRound(TEXT, [insert(FENCE, 'title: [unclosed\n'), removeAdvert]);
  assert.deepEqual(result, { text: '---\nid: a\n---\n\nBody.\n', applied: 1 });
});
