import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActorMatcher, type ActorScan } from '../../server/src/service/parse/actorMatcher';
import type { ActorEntry } from '../../server/src/service/types';

function actor(id: string, name: string, more: Partial<ActorEntry> = {}): ActorEntry {
  return { id, name, aliases: [], avoid: [], type: 'armed-group', ...more };
}

const REGISTRY: ActorEntry[] = [
  actor('ttp', 'Tehreek-e-Taliban Pakistan', {
    short: 'TTP',
    aliases: ['Pakistani Taliban'],
    avoid: ['Tehrik-e-Taliban'],
  }),
  actor('afghan-taliban', 'Afghan Taliban'),
  actor('taliban', 'Taliban'),
  actor('haqqani-network', 'Ḥaqqānī Network'),
  actor('al-qaeda', 'Al-Qaeda', { short: 'AQ' }),
  actor('islamic-state', 'Islamic State', { short: 'IS' }),
  actor('iskp', 'Islamic State Khorasan Province'),
  actor('zakir', 'Abdul Qayyum Zakir', { type: 'person', aliases: ['Mullah Abdul Qayyum Zakir'] }),
  actor('pakistan-army', 'Pakistan Army', { type: 'state', aliases: ['Pakistan military'] }),
  actor('c-brigade', 'C++ Brigade', { aliases: ['Group (A)'] }),
  actor('khan-network', 'A.Q. Khan network'),
  actor('ppp', "Pakistan People's Party", { type: 'organisation' }),
];

const matcher = new ActorMatcher(REGISTRY);

/** The `occurrence`-th place of `needle` in `text`, as a span. */
function spanOf(text: string, needle: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, `"${needle}" occurs ${occurrence} times in the text`);
  }
  return { start, end: start + needle.length };
}

/** Mentions as [text, actor, form] and variants as [text, actor, reason], in order. */
function readable(text: string, scan: ActorScan) {
  return {
    mentions: scan.mentions.map((m) => [text.slice(m.start, m.end), m.actorId, m.form]),
    variants: scan.variants.map((v) => [text.slice(v.start, v.end), v.actorId, v.reason]),
  };
}

test('finds each name, short form and alias at its exact place', () => {
  const text = 'Talks between the Afghan Taliban and the TTP stalled; the Pakistani Taliban then struck again.';
  assert.deepEqual(matcher.scan(text), {
    mentions: [
      { ...spanOf(text, 'Afghan Taliban'), actorId: 'afghan-taliban', form: 'name' },
      { ...spanOf(text, 'TTP'), actorId: 'ttp', form: 'short' },
      { ...spanOf(text, 'Pakistani Taliban'), actorId: 'ttp', form: 'alias' },
    ],
    variants: [],
  });
});

test('the leftmost, then longest, form wins: one mention for a name inside another', () => {
  const text = 'Tehreek-e-Taliban Pakistan fighters crossed over; Taliban officials denied it.';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [
      ['Tehreek-e-Taliban Pakistan', 'ttp', 'name'],
      ['Taliban', 'taliban', 'name'],
    ],
    variants: [],
  });
});

test('short forms match only as written; names and aliases in any case', () => {
  const text = 'TTP and ttp and Ttp; IS is not is. AFGHAN TALIBAN, afghan taliban.';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [
      ['TTP', 'ttp', 'short'],
      ['IS', 'islamic-state', 'short'],
      ['AFGHAN TALIBAN', 'afghan-taliban', 'name'],
      ['afghan taliban', 'afghan-taliban', 'name'],
    ],
    variants: [],
  });
});

test('a form ends and starts at word boundaries, whatever the script', () => {
  const text = "TTP's cadres, TTPx, ISIS, TTP2, Talibanی, 𝒜TTP, https://ttp.example.org and the TTP-led attack.";
  assert.deepEqual(readable(text, matcher.scan(text)).mentions, [
    ['TTP', 'ttp', 'short'],
    ['TTP', 'ttp', 'short'],
  ]);
  assert.deepEqual(matcher.scan(text).mentions.map((m) => m.start), [0, text.indexOf('TTP-led')]);
});

test('a line break between the words of a name is one space; a blank line is not', () => {
  const text = 'the Afghan\nTaliban and the Pakistani\r\n   Taliban, but Afghan\n\nTaliban';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [
      ['Afghan\nTaliban', 'afghan-taliban', 'name'],
      ['Pakistani\r\n   Taliban', 'ttp', 'alias'],
      ['Taliban', 'taliban', 'name'],
    ],
    variants: [],
  });
});

