/** Fix-all: every fix of a document (or of one rule in it) applied together, as one edit. */
import { toOffsetEdits } from '../applyEdits';
import { applyFixRound } from '../fixRound';
import { LineIndex } from '../lineIndex';
import type { Diagnostic, TextEdit } from '../types';
import type { CorpusWorkspace } from '../workspace';

/** As the CLI's --fix: fixes that make new fixes possible stop after this many rounds. */
const MAX_ROUNDS = 10;

export interface FixAll {
  /** How many fixes were applied, over all rounds. */
  applied: number;
  /** One edit of the smallest span that changed, or none when nothing did. */
  edits: TextEdit[];
}

/**
 * Applies every fix of the document's diagnostics (only those of `rule`, when given) to the text it has,
 * then lints the result and fixes again until a round applies nothing. Fixes that overlap one taken before
 * them wait for the next round. A document whose front-matter does not parse is left alone, as --fix does.
 */
export function fixAll(workspace: CorpusWorkspace, file: string, rule?: string): FixAll {
  const doc = workspace.document(file);
  if (!doc || doc.frontMatter?.problems.length) return { applied: 0, edits: [] };
  const original = doc.text;
  let text = original;
  let diagnostics = workspace.diagnostics(file);
  let applied = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixes = fixesOf(diagnostics, rule).map((fix) => ({ edits: toOffsetEdits(text, fix.edits) }));
    const result = applyFixRound(text, fixes);
    if (result.applied === 0 || result.text === text) break;
    applied += result.applied;
    text = result.text;
    diagnostics = workspace.analyzeText(file, text).diagnostics;
  }
  return { applied, edits: text === original ? [] : [replacementOf(original, text)] };
}

function fixesOf(diagnostics: readonly Diagnostic[], rule: string | undefined) {
  return diagnostics.flatMap((diagnostic) => (diagnostic.fix && (!rule || diagnostic.rule === rule) ? [diagnostic.fix] : []));
}

/** The one edit that turns `before` into `after`: the span between their common prefix and suffix. */
function replacementOf(before: string, after: string): TextEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const lines = new LineIndex(before);
  return { range: { start: lines.positionAt(prefix), end: lines.positionAt(before.length - suffix) }, newText: after.slice(prefix, after.length - suffix) };
}
