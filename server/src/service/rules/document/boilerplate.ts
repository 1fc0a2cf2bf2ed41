import { overlapsAny } from '../../text/spans';
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
      const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : end;
      report({
        span: { start: start + lead, end },
        message: `"${content.trim()}" looks like page chrome left by the scraper, not part of the article.`,
        fix: { title: 'Delete this line', edits: [{ start, end: next, newText: '' }] },
      });
    }
  },
};
