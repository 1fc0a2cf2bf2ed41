/**
 * Sentences of the synthetic bodies. Most slots are filled from word lists, so unrelated documents share
 * few word 3-shingles; the mixed-in sentences carry what the linter looks for (tags, figures, variants)
 * and what it must leave alone (years, percentages, distances, code).
 */
import {
  ADJECTIVES, ADVERBS, NOUNS, NUMBER_WORDS, PLACES, PREPOSITIONS, REPORTERS, SAYING, TIMES, VERBS, VICTIMS,
} from './words.mjs';

const SLOTS = {
  adj: ADJECTIVES, adverb: ADVERBS, noun: NOUNS, place: PLACES, prep: PREPOSITIONS, reporter: REPORTERS,
  said: SAYING, time: TIMES, verb: VERBS, victims: VICTIMS,
};

const capitalise = (text) => text[0].toUpperCase() + text.slice(1);
const grouped = (n) => n.toLocaleString('en-US');

/**
 * Fills each `{slot}` with a word from its list: `{Slot}` capitalises it, `{a slot}` puts "a" or "an"
 * before it, and `{where}` stands for `{prep} {place} {time}`.
 */
function fill(random, template) {
  return template.replace(/\{(a )?([A-Za-z]+)\}/g, (_, article, slot) => {
    const name = slot.toLowerCase();
    let text = name === 'where' ? fill(random, '{prep} {place} {time}') : random.pick(SLOTS[name]);
    if (article) text = `${/^[aeiou]/.test(text) ? 'an' : 'a'} ${text}`;
    return slot === name ? text : capitalise(text);
  });
}

const PLAIN = [
  '{Reporter} {said} the {adj} {noun} was {verb} {where}.',
  'The {adj} {noun} {prep} {place} was {adverb} {verb} {time}.',
  'According to {reporter}, {a adj} {noun} {verb} the {noun} {where}.',
  '{Adverb}, the {noun} {verb} {a adj} {noun} {prep} {place}.',
  'Talks over the {adj} {noun} {adverb} stalled {time}, {reporter} {said}.',
  'Residents of {place} described the {adj} {noun} as {adj} and {adj}.',
];

export function plainSentence(random) {
  return fill(random, random.pick(PLAIN));
}

const ACTOR_FRAMES = [
  '<mention> {verb} {a adj} {noun} {where}.',
  '{Reporter} {said} that <mention> had {verb} the {noun}.',
  'A statement attributed to <mention> {said} the {noun} had been {verb}.',
];

export function actorSentence(random, mention) {
  return fill(random, random.pick(ACTOR_FRAMES)).replace('<mention>', mention);
}

/** A figure as a label writes it and as a count attribute states it; `skew` makes the two disagree. */
function figure(random, skew) {
  const n = random.int(2, 60);
  return random.pick([
    () => ({ label: `${n}`, count: `${n + skew}` }),
    () => ({ label: NUMBER_WORDS[Math.min(n, 20)], count: `${Math.min(n, 20) + skew}` }),
    () => ({ label: `over ${grouped(n * 50)}`, count: `${n * 50 + skew}+` }),
    () => ({ label: `about ${n}`, count: `~${n + skew}` }),
    () => ({ label: `${n} to ${n + 8}`, count: `${n + skew}-${n + 8 + skew}` }),
    () => ({ label: grouped(1000 + n * 10), count: `${1000 + n * 10 + skew}` }),
    () => ({ label: 'dozens of', count: `${24 + skew}+` }),
  ])();
}

const CASUALTY_FRAMES = {
  killed: [
    'The attack killed <tag> {where}.',
    '{Reporter} {said} <tag> were killed {where}.',
    'The strike resulted in the deaths of <tag>, {reporter} {said}.',
  ],
  injured: ['{Reporter} {said} <tag> were wounded {where}.', 'Hospitals in {place} treated <tag> for injuries {time}.'],
  missing: ['Search teams said <tag> remained missing {where}.'],
};

/**
 * A sentence with a :casualty tag. `options.mismatch` makes the label disagree with the count,
 * `options.event` ties the figure to a shared event, and about one tag in seven has no source.
 */
export function casualtySentence(random, { mismatch, event }) {
  const kind = random.pick(['killed', 'killed', 'killed', 'injured', 'injured', 'missing']);
  const { label, count } = figure(random, mismatch ? random.int(1, 5) : 0);
  const attributes = [`${kind}=${count}`];
  if (random.chance(0.85)) attributes.push(`source="${random.pick(REPORTERS)}"`);
  if (event) attributes.push(`date=${event.date}`, `event=${event.id}`, `by=${event.by}`, `place="${event.place}"`);
  const tag = `:casualty[${label} ${random.pick(VICTIMS)}]{${attributes.join(' ')}}`;
  return fill(random, random.pick(CASUALTY_FRAMES[kind])).replace('<tag>', tag);
}

export function eventSentence(random, event) {
  const attributes = `id=${event.id} date=${event.date} by=${event.by} against=${event.against} place="${event.place}"`;
  const tag = `:event[${fill(random, '{Adj} {noun}')} in ${event.place}]{${attributes}}`;
  return `${tag} ${fill(random, '{Reporter} {said} the {noun} was {verb}.')}`;
}

/** A casualty figure written in plain text, which the linter should ask to be tagged. */
export function untaggedFigureSentence(random) {
  return fill(random, random.pick([
    () => `${random.int(2, 90)} {victims} were killed {where}.`,
    () => `At least ${random.int(2, 90)} {victims} were injured when the {noun} was {verb}.`,
    () => `${capitalise(NUMBER_WORDS[random.int(2, 20)])} {victims} died {where}.`,
    () => `{Reporter} {said} ${random.int(2, 40)} {victims} lost their lives.`,
  ])());
}

/** Numbers that are not casualty figures: years, percentages, distances, sums, times and ratios. */
export function nonFigureSentence(random) {
  const year = random.int(1979, 2024);
  return fill(random, random.pick([
    () => `The dispute over the {noun} dates back to ${year}.`,
    () => `Officials noted a ${random.int(5, 90)}% rise in fatalities compared with ${year}.`,
    () => `The {noun} lies ${random.int(3, 120)} kilometres from the border.`,
    () => `Some ${grouped(random.int(2, 40) * 1000)} fighters are believed to operate around {place}.`,
    () => `More than ${grouped(random.int(1, 9) * 100000)} migrants were expelled in ${year}.`,
    () => `The government pledged Rs ${random.int(2, 900)} million in compensation.`,
    () => `The meeting began at ${random.int(7, 11)}:${random.pick(['00', '15', '30', '45'])} local time.`,
    () => 'Government forces outnumbered the {noun} guards 3:1, {reporter} {said}.',
  ])());
}

export function codeSpanSentence(random) {
  const n = random.int(2, 50);
  return `Editors mark such figures as \`:casualty[${n} killed]{killed=${n}}\` in the source text.`;
}

export function fencedCode(random) {
  const n = random.int(2, 50);
  const line = fill(random, `${n} {victims} were killed {prep} {place}`);
  return ['```text', `:casualty[${n} people]{killed=${n + 1}}`, line, '```'].join('\n');
}

export function heading(random) {
  return fill(random, '## {Adj} {noun} {prep} {place}');
}

export function title(random) {
  return fill(random, '{place}: {adj} {noun} {verb} {time}');
}

export function listBlock(random) {
  return Array.from({ length: random.int(3, 5) }, () => `- ${plainSentence(random)}`).join('\n');
}
