/**
 * Pathological inputs, each at a size given in its own unit (MB, tags, levels, actors). Shared by
 * bench/pathological.mjs, which times them at several sizes, and test/unit/pathological.test.ts, which
 * checks at a small size that each one finishes and says what it found or could not read.
 */

export interface PathologicalCase {
  name: string;
  /** What `size` counts. */
  unit: string;
  /** The sizes the benchmark measures, smallest first; the test uses `testSize`. */
  sizes: number[];
  testSize: number;
  /** The corpus: file name → content; corpus.yaml and actors.yaml are added when missing. */
  files(size: number): Record<string, string | Uint8Array>;
  /** The diagnostic that shows the input was read, or says what could not be. */
  expect: { file: string; rule: string; message?: RegExp };
}

export const CONFIG = 'name: Pathological inputs\n';
export const REGISTRY = 'ttp:\n  name: Tehreek-e-Taliban Pakistan\n  short: TTP\n  type: armed-group\n';
const FRONT_MATTER = '---\nid: big\ntitle: A very large document\npublished: 2024-12-26\nsource: The Test Desk\nactors: [ttp]\n---\n\n';
const PARAGRAPH =
  'Officials said the Tehreek e Taliban Pakistan attacked a checkpoint near the border, and that 12 soldiers were killed. ' +
  'The TTP denied it. :casualty[Four civilians]{killed=4 source="police" date=2024-12-20} died in a second attack, police said.';

const MB = 1024 * 1024;

/** Paragraphs joined by `separator` up to about `bytes`. */
function prose(bytes: number, separator: string): string {
  const count = Math.max(1, Math.round(bytes / (PARAGRAPH.length + separator.length)));
  return Array.from({ length: count }, () => PARAGRAPH).join(separator);
}

function aliasBomb(depth: number): string {
  const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= depth; i++) levels.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return levels.join('\n');
}

/** `count` registry entries; every name holds `decorate(i)` so that the names differ in more than a number. */
function registry(count: number, decorate: (i: number) => string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`actor-${i}:`, `  name: ${JSON.stringify(decorate(i))}`, '  type: other');
  return `${lines.join('\n')}\n`;
}

const WORDS = ['Kurram', 'Bajaur', 'Khyber', 'Chaman', 'Torkham', 'Zhob', 'Tirah', 'Orakzai', 'Mohmand', 'Swat'];
/** A name made of words, unique for each i: i written in base 10 with a word per digit. */
const wordName = (i: number) => `${[...String(i)].map((digit) => WORDS[Number(digit)]).join(' ')} Brigade`;

export const CASES: PathologicalCase[] = [
  {
    name: 'large document',
    unit: 'MB',
    sizes: [2.5, 5, 10],
    testSize: 0.25,
    files: (mb) => ({ 'big.md': FRONT_MATTER + prose(mb * MB, '\n\n') }),
    expect: { file: 'big.md', rule: 'actor/variant' },
  },
  {
    name: 'one long line',
    unit: 'MB',
    sizes: [0.25, 0.5, 1],
    testSize: 0.25,
    files: (mb) => ({ 'line.md': FRONT_MATTER + prose(mb * MB, ' ') }),
    expect: { file: 'line.md', rule: 'casualty/untagged' },
  },
  {
    name: ':casualty tags in one document',
    unit: 'tags',
    sizes: [25_000, 50_000, 100_000],
    testSize: 2_000,
    files: (count) => ({
      'tags.md': FRONT_MATTER + Array.from({ length: count }, (_, i) => `:casualty[${i + 1} killed]{killed=${i + 1} event=e-${i}}`).join(' ') + '\n',
    }),
    expect: { file: 'tags.md', rule: 'casualty/missing-source' },
  },
  {
    name: '"billion laughs" front-matter (10^levels expansions)',
    unit: 'levels',
    sizes: [6, 9, 12],
    testSize: 9,
    files: (depth) => ({ 'laughs.md': `---\n${aliasBomb(depth)}\n---\n\nBody.\n` }),
    expect: { file: 'laughs.md', rule: 'front-matter/syntax', message: /Excessive alias count/ },
  },
  {
    name: 'deeply nested front-matter',
    unit: 'levels',
    sizes: [25_000, 50_000, 100_000],
    testSize: 10_000,
    files: (depth) => ({ 'nested.md': `---\nid: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n\nBody.\n` }),
    expect: { file: 'nested.md', rule: 'front-matter/syntax', message: /nests more than 100 levels/ },
  },
  {
    name: '"billion laughs" registry',
    unit: 'levels',
    sizes: [6, 9, 12],
    testSize: 9,
    files: (depth) => ({ 'actors.yaml': `${REGISTRY}bomb:\n  name: Bomb\n  type: other\n${aliasBomb(depth).replace(/^/gm, '  ')}\n`, 'a.md': FRONT_MATTER + 'The TTP said so.\n' }),
    expect: { file: 'actors.yaml', rule: 'registry/invalid', message: /Excessive alias count/ },
  },
  {
    name: 'registry of many actors',
    unit: 'actors',
    sizes: [12_500, 25_000, 50_000],
    testSize: 5_000,
    files: (count) => ({
      'actors.yaml': registry(count, wordName),
      'a.md': `${FRONT_MATTER}${Array.from({ length: 200 }, (_, i) => `The ${wordName((i * 7919) % count)} moved.`).join(' ')}\n`,
    }),
    expect: { file: 'a.md', rule: 'actor/not-listed' },
  },
  {
    name: 'actor names full of regex metacharacters',
    unit: 'actors',
    sizes: [2_500, 5_000, 10_000],
    testSize: 1_000,
    files: (count) => ({
      'actors.yaml': registry(count, (i) => `(${wordName(i)})* [C++] a.b|c ^$ \\d{${i}}`),
      'a.md': `${FRONT_MATTER}${Array.from({ length: 100 }, (_, i) => `Then (${wordName(i)})* [C++] a.b|c ^$ \\d{${i}} spoke.`).join(' ')}\n`,
    }),
    expect: { file: 'a.md', rule: 'actor/not-listed', message: /\(Kurram Brigade\)\* \[C\+\+\] a\.b\|c \^\$ \\d\{0\}/ },
  },
  {
    name: 'every Unicode line terminator',
    unit: 'MB',
    sizes: [2.5, 5, 10],
    testSize: 0.25,
    files: (mb) => ({ 'terminators.md': FRONT_MATTER + prose(mb * MB, ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C'].join('')) }),
    expect: { file: 'terminators.md', rule: 'casualty/untagged' },
  },
  {
    name: 'invalid UTF-8 in the middle',
    unit: 'MB',
    sizes: [2.5, 5, 10],
    testSize: 0.5,
    files: (mb) => {
      const half = Buffer.from(FRONT_MATTER + prose((mb * MB) / 2, '\n\n'));
      return { 'latin1.md': Buffer.concat([half, Buffer.from([0xe9, 0x20]), half]) };
    },
    expect: { file: 'latin1.md', rule: 'document/unreadable', message: /not valid UTF-8: byte 0xE9 at byte \d+/ },
  },
  {
    name: 'NUL bytes (a binary file named .md)',
    unit: 'MB',
    sizes: [2.5, 5, 10],
    testSize: 0.5,
    files: (mb) => ({ 'binary.md': Buffer.concat([Buffer.from(FRONT_MATTER), Buffer.alloc(mb * MB, 0)]) }),
    expect: { file: 'binary.md', rule: 'document/unreadable', message: /binary file, not text: it has a NUL byte at byte \d+/ },
  },
];
