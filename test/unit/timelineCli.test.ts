/** `corpus-lint timeline` and `export` run as a child process on the example corpus and on small corpora. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ExportRow } from '../../server/src/service/timeline/exportRows';
import type { TimelineJson } from '../../server/src/service/timeline/json';
import { makeCorpus, REGISTRY, runCli } from '../cli/run';
import { rowsFromCsv } from './timelineHarness';

const EXAMPLE = join(__dirname, '../../examples/corpus');

test('timeline --format json on the example corpus: merged events, conflicts, undated events named on stderr', () => {
  const result = runCli(['timeline', EXAMPLE], process.cwd());
  assert.equal(result.status, 0);
  const { entries } = JSON.parse(result.stdout) as TimelineJson;
  const clashes = entries.find((entry) => entry.id === 'border-clashes-2025-10')!;
  assert.deepEqual([clashes.date, clashes.label, clashes.actors], ['2025-10-11', 'Afghan attacks on Pakistani border posts', ['Afghan Taliban', 'Pakistan military']]);
  assert.deepEqual(
    clashes.figures.killed!.reports.map((report) => [report.value, report.source, report.line]),
    [
      ['23', 'ISPR', 22],
      ['58', 'Zabihullah Mujahid', 28],
    ],
  );
  assert.deepEqual([clashes.figures.killed!.low, clashes.figures.killed!.high, clashes.figures.killed!.conflict], [23, 58, true]);
  const dates = entries.map((entry) => entry.date.padEnd(10, '-01'));
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(entries.find((entry) => entry.id === 'articles/clean/paktika-airstrikes-2024-12.md#29:143')!.precision, 'year');
  assert.match(result.stderr, /event chaman-shelling-2022-12 \(articles\/problems\/invalid-tag-attributes\.md:14\) has no valid date and is left out/);
});

test('export on the example corpus: the CSV read back equals the JSON export, one row per timeline entry with figures', () => {
  const csv = runCli(['export', EXAMPLE, '--format', 'csv'], process.cwd());
  const json = runCli(['export', EXAMPLE, '--format', 'json'], process.cwd());
  const timeline = JSON.parse(runCli(['timeline', EXAMPLE], process.cwd()).stdout) as TimelineJson;
  assert.equal(csv.status, 0);
  assert.equal(json.status, 0);
  const rows = JSON.parse(json.stdout) as ExportRow[];
  assert.deepEqual(rowsFromCsv(csv.stdout), rows);
  assert.deepEqual(
    rows.map((row) => row.event_id),
    timeline.entries.filter((entry) => Object.keys(entry.figures).length > 0).map((entry) => entry.id),
  );
  assert.equal(rows.length, 16);
});

test('--out writes the file and nothing to standard output; the page is one file with a CSP', () => {
  const root = makeCorpus({
    'corpus.yaml': 'name: Kurram desk\n',
    'actors.yaml': REGISTRY,
    'a.md': '---\nid: desk-a\ntitle: "Convoy attacked near Parachinar"\npublished: 2024-11-22\nsource: Test Desk\n---\n\nPolice said :casualty[42 people]{killed=42 source="ضلعی پولیس" date=2024-11-21} died.\n',
  });
  const result = runCli(['timeline', '--format', 'html', '--out', 'out/timeline.html', '.'], root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /could not write out\/timeline\.html \(ENOENT\)/);
  const written = runCli(['timeline', '--format', 'html', '--out', 'timeline.html', '.'], root);
  assert.equal(written.status, 0);
  assert.equal(written.stdout, '');
  const page = readFileSync(join(root, 'timeline.html'), 'utf8');
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[\w-]+'; script-src 'nonce-[\w-]+'">/);
  assert.match(page, /<title>Kurram desk: timeline<\/title>/);
  assert.match(page, /<a href="\.\/a\.md">\d+<\/a>/);
  assert.doesNotMatch(page, /<(link|img|iframe)\b|src=/);
  assert.equal(runCli(['timeline', '--format', 'html', '--out', 'timeline.html', '.'], root).status, 0);
  assert.equal(readFileSync(join(root, 'timeline.html'), 'utf8'), page, 'the same corpus gives the same page');
  assert.equal(runCli(['export', '--out', 'events.csv', '.'], root).status, 0);
  const bytes = readFileSync(join(root, 'events.csv'));
  assert.ok(bytes.includes(Buffer.from('ضلعی پولیس', 'utf8')));
  assert.notEqual(bytes[0], 0xef, 'no byte-order mark');
});

test('export --escape-formulas defuses a scraped label and source; without it the cells are as written', () => {
  const root = makeCorpus({
    'corpus.yaml': 'name: Kurram desk\n',
    'actors.yaml': REGISTRY,
    'a.md': '---\nid: desk-a\ntitle: "Convoy attacked"\npublished: 2024-11-22\nsource: Test Desk\n---\n\n:event[=HYPERLINK("http://example.invalid","open")]{id=convoy date=2024-11-21}\n\nPolice said :casualty[42 people]{killed=42 source="@district_police" event=convoy} died.\n',
  });
  const plain = runCli(['export', '.'], root);
  const escaped = runCli(['export', '--escape-formulas', '.'], root);
  assert.equal(escaped.status, 0);
  const [row] = rowsFromCsv(plain.stdout);
  const [defused] = rowsFromCsv(escaped.stdout);
  assert.deepEqual([row.label, row.sources, row.killed_high], ['=HYPERLINK("http://example.invalid","open")', '@district_police', 42]);
  assert.deepEqual([defused.label, defused.sources, defused.killed_high], [`'${row.label}`, `'${row.sources}`, 42]);
  const misused = runCli(['export', '--format', 'json', '--escape-formulas', '.'], root);
  assert.equal(misused.status, 2);
  assert.match(misused.stderr, /--escape-formulas applies only to export --format csv/);
});

test('a PATH inside the corpus keeps the entries that draw on documents under it; no corpus is exit 2', () => {
  const result = runCli(['timeline', join(EXAMPLE, 'articles/clean')], process.cwd());
  const { entries } = JSON.parse(result.stdout) as TimelineJson;
  assert.deepEqual(
    entries.filter((entry) => entry.kind !== 'document').map((entry) => entry.id),
    [
      'articles/clean/paktika-airstrikes-2024-12.md#29:143',
      'articles/clean/paktika-airstrikes-2024-12.md#29:264',
      'bajaur-rally-bombing-2023-07',
      'makeen-checkpoint-attack-2024-12',
      'paktika-airstrikes-2024-12',
    ],
  );
  assert.ok(entries.every((entry) => entry.sources.some((source) => source.file.startsWith('articles/clean/'))));
  const empty = makeCorpus({ 'notes.md': 'no corpus here\n' });
  const failed = runCli(['export', empty], empty);
  assert.equal(failed.status, 2);
  assert.match(failed.stderr, /no corpus\.yaml found/);
  assert.equal(existsSync(join(empty, 'events.csv')), false);
});
