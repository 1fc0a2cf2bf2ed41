import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bandingFor, bandLayout, candidateProbability, RECALL_AT_THRESHOLD, slotsUsed } from '../../server/src/service/similarity/banding';
import { candidatePairs, MAX_BUCKET } from '../../server/src/service/similarity/candidates';
import { finalize } from '../../server/src/service/similarity/hash';
import { CommonValues } from '../../server/src/service/similarity/commonValues';
import { HashGroups } from '../../server/src/service/similarity/hashGroups';
import { SIGNATURE_LENGTH } from '../../server/src/service/similarity/minhash';
import { SimilarityIndex } from '../../server/src/service/similarity/similarityIndex';
import { sortedUnique } from '../../server/src/service/similarity/sortedUnique';
import {
  findNearDuplicates, jaccard, minhashSignature, MIN_SHINGLES, shingleHashes, verifiedPairs, type SimilarityInput,
} from '../../server/src/service/similarity/nearDuplicates';

const set = (...values: number[]) => Uint32Array.from(values);
const range = (from: number, to: number) => Uint32Array.from({ length: to - from }, (_, i) => from + i);
const input = (shingles: Uint32Array): SimilarityInput => ({ shingles, signature: minhashSignature(shingles) });
const inputs = (bodies: readonly string[]) => bodies.map((body) => input(shingleHashes(body)));

/** Deterministic sentences of made-up words from one vocabulary: the bodies of one topic that share no passage. */
function sentences(seed: number, count: number): string[] {
  const syllables = ['ka', 'ri', 'to', 'ban', 'ne', 'sho', 'ul', 'mar', 'de', 'zi', 'pa', 'gor'];
  const vocabulary = Array.from({ length: 600 }, (_, i) => syllables[i % 12] + syllables[Math.floor(i / 12) % 12] + syllables[Math.floor(i / 144)]);
  let state = seed;
  const next = (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 8 + next(10) }, () => vocabulary[next(vocabulary.length)]);
    return `${words.join(' ')}.`;
  });
}

const article = (seed: number) => sentences(seed, 12).join(' ');

/** A copy of `seed`'s article with every `nth` sentence rewritten. */
const editedCopy = (seed: number, nth: number) =>
  sentences(seed, 12).map((sentence, i) => (i % nth === 0 ? sentences(seed * 31 + i, 1)[0] : sentence)).join(' ');

test('jaccard is exact on sorted unique arrays', () => {
  assert.equal(jaccard(set(1, 3, 5, 7), set(3, 5, 9)), 2 / 5);
  assert.equal(jaccard(set(2, 4, 8), set(2, 4, 8)), 1);
  assert.equal(jaccard(set(1, 2), set(3, 4)), 0);
  assert.equal(jaccard(set(), set()), 0);
});

test('shingleHashes: one hash per distinct run of three words, sorted ascending', () => {
  assert.equal(shingleHashes('one two three four').length, 2);
  assert.equal(shingleHashes('alpha beta gamma alpha beta gamma').length, 3);
  assert.equal(shingleHashes('two words').length, 0);
  const hashes = shingleHashes(article(1));
  assert.ok(hashes.every((hash, i) => i === 0 || hashes[i - 1] < hash));
  assert.notDeepEqual(shingleHashes('north south east'), shingleHashes('east south north'));
});

test('shingleHashes ignores case, accents, punctuation and apostrophes, and keeps every script and digits', () => {
  assert.deepEqual(shingleHashes('The TTP — said: “46 killed” in Kabul’s east.'), shingleHashes('the ttp said 46 killed in kabuls east'));
  assert.equal(shingleHashes('گزارش از کابل رسید').length, 2);
  assert.equal(shingleHashes('पेशावर में हमला हुआ').length, 2);
  assert.notDeepEqual(shingleHashes('12 killed in Bannu'), shingleHashes('13 killed in Bannu'));
});

