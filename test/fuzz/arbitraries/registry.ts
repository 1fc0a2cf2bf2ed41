/** Random actor registries, with the forms they define so that documents can mention them. */
import fc from 'fast-check';

const WORDS = ['Taliban', 'Pakistan', 'Army', 'Tehreek-e-Taliban', 'Front', 'al-Qaeda', "Lashkar", 'Jaish', 'Ṭālibān', 'İslam', 'ß', 'Mullah', 'Zakir', 'Qayyum'];
const METAS = ['C++', 'a.b', '(x)', '[y]', '{z}', 'a|b', '^start', 'end$', 'back\\slash', '*', '?', 'a+b', '$1', '.*'];
const TYPES = ['state', 'armed-group', 'person', 'organisation', 'other', 'militia', ''];
const IDS = ['ttp', 'afghan-taliban', 'a', 'x-1', 'Bad', '-x', '1', 'dup', 'dup'];

const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...METAS) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) });
const form = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

export interface RandomRegistry {
  source: string;
  forms: string[];
}

const entry = fc.record({
  id: fc.oneof(fc.constantFrom(...IDS), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/)),
  name: fc.option(form, { freq: 10 }),
  short: fc.option(form, { freq: 3 }),
  aliases: fc.array(form, { maxLength: 3 }),
  avoid: fc.array(form, { maxLength: 2 }),
  type: fc.constantFrom(...TYPES),
});

/** Quotes a form for YAML so that any character survives. */
const quote = (text: string) => JSON.stringify(text);

export const registry: fc.Arbitrary<RandomRegistry> = fc
  .tuple(fc.array(entry, { maxLength: 12 }), fc.option(fc.constantFrom('[', 'a: &x [1]\nb: *x', '- list', 'ttp: {name: 1}', ':', '\t'), { freq: 10 }))
  .map(([entries, junk]) => {
    const lines: string[] = [];
    const forms: string[] = [];
    for (const e of entries) {
      lines.push(`${e.id}:`);
      if (e.name !== null) lines.push(`  name: ${quote(e.name)}`);
      if (e.short !== null) lines.push(`  short: ${quote(e.short)}`);
      if (e.aliases.length) lines.push(`  aliases: [${e.aliases.map(quote).join(', ')}]`);
      if (e.avoid.length) lines.push(`  avoid: [${e.avoid.map(quote).join(', ')}]`);
      if (e.type) lines.push(`  type: ${e.type}`);
      forms.push(...[e.name, e.short].filter((f): f is string => f !== null), ...e.aliases, ...e.avoid);
    }
    if (junk !== null) lines.push(junk);
    return { source: `${lines.join('\n')}\n`, forms };
  });
