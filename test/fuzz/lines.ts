/** Line arithmetic written independently of the service, so that the fuzzers check it rather than trust it. */
import type { Position, Range } from '../../server/src/service/types';

/** Start offsets of the lines; LSP ends a line at `\n`, `\r\n` or `\r`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

function lineLength(text: string, starts: readonly number[], line: number): number {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  const content = text.slice(starts[line], end);
  return content.replace(/(?:\r\n|\r|\n)$/, '').length;
}

/** Why a position is not inside the text, or undefined when it is. */
export function positionProblem(text: string, starts: readonly number[], p: Position): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `non-integer position ${JSON.stringify(p)}`;
  if (p.line < 0 || p.line >= starts.length) return `line ${p.line} outside 0..${starts.length - 1}`;
  const length = lineLength(text, starts, p.line);
  if (p.character < 0 || p.character > length) return `character ${p.character} outside 0..${length} on line ${p.line}`;
  return undefined;
}

/** Why a range is not inside the text or ends before it starts, or undefined. */
export function rangeProblem(text: string, starts: readonly number[], range: Range): string | undefined {
  const problem = positionProblem(text, starts, range.start) ?? positionProblem(text, starts, range.end);
  if (problem) return problem;
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'range ends before it starts';
  return undefined;
}

export function offsetOf(starts: readonly number[], p: Position): number {
  return starts[p.line] + p.character;
}
