import { isScalar, parseDocument, visit, YAMLParseError, type Document } from 'yaml';

/**
 * The yaml package's `parseDocument` with unique keys enforced in linear time. The package itself compares
 * each key with every earlier key of its mapping, which makes a registry of 50,000 actors cost seconds per
 * 10,000; here each mapping's keys go through a set instead, and a repeated key gives the error, code,
 * message and position the package gives.
 */
export function parseYamlDocument(source: string, options: { strict?: boolean } = {}): Document.Parsed {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, logLevel: 'error', ...options });
  const duplicates: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range) duplicates.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  if (duplicates.length > 0) {
    doc.errors.push(...duplicates);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return doc;
}
