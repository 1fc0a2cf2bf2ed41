/** Front-matter blocks: mostly valid fields, some with wrong values, some that are not YAML at all. */
import fc from 'fast-check';

const KEYS = ['id', 'title', 'published', 'source', 'author', 'url', 'language', 'retrieved', 'actors', 'duplicate_of', 'tags', 'region', 'titel', 'Id', '"quoted"', '? complex'];
const VALUES = [
  'test-doc', 'Bad Id!', '"A title: with colon"', "'single'", '2024-12-26', '"2024-12-26"', '2024-02-30', '2999-01-01', '2024-13-01',
  'https://example.org/a', 'ftp://x', 'not a url', 'en', 'ps-AF', 'xx-!!', '[ttp, afghan-taliban]', '[ttp, unknown-actor]', '[]', '[',
  '{a: 1}', '- a', '|', '>-', '~', 'null', 'true', '12', '1e400', '&anchor value', '*anchor', '!!binary aGk=', '!custom x', '"unterminated',
  "'it''s'", 'khyber-pakhtunkhwa', '[ttp, ttp]', '\t tab', '#comment', 'a: b: c', '@reserved', '`tick',
];

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)).map(([key, value]) => `${key}: ${value}`) },
  { weight: 1, arbitrary: fc.constantFrom('actors:', '  - ttp', '  - ', '- item', '  nested: 1', '---', '...', '', ' ', '\t', '%YAML 1.2', '? x', ': y', 'key', 'key:value') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Alias-heavy YAML: each level repeats the previous one `width` times. */
export const aliasBomb = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2, max: 6 })).map(([depth, width]) => {
  const levels = ['a0: &a0 [x, y]'];
  for (let level = 1; level <= depth; level++) levels.push(`a${level}: &a${level} [${Array.from({ length: width }, () => `*a${level - 1}`).join(', ')}]`);
  return levels.join('\n');
});

/** Deeply nested YAML: flow brackets, block indentation or `- ` entries, some hundreds or thousands of levels. */
export const deepNesting = fc.tuple(fc.constantFrom('flow', 'block', 'dash'), fc.integer({ min: 50, max: 3000 })).map(([shape, depth]) => {
  if (shape === 'flow') return `deep: ${'['.repeat(depth)}${']'.repeat(depth)}`;
  if (shape === 'dash') return `deep:\n${'- '.repeat(depth)}x`;
  return Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
});

/** A whole block between fences, or an unclosed one. */
export const frontMatterBlock = fc
  .record({
    lines: fc.array(line, { maxLength: 12 }),
    bomb: fc.option(fc.oneof(aliasBomb, deepNesting), { freq: 8 }),
    closer: fc.constantFrom('---', '---', '---', '...', '--- ', '', '----'),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
  })
  .map(({ lines, bomb, closer, eol }) => ['---', ...lines, ...(bomb === null ? [] : [bomb]), closer].join(eol) + eol);
