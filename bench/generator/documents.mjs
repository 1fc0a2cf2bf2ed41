/** Synthetic documents: front-matter and a Markdown body with the patterns the linter checks, and edited copies. */
import {
  actorSentence, casualtySentence, codeSpanSentence, eventSentence, fencedCode, heading, listBlock,
  nonFigureSentence, plainSentence, title, untaggedFigureSentence,
} from './sentences.mjs';
import { BOILERPLATE, LANGUAGES, NOUNS, OUTLETS, PLACES } from './words.mjs';

const MIN_BYTES = 2048;
const MAX_BYTES = 8192;
/** A body grows block by block past its target; the target stops short of MAX_BYTES by about one block. */
const TARGET_CEILING = MAX_BYTES - 700;

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function randomDate(random, fromYear, toYear) {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + random.int(0, (end - start) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

/** Shared events: each is declared by one :event tag and reported by :casualty tags across the corpus. */
export function generateEvents(random, actors, count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `event-${String(i + 1).padStart(5, '0')}`,
    date: randomDate(random, 2020, 2025),
    by: random.pick(actors).id,
    against: random.pick(actors).id,
    place: random.pick(PLACES),
  }));
}

/** How an actor is written: usually an accepted form, sometimes a variant the linter should report. */
function mention(random, actor) {
  const roll = random.next();
  if (roll < 0.05) return variant(random, actor);
  if (roll < 0.25 && actor.short) return actor.short;
  if (roll < 0.4 && actor.aliases.length > 0) return random.pick(actor.aliases);
  if (roll < 0.42) return `:actor[the ${actor.type === 'person' ? 'commander' : 'group'}]{id=${actor.id}}`;
  return actor.name;
}

function variant(random, actor) {
  const variants = [...actor.avoid];
  if (actor.name.includes('-')) variants.push(actor.name.replaceAll('-', ' '));
  const words = actor.name.split(' ');
  const long = words.findIndex((w) => w.length >= 6 && !w.includes('-'));
  if (long >= 0) {
    const cut = random.int(1, words[long].length - 2);
    variants.push(words.map((w, i) => (i === long ? w.slice(0, cut) + w.slice(cut + 1) : w)).join(' '));
  }
  return variants.length > 0 ? random.pick(variants) : actor.name;
}

function sentence(random, context, listed) {
  const roll = random.next();
  if (roll < 0.15) {
    const actor = random.chance(0.9) ? random.pick(listed) : random.pick(context.actors);
    return actorSentence(random, mention(random, actor));
  }
  if (roll < 0.22) {
    const event = random.chance(0.5) ? random.pick(context.events) : undefined;
    return casualtySentence(random, { mismatch: random.chance(0.06), event });
  }
  if (roll < 0.28) return untaggedFigureSentence(random);
  if (roll < 0.36) return nonFigureSentence(random);
  if (roll < 0.38) return codeSpanSentence(random);
  return plainSentence(random);
}

function paragraph(random, context, listed) {
  return Array.from({ length: random.int(3, 6) }, () => sentence(random, context, listed)).join(' ');
}

function block(random, context, listed) {
  const roll = random.next();
  if (roll < 0.08) return heading(random);
  if (roll < 0.15) return listBlock(random);
  if (roll < 0.18) return fencedCode(random);
  return paragraph(random, context, listed);
}

function body(random, context, listed, declaredEvent, targetBytes) {
  const opening = listed.map((actor) => (random.chance(0.95) ? actorSentence(random, mention(random, actor)) : ''));
  if (declaredEvent) opening.unshift(eventSentence(random, declaredEvent));
  const blocks = [opening.filter(Boolean).join(' ') || paragraph(random, context, listed)];
  let bytes = blocks[0].length;
  while (bytes < targetBytes) {
    const next = block(random, context, listed);
    blocks.push(next);
    bytes += next.length + 2;
  }
  if (random.chance(0.15)) blocks.splice(random.int(1, blocks.length), 0, random.pick(BOILERPLATE));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Document `index` of the corpus. `context` holds the registry's actors and the shared events;
 * document i declares event i, so every event is declared exactly once.
 */
export function generateDocument(random, context, index) {
  const published = randomDate(random, 2020, 2025);
  const outlet = random.pick(OUTLETS);
  const id = `${slug(outlet)}-${published}-${String(index).padStart(5, '0')}`;
  const listed = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(context.actors)))];
  const frontMatter = {
    id,
    title: title(random),
    published,
    source: outlet,
    url: `https://${slug(outlet)}.example.org/${published.slice(0, 4)}/${id}`,
    language: random.pick(LANGUAGES),
    actors: listed.map((actor) => actor.id),
  };
  const targetBytes = random.int(MIN_BYTES, TARGET_CEILING) - renderDocument({ frontMatter, body: '' }).length;
  return { frontMatter, body: body(random, context, listed, context.events[index], targetBytes) };
}

/** A near-duplicate of `original`: republished by another outlet, one paragraph dropped, a few words changed. */
export function editedCopy(random, original, index, linked) {
  const blocks = original.body.trimEnd().split('\n\n');
  if (blocks.length > 3) blocks.splice(random.int(1, blocks.length - 1), 1);
  for (let edits = 0; edits < 3; edits++) {
    const at = random.int(0, blocks.length - 1);
    blocks[at] = blocks[at].replace(/\b(the|a) [a-z]+\b/, `$1 ${random.pick(NOUNS)}`);
  }
  const outlet = random.pick(OUTLETS);
  const id = `${slug(outlet)}-${original.frontMatter.published}-${String(index).padStart(5, '0')}`;
  const frontMatter = {
    ...original.frontMatter,
    id,
    source: outlet,
    url: `https://${slug(outlet)}.example.org/${original.frontMatter.published.slice(0, 4)}/${id}`,
  };
  if (linked) frontMatter.duplicate_of = original.frontMatter.id;
  return { frontMatter, body: `${blocks.join('\n\n')}\n` };
}

export function renderDocument({ frontMatter, body }) {
  const lines = Object.entries(frontMatter).map(([key, value]) => {
    if (Array.isArray(value)) return `${key}: [${value.join(', ')}]`;
    return key === 'title' || key === 'source' ? `${key}: ${JSON.stringify(value)}` : `${key}: ${value}`;
  });
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
