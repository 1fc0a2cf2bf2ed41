import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/service/lineIndex';

/** Texts of short pieces, with and without CR, so that both ways of finding line starts are taken. */
const text = fc
  .array(fc.constantFrom('\n', '\r', '\r\n', '\n\n', 'ab', 'Paktika', '–', '😀', ' '), { maxLength: 30 })
  .map((pieces) => pieces.join(''));

/** Each line as its text and the offset where it starts, split by every terminator LSP knows. */
function linesOf(source: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (const terminator of source.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ start, text: source.slice(start, terminator.index) });
    start = terminator.index + terminator[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  return lines;
}

test('line starts, ends, next starts and positions agree with splitting the text at every line terminator', () => {
  fc.assert(
    fc.property(text, (source) => {
      const index = new LineIndex(source);
      const lines = linesOf(source);
      assert.equal(index.lineCount, lines.length);
      lines.forEach((line, number) => {
        assert.equal(index.lineStart(number), line.start);
        assert.equal(index.lineEnd(number), line.start + line.text.length);
        assert.equal(index.nextLineStart(number), lines[number + 1]?.start ?? source.length);
        assert.deepEqual(index.positionAt(line.start + line.text.length), { line: number, character: line.text.length });
        assert.equal(index.offsetAt({ line: number, character: line.text.length }), line.start + line.text.length);
      });
    }),
    { numRuns: 500 },
  );
});

test('a text with only LF line ends and one with CR LF ends have the same lines', () => {
  const lf = 'title\n\nKurram\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const lines = (source: string) => Array.from({ length: new LineIndex(source).lineCount }, (_, line) => {
    const index = new LineIndex(source);
    return source.slice(index.lineStart(line), index.lineEnd(line));
  });
  assert.deepEqual(lines(lf), ['title', '', 'Kurram', '']);
  assert.deepEqual(lines(crlf), lines(lf));
});
