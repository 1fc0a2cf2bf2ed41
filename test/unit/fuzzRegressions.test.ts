/** Bugs the fuzzers of test/fuzz found, in the service or in a property, each pinned by the smallest input that showed it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFixes, applyOffsetEdits, toOffsetEdits } from '../../server/src/service/applyEdits';
import { LineIndex } from '../../server/src/service/lineIndex';
import { parseCorpusDocument } from '../../server/src/service/document';
import { checkEachFix } from '../fuzz/fixes';
import { applyFix, lint, lintCorpus } from './harness';

test('an offset between the CR and LF of a line end is the end of that line, not a column past it', () => {
  const text = '---\r\nid: "unterminated\r\n"quoted": x\r\n---\r\n';
  const syntax = lint(text).find((d) => d.rule === 'front-matter/syntax')!;
  const lineLength = text.split('\r\n')[syntax.range.end.line].length;
  assert.ok(syntax.range.end.character <= lineLength, JSON.stringify(syntax.range));
  assert.deepEqual(new LineIndex('ab\r\ncd').positionAt(3), { line: 0, character: 2 });
});

test('a near-duplicate without an id is reported at the document start even when its first line is empty', () => {
  const body = 'Mortar rounds fired across the border landed in the market of Chaman on Sunday afternoon, officials said. '.repeat(3).concat(
    'Traders on both sides of the crossing said that perishable goods were rotting in long queues of trucks.\n',
  );
  const diagnostics = lintCorpus({ 'a.md': `\n${body}`, 'b.md': `\n${body}` }).get('a.md')!.filter((d) => d.rule === 'corpus/near-duplicate');
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.deepEqual(diagnostics[0].related![0].range, diagnostics[0].range);
});

test('front-matter with lone CR line ends reads as separate lines', () => {
  const fields = parseCorpusDocument('a.md', '---\rid: test-doc\rtitle: x: y\r---\r\n').frontMatter!;
  assert.deepEqual(fields.problems.map((p) => p.message), ['Invalid YAML in front-matter: Nested mappings are not allowed in compact mappings.']);
  const ok = parseCorpusDocument('a.md', '---\rid: test-doc\ractors: [ttp]\r---\r\n').frontMatter!;
  assert.deepEqual([...ok.fields!].map(([key, field]) => [key, field.value]), [['id', 'test-doc'], ['actors', ['ttp']]]);
});

test('the fix adding an actor keeps front-matter with lone CR line ends valid', () => {
  const text = '---\rid: test-doc\r---\r\n\nThe TTP said so.\n';
  const notListed = lint(text).find((d) => d.rule === 'actor/not-listed')!;
  const fixed = applyOffsetEdits(text, toOffsetEdits(text, notListed.fix!.edits));
  assert.deepEqual(parseCorpusDocument('a.md', fixed).frontMatter!.problems, []);
  assert.deepEqual(lint(fixed).filter((d) => d.rule === 'actor/not-listed'), []);
});

test('an actor id that YAML would read as a number is quoted when the fix adds it to actors', () => {
  const registry = '8:\n  name: Eighth Brigade\n  type: armed-group\n';
  const text = '---\nid: test-doc\ntitle: T\npublished: 2024-12-26\nsource: S\nactors: []\n---\n\nThe Eighth Brigade moved.\n';
  const notListed = lint(text, { registry }).find((d) => d.rule === 'actor/not-listed')!;
  assert.equal(notListed.fix!.edits[0].newText, '"8"');
  assert.deepEqual(lint(applyFix(text, notListed), { registry }).filter((d) => d.rule === 'actor/not-listed'), []);
});

test('adding an actor to an empty `actors:` keeps the space before a comment on that line', () => {
  for (const line of ['actors: #comment', 'actors:\t# comment', 'actors:']) {
    const text = `---\nid: test-doc\n${line}\n---\n\nThe TTP said so.\n`;
    const notListed = lint(text).find((d) => d.rule === 'actor/not-listed')!;
    const fixed = applyFix(text, notListed);
    assert.deepEqual(parseCorpusDocument('a.md', fixed).frontMatter!.problems, [], fixed);
    assert.deepEqual(lint(fixed).filter((d) => d.rule === 'actor/not-listed'), []);
  }
});

test('replacing the only listed actor: removing it and adding the one mentioned compose in any round', () => {
  const body = '\nThe Afghan Taliban said nothing.\n';
  for (const list of ['actors: [ttp]', 'actors: [ ttp ]  # checked', 'actors: [\n  ttp\n]', 'actors:\n  - ttp', 'actors:\n  - ttp  # checked']) {
    let text = `---\nid: test-doc\ntitle: T\npublished: 2024-12-26\nsource: S\n${list}\n---\n${body}`;
    for (let round = 0; round < 3; round++) {
      const fixes = lint(text).flatMap((d) => (d.fix ? [{ edits: toOffsetEdits(text, d.fix.edits) }] : []));
      text = applyFixes(text, fixes).text;
      assert.deepEqual(parseCorpusDocument('doc.md', text).frontMatter!.problems, [], text);
    }
    assert.deepEqual([...parseCorpusDocument('doc.md', text).frontMatter!.fields!.get('actors')!.items!].map((item) => item.value), ['afghan-taliban'], text);
    assert.deepEqual(lint(text).filter((d) => d.rule.startsWith('actor/')), [], text);
  }
});

test('a form that starts or ends with punctuation is not found inside a word', () => {
  const registry = 'cpp:\n  name: C++ Brigade\n  avoid: ["*", "C++"]\n  type: armed-group\n';
  const body = 'Notes [*a0] and x* and C++x were seen; C++ and * were too.';
  const text = `---\nid: test-doc\ntitle: T\npublished: 2024-12-26\nsource: S\nactors: [cpp]\n---\n\n${body}\n`;
  const variants = lint(text, { registry }).filter((d) => d.rule === 'actor/variant');
  const offset = text.indexOf(body);
  assert.deepEqual(variants.map((d) => d.range.start.character), [body.indexOf('C++ and'), body.indexOf('* were')]);
  for (const variant of variants) {
    const fixed = applyFix(text, variant);
    const again = lint(fixed, { registry }).filter((d) => d.rule === 'actor/variant' && d.range.start.character === variant.range.start.character);
    assert.deepEqual(again, [], fixed.slice(offset));
  }
});

/** The text after the fix of its first `actor/not-listed` diagnostic, checked to keep the front-matter valid. */
function withActorAdded(text: string): string {
  const fixed = applyFix(text, lint(text).find((d) => d.rule === 'actor/not-listed')!);
  assert.deepEqual(parseCorpusDocument('a.md', fixed).frontMatter!.problems, [], fixed);
  return fixed;
}

