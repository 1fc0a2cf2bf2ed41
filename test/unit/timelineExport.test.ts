import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatExport } from '../../server/src/cli/timeline';
import { EXPORT_COLUMNS, toExportRows, type ExportRow } from '../../server/src/service/timeline/exportRows';
import { doc, rowsFromCsv, timelineOf } from './timelineHarness';

const CORPUS = {
  'a.md': doc(
    'desk-a',
    ':event[Raid on a "safe house", Bannu; night of\nthe 3rd]{id=bannu-raid date=2024-09-03 by=pakistan-army against=ttp,afghan-taliban place="Bannu, Khyber Pakhtunkhwa"}\n\n' +
      'Police said :casualty[nine people]{killed=9 injured=4 source="police, Bannu" event=bannu-raid} died. ' +
      'Residents said :casualty[over 12 people]{killed=12+ source="residents; elders" event=bannu-raid} died.',
  ),
  'b.md': doc('desk-b', 'A count found :casualty[=SUM(A1) missing]{missing=3 source="ضلعی انتظامیہ" date=2024-10}.'),
  'c.md': doc('desk-c', ':event[Talks in Doha]{id=doha-talks date=2024-08-01}'),
};

test('export rows: only dated entries with figures, bounds per kind, names and lists joined with "; "', () => {
  assert.deepEqual(toExportRows(timelineOf(CORPUS)), [
    {
      event_id: 'bannu-raid',
      date: '2024-09-03',
      date_precision: 'day',
      label: 'Raid on a "safe house", Bannu; night of the 3rd',
      actors_by: 'Pakistan Army',
      actors_against: 'Tehreek-e-Taliban Pakistan; Afghan Taliban',
      place: 'Bannu, Khyber Pakhtunkhwa',
      killed_low: 9,
      killed_high: null,
      injured_low: 4,
      injured_high: 4,
      missing_low: null,
      missing_high: null,
      sources: 'police, Bannu; residents; elders',
      documents: 'desk-a',
    },
    {
      event_id: 'b.md#8:15',
      date: '2024-10',
      date_precision: 'month',
      label: '=SUM(A1) missing',
      actors_by: null,
      actors_against: null,
      place: null,
      killed_low: null,
      killed_high: null,
      injured_low: null,
      injured_high: null,
      missing_low: 3,
      missing_high: 3,
      sources: 'ضلعی انتظامیہ',
      documents: 'desk-b',
    },
  ]);
});

test('CSV is RFC 4180: header, CRLF records, quoted commas, quotes and line breaks, UTF-8 without BOM', () => {
  const csv = formatExport(toExportRows(timelineOf(CORPUS)), 'csv');
  const lines = csv.split('\r\n');
  assert.equal(lines[0], EXPORT_COLUMNS.join(','));
  assert.equal(
    lines[1],
    'bannu-raid,2024-09-03,day,"Raid on a ""safe house"", Bannu; night of the 3rd",Pakistan Army,Tehreek-e-Taliban Pakistan; Afghan Taliban,"Bannu, Khyber Pakhtunkhwa",9,,4,4,,,"police, Bannu; residents; elders",desk-a',
  );
  assert.equal(lines.length, 4);
  assert.equal(lines[3], '');
  assert.equal(csv.charCodeAt(0), 'e'.charCodeAt(0));
  const multiline = formatExport([{ ...toExportRows(timelineOf(CORPUS))[1], label: 'first line\nsecond\rthird' }], 'csv');
  assert.ok(multiline.includes('"first line\nsecond\rthird"'));
  assert.equal(formatExport([], 'csv'), `${EXPORT_COLUMNS.join(',')}\r\n`);
});

test('the CSV parsed back with csv-parse gives the same rows as the JSON export', () => {
  const rows = toExportRows(timelineOf(CORPUS));
  const hostile = { ...rows[0], label: 'line one\r\nline two, "quoted"\n', place: ' padded ', sources: 'ISPR' };
  const all = [...rows, hostile];
  const json = JSON.parse(formatExport(all, 'json')) as ExportRow[];
  assert.deepEqual(rowsFromCsv(formatExport(all, 'csv')), json);
  assert.deepEqual(json, all);
  assert.equal(formatExport([], 'json'), '[]\n');
});

test('--escape-formulas: text fields a spreadsheet would run get a leading quote; numbers and plain text do not', () => {
  const [row] = toExportRows(timelineOf(CORPUS));
  const hostile = { ...row, label: '=HYPERLINK("http://example.invalid","open")', place: '+92 Kurram', actors_by: '-TTP', actors_against: '\tcell', sources: '@district_police' };
  const [, escaped] = rowsFromCsv(formatExport([row, hostile], 'csv', { escapeFormulas: true }));
  assert.deepEqual(
    [escaped.label, escaped.place, escaped.actors_by, escaped.actors_against, escaped.sources],
    ['\'=HYPERLINK("http://example.invalid","open")', "'+92 Kurram", "'-TTP", "'\tcell", "'@district_police"],
  );
  assert.deepEqual([escaped.event_id, escaped.killed_low, escaped.documents], [hostile.event_id, hostile.killed_low, hostile.documents]);
  assert.equal(formatExport([row], 'csv', { escapeFormulas: true }), formatExport([row], 'csv'), 'a row with nothing to defuse is unchanged');
  assert.deepEqual(rowsFromCsv(formatExport([hostile], 'csv'))[0], hostile, 'without the option the text is kept as it is');
});