test('shingleHashes hashes alike whether the body is all ASCII or not, and returns a compact array', () => {
  assert.deepEqual([...shingleHashes('One two three four')], [29410611, 1260963158]);
  assert.deepEqual(shingleHashes('One two three\u00a0four'), shingleHashes('One two three four'));
  assert.deepEqual(shingleHashes('Één twee drie vier'), shingleHashes('een twee drie vier'));
  assert.deepEqual(shingleHashes('Peshāwar and Bājaur were calm'), shingleHashes('Peshawar and Bajaur were calm'));
  assert.deepEqual(shingleHashes('\u{10400}\u{10401} said it'), shingleHashes('\u{10428}\u{10429} said it'), 'astral letters fold too');
  for (const body of ["don't stop now", 'don\u2019t stop now', 'DONT stop now']) assert.deepEqual([...shingleHashes(body)], [2385764129]);
  assert.deepEqual(shingleHashes("stop it now'"), shingleHashes('stop it now'));
  const shingles = shingleHashes(article(3));
  assert.equal(shingles.buffer.byteLength, shingles.byteLength);
});

test('sortedUnique sorts and drops repeats, also for values not spread evenly over 32 bits', () => {
  const sortedSet = (values: Uint32Array) => [...new Set(values)].sort((a, b) => a - b);
  const hashes = Uint32Array.from({ length: 3000 }, (_, i) => finalize(i % 2000));
  assert.deepEqual([...sortedUnique(hashes.slice(), hashes.length)], sortedSet(hashes));
  const clustered = Uint32Array.from({ length: 2000 }, (_, i) => 2000 - (i % 1500));
  assert.deepEqual([...sortedUnique(clustered.slice(), clustered.length)], sortedSet(clustered));
  assert.deepEqual([...sortedUnique(set(7, 3, 7, 2 ** 32 - 1), 3)], [3, 7]);
  assert.deepEqual([...sortedUnique(set(), 0)], []);
});

/** The sketch as minhash.ts defines it, round by round without shortcuts. */
function referenceSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  const filledInRound = new Array<number | undefined>(SIGNATURE_LENGTH);
  let unfilled = shingles.length === 0 ? 0 : SIGNATURE_LENGTH;
  for (let round = 0; unfilled > 0; round++) {
    const seed = finalize(Math.imul(round + 1, 0x9e3779b9));
    for (const shingle of shingles) {
      const value = finalize(shingle ^ seed);
      const slot = round < SIGNATURE_LENGTH ? Math.floor((value / 2 ** 32) * SIGNATURE_LENGTH) : round - SIGNATURE_LENGTH;
      if (filledInRound[slot] === undefined) {
        filledInRound[slot] = round;
        signature[slot] = value;
        unfilled--;
      } else if (filledInRound[slot] === round && value < signature[slot]) {
        signature[slot] = value;
      }
    }
  }
  return signature;
}

test('signatures follow the sketch exactly, down to sets so small that the last rounds fill the slots', () => {
  for (const shingles of [set(42), set(0, 2 ** 32 - 1), range(0, 16), range(1000, 1650), shingleHashes(article(3))]) {
    assert.deepEqual(minhashSignature(shingles), referenceSignature(shingles));
  }
});

test('signatures are deterministic, fixed-length and survive structured clone', () => {
  const shingles = shingleHashes(article(7));
  const signature = minhashSignature(shingles);
  assert.equal(signature.length, SIGNATURE_LENGTH);
  assert.deepEqual(minhashSignature(shingles), signature);
  assert.deepEqual([...signature.subarray(0, 3)], [34258, 21524675, 29579242]);
  assert.deepEqual(structuredClone(signature), signature);
  assert.notDeepEqual(minhashSignature(shingleHashes(article(8))), signature);
  assert.deepEqual(minhashSignature(set()), new Uint32Array(SIGNATURE_LENGTH));
});

test('signature slots agree about as often as the sets are similar', () => {
  const a = minhashSignature(range(0, 600));
  const b = minhashSignature(range(200, 800));
  const agreeing = a.filter((value, slot) => value === b[slot]).length;
  assert.ok(Math.abs(agreeing / SIGNATURE_LENGTH - 0.5) < 0.05, `${agreeing} of ${SIGNATURE_LENGTH} slots agree`);
});

