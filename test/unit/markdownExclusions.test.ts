import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanBody } from '../../server/src/service/parse/markdown';

/** The excluded regions as text, and the labels of the directives found. */
function read(text: string): { excluded: string[]; labels: string[] } {
  const scan = scanBody(text, 0);
  return { excluded: scan.excluded.map((span) => text.slice(span.start, span.end)), labels: scan.directives.map((d) => d.label) };
}

test('code spans need a closing run of the same length; an unclosed run is literal backticks', () => {
  assert.deepEqual(read('a ``b`c`` d ``e` :x[y]'), { excluded: ['``b`c``'], labels: ['y'] });
  assert.deepEqual(read('Use `:casualty[5]{killed=5}` to tag.'), { excluded: ['`:casualty[5]{killed=5}`'], labels: [] });
  assert.deepEqual(read('A code span may not span a blank line: `:x[y]\n\n` :z[w]'), { excluded: [], labels: ['y', 'w'] });
});

test('a label may hold a code span, excluded inside it; its brackets count as micromark counts them', () => {
  const text = ':casualty[the `46` figure]{killed=46}';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.excluded, [{ start: 14, end: 18 }]);
  assert.equal(scan.prose, '          the      figure            ');
  assert.deepEqual(read(':a[`:b[c]`]'), { excluded: ['`:b[c]`'], labels: ['`:b[c]`'] });
  assert.deepEqual(read(':a[x `]` y]'), { excluded: [], labels: ['x `'] });
});

test('fenced code with backticks or tildes, closed by the same character at least as long', () => {
  const text = '```js\n:x[y]\n``\n~~~\n```\n:z[w]\n\n~~~~\n:x[y]\n~~~\n:z[w]';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.excluded, [
    { start: 0, end: 22 },
    { start: 30, end: 50 },
  ]);
  assert.deepEqual(scan.directives.map((d) => d.start), [23]);
  assert.equal(scan.prose, '     \n     \n  \n   \n   \n   w \n\n    \n     \n   \n     ');
  assert.deepEqual(read('   ~~~\n:x[y]\n   ~~~   \n:z[w]'), { excluded: ['~~~\n:x[y]\n   ~~~   '], labels: ['w'] });
  assert.deepEqual(read('``` not `a fence`\n:x[y]'), { excluded: ['`a fence`'], labels: ['y'] });
});

test('indented code after a blank line, but not a paragraph continued by an indented line', () => {
  const text = 'Text\n\n    :x[y]\n      more\n\nafter :z[w]';
  assert.deepEqual(read(text), { excluded: ['    :x[y]\n      more'], labels: ['w'] });
  assert.deepEqual(read('Text\n    :x[y] continues'), { excluded: [], labels: ['y'] });
  assert.deepEqual(read('\t:x[y]'), { excluded: ['\t:x[y]'], labels: [] });
});

test('list items: their indented text is not code, 4 columns beyond it is; a fence ends with its item', () => {
  assert.deepEqual(read('1. Item\n\n    :x[y]{k=1} is item text\n\n- item\n\n          :c[d] code'), {
    excluded: ['          :c[d] code'],
    labels: ['y'],
  });
  assert.deepEqual(read('- a\n  ```\n  :x[y]\n:z[w]'), { excluded: ['```\n  :x[y]'], labels: ['w'] });
  assert.deepEqual(read('- a\n```\n:x[y]\n```\n:z[w]'), { excluded: ['```\n:x[y]\n```'], labels: ['w'] });
});

test('a heading is one line: a label cannot run on into the next', () => {
  const scan = scanBody('## Strike :casualty[in\nPaktika]{killed=3}', 0);
  assert.deepEqual(scan.directives, []);
  assert.deepEqual(scan.directiveErrors.map((e) => [e.start, e.end, e.part]), [[10, 22, 'label']]);
});

test('HTML comments: in a paragraph, and as a block that crosses blank lines and takes its whole last line', () => {
  const inline = scanBody('a <!-- x :c[d] --> b', 0);
  assert.deepEqual(inline.comments, [{ start: 2, end: 18, body: ' x :c[d] ' }]);
  assert.deepEqual(inline.excluded, [{ start: 2, end: 18 }]);
  assert.equal(inline.prose, 'a                  b');

  const text = '<!-- corpus-lint-disable casualty/untagged\n\n:x[y]\n--> tail :z[w]\nnext :q[r]';
  const block = scanBody(text, 0);
  assert.deepEqual(block.comments, [{ start: 0, end: 53, body: ' corpus-lint-disable casualty/untagged\n\n:x[y]\n' }]);
  assert.deepEqual(block.excluded, [{ start: 0, end: 64 }]);
  assert.deepEqual(block.directives.map((d) => d.label), ['r']);
});

test('empty comments count; an unclosed one in a paragraph is text, one opening a line hides the rest', () => {
  const scan = scanBody('a <!--> b <!---> c <!-- never :x[y]', 0);
  assert.deepEqual(scan.comments, [
    { start: 2, end: 7, body: '' },
    { start: 10, end: 16, body: '' },
  ]);
  assert.deepEqual(scan.directives.map((d) => d.label), ['y']);
  assert.deepEqual(read('a <!--\n\n:x[y] -->'), { excluded: [], labels: ['y'] });
  const unclosed = scanBody('Text\n<!-- :x[y]\n\n:z[w]', 0);
  assert.deepEqual(unclosed.comments, []);
  assert.deepEqual(unclosed.excluded, [{ start: 5, end: 22 }]);
  assert.deepEqual(unclosed.directives, []);
});

test('link destinations and titles are excluded; link text is not', () => {
  const text = 'See [the :x[y] report](https://a.org/:x[y] "Title :x[y]") and ![map](<maps/a b.png>) or [x](a(b)c) then :z[w]';
  assert.deepEqual(read(text), {
    excluded: ['(https://a.org/:x[y] "Title :x[y]")', '(<maps/a b.png>)', '(a(b)c)'],
    labels: ['y', 'w'],
  });
  assert.deepEqual(read('Not links: x](a :x[y]) [b] (c :z[w]) [unbalanced](a(b :q[r])'), { excluded: [], labels: ['y', 'w', 'r'] });
  assert.deepEqual(read('[outer [inner](a)](b :x[y])'), { excluded: ['(a)'], labels: ['y'] });
});

test('reference definitions at the start of a paragraph exclude their destination and title', () => {
  const text = '[ref]: https://a.org/:x[y]\n  "Title :x[y]"\n[other]: <b c>\nText :z[w] [ref]: no';
  const scan = scanBody(text, 0);
  assert.deepEqual(scan.excluded, [
    { start: 7, end: 42 },
    { start: 52, end: 57 },
  ]);
  assert.deepEqual(scan.directives.map((d) => d.label), ['w']);
  assert.deepEqual(read('[Update]: Pakistan :x[y] said'), { excluded: [], labels: ['y'] });
  assert.deepEqual(read('- [ref]: https://a.org/:x[y]'), { excluded: ['https://a.org/:x[y]'], labels: [] });
});

test('autolinks, URI and e-mail, are excluded; other angle brackets are text', () => {
  assert.deepEqual(read('Mail <press@example.org> or <https://a.org/:x[y]> but not <a :z[w]> or <b@c>'), {
    excluded: ['<press@example.org>', '<https://a.org/:x[y]>', '<b@c>'],
    labels: ['w'],
  });
});

test('a backslash escape hides a bracket, a backtick and an angle bracket', () => {
  assert.deepEqual(read('\\`:x[y]` \\<https://a.org/:z[w]> \\[a](b :q[r])'), { excluded: [], labels: ['y', 'w', 'r'] });
});
