/**
 * The UTF-16 unit of `text` at `index`, or -1 outside the text. `charCodeAt` gives NaN there, and V8 throws
 * away code it compiled before meeting such a read; the readers that look one unit before or after a word
 * or a number ask here instead.
 */
export function unitAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}
