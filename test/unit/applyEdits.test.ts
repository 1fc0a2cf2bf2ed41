import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, applyOffsetEdits, selectNonOverlapping, toOffsetEdits } from '../../server/src/service/applyEdits';
import type { OffsetEdit } from '../../server/src/service/types';

const text = 'Officials said 40 people were killed in Kurram.';
const edit = (start: number, end: number, newText: string): OffsetEdit => ({ start, end, newText });

test('edits apply the same in any order', () => {
  const edits = [edit(15, 17, '46'), edit(0, 9, 'Police'), edit(47, 47, ' on Friday')];
  const expected = 'Police said 46 people were killed in Kurram. on Friday';
  assert.equal(applyOffsetEdits(text, edits), expected);
  assert.equal(applyOffsetEdits(text, [...edits].reverse()), expected);
  assert.equal(applyOffsetEdits(text, [edits[1], edits[2], edits[0]]), expected);
});

test('touching edits and insertions at one offset do not overlap; insertions keep their order', () => {
  assert.equal(applyOffsetEdits('abcdef', [edit(2, 4, 'X'), edit(0, 2, 'Y'), edit(4, 4, '1'), edit(4, 4, '2'), edit(2, 2, '<')]), 'Y<X12ef');
});

test('overlapping and out-of-range edits throw', () => {
  assert.throws(() => applyOffsetEdits(text, [edit(0, 10, 'a'), edit(5, 12, 'b')]), /overlaps/);
  assert.throws(() => applyOffsetEdits(text, [edit(3, 3, 'a'), edit(0, 10, 'b')]), /overlaps/);
  assert.throws(() => applyOffsetEdits(text, [edit(4, 8, 'a'), edit(4, 8, 'b')]), /overlaps/);
  assert.throws(() => applyOffsetEdits(text, [edit(40, 60, 'a')]), RangeError);
  assert.throws(() => applyOffsetEdits(text, [edit(5, 4, 'a')]), RangeError);
});

test('selectNonOverlapping keeps the earliest of overlapping edits, sorted by start', () => {
  const a = edit(10, 20, 'a');
  const b = edit(15, 25, 'b');
  const c = edit(20, 22, 'c');
  const d = edit(0, 5, 'd');
  const inside = edit(12, 12, 'i');
  assert.deepEqual(selectNonOverlapping([b, a, c, inside, d]), [d, a, c]);
  assert.deepEqual(selectNonOverlapping([edit(3, 6, 'r'), edit(3, 3, 'i')]), [edit(3, 3, 'i'), edit(3, 6, 'r')]);
  assert.deepEqual(selectNonOverlapping([]), []);
});

test('toOffsetEdits counts CRLF and lone CR as one line end', () => {
  const crlf = 'title: x\r\nactors: [ttp]\r\n---\r\nThe TTP said so.';
  const edits = toOffsetEdits(crlf, [
    { range: { start: { line: 1, character: 9 }, end: { line: 1, character: 12 } }, newText: 'ttp, afghan-taliban' },
    { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 7 } }, newText: 'Tehreek-e-Taliban Pakistan' },
  ]);
  assert.deepEqual(edits, [edit(19, 22, 'ttp, afghan-taliban'), edit(34, 37, 'Tehreek-e-Taliban Pakistan')]);
  assert.equal(applyOffsetEdits(crlf, edits), 'title: x\r\nactors: [ttp, afghan-taliban]\r\n---\r\nThe Tehreek-e-Taliban Pakistan said so.');
  const deleteLine = toOffsetEdits('a\rAdvertisement\rb', [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
  assert.equal(applyOffsetEdits('a\rAdvertisement\rb', deleteLine), 'a\rb');
});

test('applyFixes takes each fix whole and drops a fix that overlaps one taken before', () => {
  const body = 'actors: [ttp]\nTTP and Tehrik-e-Taliban and TTP';
  const addActor = { edits: [edit(12, 12, ', pakistan-military')] };
  const renameAndList = { edits: [edit(22, 38, 'Tehreek-e-Taliban Pakistan'), edit(9, 12, 'ttp')] };
  const clashing = { edits: [edit(43, 46, 'the TTP'), edit(24, 29, 'X')] };
  const result = applyFixes(body, [addActor, renameAndList, clashing]);
  assert.deepEqual(result, { text: 'actors: [ttp, pakistan-military]\nTTP and Tehreek-e-Taliban Pakistan and TTP', applied: 2 });
});

test('applyFixes drops a fix whose own edits overlap, and empty fixes', () => {
  const result = applyFixes('abcdef', [{ edits: [edit(0, 3, 'x'), edit(2, 4, 'y')] }, { edits: [] }, { edits: [edit(5, 6, 'F')] }]);
  assert.deepEqual(result, { text: 'abcdeF', applied: 1 });
});

test('applyFixes keeps insertions at one offset in the order of their fixes', () => {
  const result = applyFixes('ab', [{ edits: [edit(1, 1, '1')] }, { edits: [edit(1, 2, 'B')] }, { edits: [edit(1, 1, '2')] }, { edits: [edit(0, 1, 'A')] }]);
  assert.deepEqual(result, { text: 'A12B', applied: 4 });
});

test('applyFixes finds an overlap with any earlier fix, not only the nearest one', () => {
  const wide = { edits: [edit(0, 10, 'W')] };
  const narrowLater = { edits: [edit(12, 13, 'n')] };
  const insideWide = { edits: [edit(4, 5, 'i'), edit(20, 20, '!')] };
  const result = applyFixes('0123456789abcdefghij', [narrowLater, wide, insideWide]);
  assert.deepEqual(result, { text: 'Wabndefghij', applied: 2 });
});
