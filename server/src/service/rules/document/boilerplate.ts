import type { ParsedDocument } from '../../document';
import { overlapsAny } from '../../text/spans';
import type { OffsetEdit } from '../../types';
import type { DocumentRule } from '../rule';
import { isBoilerplateLine } from './boilerplatePatterns';

export const documentBoilerplate: DocumentRule = {
  id: 'document/boilerplate',
  check({ doc }, report) {
    const { lines, text } = doc;
    const firstLine = lines.positionAt(doc.bodyStart).line;
    for (let line = firstLine; line < lines.lineCount; line++) {
      const start = Math.max(lines.lineStart(line), doc.bodyStart);
      const end = lines.lineEnd(line);
      if (end - start > 240) continue;
      const content = text.slice(start, end);
      if (!isBoilerplateLine(content) || overlapsAny(doc.body.excluded, { start, end })) continue;
      const lead = content.length - content.trimStart().length;
      report({
        span: { start: start + lead, end },
        message: `"${content.trim()}" looks like page chrome left by the scraper, not part of the article.`,
        fix: { title: 'Delete this line', edits: [lineDeletion(doc, line, firstLine)] },
      });
    }
  },
};

/**
 * Deletes the body's line `line` with its line break. A line that stands alone between blank lines (or
 * between one and the start or end of the body) takes one of them along, so that the paragraphs around it
 * stay one blank line apart, as they would have been without it.
 */
function lineDeletion(doc: ParsedDocument, line: number, firstLine: number): OffsetEdit {
  const { lines, text } = doc;
  const isBlank = (other: number) => other >= firstLine && other < lines.lineCount && text.slice(lines.lineStart(other), lines.lineEnd(other)).trim() === '';
  const start = Math.max(lines.lineStart(line), doc.bodyStart);
  const next = lines.nextLineStart(line);
  if (next === text.length && isBlank(line - 1)) return { start: Math.max(lines.lineStart(line - 1), doc.bodyStart), end: next, newText: '' };
  const blankBefore = line === firstLine || isBlank(line - 1);
  if (blankBefore && isBlank(line + 1) && line + 2 < lines.lineCount) return { start, end: lines.lineStart(line + 2), newText: '' };
  return { start, end: next, newText: '' };
}
