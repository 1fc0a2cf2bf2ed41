import type { FrontMatterField } from '../../parse/frontMatter';
import { ACTOR_ID } from '../../registry';
import type { DocumentRule, Report } from '../rule';
import { fieldSpec, isEmptyValue, type FieldKind } from './schema';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/i;

export const frontMatterType: DocumentRule = {
  id: 'front-matter/type',
  check({ doc, fields, env }, report) {
    if (doc.frontMatter?.notAMapping) {
      report({ span: doc.frontMatter.notAMapping, message: 'The front-matter must be a mapping of fields (`key: value` lines).' });
      return;
    }
    if (!fields) return;
    for (const field of fields.values()) {
      const spec = fieldSpec(env.config, field.key);
      if (!spec || isEmptyValue(field.value)) continue;
      checkValue(field, spec.type, spec.values, report);
    }
  },
};

function checkValue(field: FrontMatterField, type: FieldKind, values: string[] | undefined, report: Report): void {
  const { key, value, valueSpan: span } = field;
  const isString = typeof value === 'string';
  switch (type) {
    case 'string':
      if (!isString) report({ span, message: `\`${key}\` must be text; quote it if it is meant as text.` });
      break;
    case 'date':
      if (!isString) report({ span, message: `\`${key}\` must be a date written YYYY-MM-DD.` });
      break;
    case 'id':
      if (!isString || !ACTOR_ID.test(value)) report({ span, message: `\`id\` must be lower-case letters, digits and hyphens, starting with a letter or digit (e.g. \`dawn-2024-12-25-paktika\`).` });
      break;
    case 'url':
      if (!isString || !isHttpUrl(value)) report({ span, message: `\`${key}\` must be an absolute http(s) URL.` });
      break;
    case 'language':
      if (!isString || !LANGUAGE_TAG.test(value)) report({ span, message: '`language` must be a BCP 47 language tag such as `en`, `ur` or `ps-AF`.' });
      break;
    case 'authors':
      if (!isString && !isStringList(value)) report({ span, message: '`author` must be a name or a list of names.' });
      break;
    case 'list':
    case 'actors':
      if (!Array.isArray(value)) report({ span, message: `\`${key}\` must be a list, e.g. \`${key}: [a, b]\`.` });
      else checkItems(field, type === 'actors', report);
      break;
    case 'enum':
      if (!isString || !values?.includes(value)) report({ span, message: `\`${key}\` must be one of: ${(values ?? []).join(', ')}.` });
      break;
  }
}

function checkItems(field: FrontMatterField, actorIds: boolean, report: Report): void {
  for (const item of field.items ?? []) {
    if (typeof item.value !== 'string') report({ span: item.span, message: `Every entry of \`${field.key}\` must be text.` });
    else if (actorIds && !ACTOR_ID.test(item.value)) report({ span: item.span, message: `\`${item.value}\` is not an actor id: ids are lower-case letters, digits and hyphens.` });
  }
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
