import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestDate, dateInWords, timelineDate } from '../../server/src/service/timeline/dates';
import { toTimelineJson } from '../../server/src/service/timeline/json';
import { lintCorpus } from './harness';
import { doc, tagEntries, timelineOf } from './timelineHarness';

const EVENT = ':event[Drone strike on a compound in Angoor Adda]{id=angoor-adda-strike date=2024-12-24 by=pakistan-army against=ttp place="Angoor Adda"}';

test('reports sharing an event id merge into one entry that takes label, date and place from the :event tag', () => {
  const timeline = timelineOf({
    'a.md': doc('desk-a', `${EVENT}\n\nLocal elders said :casualty[46 people]{killed=46 source="local elders" event=angoor-adda-strike} died.`),
    'b.md': doc('desk-b', 'The army put the toll at :casualty[40 to 52 fighters]{killed=40-52 source="army statement" event=angoor-adda-strike date=2024-12} in its statement.'),
    'c.md': doc('desk-c', 'A hospital counted :casualty[about 44 bodies]{killed=~44 injured=12 source="district hospital" event=angoor-adda-strike by=afghan-taliban}.'),
  });
  const [entry] = tagEntries(timeline);
  assert.equal(tagEntries(timeline).length, 1);
  assert.equal(entry.id, 'angoor-adda-strike');
  assert.equal(entry.kind, 'event');
  assert.equal(entry.label, 'Drone strike on a compound in Angoor Adda');
  assert.deepEqual(entry.date, { value: '2024-12-24', precision: 'day', start: '2024-12-24' });
  assert.equal(entry.place, 'Angoor Adda');
  assert.deepEqual(entry.by, [{ id: 'pakistan-army', name: 'Pakistan Army' }, { id: 'afghan-taliban', name: 'Afghan Taliban' }]);
  assert.deepEqual(entry.against, [{ id: 'ttp', name: 'Tehreek-e-Taliban Pakistan' }]);
  assert.deepEqual(entry.documents, ['desk-a', 'desk-b', 'desk-c']);
  assert.deepEqual(
    entry.sources.map((source) => `${source.file}:${source.range.start.line + 1}:${source.range.start.character + 1}`),
    ['a.md:8:1', 'a.md:10:19', 'b.md:8:26', 'c.md:8:20'],
  );
  const killed = entry.figures.killed!;
  assert.equal(killed.low, 40);
  assert.equal(killed.high, 52);
  assert.equal(killed.conflict, true);
  assert.deepEqual(killed.reports.map((report) => [report.count.kind, report.source, report.location.file]), [
    ['exact', 'local elders', 'a.md'],
    ['range', 'army statement', 'b.md'],
    ['about', 'district hospital', 'c.md'],
  ]);
  assert.deepEqual({ ...entry.figures.injured!, reports: entry.figures.injured!.reports.length }, { low: 12, high: 12, conflict: false, reports: 1 });
});

test('an open-ended report makes the high bound unbounded; JSON writes it as null', () => {
  const timeline = timelineOf({
    'a.md': doc('desk-a', 'Officials said :casualty[at least 30 people]{killed=30+ source=officials event=market-blast date=2023-05-02} died.'),
    'b.md': doc('desk-b', 'Police said :casualty[35 people]{killed=35 source=police event=market-blast date=2023-05-02} died.'),
  });
  const [entry] = tagEntries(timeline);
  assert.equal(entry.figures.killed!.low, 30);
  assert.equal(entry.figures.killed!.high, Infinity);
  const json = toTimelineJson(timeline).entries.find((item) => item.id === 'market-blast')!;
  assert.deepEqual(json.figures.killed, {
    low: 30,
    high: null,
    conflict: true,
    reports: [
      { value: '30+', source: 'officials', file: 'a.md', line: 8, column: 16 },
      { value: '35', source: 'police', file: 'b.md', line: 8, column: 13 },
    ],
  });
});

