import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, frontMatter, lint, lintCorpus, rulesOf, textAt } from '../harness';

const doc = (body: string) => `${frontMatter()}\n${body}\n`;

test('a well-formed casualty tag is clean', () => {
  const text = doc('The strikes killed :casualty[46 people]{killed=46 source="Taliban officials" date=2024-12-24 place="Paktika"}.');
  assert.deepEqual(rulesOf(lint(text), 'casualty/'), []);
});

test('casualty/untagged: a figure in the text, tagged by its fix', () => {
  const text = doc('Officials said 12 civilians were killed in the blast.');
  const diagnostics = lint(text).filter((d) => d.rule === 'casualty/untagged');
  assert.equal(diagnostics.length, 1);
  assert.match(textAt(text, diagnostics[0]), /^12 civilians/);
  const fixed = applyFix(text, diagnostics[0]);
  assert.match(fixed, /:casualty\[12 civilians[^\]]*\]\{killed=12\}/);
  assert.deepEqual(rulesOf(lint(fixed), 'casualty/untagged'), []);
  assert.deepEqual(rulesOf(lint(fixed), 'casualty/mismatch'), []);
});

test('casualty/untagged stays silent on years, percentages, distances, money and other counts', () => {
  const text = doc(
    'In 2024 there was a 56% rise in fatalities. The corridor is 350 km long. The fund lost $2 million. ' +
      'Some 15,000 fighters crossed and 500,000 migrants were expelled. At 10:30 the talks began.',
  );
  assert.deepEqual(rulesOf(lint(text), 'casualty/untagged'), []);
});

test('casualty/untagged ignores figures inside tags and code', () => {
  const text = doc('It left :casualty[30 dead]{killed=30 source="police"}. `5 killed` is a code sample.');
  assert.deepEqual(rulesOf(lint(text), 'casualty/untagged'), []);
});

test('casualty/mismatch: label and counts disagree, fixed from the label', () => {
  const text = doc('A report counted :casualty[over 1,500 killed]{killed=1400 source="CRSS"}.');
  const [mismatch] = lint(text).filter((d) => d.rule === 'casualty/mismatch');
  assert.equal(textAt(text, mismatch), 'over 1,500 killed');
  assert.ok(applyFix(text, mismatch).includes('killed=1500+'));
});

test('casualty/mismatch agrees with qualifiers, grouping, words, ranges and sums', () => {
  const labels = [
    ':casualty[over 1,500 killed]{killed=1500+ source=a}',
    ':casualty[5,00,000 displaced dead]{killed=500000 source=a}',
    ':casualty[twenty-one soldiers]{killed=21 source=a}',
    ':casualty[about 40 people]{killed=~40 source=a}',
    ':casualty[40 to 50 people]{killed=40-50 source=a}',
    ':casualty[five soldiers and two civilians]{killed=7 source=a}',
    ':casualty[dozens of people]{killed=36 source=a}',
    ':casualty[eight of the 30 passengers]{killed=8 source=a}',
    ':casualty[8 out of 30 passengers]{killed=8 source=a}',
  ];
  assert.deepEqual(rulesOf(lint(doc(labels.join(' and '))), 'casualty/mismatch'), []);
});

test('casualty/mismatch reads the part of a partitive label, not its whole', () => {
  const text = doc('The bus was hit and :casualty[eight of the 30 passengers]{killed=30 source="police"} died.');
  const [mismatch] = lint(text).filter((d) => d.rule === 'casualty/mismatch');
  assert.equal(mismatch.message, 'The label reads 8 but the tag says killed=30.');
  assert.ok(applyFix(text, mismatch).includes('{killed=8 source="police"}'));
});