test('a field the fix adds is indented as the block keys are', () => {
  const text = '---\n  id: test-doc\n  title: T\n---\n\nThe TTP said so.\n';
  assert.equal(withActorAdded(text), text.replace('  title: T\n', '  title: T\n  actors: [ttp]\n'));
});

test('two fixes filling an empty `actors:` take turns instead of writing two lists', () => {
  const text = '---\nid: test-doc\nactors:\n---\n\nThe TTP blamed the Afghan Taliban.\n';
  const fixes = lint(text)
    .filter((d) => d.rule === 'actor/not-listed')
    .map((d) => ({ edits: toOffsetEdits(text, d.fix!.edits) }));
  assert.equal(fixes.length, 2);
  const round = applyFixes(text, fixes);
  assert.equal(round.applied, 1);
  assert.deepEqual(parseCorpusDocument('a.md', round.text).frontMatter!.problems, []);
});

test('a field the fix adds goes before blank lines with a tab that end the block, which YAML would read as indentation', () => {
  const text = '---\nid: test-doc\n\t\n \t \n---\n\nThe TTP said so.\n';
  assert.equal(withActorAdded(text), text.replace('id: test-doc\n', 'id: test-doc\nactors: [ttp]\n'));
  // Blank lines without a tab stay where they were: the field goes just before the fence.
  const spaces = '---\nid: test-doc\n  \n---\n\nThe TTP said so.\n';
  assert.equal(withActorAdded(spaces), spaces.replace('  \n---', '  \nactors: [ttp]\n---'));
});

test('a name is not matched across the markup of a tag, so no fix rewrites the markup', () => {
  const text = `---\nid: test-doc\nactors: [ttp]\n---\n\nThe Tehreek e Taliban :casualty[Pakistan police, 3 killed]{killed=3 source=ISPR} were named.\n`;
  const variants = lint(text).filter((d) => d.rule === 'actor/variant');
  const tagStart = text.indexOf(':casualty[');
  const line = text.slice(0, tagStart).split('\n').length - 1;
  const column = tagStart - text.lastIndexOf('\n', tagStart) - 1;
  for (const variant of variants) {
    const { start, end } = variant.range;
    assert.ok(start.line !== line || end.character <= column || start.character >= column + ':casualty['.length, JSON.stringify(variant.range));
    assert.ok(applyFix(text, variant).includes(':casualty[Pakistan police, 3 killed]{killed=3 source=ISPR}'));
  }
});

test('a canonical name that makes a longer variant of another actor is a new finding, not the fixed one left', () => {
  const registry = [
    'taliban:\n  name: Taliban\n  aliases: [Tehreek-e-Taliban]\n  type: armed-group\n',
    'taliban-pakistan:\n  name: Ṭālibān Pakistan\n  type: armed-group\n',
  ].join('');
  const text = 'Tehreek e Taliban Pakistan said so.\n';
  const variant = lint(text, { registry }).find((d) => d.rule === 'actor/variant')!;
  assert.equal(variant.message, '"Tehreek e Taliban" is written differently from "Tehreek-e-Taliban", a form of "Taliban" (taliban).');
  const fixed = applyFix(text, variant);
  assert.equal(fixed, 'Taliban Pakistan said so.\n');
  const after = lint(fixed, { registry }).filter((d) => d.rule === 'actor/variant');
  assert.deepEqual(
    after.map((d) => [d.message, d.range.end.character]),
    [['"Taliban Pakistan" is written differently from "Ṭālibān Pakistan" (taliban-pakistan).', 16]],
  );
  // The fix property once told diagnostics apart by rule and start alone, and took this one for the fixed one.
  checkEachFix({ config: 'name: T\n', registry, documents: { 'a.md': text } }, 'a.md');
});

test("an avoided form inside its own actor's name, written as is, is no variant: its fix would write it again", () => {
  const registry = 'odd:\n  name: "^start ?{o]u/ 3"\n  avoid: ["?"]\n  type: other\n';
  const text = ':A[ ^start ?{o]u/ 3\\PG+';
  assert.deepEqual(lint(text, { registry }).filter((d) => d.rule === 'actor/variant'), []);
  const alone = lint('Who said "?" here?', { registry }).filter((d) => d.rule === 'actor/variant');
  assert.deepEqual(alone.map((d) => d.message), ['"?" is a form to avoid for "^start ?{o]u/ 3" (odd).']);
});
