import type { ActorEntry } from '../../types';
import { SKIP_CLASS } from './fold';
import type { Form } from './types';

const EDGE_SKIPS = new RegExp(`^[${SKIP_CLASS}]+|[${SKIP_CLASS}]+$`, 'gu');
const WHITESPACE_RUN = /\s+/g;
/** Whether `exactKey` has more to do than change case: skips at an end, or whitespace not one space. */
const UNTIDY = new RegExp(`^[${SKIP_CLASS}]|[${SKIP_CLASS}]$|[^\\S ]|  `, 'u');
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A phrase as an accepted form is compared with it: whitespace runs as one space, canonical composition
 * (NFC), lower case unless `caseSensitive`, and hyphens, apostrophes and spaces at the ends dropped (the
 * scan never takes them into a phrase).
 */
export function exactKey(text: string, caseSensitive: boolean): string {
  let key = UNTIDY.test(text) ? text.replace(EDGE_SKIPS, '').replace(WHITESPACE_RUN, ' ') : text;
  if (NON_ASCII.test(key)) key = key.normalize('NFC');
  return caseSensitive ? key : key.toLowerCase();
}

/** Every name, short form, alias and avoided form of the registry, in registry order. */
export function formsOf(entries: readonly ActorEntry[]): Form[] {
  const forms: Form[] = [];
  for (const entry of entries) {
    const add = (kind: Form['kind'], text: string) => {
      const key = exactKey(text, kind === 'short');
      if (key) forms.push({ actorId: entry.id, kind, text, canonical: entry.name, key });
    };
    add('name', entry.name);
    if (entry.short) add('short', entry.short);
    for (const alias of entry.aliases) add('alias', alias);
    for (const avoided of entry.avoid) add('avoid', avoided);
  }
  return forms;
}

/**
 * Forms that one phrase could match for more than one actor. Forms that ignore case clash with every
 * form equal to them in lower case; two short forms clash only when they are written alike.
 */
export function ambiguousForms(forms: readonly Form[]): { form: string; actorIds: string[] }[] {
  const byLowerKey = new Map<string, Form[]>();
  for (const form of forms) {
    const lower = form.kind === 'short' ? form.key.toLowerCase() : form.key;
    const group = byLowerKey.get(lower);
    if (group) group.push(form);
    else byLowerKey.set(lower, [form]);
  }
  const clashes: { form: string; actorIds: string[] }[] = [];
  const report = (group: Form[]) => {
    const actorIds = [...new Set(group.map((form) => form.actorId))];
    if (actorIds.length > 1) clashes.push({ form: group[0].text, actorIds });
  };
  for (const group of byLowerKey.values()) {
    if (group.some((form) => form.kind !== 'short')) {
      report(group);
      continue;
    }
    const byKey = new Map<string, Form[]>();
    for (const form of group) byKey.set(form.key, [...(byKey.get(form.key) ?? []), form]);
    for (const sameShort of byKey.values()) report(sameShort);
  }
  return clashes;
}