test('casualty/mismatch reads a label as a person does: dates, ages, things, parts and vague words are no counts', () => {
  const agreeing = [
    ':casualty[46 people, including 10 children]{killed=46 source=a}',
    ':casualty[at least 17 people, among them 4 children]{killed=17+ source=a}',
    ':casualty[30 people, 6 of them women]{killed=30 source=a}',
    ':casualty[30 passengers, 8 of whom were killed]{killed=8 source=a}',
    ':casualty[16 soldiers in 2 attacks]{killed=16 source=a}',
    ':casualty[16 soldiers on 12 March]{killed=16 source=a}',
    ':casualty[16 soldiers in 2024]{killed=16 source=a}',
    ':casualty[3 men aged 20 to 30]{killed=3 source=a}',
    ':casualty[a 12-year-old boy and 2 men]{killed=3 source=a}',
    ':casualty[two soldiers and a police officer]{killed=3 source=a}',
    ':casualty[two dozen people]{killed=24 source=a}',
    ':casualty[half a million people]{missing=500000 source=a}',
  ];
  for (const label of agreeing) assert.deepEqual(rulesOf(lint(doc(`Reports said ${label}.`)), 'casualty/mismatch'), [], label);
  const disagreeing: [string, string][] = [
    [':casualty[16 soldiers in 2 attacks]{killed=2 source=a}', 'The label reads 16 but the tag says killed=2.'],
    [':casualty[a boy and 2 men]{killed=2 source=a}', 'The label reads 1, 2 but the tag says killed=2.'],
    [':casualty[46 people, including 10 children]{killed=10 source=a}', 'The label reads 46 but the tag says killed=10.'],
  ];
  for (const [label, message] of disagreeing) {
    assert.deepEqual(lint(doc(`Reports said ${label}.`)).filter((d) => d.rule === 'casualty/mismatch').map((d) => d.message), [message], label);
  }
});

test('casualty/missing-source: no source, or an empty one', () => {
  const text = doc(':casualty[3 killed]{killed=3} and :casualty[4 killed]{killed=4 source=""}.');
  assert.equal(lint(text).filter((d) => d.rule === 'casualty/missing-source').length, 2);
});

test('casualty/invalid: no count, bad count, bad date, unknown attribute', () => {
  const text = doc(':casualty[many]{source=a} :casualty[9]{killed=1,500 source=a} :casualty[9]{killed=9 date=2024-13 source=a} :casualty[9]{killed=9 sorce=a}');
  const diagnostics = lint(text).filter((d) => d.rule === 'casualty/invalid');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['casualty', '1,500', '2024-13', 'sorce']);
  assert.match(diagnostics[3].message, /did you mean `source`/);
});

test('casualty/conflict: one event with different figures across documents, with related locations', () => {
  const a = doc(':casualty[46 killed]{killed=46 source="Taliban officials" event=paktika-2024}');
  const b = `${frontMatter().replace('test-doc', 'other-doc')}\n:casualty[15 killed]{killed=15 source="ISPR" event=paktika-2024}\n`;
  const c = `${frontMatter().replace('test-doc', 'third-doc')}\n:casualty[46 killed]{killed=46 source="A" event=other-event}\n`;
  const results = lintCorpus({ 'a.md': a, 'b.md': b, 'c.md': c });
  const conflictA = results.get('a.md')!.filter((d) => d.rule === 'casualty/conflict');
  assert.equal(conflictA.length, 1);
  assert.equal(conflictA[0].severity, 'info');
  assert.equal(conflictA[0].related![0].file, 'b.md');
  assert.equal(results.get('b.md')!.filter((d) => d.rule === 'casualty/conflict').length, 1);
  assert.deepEqual(rulesOf(results.get('c.md')!, 'casualty/conflict'), []);
});

test('casualty/conflict gives each count once, lowest first, with at most three sources and five counts named', () => {
  const reports: [count: string, source?: string][] = [
    ['58', 'Zabihullah Mujahid'], ['23', 'ISPR'], ['23', 'Dawn'], ['23', 'Geo'], ['23', 'Tolo'], ['23', 'ISPR'], ['23'],
    ['40+', 'UNAMA'], ['~30', 'hospital'], ['12'], ['70-80', 'residents'],
  ];
  const documents = Object.fromEntries(reports.map(([count, source], index) => {
    const attributes = `killed=${count}${source ? ` source="${source}"` : ''} event=chaman-2025`;
    return [`d${index}.md`, `${frontMatter().replace('test-doc', `doc-${index}`)}\nAt least :casualty[${count} people]{${attributes}} died.\n`];
  }));
  const conflicts = [...lintCorpus(documents).values()].flat().filter((d) => d.rule === 'casualty/conflict');
  assert.equal(conflicts.length, reports.length);
  assert.equal(conflicts[0].related!.length, reports.length - 1);
  assert.equal(
    conflicts[0].message,
    'Reports of `chaman-2025` disagree on killed: 12 (1 without a source); 23 (ISPR, Dawn, Geo, 1 more, 1 without a source); ~30 (hospital); 40+ (UNAMA); 58 (Zabihullah Mujahid); 1 other count.',
  );
});