test('a casualty naming an event no :event tag declares still forms the entry, labelled with the id, dated by its most precise report', () => {
  const timeline = timelineOf({
    'a.md': doc('desk-a', 'A think tank counted :casualty[over 900 deaths]{killed=900+ source="think tank" event=kurram-clashes date=2024}.'),
    'b.md': doc('desk-b', 'The district office counted :casualty[112 deaths]{killed=112 source="district office" event=kurram-clashes date=2024-07-28}.'),
    'c.md': doc('desk-c', 'Residents said :casualty[120 died]{killed=120 source=residents event=kurram-clashes date=2024-07-30}.'),
  });
  const [entry] = tagEntries(timeline);
  assert.equal(entry.label, 'kurram-clashes');
  assert.equal(entry.date.value, '2024-07-28');
  assert.equal(entry.figures.killed!.low, 112);
  assert.equal(entry.figures.killed!.high, Infinity);
});

test('reports that state the same count do not conflict', () => {
  const tag = ':casualty[eight people]{killed=8 source="provincial spokesman" event=khost-raid date=2024-03-18}';
  const [entry] = tagEntries(timelineOf({ 'a.md': doc('desk-a', `It killed ${tag}.`), 'b.md': doc('desk-b', `The raid killed ${tag}.`) }));
  assert.deepEqual([entry.figures.killed!.low, entry.figures.killed!.high, entry.figures.killed!.conflict, entry.figures.killed!.reports.length], [8, 8, false, 2]);
});

test('a dated casualty without an event is an entry of its own; undated or countless ones are none', () => {
  const timeline = timelineOf({
    'a.md': doc(
      'desk-a',
      'Gunmen killed :casualty[11 labourers]{killed=11 source=police date=2023-10-14 place="Turbat" against=pakistan-army}. ' +
        'Earlier attacks killed :casualty[five]{killed=5 source=police}. Another report gave :casualty[many]{source=police date=2023-10-14}. ' +
        'A later count was :casualty[nine]{killed=9 source=police date=2023-13-01}.',
    ),
  });
  const entries = tagEntries(timeline);
  assert.equal(entries.length, 1);
  assert.deepEqual(
    { id: entries[0].id, kind: entries[0].kind, label: entries[0].label, place: entries[0].place, against: entries[0].against.map((actor) => actor.name) },
    { id: 'a.md#8:15', kind: 'casualty', label: '11 labourers', place: 'Turbat', against: ['Pakistan Army'] },
  );
});

test('each document with a valid published date is an entry; a date in the future is left off', () => {
  const timeline = timelineOf({
    'notes/a.md': doc('desk-a', 'Nothing dated here.', { published: '2024-02-09', title: 'Talks resume in Doha' }),
    'b.md': doc('desk-b', 'Nothing dated here.', { published: '2099-01-01' }),
  });
  assert.deepEqual(
    timeline.entries.map((entry) => [entry.id, entry.kind, entry.label, entry.date.value, entry.documents]),
    [['notes/a.md', 'document', 'Talks resume in Doha', '2024-02-09', ['desk-a']]],
  );
});

test('an event with no valid date anywhere is kept apart as undated', () => {
  const timeline = timelineOf({
    'a.md': doc('desk-a', ':event[Shelling of a border market]{id=market-shelling place="Chaman"}\n\nIt killed :casualty[six people]{killed=6 source=officials event=market-shelling date=12-11-2022}.'),
  });
  assert.deepEqual(tagEntries(timeline), []);
  assert.deepEqual(
    timeline.undated.map((entry) => [entry.id, entry.label, entry.figures.killed!.low]),
    [['market-shelling', 'Shelling of a border market', 6]],
  );
});