test('regular-expression characters in names are matched literally', () => {
  const text =
    'The C++ Brigade and Group (A) bought parts from the A.Q. Khan network, not from C Brigade, Group A or AxQx Khan network.';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [
      ['C++ Brigade', 'c-brigade', 'name'],
      ['Group (A)', 'c-brigade', 'alias'],
      ['A.Q. Khan network', 'khan-network', 'name'],
    ],
    variants: [],
  });
});

test('a name written with other hyphens, spaces, apostrophes, case or diacritics is a folded variant', () => {
  const text =
    'Tehreek e Taliban Pakistan, TehreekeTaliban Pakistan, Al Qaeda, ALQAEDA, Haqqani Network, Pakistan People’s Party.';
  const folded = (phrase: string, actorId: string, canonical: string) => ({
    ...spanOf(text, phrase),
    actorId,
    text: phrase,
    canonical,
    near: canonical,
    reason: 'folded',
  });
  assert.deepEqual(matcher.scan(text).variants, [
    folded('Tehreek e Taliban Pakistan', 'ttp', 'Tehreek-e-Taliban Pakistan'),
    folded('TehreekeTaliban Pakistan', 'ttp', 'Tehreek-e-Taliban Pakistan'),
    folded('Al Qaeda', 'al-qaeda', 'Al-Qaeda'),
    folded('ALQAEDA', 'al-qaeda', 'Al-Qaeda'),
    folded('Haqqani Network', 'haqqani-network', 'Ḥaqqānī Network'),
    folded('Pakistan People’s Party', 'ppp', "Pakistan People's Party"),
  ]);
});

test('diacritics decomposed or composed are the name as written', () => {
  const decomposed = 'Ḥaqqānī Network'.normalize('NFD');
  const text = `The Ḥaqqānī Network and the ${decomposed}.`;
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [
      ['Ḥaqqānī Network', 'haqqani-network', 'name'],
      [decomposed, 'haqqani-network', 'name'],
    ],
    variants: [],
  });
});

test('an avoided form is reported in any case, and as written differently', () => {
  const text = 'Tehrik-e-Taliban claimed it; tehrik-e-taliban denied it; Tehrik e Taliban again.';
  assert.deepEqual(readable(text, matcher.scan(text)).variants, [
    ['Tehrik-e-Taliban', 'ttp', 'avoid'],
    ['tehrik-e-taliban', 'ttp', 'avoid'],
    ['Tehrik e Taliban', 'ttp', 'avoid'],
  ]);
  assert.equal(matcher.scan(text).variants[0].canonical, 'Tehreek-e-Taliban Pakistan');
});

test('a multi-word name with one word misspelt is an edit variant', () => {
  const text =
    'Mullah Abdul Qayam Zakir met Mullah Abdul Qayum Zakir; Mulla Abdul Qayyum Zakir left. ' +
    'Al Qaida and the Afghan Taleban watched.';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [],
    variants: [
      ['Mullah Abdul Qayam Zakir', 'zakir', 'edit'],
      ['Mullah Abdul Qayum Zakir', 'zakir', 'edit'],
      ['Mulla Abdul Qayyum Zakir', 'zakir', 'edit'],
      ['Al Qaida', 'al-qaeda', 'edit'],
      ['Afghan Taleban', 'afghan-taliban', 'edit'],
    ],
  });
  assert.deepEqual(matcher.scan(text).variants[0], {
    ...spanOf(text, 'Mullah Abdul Qayam Zakir'),
    actorId: 'zakir',
    text: 'Mullah Abdul Qayam Zakir',
    canonical: 'Abdul Qayyum Zakir',
    near: 'Mullah Abdul Qayyum Zakir',
    reason: 'edit',
  });
});

test('near names that are other things are not variants', () => {
  const text =
    'The Pakistan Navy, Pakistan arms exports, the Islamic States of the Gulf, Afghan Talibans, Abdul Qayyum, ' +
    'Mullah Abdul, Qayyum Zakir, Pakistan militant groups, Pakistan-Taliban talks, mullah abdul qayam zakir ' +
    'and Pakistan Army Chief.';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [
      ['Taliban', 'taliban', 'name'],
      ['Pakistan Army', 'pakistan-army', 'name'],
    ],
    variants: [],
  });
});

