import { actorNotListed } from './actor/notListed';
import { actorUnknown } from './actor/unknown';
import { actorUnmentioned } from './actor/unmentioned';
import { actorVariant } from './actor/variant';
import { casualtyInvalid } from './casualty/invalid';
import { casualtyMismatch } from './casualty/mismatch';
import { casualtyMissingSource } from './casualty/missingSource';
import { casualtyUntagged } from './casualty/untagged';
import { casualtyConflict } from './corpus/casualtyConflict';
import { corpusDuplicateId } from './corpus/duplicateId';
import { duplicateOfTarget } from './corpus/duplicateOfTarget';
import { eventDuplicateId } from './corpus/eventDuplicateId';
import { corpusNearDuplicate } from './corpus/nearDuplicate';
import { directiveSyntax } from './directive/syntax';
import { directiveUnknown } from './directive/unknown';
import { documentBoilerplate } from './document/boilerplate';
import { eventInvalid } from './event/invalid';
import { frontMatterDate } from './front-matter/date';
import { frontMatterMissing } from './front-matter/missing';
import { frontMatterRequired } from './front-matter/required';
import { frontMatterSyntax } from './front-matter/syntax';
import { frontMatterType } from './front-matter/type';
import { frontMatterUnknownField } from './front-matter/unknownField';
import type { CorpusRule, DocumentRule } from './rule';

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  frontMatterMissing,
  frontMatterSyntax,
  frontMatterRequired,
  frontMatterType,
  frontMatterDate,
  frontMatterUnknownField,
  actorUnknown,
  actorVariant,
  actorNotListed,
  actorUnmentioned,
  casualtyUntagged,
  casualtyMismatch,
  casualtyMissingSource,
  casualtyInvalid,
  eventInvalid,
  directiveUnknown,
  directiveSyntax,
  documentBoilerplate,
];

export const CORPUS_RULES: readonly CorpusRule[] = [corpusDuplicateId, corpusNearDuplicate, eventDuplicateId, casualtyConflict, duplicateOfTarget];
