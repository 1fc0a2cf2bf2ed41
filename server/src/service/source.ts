/** A file's bytes turned into text, with what must be kept to write it back byte for byte. */
export interface SourceText {
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
  /** Set when the bytes are not UTF-8 text; the offset is into `text`. */
  unreadable?: { offset: number; message: string };
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): SourceText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const text = lenientDecoder.decode(body.subarray(0, nul));
    return { text, bom, eol: eolOf(text), unreadable: { offset: text.length, message: `This is a binary file, not text: it has a NUL byte at byte ${nul + 1}. It was not checked.` } };
  }
  try {
    const text = strictDecoder.decode(body);
    return { text, bom, eol: eolOf(text) };
  } catch {
    const bad = firstInvalidUtf8(body);
    const text = lenientDecoder.decode(body);
    const offset = lenientDecoder.decode(body.subarray(0, bad)).length;
    return { text, bom, eol: eolOf(text), unreadable: { offset, message: `This file is not valid UTF-8: byte 0x${body[bad].toString(16).toUpperCase().padStart(2, '0')} at byte ${bad + 1} cannot be decoded. Save it as UTF-8; it was not checked further.` } };
  }
}

/** What decodeSource gives for bytes that are ASCII with no NUL, already read as `text`. */
export function asciiSource(text: string): SourceText {
  return { text, bom: false, eol: eolOf(text) };
}

export function encodeSource(text: string, source: Pick<SourceText, 'bom'>): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  if (!source.bom) return encoded;
  const out = new Uint8Array(encoded.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(encoded, 3);
  return out;
}

function eolOf(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Index of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      strictDecoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length - 1;
}
