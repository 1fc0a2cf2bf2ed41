import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentSymbols, type OutlineSymbol } from '../../server/src/service/features/documentSymbols';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, frontMatter } from './harness';

const BODY = [
  ':event[Before any heading]{id=early date=2024-01}',
  '# Attack on the post',
  'Intro with :casualty[46 people]{killed=46 injured=40-52 source="Taliban officials"} and more.',
  '',
  '## Reactions ##',
  ':event[Funeral]{id=funeral date=2024-12-21} was held.',
  '```',
  '# not a heading',
  ':event[Hidden]{id=hidden date=2024-12-22}',
  '```',
  '#hashtag is not a heading either',
  '',
  'Setext Heading',
  'in two lines',
  '---',
  '### Deep',
  'There were :casualty[dozens]{missing=~30} missing.',
  '# Second part',
  '## Toll of :casualty[the strike]{killed=5}',
  '',
  '#',
  'Underlined',
  '==========',
  'The end.',
].join('\n');
const DOC = `${frontMatter()}${BODY}\n`;
const FIRST_BODY_LINE = frontMatter().split('\n').length - 1;

function symbolsOf(text: string): OutlineSymbol[] {
  const corpus = new CorpusWorkspace({ configSource: CONFIG, readRegistry: () => REGISTRY, today: TODAY });
  corpus.setDocument('a.md', text);
  return documentSymbols(corpus, 'a.md');
}

type Tree = [string, string, string?, Tree[]?];
function tree(symbols: OutlineSymbol[]): Tree[] {
  return symbols.map((symbol) => {
    const node: Tree = [symbol.kind, symbol.name];
    if (symbol.detail || symbol.children.length > 0) node.push(symbol.detail ?? '');
    if (symbol.children.length > 0) node.push(tree(symbol.children));
    return node;
  });
}

const line = (bodyLine: number) => FIRST_BODY_LINE + bodyLine;
const lineOf = (text: string) => line(BODY.split('\n').indexOf(text));

test('headings nest by level, and each tag sits under the heading it follows', () => {
  assert.deepEqual(tree(symbolsOf(DOC)), [
    ['event', 'Before any heading', '2024-01 · early'],
    ['heading', 'Attack on the post', '', [
      ['casualty', '46 people', 'killed 46, injured 40-52 · Taliban officials'],
      ['heading', 'Reactions', '', [['event', 'Funeral', '2024-12-21 · funeral']]],
      ['heading', 'Setext Heading in two lines', '', [
        ['heading', 'Deep', '', [['casualty', 'dozens', 'missing ~30']]],
      ]],
    ]],
    ['heading', 'Second part', '', [
      ['heading', 'Toll of the strike', '', [['casualty', 'the strike', 'killed 5']]],
    ]],
    ['heading', '(empty heading)'],
    ['heading', 'Underlined'],
  ]);
});

test('a section runs to the line before the next heading of its level or above', () => {
  const [, attack, second, empty, underlined] = symbolsOf(DOC);
  const lastLineOfFirstPart = BODY.split('\n')[BODY.split('\n').indexOf('# Second part') - 1];
  assert.deepEqual(attack.range, { start: { line: lineOf('# Attack on the post'), character: 0 }, end: { line: lineOf('# Second part') - 1, character: lastLineOfFirstPart.length } });
  assert.deepEqual(attack.selectionRange, { start: { line: lineOf('# Attack on the post'), character: 0 }, end: { line: lineOf('# Attack on the post'), character: 20 } });
  const setext = attack.children[2];
  assert.deepEqual(setext.selectionRange, { start: { line: lineOf('Setext Heading'), character: 0 }, end: { line: lineOf('---'), character: 3 } });
  assert.deepEqual(setext.range.end, { line: lineOf('# Second part') - 1, character: lastLineOfFirstPart.length });
  assert.equal(second.range.end.line, lineOf('#') - 1);
  assert.deepEqual(empty.range, { start: { line: lineOf('#'), character: 0 }, end: { line: lineOf('#'), character: 1 } });
  assert.deepEqual(underlined.range.end, { line: lineOf('The end.'), character: 'The end.'.length });
});

test('a tag symbol covers the tag and selects its label', () => {
  const [early] = symbolsOf(DOC);
  const tagLine = line(0);
  assert.deepEqual(early.range, { start: { line: tagLine, character: 0 }, end: { line: tagLine, character: BODY.split('\n')[0].length } });
  assert.deepEqual(early.selectionRange, { start: { line: tagLine, character: 7 }, end: { line: tagLine, character: 25 } });
});

test('a tag with an empty label is named by its id or its directive', () => {
  const text = `${frontMatter()}:event[]{id=nameless date=2024-01-01} and :casualty[]{killed=3}\n`;
  assert.deepEqual(tree(symbolsOf(text)), [
    ['event', 'nameless', '2024-01-01 · nameless'],
    ['casualty', ':casualty', 'killed 3'],
  ]);
});

test('a document with no headings or tags has no symbols; a file the corpus lacks has none either', () => {
  assert.deepEqual(symbolsOf(`${frontMatter()}Just prose, and :actor[the group]{id=ttp}.\n`), []);
  const corpus = new CorpusWorkspace({ configSource: CONFIG, readRegistry: () => REGISTRY, today: TODAY });
  assert.deepEqual(documentSymbols(corpus, 'missing.md'), []);
});