test('entries sort by the first day of their date, then by id; each keeps its precision as written', () => {
  const timeline = timelineOf({
    'a.md': doc(
      'desk-a',
      [
        ':event[Second round of clashes]{id=b-clashes date=2024-12-01}',
        ':event[Month of raids]{id=c-raids date=2024-12}',
        ':event[A year of attacks]{id=z-year date=2024}',
        ':event[First clashes]{id=a-clashes date=2024-12-01}',
        ':event[Ceasefire]{id=ceasefire date=2024-11-30}',
      ].join('\n\n'),
      { published: '2025-01-02' },
    ),
  });
  assert.deepEqual(
    timeline.entries.map((entry) => [entry.id, entry.date.value, entry.date.precision]),
    [
      ['z-year', '2024', 'year'],
      ['ceasefire', '2024-11-30', 'day'],
      ['a-clashes', '2024-12-01', 'day'],
      ['b-clashes', '2024-12-01', 'day'],
      ['c-raids', '2024-12', 'month'],
      ['a.md', '2025-01-02', 'day'],
    ],
  );
});

test('dates: validity, precision, the best of several reports, and words at their precision', () => {
  assert.deepEqual(timelineDate('2024-02', '2026-01-01'), { value: '2024-02', precision: 'month', start: '2024-02-01' });
  assert.equal(timelineDate('2024-02-30', '2026-01-01'), undefined);
  assert.equal(timelineDate('2027', '2026-01-01'), undefined);
  assert.equal(timelineDate('24-02-2024', '2026-01-01'), undefined);
  const dates = ['2024', '2024-07', '2024-07-30', '2024-07-28'].map((value) => timelineDate(value, '2026-01-01')!);
  assert.equal(bestDate(dates)!.value, '2024-07-28');
  assert.equal(bestDate(dates.slice(0, 2))!.value, '2024-07');
  assert.equal(bestDate([]), undefined);
  assert.deepEqual(dates.slice(0, 3).map(dateInWords), ['2024', 'July 2024', '30 July 2024']);
});

test('timeline JSON has exactly the spec shape, with actors as canonical names', () => {
  const json = toTimelineJson(
    timelineOf({
      'a.md': doc('desk-a', `${EVENT}\n\nElders said :casualty[46 people]{killed=46 source="local elders" event=angoor-adda-strike by=tpp} died.`, { published: '2024-12-26', title: 'Strike in Angoor Adda' }),
    }),
  );
  assert.deepEqual(json, {
    entries: [
      {
        id: 'angoor-adda-strike',
        kind: 'event',
        date: '2024-12-24',
        precision: 'day',
        label: 'Drone strike on a compound in Angoor Adda',
        actors: ['Pakistan Army', 'tpp', 'Tehreek-e-Taliban Pakistan'],
        place: 'Angoor Adda',
        figures: { killed: { low: 46, high: 46, conflict: false, reports: [{ value: '46', source: 'local elders', file: 'a.md', line: 10, column: 13 }] } },
        sources: [
          { file: 'a.md', line: 8, column: 1 },
          { file: 'a.md', line: 10, column: 13 },
        ],
      },
      {
        id: 'a.md',
        kind: 'document',
        date: '2024-12-26',
        precision: 'day',
        label: 'Strike in Angoor Adda',
        actors: [],
        place: null,
        figures: {},
        sources: [{ file: 'a.md', line: 2, column: 5 }],
      },
    ],
  });
});

test('casualty/conflict reports exactly the figures the model flags, undated events included', () => {
  const documents = {
    'a.md': doc('desk-a', 'Police said :casualty[six people]{killed=6 injured=2 source=police event=undated-shelling} died.'),
    'b.md': doc('desk-b', 'A hospital said :casualty[seven people]{killed=7 injured=2 source=hospital event=undated-shelling} died.'),
  };
  const [entry] = timelineOf(documents).undated;
  assert.deepEqual([entry.figures.killed!.conflict, entry.figures.injured!.conflict], [true, false]);
  const conflicts = [...lintCorpus(documents)].flatMap(([file, diagnostics]) => diagnostics.filter((d) => d.rule === 'casualty/conflict').map((d) => [file, d.message]));
  assert.deepEqual(conflicts, [
    ['a.md', 'Reports of `undated-shelling` disagree on killed: 6 (police); 7 (hospital).'],
    ['b.md', 'Reports of `undated-shelling` disagree on killed: 6 (police); 7 (hospital).'],
  ]);
});
