/**
 * Many small documents that between them make every kind of diagnostic and actor place: names, variants
 * and misspellings, ids in front-matter and tags, tagged and untagged figures, shared events with
 * conflicting counts, duplicate ids, near-duplicate bodies, suppressions, CRLF line ends. Deterministic.
 */
import { frontMatter } from './harness';
import { createHash } from 'node:crypto';

const SENTENCES = [
  'The Pakistani Taliban claimed the attack on the checkpoint.',
  'Fighters of the Tehreek e Taliban Pakistan attacked a post near the border.',
  'TTP fighters fled into the hills after the raid.',
  'The Pakistan Army answered with an operation in the district.',
  'The Afghan Taliban said nothing about the incident.',
  'Mullah Abdul Qayam Zakir spoke to reporters on Monday.',
  'A Tehrik-e-Taliban statement came late in the evening.',
  'Officials said twelve people were killed and 30 injured in the blast.',
  'Residents described a quiet night before the shelling began.',
];

const ACTOR_IDS = ['ttp', 'afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir', 'no-such-actor'];
const WORDS = 'market road village river bridge school clinic valley ridge convoy patrol district council elder farmer trader driver morning evening rain dust smoke bus truck tower wall gate field orchard mosque bazaar station'.split(' ');


/** Deterministic numbers in [0, 1): the first four bytes of a digest of the seed and a counter. */
function seededRandom(seed: number): () => number {
  let counter = 0;
  return () => createHash('sha1').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** `count` documents by corpus-relative path, under `articles/`. */
export function sampleDocuments(count: number, seed = 1): Record<string, string> {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const shared = Array.from({ length: 12 }, () => pick(SENTENCES)).join(' ');
  const documents: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const actors = ACTOR_IDS.filter(() => next() < 0.3);
    const id = i % 97 === 5 ? 'duplicated-id' : `doc-${i}`;
    const lines = [frontMatter('', `[${actors.join(', ')}]`).replace('test-doc', id)];
    for (let paragraph = 0; paragraph < 1 + Math.floor(next() * 4); paragraph++) {
      const prose = Array.from({ length: 20 + Math.floor(next() * 20) }, () => pick(WORDS)).join(' ');
      lines.push(`${pick(SENTENCES)} Near the ${prose}.`);
    }
    if (i % 40 === 0) lines.push(shared);
    if (i % 30 === 3) lines.push('Share this article on Facebook');
    if (next() < 0.5) {
      const event = `event-${Math.floor(next() * 15)}`;
      const killed = 2 + Math.floor(next() * 3);
      lines.push(`:casualty[${killed} soldiers]{killed=${killed} event=${event} by=${pick(ACTOR_IDS)} against=pakistan-army${next() < 0.7 ? ' source="ISPR"' : ''}} died.`);
    }
    if (next() < 0.2) lines.push(`:event[An attack]{id=event-${Math.floor(next() * 15)} date=2024-12-${10 + Math.floor(next() * 18)} by=ttp}`);
    if (next() < 0.2) lines.push(':actor[the group]{id=ttp} issued a statement.');
    if (next() < 0.1) lines.push('<!-- corpus-lint-disable-next-line casualty/untagged -->\nNine people were killed.');
    const text = `${lines.join('\n\n')}\n`;
    documents[`articles/${String(Math.floor(i / 100)).padStart(2, '0')}/doc-${String(i).padStart(4, '0')}.md`] = i % 50 === 7 ? text.replace(/\n/g, '\r\n') : text;
  }
  return documents;
}
