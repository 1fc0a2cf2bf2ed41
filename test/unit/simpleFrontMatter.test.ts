import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseYamlWithLibrary } from '../../server/src/service/parse/frontMatter';
import { parseSimpleFrontMatter } from '../../server/src/service/parse/simpleFrontMatter';

const SEED = 20250412;
const RUNS = 2000;

/** The fast path's answer, shaped like the full parser's, so that the two compare with one deepEqual. */
function fastPath(source: string, base: number) {
  const fields = parseSimpleFrontMatter(source, base);
  return fields && { problems: [], fields };
}

function assertSameAsLibrary(source: string, base = 0): void {
  assert.deepEqual(fastPath(source, base), parseYamlWithLibrary(source, base), JSON.stringify(source));
}

test('reads keys, values and spans exactly', () => {
  const source = 'id: a-1\ntitle: "Paktika: a night raid"\ncount: 46\nempty:\n';
  assert.deepEqual(
    parseSimpleFrontMatter(source, 4),
    new Map<string, unknown>([
      ['id', { key: 'id', keySpan: { start: 4, end: 6 }, valueSpan: { start: 8, end: 11 }, value: 'a-1' }],
      ['title', { key: 'title', keySpan: { start: 12, end: 17 }, valueSpan: { start: 19, end: 42 }, value: 'Paktika: a night raid' }],
      ['count', { key: 'count', keySpan: { start: 43, end: 48 }, valueSpan: { start: 50, end: 52 }, value: 46 }],
      ['empty', { key: 'empty', keySpan: { start: 53, end: 58 }, valueSpan: { start: 59, end: 59 }, value: null }],
    ]),
  );
});

test('reads flow and block lists with the spans of their items', () => {
  const fields = parseSimpleFrontMatter("actors: [ttp, 'afghan-taliban']\nauthor:\n  - Staff\n  - \"A. Writer\"\n", 0)!;
  assert.deepEqual(fields.get('actors'), {
    key: 'actors',
    keySpan: { start: 0, end: 6 },
    valueSpan: { start: 8, end: 31 },
    value: ['ttp', 'afghan-taliban'],
    items: [
      { value: 'ttp', span: { start: 9, end: 12 } },
      { value: 'afghan-taliban', span: { start: 14, end: 30 } },
    ],
    flow: true,
  });
  assert.deepEqual(fields.get('author'), {
    key: 'author',
    keySpan: { start: 32, end: 38 },
    valueSpan: { start: 42, end: 66 },
    value: ['Staff', 'A. Writer'],
    items: [
      { value: 'Staff', span: { start: 44, end: 49 } },
      { value: 'A. Writer', span: { start: 54, end: 65 } },
    ],
    flow: false,
  });
});

const ACCEPTED = [
  '',
  '# only a comment\n\n   \n',
  'published: 2024-12-28\nretrieved: 2025-01-02T10:30:00Z\n',
  'url: https://example.org/2024/raid?id=4&x=y#top\n',
  'a: ~\nb: null\nc: Null\nd: NULL\ne: true\nf: False\ng: TRUE\nh: yes\n',
  'a: 0x1F\nb: 0o17\nc: 012\nd: +7\ne: 1.\nf: .5\ng: 1e3\nh: +.inf\ni: .NaN\nj: 1_000\nk: 0b101\n',
  "quote: 'it''s here'\nempty: ''\nother: \"\"\n",
  'title: C# and 10:30, [draft] {x}\n',
  'title: Kabul — Paktikā, پکتیکا  \n',
  'key:   \nnext: 1\n',
  'list: []\nspaced: [ a b ,  "c, d" ,e ]   \n',
  'list:\n- a\n- 2\n\nafter: x\n',
  'list:\n    - a\n    - b',
  'id: x\r\nlist:\r\n  - a\r\n  - b\r\n\r\ntitle: y\r\n',
  'under_score-key: v\n_: w\n',
];

test('gives the same fields as the yaml package on simple blocks', () => {
  for (const source of ACCEPTED) {
    assert.notEqual(parseSimpleFrontMatter(source, 0), undefined, JSON.stringify(source));
    assertSameAsLibrary(source, 10);
  }
});

const REJECTED = [
  ['a nested mapping', 'a:\n  b: c\n'],
  ['a duplicate key', 'id: a\nid: b\n'],
  ['a key the core schema does not read as a string', 'true: x\n'],
  ['a quoted key', '"id": a\n'],
  ['a space before the colon', 'id : a\n'],
  ['no space after the colon', 'id:a\n'],
  ['an indented key', ' id: a\n'],
  ['an indented comment', '  # note\n'],
  ['a trailing comment', 'id: a # note\n'],
  ['a colon and space inside a plain value', 'title: Kabul: a city\n'],
  ['a plain value ending with a colon', 'title: said:\n'],
  ['a leading indicator', 'a: &anchor x\n'],
  ['a leading dash', 'a: -5\n'],
  ['a block scalar', 'a: |\n  text\n'],
  ['a trailing tab', 'a: b\t\n'],
  ['a lone carriage return', 'a: b\rc\n'],
  ['a backslash in double quotes', 'a: "x\\ny"\n'],
  ['an unclosed quote', 'a: "x\n'],
  ['text after a closing quote', 'a: "x" y\n'],
  ['a nested flow sequence', 'a: [x, [y]]\n'],
  ['a flow mapping inside a flow sequence', 'a: [{x: y}]\n'],
  ['a trailing comma', 'a: [x, y,]\n'],
  ['an empty flow item', 'a: [x, , y]\n'],
  ['text after a flow sequence', 'a: [x] y\n'],
  ['a flow sequence over two lines', 'a: [x,\n  y]\n'],
  ['an item under a field with a value', 'a: x\n- y\n'],
  ['items with two indentations', 'a:\n  - x\n- y\n'],
  ['an item after a blank line', 'a:\n- x\n\n- y\n'],
  ['an empty item', 'a:\n-\n'],
  ['a nested item', 'a:\n- - x\n'],
  ['a document marker', '---\na: x\n'],
  ['a no-break space line', 'a: x\n\u00a0\n'],
  ['a byte-order mark', '\ufeffa: x\n'],
];