test('the banding follows the threshold, leaves less than a band of the signature unused and reaches the recall target', () => {
  assert.deepEqual(bandingFor(0.15), { rows: 3, bands: 4, shorterBands: 154 });
  assert.deepEqual(bandingFor(0.5), { rows: 5, bands: 32, shorterBands: 39 });
  assert.deepEqual(bandingFor(1), { rows: SIGNATURE_LENGTH, bands: 1, shorterBands: 0 });
  assert.deepEqual(bandingFor(0.005), { rows: 1, bands: SIGNATURE_LENGTH, shorterBands: 0 });
  assert.deepEqual(bandLayout({ rows: 3, bands: 2, shorterBands: 2 }), [
    { start: 0, rows: 3 }, { start: 3, rows: 3 }, { start: 6, rows: 2 }, { start: 8, rows: 2 },
  ]);
  assert.equal(slotsUsed({ rows: 3, bands: 2, shorterBands: 2 }), 10);
  for (let threshold = 0.05; threshold < 0.96; threshold += 0.05) {
    const banding = bandingFor(threshold);
    assert.ok(candidateProbability(threshold, banding) >= RECALL_AT_THRESHOLD, `threshold ${threshold}`);
    const slots = slotsUsed(banding);
    assert.ok(slots >= SIGNATURE_LENGTH - banding.rows && slots <= SIGNATURE_LENGTH, `threshold ${threshold}: ${slots} slots`);
  }
  assert.ok(candidateProbability(0.02, bandingFor(0.15)) < 0.07);
  assert.ok(candidateProbability(0.01, bandingFor(0.14)) < 0.05);
});

test('HashGroups groups documents by value in order of their first document, telling colliding values apart', () => {
  const groups = new HashGroups(8);
  const seen: number[][] = [];
  // A table of 32 entries for 8 documents: 3, 35 and 67 share their low bits.
  groups.group(set(3, 35, 3, 0, 67, 35, 3, 0), 0);
  groups.forEachRepeated((members) => seen.push([...members]));
  assert.deepEqual(seen, [[0, 2, 6], [1, 5]]);
  groups.group(set(67, 1, 2, 0, 4, 5, 6, 0), 0);
  groups.forEachRepeated((members) => seen.push([...members]));
  assert.equal(seen.length, 2, 'the groups of the first column are gone');
});

test('CommonValues flags the documents whose value more than the limit hold, telling values that share low bits apart', () => {
  // 5 and 4101 share their low 12 bits, so they are counted together first.
  const common = new CommonValues(8);
  const flags = new Uint8Array(8);
  flags[3] = 1;
  common.flag(set(5, 4101, 5, 9, 5, 4101, 4101, 4101), 3, flags);
  assert.deepEqual([...flags], [0, 1, 0, 1, 0, 1, 1, 1], 'four hold 4101; three hold 5, not more than 3; flags set before stay');
  const again = new Uint8Array(8);
  common.flag(set(4101, 4101, 5, 5, 9, 9, 9, 9), 3, again);
  assert.deepEqual([...again], [0, 0, 0, 0, 1, 1, 1, 1], 'the tallies of the first column are gone');
});

test('CommonValues flags exactly the documents whose value more than the limit hold, and ignores their keys', () => {
  // Values crowd into three low-bit counts and sixteen high halves, so that counts pass the limit, distinct values
  // share them, and the tally table's entries collide and wrap; columns of several lengths reuse one instance.
  const value = fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 2 })).map(([high, low]) => ((high << 16) | low | ((high & 1) << 31)) >>> 0);
  const column = fc.oneof(fc.array(value, { maxLength: 6 }), fc.array(value, { maxLength: 90 }));
  const columns = fc.array(fc.tuple(column, fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 90 }), columns, (size, cases) => {
      const common = new CommonValues(Math.min(size, ...cases.map(([values]) => values.length)));
      for (const [values, limit] of cases) {
        const column = Uint32Array.from(values);
        const holders = new Map<number, number>();
        for (const held of column) holders.set(held, (holders.get(held) ?? 0) + 1);
        const expected = Array.from(column, (held) => (holders.get(held)! > limit ? 1 : 0));
        const flags = new Uint8Array(column.length);
        common.flag(column, limit, flags);
        assert.deepEqual([...flags], expected);
        const keys = Uint32Array.from(column, (_, doc) => doc + 1);
        common.ignore(column, limit, keys, 0);
        assert.deepEqual([...keys], expected.map((flagged, doc) => (flagged ? 0 : doc + 1)));
      }
    }),
    { numRuns: 2000 },
  );
});

