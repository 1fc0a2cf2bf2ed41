/** Inline tags with random names, labels and attributes, well-formed or nearly so. */
import fc from 'fast-check';

const NAMES = ['casualty', 'event', 'actor', 'casulty', 'casualties', 'evnt', 'Casualty', 'note', 'x', 'a-b', '1abc'];
const KEYS = ['killed', 'injured', 'missing', 'source', 'date', 'event', 'by', 'against', 'place', 'id', 'province', 'kiled', '', '#x', '.c'];
const COUNTS = ['12', '0', '40-52', '52-40', '1500+', '~40', '-3', '1,500', '1e9', '99999999999999999999', '12.5', 'twelve', '~', '+', '3-', ''];
const DATES = ['2024-12-24', '2024-12', '2024', '2024-02-30', '2099-01-01', '24-12-2024', '0000-00-00', ''];
const IDS = ['ttp', 'afghan-taliban', 'pakistan-military', 'ispr', 'tpp', 'ttp,afghan-taliban', 'ttp, ,x', 'Bad Id', 'a'.repeat(300), ''];
const LABELS = ['46 people', 'over 1,500 killed', 'six civilians', '5,00,000', '1.5 million', 'twenty-one', 'dozens', '40 to 50', 'about 40', 'a hundred', '', 'x]y', '[nested]', 'the group', '12 dead :casualty[3]'];
const STRANGE = ['"', "'", '\\', '\n', '\r\n', '\u2028', '{', '}', '=', ' ', '\t', '\0', '\uD800', '😀', 'é'];

const value = fc.oneof(
  fc.constantFrom(...COUNTS, ...DATES, ...IDS),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...COUNTS, ...IDS).map((v) => `"${v}"`),
  fc.constantFrom('"Taliban officials"', "'CRSS'", '"unterminated', 'a"b', '"esc \\" aped"', '"two\nlines"'),
);

const attribute = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), value).map(([key, v]) => (key.startsWith('#') || key.startsWith('.') ? key : `${key}=${v}`)) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...STRANGE) },
);

const separator = fc.constantFrom(' ', ' ', '  ', '\t', '\n', '');

/** One tag such as `:casualty[46 people]{killed=46 source="X"}`, possibly cut short or malformed. */
export const directive = fc
  .record({
    name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}$/) }),
    label: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...LABELS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }),
    attributes: fc.array(fc.tuple(attribute, separator).map(([a, s]) => a + s), { maxLength: 7 }),
    hasAttributes: fc.boolean(),
    cut: fc.option(fc.nat(), { freq: 6 }),
  })
  .map(({ name, label, attributes, hasAttributes, cut }) => {
    const tag = `:${name}[${label}]${hasAttributes ? `{${attributes.join('')}}` : ''}`;
    return cut === null ? tag : tag.slice(0, cut % (tag.length + 1));
  });
