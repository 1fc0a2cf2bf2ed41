import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildTimeline, eventFigures } from '../../server/src/service/timeline/model';
import { TODAY } from './harness';
import { doc, summaries } from './timelineHarness';

const SEED = 20261123;

/** A :casualty or :event tag of one of three events, with a date that may be missing, coarse, invalid or in the future. */
const tag = fc
  .tuple(
    fc.constantFrom('casualty', 'event'),
    fc.constantFrom('ev-a', 'ev-b', 'ev-c'),
    fc.constantFrom('', 'date=2024-12-24', 'date=2024-12', 'date=2023', 'date=2024-02-30', 'date=2999-01-01'),
    fc.constantFrom('killed=46', 'killed=40-52', 'killed=~44 injured=12', 'injured=12+', 'missing=3'),
  )
  .map(([kind, event, date, counts]) =>
    kind === 'event' ? `:event[The event]{id=${event} ${date}}` : `:casualty[some people]{${counts} source="desk" event=${event} ${date}}`,
  );

test('eventFigures gives the figures of the timeline event entries, in the timeline order', () => {
  const corpus = fc.array(fc.array(tag, { maxLength: 4 }), { minLength: 1, maxLength: 5 });
  fc.assert(
    fc.property(corpus, (documents) => {
      const texts = Object.fromEntries(documents.map((tags, i) => [`d${(i * 7) % 5}-${i}.md`, doc(`desk-${i}`, tags.join('\n\n'))]));
      const all = summaries(texts);
      const timeline = buildTimeline(all, { actors: new Map(), today: TODAY });
      const events = [...timeline.entries, ...timeline.undated].filter((entry) => entry.kind === 'event');
      assert.deepEqual(
        eventFigures(all, TODAY).map(({ id, figures }) => ({ id, figures })),
        events.map(({ id, figures }) => ({ id, figures })),
      );
    }),
    { seed: SEED, numRuns: 200 },
  );
});
