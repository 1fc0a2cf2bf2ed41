import type { ActorEntry, Span } from '../types';
import { FormTrie } from './actors/formTrie';
import { keywordsOf, KEYWORDS, type ProseKeywords } from './numbers/keywords';
import { ambiguousForms, formsOf } from './actors/forms';
import { PhraseIndex } from './actors/phrases';
import { tokenise, Tokens } from './actors/tokens';
import type { ActorScan, Form, Match } from './actors/types';

export type { ActorMention, ActorScan, ActorVariant } from './actors/types';

/**
 * What one pass of the actor matcher over prose gives: its scan, each word hashed for shingles, and the
 * keywords of the number reader when it can take them from the pass.
 */
export interface ActorRead {
  scan: ActorScan;
  wordHashes: Uint32Array;
  keywords?: ProseKeywords;
}

/**
 * Finds the registry's actors in prose (spec section 4): mentions of names, short forms and aliases, and
 * variants of them (folded alike, avoided, or with one word misspelt). One pass tokenises the prose; at
 * each word start a walk of the folded-form trie finds mentions and folded or avoided variants, and the
 * words then feed the misspelt-phrase walks. Registry strings are matched literally, never as patterns.
 */
export class ActorMatcher {
  private readonly forms: Form[];
  private readonly formTrie: FormTrie;
  private readonly phrases: PhraseIndex;
  /** The words of the prose scanned last: one buffer for every scan. */
  private readonly tokens = new Tokens(1024);

  constructor(entries: readonly ActorEntry[]) {
    this.forms = formsOf(entries);
    this.phrases = new PhraseIndex(this.forms);
    this.formTrie = new FormTrie(this.forms, this.phrases.vocabulary, KEYWORDS);
  }

  /**
   * Mentions and variants in `prose` (text whose code, comments and markup are blanked with spaces),
   * each sorted by start. Of overlapping matches the leftmost wins, then the longest, then a mention
   * over a variant; none of the results overlap another. A match that runs across markup blanked in
   * the prose (where it differs from `text`, the text it was made from: from before a tag into its label,
   * across a link's target) is left out: its words belong to different things, and fixing it would
   * rewrite the markup. Prose with nothing blanked is its own text.
   */
  scan(prose: string, text = prose): ActorScan {
    return this.read(prose, text).scan;
  }

  /**
   * `scan`, the hash of each word of `prose` as near-duplicate search hashes it (similarity/wordHash.ts),
   * and its casualty words and number starts (parse/numbers/keywords.ts).
   */
  read(prose: string, text = prose): ActorRead {
    const matches: Match[] = [];
    const found = (match: Match) => {
      if (!crossesMarkup(match.mention ?? match.variant, prose, text)) matches.push(match);
    };
    const { tokens } = this;
    tokenise(prose, this.formTrie, tokens, found);
    this.phrases.findMisspelt(prose, tokens, found);
    return { scan: leftmostLongest(matches), wordHashes: tokens.wordHashes.slice(0, tokens.wordCount), keywords: keywordsOf(prose, tokens) };
  }

  /** Every accepted or avoided form claimed by more than one actor, as matching compares forms. */
  ambiguousForms(): { form: string; actorIds: string[] }[] {
    return ambiguousForms(this.forms);
  }
}

function crossesMarkup({ start, end }: Span, prose: string, text: string): boolean {
  for (let i = start; i < end; i++) if (prose.charCodeAt(i) !== text.charCodeAt(i)) return true;
  return false;
}

const RANK = { mention: 0, avoid: 1, folded: 2, edit: 3 } as const;

function leftmostLongest(matches: Match[]): ActorScan {
  const spanOf = (match: Match) => match.mention ?? match.variant;
  const rankOf = (match: Match) => (match.mention ? RANK.mention : RANK[match.variant.reason]);
  matches.sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(b).end - spanOf(a).end || rankOf(a) - rankOf(b));
  const scan: ActorScan = { mentions: [], variants: [] };
  let reached = 0;
  for (const match of matches) {
    const span = spanOf(match);
    if (span.start < reached) continue;
    reached = span.end;
    if (match.mention) scan.mentions.push(match.mention);
    else scan.variants.push(match.variant);
  }
  return scan;
}
