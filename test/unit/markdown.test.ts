import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanBody } from '../../server/src/service/parse/markdown';

const summary = (text: string) =>
  scanBody(text, 0).directives.map((d) => ({ name: d.name, label: d.label, attributes: d.attributes.map((a) => [a.key, a.value]) }));

test('a directive with its name, label and attributes at exact offsets', () => {
  const text = ':casualty[46 people]{killed=46 source="Taliban officials"}';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.directives, [
    {
      name: 'casualty',
      start: 0,
      end: 58,
      nameSpan: { start: 1, end: 9 },
      label: '46 people',
      labelSpan: { start: 10, end: 19 },
      attributes: [
        { key: 'killed', value: '46', keySpan: { start: 21, end: 27 }, valueSpan: { start: 28, end: 30 }, quoted: false },
        { key: 'source', value: 'Taliban officials', keySpan: { start: 31, end: 37 }, valueSpan: { start: 39, end: 56 }, quoted: true },
      ],
      attributesSpan: { start: 20, end: 58 },
    },
  ]);
  assert.deepEqual(scan.directiveErrors, []);
});

test('single quotes, #id and .class shorthands, a bare key, and spaces or line breaks between attributes', () => {
  const text = "x :event[e]{ place='Dera Ismail Khan'  #paktika-2024 .late\nverified date = 2024-12-24 }";
  const [event] = scanBody(text, 0).directives;
  assert.deepEqual(
    event.attributes.map((a) => [a.key, a.value, text.slice(a.keySpan.start, a.keySpan.end), text.slice(a.valueSpan.start, a.valueSpan.end), a.quoted]),
    [
      ['place', 'Dera Ismail Khan', 'place', 'Dera Ismail Khan', true],
      ['id', 'paktika-2024', '#', 'paktika-2024', false],
      ['class', 'late', '.', 'late', false],
      ['verified', '', 'verified', '', false],
      ['date', '2024-12-24', 'date', '2024-12-24', false],
    ],
  );
  const bare = event.attributes[3];
  assert.deepEqual(bare.valueSpan, { start: bare.keySpan.end, end: bare.keySpan.end });
  assert.equal(event.end, text.length);
  assert.deepEqual(event.attributesSpan, { start: 11, end: text.length });
});

test('without braces a directive ends past its label; braces after a space are text', () => {
  const text = 'by :actor[the group] and :actor[them] {id=ttp}';
  const [first, second] = scanBody(text, 0).directives;
  assert.equal(first.end, 20);
  assert.equal('attributesSpan' in first, false);
  assert.deepEqual(first.attributes, []);
  assert.equal(second.end, 37);
  assert.deepEqual(second.attributes, []);
});

test('a label keeps balanced brackets and may span lines, but not a blank line', () => {
  assert.deepEqual(summary(':actor[the [so-called] emirate]{id=afghan-taliban}'), [
    { name: 'actor', label: 'the [so-called] emirate', attributes: [['id', 'afghan-taliban']] },
  ]);
  assert.deepEqual(summary('The raid killed :casualty[nine\nsoldiers]{killed=9} overnight.'), [
    { name: 'casualty', label: 'nine\nsoldiers', attributes: [['killed', '9']] },
  ]);
  assert.deepEqual(summary(':casualty[nine\r\nsoldiers]{killed=9}'), [{ name: 'casualty', label: 'nine\r\nsoldiers', attributes: [['killed', '9']] }]);
  const split = scanBody('Then :casualty[nine\n\nsoldiers]{killed=9}', 0);
  assert.deepEqual(split.directives, []);
  assert.deepEqual(split.directiveErrors.map((e) => [e.start, e.end, e.part, e.name]), [[5, 19, 'label', 'casualty']]);
});

test('directives nest in labels, each found once and in order', () => {
  const text = ':event[strike on :actor[the camp]{id=ttp-camp}]{id=e1 date=2024}';
  assert.deepEqual(summary(text), [
    { name: 'event', label: 'strike on :actor[the camp]{id=ttp-camp}', attributes: [['id', 'e1'], ['date', '2024']] },
    { name: 'actor', label: 'the camp', attributes: [['id', 'ttp-camp']] },
  ]);
  assert.equal(scanBody(text, 0).prose, `       strike on        the camp${' '.repeat(14 + 18)}`);
});

test('colons that are not directives', () => {
  for (const text of [
    'At 10:30 the curfew began.',
    'Note:this is not a tag.',
    'A ratio of 3:1, and :1[x].',
    'Two colons ::casualty[x]{killed=1} make no text directive.',
    'A name that ends in a hyphen :casualty-[x] or starts with one :-x[y].',
    'No bracket after the name: :casualty {killed=1}.',
    'Escaped: \\:casualty[46 people]{killed=46}.',
  ]) {
    const scan = scanBody(text, 0);
    assert.deepEqual(scan.directives, [], text);
    assert.deepEqual(scan.directiveErrors, [], text);
    assert.equal(scan.prose, text, text);
  }
});

