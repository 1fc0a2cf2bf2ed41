/** Whole documents: mutated seeds, and documents put together from random parts. */
import fc from 'fast-check';
import { SEED_DOCUMENTS } from '../sources';
import { directive } from './directives';
import { frontMatterBlock } from './frontMatter';
import { mutation, ODD_PIECES, wholeText } from './text';

const seedLine = fc.tuple(fc.constantFrom(...SEED_DOCUMENTS), fc.nat()).map(([doc, n]) => {
  const lines = doc.split('\n');
  return `${lines[n % lines.length]}\n`;
});

/** What a mutation may splice in: a tag, a front-matter block, a line of another document. */
const splice = fc.oneof(directive, frontMatterBlock, seedLine);

/** A seed with its front-matter kept, replaced, or removed. */
const seedDocument = fc.tuple(fc.constantFrom(...SEED_DOCUMENTS), fc.option(frontMatterBlock, { freq: 3 })).map(([doc, block]) => {
  if (block === null) return doc;
  const body = doc.startsWith('---') ? doc.slice(doc.indexOf('\n---', 3) + 4) : doc;
  return block + body;
});

/** A real document changed by up to eight mutations. */
export const mutatedDocument = fc
  .tuple(seedDocument, fc.array(mutation(splice), { maxLength: 8 }), wholeText)
  .map(([doc, mutations, whole]) => whole(mutations.reduce((text, mutate) => mutate(text), doc)));

/** Body text from the given words (e.g. a registry's forms), tags and odd pieces. */
export function bodyFrom(words: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('the', 'said', 'killed', '12', 'dead', 'at least 40 people were injured', 'in', ',', '.', ' ', ' ', '\n\n', ...words) },
    { weight: 1, arbitrary: directive },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_PIECES) },
  );
  return fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(' '));
}

/** A document built from a random front-matter block and a random body. */
export function randomDocument(words: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.option(frontMatterBlock, { freq: 6 }), bodyFrom(words)).map(([block, body]) => (block ?? '') + body);
}