test('identical bodies are similarity 1; an unrelated body is not paired', () => {
  assert.deepEqual(findNearDuplicates(inputs([article(1), article(2), article(1)]), 0.15), [{ a: 0, b: 2, similarity: 1 }]);
  assert.equal(jaccard(shingleHashes(article(1)), shingleHashes(article(2))), 0);
});

test('a planted near-duplicate is found among unrelated documents, with its exact similarity', () => {
  const bodies = Array.from({ length: 300 }, (_, i) => article(i + 1));
  bodies[250] = editedCopy(41, 3);
  const docs = inputs(bodies);
  const similarity = jaccard(docs[40].shingles, docs[250].shingles);
  assert.ok(similarity > 0.3 && similarity < 0.8, `planted similarity ${similarity}`);
  assert.deepEqual(findNearDuplicates(docs, 0.15), [{ a: 40, b: 250, similarity }]);
});

test('a pair just under the threshold becomes a candidate but is not reported', () => {
  const docs = [input(range(0, 200)), input(range(148, 348))];
  const similarity = 52 / 348;
  assert.equal(jaccard(docs[0].shingles, docs[1].shingles), similarity);
  assert.deepEqual([...candidatePairs([docs[0].signature, docs[1].signature], 0.15)], [[0, 1]]);
  assert.deepEqual(findNearDuplicates(docs, 0.15), []);
  assert.deepEqual(findNearDuplicates(docs, 0.149), [{ a: 0, b: 1, similarity }]);
});

test(`bodies of fewer than ${MIN_SHINGLES} shingles are never near-duplicates`, () => {
  const words = (count: number) => sentences(5, 3).join(' ').split(' ').slice(0, count).join(' ');
  const short = words(MIN_SHINGLES + 1);
  assert.equal(shingleHashes(short).length, MIN_SHINGLES - 1);
  assert.deepEqual(findNearDuplicates(inputs([short, short]), 0.15), []);
  const enough = words(MIN_SHINGLES + 2);
  assert.deepEqual(findNearDuplicates(inputs([enough, enough]), 0.15), [{ a: 0, b: 1, similarity: 1 }]);
});

test('text that hundreds of documents share does not make their pairs candidates', () => {
  const boilerplate = sentences(9999, 3).join(' ');
  const bodies = Array.from({ length: 400 }, (_, i) => `${sentences(i + 1, 12).join(' ')} ${boilerplate}`);
  bodies[399] = `${sentences(8, 12).slice(0, 6).join(' ')} ${sentences(4242, 6).join(' ')} ${boilerplate}`;
  const docs = inputs(bodies);
  const backgroundSimilarity = jaccard(docs[0].shingles, docs[1].shingles);
  assert.ok(backgroundSimilarity > 0.08 && backgroundSimilarity < 0.15, `background similarity ${backgroundSimilarity}`);
  assert.ok(candidateProbability(backgroundSimilarity, bandingFor(0.15)) > 0.5);
  const candidates = candidatePairs(docs.map((doc) => doc.signature), 0.15).size;
  assert.ok(candidates < bodies.length, `${candidates} candidates among ${bodies.length} documents`);
  assert.deepEqual(findNearDuplicates(docs, 0.15), [{ a: 7, b: 399, similarity: jaccard(docs[7].shingles, docs[399].shingles) }]);
});

