import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { scanBody, type BodyScan } from '../../server/src/service/parse/markdown';
import { ScanOutput } from '../../server/src/service/parse/markdownScan/output';

/** Pieces of Markdown that meet in odd ways: directive parts, code, comments, links, blocks, line endings. */
const PIECES = [
  ':', ':', 'casualty', 'a', '[', '[', ']', ']', '{', '}', 'killed=5', 'source="A B"', "k='x'", '#id', '.c', '=', '"', "'",
  '`', '``', '\\', ' ', ' ', 'x', '\n', '\r\n', '\n\n', '\n    ', '\n```\n', '\n~~~\n', '\n- ', '\n1. ', '\n# ', '\n<!--',
  '<!--', '-->', '<https://a.org>', '<a@b.c>', '](u)', '](<a b> "t")', '(', ')', '\n[r]: /u "t"\n', '![', 'é', '😀',
];

const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

function checkInvariants(text: string, from: number, scan: BodyScan): void {
  assert.equal(scan.prose.length, text.length);
  for (let i = 0; i < text.length; i++) {
    const original = text[i];
    const shown = scan.prose[i];
    if (original === '\n' || original === '\r') assert.equal(shown, original, `line break at ${i}`);
    else if (i < from) assert.equal(shown, ' ', `before the body at ${i}`);
    else assert.ok(shown === original || shown === ' ', `character at ${i}`);
  }

  let previousEnd = from;
  for (const span of scan.excluded) {
    assert.ok(span.start >= previousEnd && span.end > span.start && span.end <= text.length, `excluded ${span.start}-${span.end}`);
    previousEnd = span.end;
  }
  const isExcluded = (offset: number) => scan.excluded.some((span) => offset >= span.start && offset < span.end);

  let previousStart = -1;
  for (const directive of scan.directives) {
    assert.ok(directive.start > previousStart && directive.start >= from);
    previousStart = directive.start;
    assert.equal(text[directive.start], ':');
    assert.equal(isExcluded(directive.start), false, `directive at ${directive.start} is in an excluded region`);
    assert.equal(text.slice(directive.nameSpan.start, directive.nameSpan.end), directive.name);
    assert.equal(text.slice(directive.labelSpan.start, directive.labelSpan.end), directive.label);
    assert.equal(text[directive.labelSpan.start - 1], '[');
    assert.equal(text[directive.labelSpan.end], ']');
    assert.equal(directive.end, directive.attributesSpan ? directive.attributesSpan.end : directive.labelSpan.end + 1);
    for (const attribute of directive.attributes) {
      const key = text.slice(attribute.keySpan.start, attribute.keySpan.end);
      assert.equal(key === '#' ? 'id' : key === '.' ? 'class' : key, attribute.key);
      assert.equal(text.slice(attribute.valueSpan.start, attribute.valueSpan.end), attribute.value);
    }
  }
  for (const error of scan.directiveErrors) {
    assert.equal(text[error.start], ':');
    assert.ok(error.end > error.start);
    assert.equal(scan.directives.some((directive) => directive.start === error.start), false);
  }
}

test('invariants of the scan on generated Markdown', () => {
  fc.assert(
    fc.property(markdown, fc.nat(), (text, cut) => {
      const from = text.length === 0 ? 0 : cut % (text.length + 1);
      checkInvariants(text, from, scanBody(text, from));
    }),
    { numRuns: 2000 },
  );
});

test('many directives on one line, and labels nested thousands deep, are all found', () => {
  const line = Array.from({ length: 10_000 }, (_, i) => `:casualty[${i} dead]{killed=${i}}`).join(' ');
  const flat = scanBody(line, 0);
  assert.equal(flat.directives.length, 10_000);
  assert.equal(flat.directives[9_999].label, '9999 dead');

  const nested = `${':a['.repeat(5_000)}x${']'.repeat(5_000)}`;
  const deep = scanBody(nested, 0);
  assert.equal(deep.directives.length, 5_000);
  assert.equal(deep.directives[4_999].label, 'x');
  assert.equal(deep.prose.trim(), 'x');
});

test('thousands of unclosed labels, code spans and link tails on one line are each read once', () => {
  const unclosed = scanBody(':a[x '.repeat(3_000), 0);
  assert.equal(unclosed.directiveErrors.length, 3_000);
  const ticks = scanBody('`` ` '.repeat(3_000), 0);
  assert.equal(ticks.excluded.length, 2_000);
  const tails = scanBody('[a](b(c)'.repeat(3_000), 0);
  assert.deepEqual(tails.excluded, []);
});

test('the prose blanks every unit of the blank spans but line breaks, whatever their order and overlaps', () => {
  const text = fc.array(fc.constantFrom('a', 'B', ' ', '\n', '\r\n', '\r', 'é', '😀', ':'), { maxLength: 30 }).map((units) => units.join(''));
  const withSpans = text.chain((value) =>
    fc.tuple(fc.constant(value), fc.array(fc.tuple(fc.nat(value.length), fc.nat(value.length), fc.boolean()), { maxLength: 6 })),
  );
  fc.assert(
    fc.property(withSpans, ([value, spans]) => {
      const out = new ScanOutput(value);
      for (const [a, b, excluded] of spans) {
        if (excluded) out.exclude(Math.min(a, b), Math.max(a, b));
        else out.blank(Math.min(a, b), Math.max(a, b));
      }
      const blanked = (i: number) => spans.some(([a, b]) => i >= Math.min(a, b) && i < Math.max(a, b));
      const expected = value.split('').map((unit, i) => (blanked(i) && unit !== '\n' && unit !== '\r' ? ' ' : unit));
      assert.equal(out.prose(), expected.join(''));
    }),
    { numRuns: 3000 },
  );
});
