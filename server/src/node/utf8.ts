/** Text that is written as UTF-8: a string to encode, or bytes already encoded. */
export type Utf8Text = string | Uint8Array;

/** The most bytes UTF-8 takes for one UTF-16 code unit. */
export const MAX_BYTES_PER_UNIT = 3;

/** The most bytes `writeUtf8` can write for `text`. */
export function maxUtf8Bytes(text: Utf8Text): number {
  return typeof text === 'string' ? text.length * MAX_BYTES_PER_UNIT : text.length;
}

/** Writes `text` into `buffer` at `offset` (which has room for `maxUtf8Bytes`); returns how many bytes it wrote. */
export function writeUtf8(buffer: Buffer, text: Utf8Text, offset: number): number {
  if (typeof text === 'string') return buffer.write(text, offset);
  buffer.set(text, offset);
  return text.length;
}