test(`more than ${MAX_BUCKET} copies of one text are each paired with the first, not with one another`, () => {
  const copies = Array.from({ length: 100 }, (_, i) => `${article(77)} Correction ${i}.`);
  const bodies = [...copies, ...Array.from({ length: 50 }, (_, i) => article(500 + i))];
  const pairs = findNearDuplicates(inputs(bodies), 0.15);
  const withFirst = pairs.filter((pair) => pair.a === 0).map((pair) => pair.b);
  assert.deepEqual(withFirst, Array.from({ length: 99 }, (_, i) => i + 1));
  assert.ok(pairs.every((pair) => pair.b < copies.length && pair.similarity > 0.9));
  assert.ok(pairs.length < 1000, `${pairs.length} of the 4,950 pairs of copies`);
});

test('the similarity index finds exactly the pairs findNearDuplicates finds, before and after an edit', () => {
  const boilerplate = sentences(9999, 3).join(' ');
  const bodies = [
    ...Array.from({ length: 150 }, (_, i) => `${article(i + 1)} ${boilerplate}`),
    ...Array.from({ length: 80 }, (_, i) => `${article(77)} Correction ${i}.`),
    editedCopy(3, 4),
    editedCopy(5, 3),
    'Too short to count.',
  ];
  const files = bodies.map((_, i) => `doc-${String(i).padStart(3, '0')}.md`);
  const expected = (docs: SimilarityInput[]) =>
    findNearDuplicates(docs, 0.15).flatMap(({ a, b, similarity }) => [`${files[a]} ${files[b]} ${similarity}`, `${files[b]} ${files[a]} ${similarity}`]).sort();
  const actual = (index: SimilarityIndex) => [...index.pairs].flatMap(([file, partners]) => [...partners].map(([other, similarity]) => `${file} ${other} ${similarity}`)).sort();
  const docs = inputs(bodies);
  const index = new SimilarityIndex(0.15);
  index.rebuild(new Map(files.map((file, i) => [file, docs[i]])));
  assert.ok(expected(docs).length > 100);
  assert.deepEqual(actual(index), expected(docs));
  docs[3] = input(shingleHashes(editedCopy(1, 5)));
  index.update(files[3], docs[3]);
  assert.deepEqual(actual(index), expected(docs));
  // The same document edited again into a copy of another: its buckets read before hold none of its new partners.
  docs[3] = input(shingleHashes(`${editedCopy(5, 3)} More words at the end of this copy.`));
  assert.ok(index.update(files[3], docs[3]), 'updated, not rebuilt');
  assert.ok(index.pairs.get(files[3])?.has(files[231]), 'the copy is paired with the document');
  assert.deepEqual(actual(index), expected(docs));
});

test('verifiedPairs keeps exactly the candidates whose exact similarity reaches the threshold, whatever their low bits share', () => {
  // Members drawn from few values of the low 16 bits, so that the bound read before the exact merge counts
  // many shingles the sets do not share; a threshold taken from some pair's own similarity puts pairs exactly at it.
  const member = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0xffff })).map(([high, low]) => ((high << 16) | (low % 50)) >>> 0);
  const docs = fc.array(fc.uniqueArray(member, { minLength: 0, maxLength: 60, size: 'max' }), { minLength: 2, maxLength: 8, size: 'max' });
  fc.assert(
    fc.property(docs, fc.nat(), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.boolean(), (sets, pick, drawn, atAPair) => {
      const inputs = sets.map((values) => ({ shingles: Uint32Array.from(values).sort(), signature: new Uint32Array(0) }));
      const all: [number, number][] = [];
      for (let a = 0; a < inputs.length; a++) for (let b = a + 1; b < inputs.length; b++) all.push([a, b]);
      const [x, y] = all[pick % all.length];
      const exact = jaccard(inputs[x].shingles, inputs[y].shingles);
      const threshold = atAPair && exact > 0 ? exact : drawn;
      const expected = all.map(([a, b]) => ({ a, b, similarity: jaccard(inputs[a].shingles, inputs[b].shingles) })).filter(({ similarity }) => similarity >= threshold);
      // In any order, as a set of candidates gives them.
      const shuffled = [...all].sort((p, q) => ((p[0] * 7 + p[1] * 13 + pick) % 5) - ((q[0] * 7 + q[1] * 13 + pick) % 5));
      assert.deepEqual(verifiedPairs(inputs, shuffled, threshold), expected);
    }),
    { numRuns: 3000 },
  );
});