test('leaves everything outside the simple subset to the yaml package', () => {
  for (const [reason, source] of REJECTED) assert.equal(parseSimpleFrontMatter(source, 0), undefined, reason);
});

// The simple grammar: unique keys, each with a one-line scalar, a flow list, a block list or nothing,
// with trailing spaces, blank lines and comments in between, and LF or CRLF line endings.
const key = fc
  .stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,11}$/)
  .filter((text) => !/^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text));
const word = fc.constantFrom(
  'Kabul', 'Paktika', 'TTP', 'airstrike', 'killed', '46', 'officials', 'C#', "Taliban's", 'said,', '(AFP)',
  '10:30', 'a.m.', '—', 'Paktikā', 'پکتیکا', 'x?y', 'a-b', 'e.g.', '"quoted"', 'it\'s', '100%', 'v1.2', 'x@y',
);
const scalarWord = fc.constantFrom(
  '0', '12', '+3', '012', '0x1F', '0o17', '1.5', '.5', '1.', '1e5', '2.5E-3', '.inf', '+.Inf', '.nan', '.NaN',
  '1_000', '0b101', 'true', 'True', 'FALSE', 'yes', 'no', 'on', '~', 'null', 'Null', 'NULL', '2024-12-28',
  '2024-12-28T10:30:00Z', 'https://example.org/a/b?c=1&d=2#e', 'mailto:desk@example.org', 'ps-AF', 'NaN',
);
const plainWords = (vocabulary: fc.Arbitrary<string>) =>
  fc
    .array(vocabulary, { minLength: 1, maxLength: 5 })
    .map((words) => words.join(' '))
    .filter((text) => !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text));
const plain = fc.oneof(scalarWord, plainWords(fc.oneof(word, scalarWord)));
const flowPlain = plainWords(fc.oneof(word, scalarWord).filter((text) => !/[,[\]{}]/.test(text)));
const anyText = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20, unit: 'grapheme' }));
const doubleQuoted = anyText.map((text) => `"${text.replace(/["\\\p{Cc}\u2028\u2029\ufeff]/gu, '')}"`);
const singleQuoted = anyText.map((text) => `'${text.replace(/[\p{Cc}\u2028\u2029\ufeff]/gu, '').replaceAll("'", "''")}'`);
const quoted = fc.oneof(doubleQuoted, singleQuoted);
const spaces = fc.constantFrom('', ' ', '  ');

const flowList = fc
  .array(fc.tuple(spaces, fc.oneof(flowPlain, quoted), spaces), { maxLength: 4 })
  .map((items) => `[${items.map(([before, item, after]) => before + item + after).join(',')}]`);
const blockItem = fc.tuple(fc.constantFrom(' ', '  '), fc.oneof(plain, quoted), spaces);
const blockList = fc
  .tuple(fc.constantFrom('', '  ', '    '), fc.array(blockItem, { minLength: 1, maxLength: 4 }))
  .map(([indent, items]) => items.map(([gap, item, trailing]) => `${indent}-${gap}${item}${trailing}`));
const value = fc.oneof(
  { arbitrary: fc.tuple(fc.oneof(plain, quoted, flowList), spaces).map(([text, trailing]) => [` ${text}${trailing}`]), weight: 6 },
  { arbitrary: fc.tuple(spaces, blockList).map(([trailing, items]) => [trailing, ...items]), weight: 2 },
  { arbitrary: spaces.map((trailing) => [trailing]), weight: 1 },
);
const aside = fc.constantFrom<string[]>([], [], [], [''], ['# a note'], ['  ']);

const simpleBlock = fc
  .record({
    fields: fc.uniqueArray(fc.tuple(key, value, aside), { selector: ([name]) => name, maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
  })
  .map(({ fields, newline, finalNewline }) => {
    const lines = fields.flatMap(([name, [first, ...items], after]) => [`${name}:${first}`, ...items, ...after]);
    return lines.join(newline) + (finalNewline && lines.length > 0 ? newline : '');
  });

// Near misses: simple blocks with one to three fragments of other YAML inserted anywhere.
const NEAR_MISSES = [
  ': ', ' #', '#', ':', '\t', '\\', '[', ']', '{', '}', ',', '- ', '-', '? ', '&a ', '*a', '!x ', '|', '>', '"', "'",
  '%', '@', '`', '\r', '\n', '\n  ', '\n- ', ' ', '---\n', '...', '\ufeff', '\u00a0', '\u2028', 'id: dup\n', '~',
];
const nearMiss = fc
  .tuple(simpleBlock, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NEAR_MISSES)), { minLength: 1, maxLength: 3 }))
  .map(([source, edits]) => edits.reduce((text, [at, insert]) => {
    const position = at % (text.length + 1);
    return text.slice(0, position) + insert + text.slice(position);
  }, source));

test('covers every block of the simple grammar, with the fields the yaml package gives', () => {
  fc.assert(
    fc.property(simpleBlock, fc.nat(500), (source, base) => {
      assert.notEqual(parseSimpleFrontMatter(source, base), undefined, JSON.stringify(source));
      assertSameAsLibrary(source, base);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

test('on near misses, either gives up or agrees with the yaml package', () => {
  fc.assert(
    fc.property(nearMiss, fc.nat(500), (source, base) => {
      if (parseSimpleFrontMatter(source, base)) assertSameAsLibrary(source, base);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});
