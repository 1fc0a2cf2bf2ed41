import { isAscii } from 'node:buffer';
import { asciiSource, decodeSource, type SourceText } from '../service/source';
import { readAllTransient } from './readBytes';

/**
 * The text of each file of `paths`, as decodeSource reads it, or the error that kept it from being read.
 * The files that are ASCII with no NUL (most of a corpus) are read into one string and each given its
 * slice: a long string is allocated where the young-generation collector never copies it, so a corpus's
 * texts, which live as long as the language server, are not copied twice by it (once within the young
 * generation, once out of it).
 */
export function readSources(paths: readonly string[]): (SourceText | Error)[] {
  const read = readAllTransient(paths);
  const plain = read.map((bytes) => !(bytes instanceof Error) && isAscii(bytes) && bytes.indexOf(0) < 0);
  const joined = Buffer.concat(read.filter((_, index) => plain[index]) as Uint8Array[]).toString('latin1');
  let at = 0;
  return read.map((bytes, index) => {
    if (bytes instanceof Error) return bytes;
    if (!plain[index]) return decodeSource(bytes);
    return asciiSource(joined.slice(at, (at += bytes.length)));
  });
}
