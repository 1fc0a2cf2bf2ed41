/** The synthetic actor registry: unique names, short forms and aliases, some known-wrong `avoid` forms. */
import {
  COUNTRIES, GROUP_LINKS, GROUP_PREFIXES, GROUP_SUFFIXES, ORGANISATION_BODIES, OTHER_BODIES, PERSON_TITLES,
  PLACES, STATE_BODIES, SYLLABLES,
} from './words.mjs';

const TYPES = ['person', 'person', 'person', 'armed-group', 'armed-group', 'state', 'organisation', 'other'];

const NAME_BUILDERS = {
  person: (random) => Array.from({ length: random.int(2, 3) }, () => word(random)).join(' '),
  'armed-group': (random) =>
    `${random.pick(GROUP_PREFIXES)}-${random.pick(GROUP_LINKS)}-${word(random)} ${random.pick(GROUP_SUFFIXES)}`,
  state: (random) => `${word(random)} ${random.pick(STATE_BODIES)}`,
  organisation: (random) => `${word(random)} ${random.pick(ORGANISATION_BODIES)}`,
  other: (random) => `${word(random)} ${random.pick(OTHER_BODIES)}`,
};

const ALIAS_BUILDERS = {
  person: (random, name) => `${random.pick(PERSON_TITLES)} ${name}`,
  'armed-group': (random, name) => `${name.split(' ')[0].split('-').at(-1)} ${random.pick(GROUP_SUFFIXES)}`,
  state: (random, name) => `${name.split(' ')[0]} Security Forces`,
  organisation: (random, name) => `${name.split(' ')[0]} ${random.pick(ORGANISATION_BODIES)}`,
  other: (random, name) => `${name.split(' ')[0]} ${random.pick(OTHER_BODIES)}`,
};

/** Names are compared as the linter folds them: case, hyphens, apostrophes and spaces ignored. */
function fold(form) {
  return form.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function word(random) {
  const syllables = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  return syllables[0].toUpperCase() + syllables.slice(1);
}

/** A wrong spelling of `name`: a vowel changed in its longest word, or a different hyphen link. */
function misspell(random, name) {
  if (name.includes('-e-')) return name.replace('-e-', '-i-');
  const words = name.split(' ');
  const longest = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
  words[longest] = words[longest].replace(/[aeiou](?=[^aeiou]*$)/, (vowel) => (vowel === 'a' ? 'e' : 'a'));
  return words.join(' ');
}

function uniqueForm(build, taken, attempts = 20) {
  for (let i = 0; i < attempts; i++) {
    const form = build();
    if (!taken.has(fold(form))) {
      taken.add(fold(form));
      return form;
    }
  }
  return undefined;
}

function uniqueShort(random, name, shorts) {
  const initials = name.split(/[ -]/).filter((part) => /^[A-Z]/.test(part)).map((part) => part[0]).join('');
  const length = random.int(3, 5);
  let short = initials.slice(0, length);
  while (short.length < length) short += String.fromCharCode(65 + random.int(0, 25));
  while (shorts.has(short)) {
    short = Array.from({ length }, () => String.fromCharCode(65 + random.int(0, 25))).join('');
  }
  shorts.add(short);
  return short;
}

/**
 * `count` actors with ids `actor-0001`...; no form is claimed twice, so the registry itself is clean.
 * @returns {{id: string, name: string, short?: string, aliases: string[], avoid: string[], type: string,
 *   country?: string, description?: string}[]}
 */
export function generateActors(random, count) {
  const taken = new Set();
  const shorts = new Set();
  const actors = [];
  const idWidth = Math.max(4, String(count).length);
  while (actors.length < count) {
    const type = random.pick(TYPES);
    const name = uniqueForm(() => NAME_BUILDERS[type](random), taken);
    if (name === undefined) continue;
    const id = `actor-${String(actors.length + 1).padStart(idWidth, '0')}`;
    const actor = { id, name, aliases: [], avoid: [], type };
    if (random.chance(0.5)) actor.short = uniqueShort(random, name, shorts);
    const aliasCount = random.chance(0.3) ? random.int(1, 2) : 0;
    for (let i = 0; i < aliasCount; i++) {
      const alias = uniqueForm(() => ALIAS_BUILDERS[type](random, name), taken, 3);
      if (alias !== undefined) actor.aliases.push(alias);
    }
    if (random.chance(0.15)) {
      const avoid = uniqueForm(() => misspell(random, name), taken, 1);
      if (avoid !== undefined) actor.avoid.push(avoid);
    }
    if (random.chance(0.7)) actor.country = random.pick(COUNTRIES);
    if (random.chance(0.3)) {
      actor.description = `${type === 'person' ? 'Figure' : 'Body'} active around ${random.pick(PLACES)}`;
    }
    actors.push(actor);
  }
  return actors;
}

const quote = (text) => JSON.stringify(text);
const list = (items) => `[${items.map(quote).join(', ')}]`;

export function actorsYaml(actors) {
  const entries = actors.map((actor) =>
    [
      `${actor.id}:`,
      `  name: ${quote(actor.name)}`,
      actor.short && `  short: ${quote(actor.short)}`,
      actor.aliases.length > 0 && `  aliases: ${list(actor.aliases)}`,
      actor.avoid.length > 0 && `  avoid: ${list(actor.avoid)}`,
      `  type: ${actor.type}`,
      actor.country && `  country: ${actor.country}`,
      actor.description && `  description: ${quote(actor.description)}`,
    ].filter(Boolean).join('\n'),
  );
  return `${entries.join('\n')}\n`;
}
