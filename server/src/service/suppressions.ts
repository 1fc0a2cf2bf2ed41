import type { LineIndex } from './lineIndex';

/** Lines (0-based, inclusive) on which a rule, or every rule when `rule` is '*', is silenced. */
export interface SuppressedLines {
  rule: string;
  from: number;
  to: number;
}

const DIRECTIVE = /^\s*corpus-lint-(disable-next-line|disable|enable)\b([^]*)$/;

/** Reads markdownlint-style comments: disable-next-line, and disable … enable blocks. */
export function readSuppressions(comments: readonly { start: number; end: number; body: string }[], lines: LineIndex): SuppressedLines[] {
  const ranges: SuppressedLines[] = [];
  const open = new Map<string, number>();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const rules = match[2].split(/[\s,]+/).filter(Boolean);
    const keys = rules.length > 0 ? rules : ['*'];
    const line = lines.positionAt(comment.start).line;
    if (match[1] === 'disable-next-line') {
      const next = lines.positionAt(comment.end).line + 1;
      for (const rule of keys) ranges.push({ rule, from: next, to: next });
    } else if (match[1] === 'disable') {
      for (const rule of keys) if (!open.has(rule)) open.set(rule, line);
    } else {
      const closing = rules.length > 0 ? rules : [...open.keys()];
      for (const rule of closing) {
        const from = open.get(rule);
        if (from === undefined) continue;
        ranges.push({ rule, from, to: line });
        open.delete(rule);
      }
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Number.MAX_SAFE_INTEGER });
  return ranges;
}

export function isSuppressed(ranges: readonly SuppressedLines[], rule: string, line: number): boolean {
  return ranges.some((range) => (range.rule === '*' || range.rule === rule) && line >= range.from && line <= range.to);
}
