import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, frontMatter, lint, rulesOf, textAt } from '../harness';

test('a document that lists exactly the actors it mentions is clean', () => {
  const text = `${frontMatter('', '[ttp, afghan-taliban]')}\nThe TTP and the Afghan Taliban met in Kabul.\n`;
  assert.deepEqual(rulesOf(lint(text), 'actor/'), []);
});

test('actor/unknown: in actors, id=, by= and against=, with a fix when one id is close', () => {
  const text = `${frontMatter('', '[ttp, tpp]')}\nThe TTP said :actor[the group]{id=ttp} and :event[Raid]{id=raid-1 date=2024-01-02 by=pakistan-amry against=nobody-at-all}.\n`;
  const diagnostics = lint(text).filter((d) => d.rule === 'actor/unknown');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['tpp', 'pakistan-amry', 'nobody-at-all']);
  assert.equal(diagnostics[0].fix!.edits[0].newText, 'ttp');
  assert.equal(diagnostics[1].fix!.edits[0].newText, 'pakistan-army');
  assert.equal(diagnostics[2].fix, undefined);
});

test('actor/variant: folded spelling, avoid form and a misspelt word, each fixed to the canonical name', () => {
  const text = `${frontMatter('', '[ttp, abdul-qayyum-zakir]')}\nThe Tehreek e Taliban Pakistan and the Tehrik-e-Taliban are one; Mullah Abdul Qayam Zakir disagreed.\n`;
  const diagnostics = lint(text).filter((d) => d.rule === 'actor/variant');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['Tehreek e Taliban Pakistan', 'Tehrik-e-Taliban', 'Mullah Abdul Qayam Zakir']);
  assert.ok(applyFix(text, diagnostics[0]).includes('The Tehreek-e-Taliban Pakistan and'));
  assert.ok(applyFix(text, diagnostics[2]).includes('Mullah Abdul Qayyum Zakir disagreed'));
});

test("actor/variant names the form a variant is written like, and the actor's name when that is an alias", () => {
  const text = `${frontMatter('', '[ttp]')}\nThe Pakistany Taliban and the Tehreek e Taliban Pakistan and the Tehrik-e-Taliban.\n`;
  assert.deepEqual(lint(text).filter((d) => d.rule === 'actor/variant').map((d) => d.message), [
    '"Pakistany Taliban" looks like a misspelling of "Pakistani Taliban", a form of "Tehreek-e-Taliban Pakistan" (ttp).',
    '"Tehreek e Taliban Pakistan" is written differently from "Tehreek-e-Taliban Pakistan" (ttp).',
    '"Tehrik-e-Taliban" is a form to avoid for "Tehreek-e-Taliban Pakistan" (ttp).',
  ]);
});

test('actor/variant stays silent on accepted forms and different names', () => {
  const text = `${frontMatter('', '[ttp, pakistan-army]')}\nThe Pakistani Taliban, known as TTP, fought the pakistan army. A Pakistan Navy ship sailed.\n`;
  assert.deepEqual(rulesOf(lint(text), 'actor/variant'), []);
});

test('actor/not-listed: reported once at the first mention, fixed by adding the id', () => {
  const text = `${frontMatter('', '[ttp]')}\nThe TTP blamed the Afghan Taliban. The Afghan Taliban replied.\n`;
  const diagnostics = lint(text).filter((d) => d.rule === 'actor/not-listed');
  assert.equal(diagnostics.length, 1);
  assert.equal(textAt(text, diagnostics[0]), 'Afghan Taliban');
  assert.equal(diagnostics[0].severity, 'info');
  assert.ok(applyFix(text, diagnostics[0]).includes('actors: [ttp, afghan-taliban]'));
});

test('actor/not-listed fix creates the field, or extends a block list', () => {
  const noField = '---\nid: x\ntitle: T\npublished: 2024-01-01\nsource: S\n---\nThe TTP spoke.\n';
  const [missing] = lint(noField).filter((d) => d.rule === 'actor/not-listed');
  assert.ok(applyFix(noField, missing).includes('source: S\nactors: [ttp]\n---'));
  const block = '---\nid: x\ntitle: T\npublished: 2024-01-01\nsource: S\nactors:\n  - afghan-taliban\n---\nThe TTP and the Afghan Taliban.\n';
  const [blockMissing] = lint(block).filter((d) => d.rule === 'actor/not-listed');
  assert.ok(applyFix(block, blockMissing).includes('actors:\n  - afghan-taliban\n  - ttp\n---'));
});

test('tags count as mentions: :actor id and by/against', () => {
  const text = `${frontMatter('', '[ttp, pakistan-army]')}\n:actor[The group]{id=ttp} was hit in :event[Strike]{id=strike-1 date=2024-03-18 by=pakistan-army}.\n`;
  assert.deepEqual(rulesOf(lint(text), 'actor/'), []);
});

test('actor/unmentioned: a listed actor the body never names, fixed by removing it', () => {
  const text = `${frontMatter('', '[ttp, afghan-taliban, pakistan-army]')}\nThe TTP claimed the attack.\n`;
  const diagnostics = lint(text).filter((d) => d.rule === 'actor/unmentioned');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['afghan-taliban', 'pakistan-army']);
  assert.ok(applyFix(text, diagnostics[0]).includes('actors: [ttp, pakistan-army]'));
  assert.ok(applyFix(text, diagnostics[1]).includes('actors: [ttp, afghan-taliban]\n'));
});

test('names inside code and link destinations are not mentions', () => {
  const text = `${frontMatter('', '[]')}\nSee \`TTP\` and [a link](https://example.org/Afghan-Taliban).\n\n    TTP in indented code\n`;
  assert.deepEqual(rulesOf(lint(text), 'actor/'), []);
});
