/** One round of fixes on a document, as `--fix` and fix-all apply them. */
import { applyFixes } from './applyEdits';
import { parseFrontMatter } from './parse/frontMatter';
import type { OffsetEdit } from './types';

type OffsetFix = { edits: readonly OffsetEdit[] };

/**
 * Applies `fixes` to `text`, whose front-matter parses, as `applyFixes` does. Fixes that each keep the
 * front-matter valid may still break it together (two adding the same field); the round then takes them
 * one at a time, keeping each only while the block still parses, so a fix never leaves a file that later
 * rounds, and the editor, could no longer read.
 */
export function applyFixRound(text: string, fixes: readonly OffsetFix[]): { text: string; applied: number } {
  const together = applyFixes(text, fixes);
  if (together.applied === 0 || frontMatterParses(together.text)) return together;
  const kept: OffsetFix[] = [];
  let result = { text, applied: 0 };
  for (const fix of fixes) {
    const attempt = applyFixes(text, [...kept, fix]);
    if (attempt.applied > result.applied && frontMatterParses(attempt.text)) {
      kept.push(fix);
      result = attempt;
    }
  }
  return result;
}

function frontMatterParses(text: string): boolean {
  return !parseFrontMatter(text)?.problems.length;
}
