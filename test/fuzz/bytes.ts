/**
 * Documents as the CLI reads them: bytes, possibly not UTF-8, possibly binary. Decoding and encoding must
 * give back every byte of a readable file, and an unreadable one gets a single diagnostic inside the text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeSource, encodeSource } from '../../server/src/service/source';
import { assertNothingLogged, openCorpus } from './corpus';
import { assertInside } from './invariants';
import { EXAMPLE_CONFIG, EXAMPLE_REGISTRY, SEED_DOCUMENTS } from './sources';
import { stats } from './stats';

const SPECIAL_BYTES = [0x00, 0x0a, 0x0d, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff];

type ByteMutation = (bytes: number[]) => void;

const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...SPECIAL_BYTES), fc.integer({ min: 0, max: 255 }))).map(([p, b]): ByteMutation => (bytes) => {
    bytes[p % Math.max(1, bytes.length)] = b;
  }),
  fc.tuple(fc.nat(), fc.array(fc.constantFrom(...SPECIAL_BYTES), { minLength: 1, maxLength: 4 })).map(([p, inserted]): ByteMutation => (bytes) => {
    bytes.splice(p % (bytes.length + 1), 0, ...inserted);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([p, n]): ByteMutation => (bytes) => {
    bytes.splice(p % (bytes.length + 1), n);
  }),
  fc.constant<ByteMutation>((bytes) => bytes.unshift(0xef, 0xbb, 0xbf)),
);

export const mutatedBytes = fc
  .tuple(fc.constantFrom(...SEED_DOCUMENTS), fc.array(byteMutation, { minLength: 1, maxLength: 6 }))
  .map(([doc, mutations]) => {
    const bytes = [...new TextEncoder().encode(doc)];
    for (const mutate of mutations) mutate(bytes);
    return new Uint8Array(bytes);
  });

export function checkBytes(bytes: Uint8Array): void {
  const source = decodeSource(bytes);
  if (!source.unreadable) assert.deepEqual(encodeSource(source.text, source), bytes, 'decoding then encoding changed the bytes');
  const { workspace, logged } = openCorpus({ config: EXAMPLE_CONFIG, registry: EXAMPLE_REGISTRY, documents: {} });
  workspace.setDocument('a.md', source);
  const diagnostics = workspace.diagnostics('a.md');
  assertInside(source.text, diagnostics, 'a.md');
  for (const diagnostic of diagnostics) stats.rulesSeen.add(diagnostic.rule);
  if (source.unreadable) assert.deepEqual(diagnostics.map((d) => d.rule), ['document/unreadable']);
  workspace.timeline();
  assertNothingLogged(logged);
}