test('a misspelt word needs the same text between the words as the name', () => {
  const text = 'Mullah Abdul, Qayam Zakir; Afghan. Taleban';
  assert.deepEqual(matcher.scan(text), { mentions: [], variants: [] });
});

test('with two words misspelt, only a shorter name with one misspelt word is found', () => {
  const text = 'Mulla Abdul Qayam Zakir';
  assert.deepEqual(readable(text, matcher.scan(text)).variants, [['Abdul Qayam Zakir', 'zakir', 'edit']]);
});

test('a longer variant beats a shorter form at the same start', () => {
  const text = 'Islamic State Khorasan Provence and Tehrik-e-Taliban Pakistan';
  assert.deepEqual(readable(text, matcher.scan(text)), {
    mentions: [],
    variants: [
      ['Islamic State Khorasan Provence', 'iskp', 'edit'],
      ['Tehrik-e-Taliban Pakistan', 'ttp', 'edit'],
    ],
  });
});

test('an accepted form wins over a variant of the same text', () => {
  const registry = [actor('central', 'Al-Qaeda'), actor('core', 'Al Qaeda Core', { aliases: ['Al Qaeda'] })];
  const text = 'Al Qaeda and Al-Qaeda';
  assert.deepEqual(readable(text, new ActorMatcher(registry).scan(text)), {
    mentions: [
      ['Al Qaeda', 'core', 'alias'],
      ['Al-Qaeda', 'central', 'name'],
    ],
    variants: [],
  });
});

test('mentions and variants are each sorted by start and never overlap', () => {
  const text = 'Al Qaeda, the TTP, Haqqani Network, Afghan Taliban, Tehrik-e-Taliban, Taliban.';
  const { mentions, variants } = matcher.scan(text);
  const all = [...mentions, ...variants].sort((a, b) => a.start - b.start);
  for (const list of [mentions, variants]) assert.deepEqual(list, [...list].sort((a, b) => a.start - b.start));
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].end <= all[i].start);
  assert.deepEqual(readable(text, { mentions, variants }), {
    mentions: [
      ['TTP', 'ttp', 'short'],
      ['Afghan Taliban', 'afghan-taliban', 'name'],
      ['Taliban', 'taliban', 'name'],
    ],
    variants: [
      ['Al Qaeda', 'al-qaeda', 'folded'],
      ['Haqqani Network', 'haqqani-network', 'folded'],
      ['Tehrik-e-Taliban', 'ttp', 'avoid'],
    ],
  });
});

test('blanked code, empty prose and an empty registry find nothing', () => {
  assert.deepEqual(matcher.scan(''), { mentions: [], variants: [] });
  assert.deepEqual(matcher.scan('          '), { mentions: [], variants: [] });
  assert.deepEqual(new ActorMatcher([]).scan('Afghan Taliban'), { mentions: [], variants: [] });
});

test('ambiguousForms lists each form claimed by several actors as matching compares it', () => {
  const registry = [
    actor('taliban', 'Taliban', { short: 'IS' }),
    actor('afghan-taliban', 'Afghan Taliban', { aliases: ['taliban', 'Afghan  taliban'] }),
    actor('islamic-state', 'Islamic State', { short: 'Is' }),
    actor('isi', 'Inter-Services Intelligence', { short: 'ISI', avoid: ['Islamic State'] }),
    actor('al-qaeda', 'Al-Qaeda', { aliases: ['Al Qaeda'] }),
  ];
  assert.deepEqual(new ActorMatcher(registry).ambiguousForms(), [
    { form: 'Taliban', actorIds: ['taliban', 'afghan-taliban'] },
    { form: 'Islamic State', actorIds: ['islamic-state', 'isi'] },
  ]);
  const withAlias = [...registry, actor('iss', 'Internal Security Service', { aliases: ['is'] })];
  assert.deepEqual(new ActorMatcher(withAlias).ambiguousForms(), [
    { form: 'Taliban', actorIds: ['taliban', 'afghan-taliban'] },
    { form: 'IS', actorIds: ['taliban', 'islamic-state', 'iss'] },
    { form: 'Islamic State', actorIds: ['islamic-state', 'isi'] },
  ]);
});
