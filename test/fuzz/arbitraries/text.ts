/** Mutations of real documents: characters, lines, line endings and inserted pieces. */
import fc from 'fast-check';

/** Characters and short strings that parsers treat specially. */
export const ODD_PIECES = [
  ':', '[', ']', '{', '}', '=', '"', "'", '`', '```', '~~~', '\\', '<!--', '-->', '<', '>', '(', ')', '#', '-', '*', '_', '|',
  '\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\uFEFF', '\0', '\t', ' ', '\u00A0',
  '\uD800', '\uDC00', '😀', 'é', 'e\u0301', '\u202E', '---', '...', '12', '1,500', 'killed', 'dead', 'Advertisement',
  'Follow us on:', 'Also Read:', 'Tehreek e Taliban Pakistan', 'TTP', 'Afghan Taliban', '<!-- corpus-lint-disable -->',
  '<!-- corpus-lint-disable-next-line actor/variant -->', '<!-- corpus-lint-enable', '    ', '> ', '1. ', '[a]: /u',
];

export type Mutation = (text: string) => string;

const at = (text: string, position: number) => (text.length === 0 ? 0 : position % (text.length + 1));

/** One mutation; `extra` supplies pieces (tags, front-matter, other documents' lines) to splice in. */
export function mutation(extra: fc.Arbitrary<string>): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.tuple(fc.nat(), fc.constantFrom(...ODD_PIECES)).map(([p, piece]): Mutation => (t) => t.slice(0, at(t, p)) + piece + t.slice(at(t, p))),
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([p, n]): Mutation => (t) => t.slice(0, at(t, p)) + t.slice(at(t, p) + n)),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 0xffff })).map(([p, code]): Mutation => (t) => {
      const i = at(t, p);
      return t.slice(0, i) + String.fromCharCode(code) + t.slice(i + 1);
    }),
    fc.tuple(fc.nat(), extra).map(([p, piece]): Mutation => (t) => t.slice(0, at(t, p)) + piece + t.slice(at(t, p))),
    fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([a, b, c]): Mutation => (t) => spliceLines(t, a, b, c)),
  );
}

/** Moves or copies a run of lines elsewhere in the text. */
function spliceLines(text: string, from: number, count: number, to: number): string {
  const lines = text.split('\n');
  const start = from % lines.length;
  const taken = lines.slice(start, start + (count % 4) + 1);
  const target = to % (lines.length + 1);
  return [...lines.slice(0, target), ...taken, ...lines.slice(target)].join('\n');
}

/** Changes the whole text's encoding shape: line endings and a leading BOM. */
export const wholeText = fc.constantFrom<Mutation>(
  (t) => t,
  (t) => t,
  (t) => t.replace(/\r?\n/g, '\r\n'),
  (t) => t.replace(/\r?\n/g, '\r'),
  (t) => t.replace(/\n/g, '\u2028'),
  (t) => `\uFEFF${t}`,
  (t) => t.replace(/ /g, '\u00A0'),
);
