/**
 * The fix properties: a fix applied alone removes its diagnostic and leaves text that still parses, and
 * applying every fix round after round, as `--fix` does, keeps front-matter that parsed parseable and
 * settles within its round limit.
 */
import { applyFixes, applyOffsetEdits, toOffsetEdits } from '../../server/src/service/applyEdits';
import { parseCorpusDocument } from '../../server/src/service/document';
import type { Diagnostic, OffsetEdit } from '../../server/src/service/types';
import { assertNothingLogged, openCorpus, sortedDiagnostics, type FuzzCorpus } from './corpus';
import { lineStarts, offsetOf } from './lines';
import { stats } from './stats';

/** The `--fix` round limit of the CLI. */
export const MAX_FIX_ROUNDS = 10;

/** Where an offset of the old text lands after the edits: inside a replaced span, at its replacement's start. */
function mapOffset(offset: number, edits: readonly OffsetEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.end <= offset && (edit.start < offset || edit.start === edit.end)) shift += edit.newText.length - (edit.end - edit.start);
    else if (edit.start <= offset && offset < edit.end) return edit.start + shift;
  }
  return offset + shift;
}

function hasSyntaxProblem(text: string): boolean {
  return (parseCorpusDocument('doc.md', text).frontMatter?.problems.length ?? 0) > 0;
}

/**
 * True when the text starts with a front-matter block that parses. Only such a block can be broken by a fix:
 * a fix that deletes a scraped line above a `---` line in a document without front-matter turns the text below
 * into a block, and that block may not parse, but nothing that parsed before was broken.
 */
function hasGoodFrontMatter(text: string): boolean {
  const frontMatter = parseCorpusDocument('doc.md', text).frontMatter;
  return frontMatter !== undefined && frontMatter.problems.length === 0;
}

/** Applies each fix of `file` alone and checks that its diagnostic is gone and the text still parses. */
export function checkEachFix(corpus: FuzzCorpus, file: string): void {
  const { workspace, logged } = openCorpus(corpus);
  const text = corpus.documents[file];
  const before = workspace.diagnostics(file);
  const starts = lineStarts(text);
  const parsedBefore = hasGoodFrontMatter(text);
  for (const diagnostic of before) {
    if (!diagnostic.fix) continue;
    const edits = toOffsetEdits(text, diagnostic.fix.edits).sort((a, b) => a.start - b.start || a.end - b.end);
    const fixed = applyOffsetEdits(text, edits);
    stats.fixesAppliedAlone++;
    if (parsedBefore && hasSyntaxProblem(fixed)) throw new Error(`${file}: the fix "${diagnostic.fix.title}" of ${diagnostic.rule} breaks the front-matter`);
    // A diagnostic is told by its rule and its span. A fix may leave a new finding that starts where the fixed
    // one did but is another (a canonical name written next to a word can make a longer variant of another actor).
    const spanOf = (d: Diagnostic, s: readonly number[], at = (offset: number) => offset) => `${at(offsetOf(s, d.range.start))}-${at(offsetOf(s, d.range.end))}`;
    const mappedSpanOf = (d: Diagnostic) => spanOf(d, starts, (offset) => mapOffset(offset, edits));
    const target = mappedSpanOf(diagnostic);
    const others = before.filter((d) => d !== diagnostic && d.rule === diagnostic.rule && mappedSpanOf(d) === target).length;
    const after = openCorpus({ ...corpus, documents: { ...corpus.documents, [file]: fixed } });
    const fixedStarts = lineStarts(fixed);
    const still = after.workspace.diagnostics(file).filter((d) => d.rule === diagnostic.rule && spanOf(d, fixedStarts) === target).length;
    assertNothingLogged(after.logged);
    if (still > others) {
      throw new Error(`${file}: after the fix "${diagnostic.fix.title}", ${diagnostic.rule} is still reported at offsets ${target}: ${diagnostic.message}`);
    }
  }
  assertNothingLogged(logged);
}

/** Applies all fixes of `file` round after round, as `--fix` does; returns the rounds that changed the text. */
export function roundsToFixedPoint(corpus: FuzzCorpus, file: string): number {
  let text = corpus.documents[file];
  for (let round = 0; round <= MAX_FIX_ROUNDS; round++) {
    const { workspace, logged } = openCorpus({ ...corpus, documents: { ...corpus.documents, [file]: text } });
    assertNothingLogged(logged);
    if (hasSyntaxProblem(text)) return round;
    const fixes = sortedDiagnostics(workspace, file).flatMap((d) => (d.fix ? [{ edits: toOffsetEdits(text, d.fix.edits) }] : []));
    const next = applyFixes(text, fixes).text;
    // Checked on the fixes alone, before applyFixRound's net would catch it: fixes of one round must compose.
    if (hasGoodFrontMatter(text) && hasSyntaxProblem(next)) throw new Error(`${file}: the fixes of round ${round + 1} together break the front-matter:\n${next}`);
    if (next === text) return round;
    stats.fixRounds++;
    text = next;
  }
  throw new Error(`${file}: --fix does not settle within ${MAX_FIX_ROUNDS} rounds`);
}