test('a word before the colon does not stop a directive; an escaped colon before it does not either', () => {
  assert.deepEqual(summary('per:casualty[5]{killed=5}').map((d) => d.label), ['5']);
  assert.deepEqual(
    scanBody('\\::casualty[5]{killed=5}', 0).directives.map((d) => d.start),
    [2],
  );
});

test('an attribute list never closed is an error from the colon to the end of its line', () => {
  const text = 'Killed :casualty[46]{killed=46 source="X"\nmore text\n\nNext :event[e]{id=e}';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.directiveErrors, [
    { start: 7, end: 41, name: 'casualty', part: 'attributes', message: 'The attribute list is never closed: add `}` after the last attribute.' },
  ]);
  assert.deepEqual(scan.directives.map((d) => d.name), ['event']);
});

test('malformed attribute lists: what is wrong and where', () => {
  const cases: [string, string, string][] = [
    [':casualty[5]{killed=}', '`killed=` has no value: write `killed=VALUE`, or `killed=""` for an empty one.', ':casualty[5]{killed=}'],
    [':casualty[5]{source="CRSS killed=5}', 'The value of `source` opens a `"` quote that is never closed.', ':casualty[5]{source="CRSS killed=5}'],
    [':casualty[5]{killed=5, injured=2}', 'The value of `killed` contains `,`...', ''],
    [':casualty[5]{killed=5 ,injured=2} and on', 'Unexpected `,` after `killed=5`.', ':casualty[5]{killed=5 ,injured=2}'],
    [':event[e]{# id=x}', '`#` must be followed by an id.', ':event[e]{# id=x}'],
    [':event[e]{place="Kabul"id=x}', 'The quoted value of `place` must be followed by a space or `}`, not `i`.', ':event[e]{place="Kabul"id=x}'],
    [":event[e]{place=Khan's}", "The value of `place` contains `'`: put the whole value in double quotes.", ":event[e]{place=Khan's}"],
    [":event[e]{place=Dera Ismail Khan's}", "Unexpected `'` after `Khan`.", ":event[e]{place=Dera Ismail Khan's}"],
    [':event[e]{place=<b>}', '`place=` cannot be followed by `<`: put the value in double quotes.', ':event[e]{place=<b>}'],
  ];
  for (const [text, message, span] of cases) {
    const scan = scanBody(text, 0);
    if (span === '') {
      // a comma is an ordinary character of an unquoted value
      assert.deepEqual(scan.directiveErrors, [], text);
      assert.deepEqual(scan.directives[0].attributes.map((a) => a.value), ['5,', '2'], text);
      continue;
    }
    assert.deepEqual(scan.directives, [], text);
    assert.equal(scan.directiveErrors.length, 1, text);
    const [error] = scan.directiveErrors;
    assert.equal(error.part, 'attributes', text);
    assert.equal(error.message, message, text);
    assert.equal(text.slice(error.start, error.end), span, text);
  }
});

test('a malformed attribute list is read as text, so what follows it on the line is still found', () => {
  const text = ':casualty[5]{killed=} and :event[e]{id=e} with `code`';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.directives.map((d) => d.name), ['event']);
  assert.deepEqual(scan.excluded, [{ start: 47, end: 53 }]);
  assert.equal(scan.prose, '          5 {killed=} and        e        with       ');
});

test('the prose blanks markup and code but keeps labels, other text and line breaks', () => {
  const text = 'A :casualty[raid]{killed=3}\r\nkilled `x` people.';
  assert.equal(scanBody(text, 0).prose, 'A           raid           \r\nkilled     people.');
  assert.equal(scanBody(':casualty[open', 0).prose, '          open');
});

test('everything before `from` is blank and not scanned', () => {
  const text = '---\nid: a\n---\n:actor[them]{id=ttp} `x`';
  const scan = scanBody(text, 14);
  assert.equal(scan.prose, '   \n     \n   \n       them             ');
  assert.deepEqual(scan.directives.map((d) => d.start), [14]);
  assert.deepEqual(scanBody(':a[b] :c[d]', 6).directives.map((d) => d.name), ['c']);
});

test('CRLF line endings: offsets, error spans and prose', () => {
  const text = 'First line\r\n:casualty[5]{killed=5\r\n\r\n:actor[x]{id=y}\r\n';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.directiveErrors.map((e) => [e.start, e.end]), [[12, 33]]);
  assert.deepEqual(scan.directives.map((d) => [d.start, d.end]), [[37, 52]]);
  assert.equal(scan.prose, 'First line\r\n          5 {killed=5\r\n\r\n       x       \r\n');
});
