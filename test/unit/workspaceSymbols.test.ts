import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspaceSymbols } from '../../server/src/service/features/workspaceSymbols';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, frontMatter, rangeOf } from './harness';

const RAID = `${frontMatter().replace('A test document', 'Raid on a checkpost in Kurram')}
:event[Raid on the checkpost]{id=kurram-raid-2024-12 date=2024-12-20 by=ttp}
`;
const STRIKES = `${frontMatter().replace('test-doc', 'strikes-doc').replace('A test document', 'Airstrikes in Paktika')}
:event[Strikes]{id=paktika-strikes-2024-12 date=2024-12-24}
`;

function corpus(): CorpusWorkspace {
  const workspace = new CorpusWorkspace({ configSource: CONFIG, readRegistry: () => REGISTRY, today: TODAY });
  workspace.setDocument('articles/raid.md', RAID);
  workspace.setDocument('articles/strikes.md', STRIKES);
  return workspace;
}

const names = (query: string) => workspaceSymbols(corpus(), query).map((symbol) => `${symbol.kind} ${symbol.name}`);

test('events by id, documents by title and actors by name, with where each is declared', () => {
  const all = workspaceSymbols(corpus(), '');
  assert.deepEqual(
    all.map(({ kind, name, detail, file }) => [kind, name, detail, file]),
    [
      ['document', 'Raid on a checkpost in Kurram', 'test-doc', 'articles/raid.md'],
      ['event', 'kurram-raid-2024-12', '2024-12-20 · Raid on the checkpost', 'articles/raid.md'],
      ['document', 'Airstrikes in Paktika', 'strikes-doc', 'articles/strikes.md'],
      ['event', 'paktika-strikes-2024-12', '2024-12-24 · Strikes', 'articles/strikes.md'],
      ['actor', 'Tehreek-e-Taliban Pakistan', 'ttp · armed group', 'actors.yaml'],
      ['actor', 'Afghan Taliban', 'afghan-taliban · armed group', 'actors.yaml'],
      ['actor', 'Pakistan Army', 'pakistan-army · state', 'actors.yaml'],
      ['actor', 'Mullah Abdul Qayyum Zakir', 'abdul-qayyum-zakir · person', 'actors.yaml'],
    ],
  );
  const event = all.find((symbol) => symbol.name === 'kurram-raid-2024-12')!;
  assert.deepEqual(event.range, rangeOf(RAID, ':event[Raid on the checkpost]{id=kurram-raid-2024-12 date=2024-12-20 by=ttp}'));
  const document = all.find((symbol) => symbol.name === 'Raid on a checkpost in Kurram')!;
  assert.deepEqual(document.range, rangeOf(RAID, 'test-doc'));
  const actor = all.find((symbol) => symbol.name === 'Pakistan Army')!;
  assert.deepEqual(actor.range, rangeOf(REGISTRY, 'pakistan-army'));
});

test('the query matches its characters in order, ignoring case; closer matches come first', () => {
  assert.deepEqual(names('PAKTIKA'), ['event paktika-strikes-2024-12', 'document Airstrikes in Paktika']);
  assert.deepEqual(names('taliban'), ['actor Tehreek-e-Taliban Pakistan', 'actor Afghan Taliban']);
  assert.deepEqual(names('pkarmy'), ['actor Pakistan Army']);
  assert.deepEqual(names('krm2024'), ['event kurram-raid-2024-12']);
  assert.deepEqual(names('zakir mullah'), []);
  assert.equal(workspaceSymbols(corpus(), '', 3).length, 3);
});
