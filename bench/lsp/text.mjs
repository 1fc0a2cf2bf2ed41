/** The benchmark's copy of an open document: its text, offsets as LSP positions, and the edits it sends. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createRandom } from '../generator/random.mjs';

export class OpenText {
  constructor(text) {
    this.text = text;
  }

  position(offset) {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
  }

  /** Inserts `inserted` at `offset` and returns the incremental change that says so. */
  insert(offset, inserted) {
    const at = this.position(offset);
    this.text = this.text.slice(0, offset) + inserted + this.text.slice(offset);
    return { range: { start: at, end: at }, text: inserted };
  }
}

/** Deterministic pseudo-random numbers (mulberry32), so every run makes the same edits. */
export function seededRandom(seed) {
  return createRandom(seed).next;
}

const TYPED = [' Officials said the road to Khost reopened on Monday.', ' Residents reported calm overnight.', ' The report could not be verified.'];

/**
 * `count` edits as a person typing makes them: a sentence typed one character at a time at the end of a
 * prose paragraph, then the next sentence at another paragraph. Each call of the result applies one edit.
 */
export function typingScript(open, count, random) {
  const paragraphEnds = () => {
    const ends = [];
    const pattern = /[a-z.]\n\n(?=[A-Z])/g;
    const bodyStart = open.text.indexOf('\n---\n', 4);
    for (let match; (match = pattern.exec(open.text)); ) if (match.index > bodyStart) ends.push(match.index + 1);
    return ends;
  };
  let offset = -1;
  let sentence = '';
  let typed = 0;
  let sentences = 0;
  return Array.from({ length: count }, () => () => {
    if (typed === sentence.length) {
      const ends = paragraphEnds();
      offset = ends[Math.floor(random() * ends.length)];
      sentence = TYPED[sentences++ % TYPED.length];
      typed = 0;
    }
    const change = open.insert(offset, sentence[typed]);
    offset++;
    typed++;
    return change;
  });
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Positions in the middle of actor names, short forms and aliases of the registry, spread over the document. */
export function actorMentionPositions(open, registryFile, wanted) {
  const registry = parse(readFileSync(registryFile, 'utf8'));
  const forms = new Set();
  for (const entry of Object.values(registry)) {
    for (const form of [entry.name, entry.short, ...(entry.aliases ?? [])]) if (typeof form === 'string' && form.length >= 3) forms.add(form);
  }
  const pattern = new RegExp(`\\b(?:${[...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'g');
  const bodyStart = open.text.indexOf('\n---\n', 4) + 5;
  const offsets = [];
  for (const match of open.text.slice(bodyStart).matchAll(pattern)) offsets.push(bodyStart + match.index + Math.floor(match[0].length / 2));
  return spread(offsets, wanted).map((offset) => open.position(offset));
}

/** Positions just after `by=` and `against=` in tags, where an editor completes actor ids. */
export function actorIdPositions(open, wanted) {
  const offsets = [...open.text.matchAll(/\b(?:by|against)=/g)].map((match) => match.index + match[0].length);
  return spread(offsets, wanted).map((offset) => open.position(offset));
}

/** `wanted` items picked evenly from `items`, going round again when there are fewer. */
function spread(items, wanted) {
  if (items.length === 0) return [];
  return Array.from({ length: wanted }, (_, i) => items[Math.floor((i * items.length) / wanted) % items.length]);
}
