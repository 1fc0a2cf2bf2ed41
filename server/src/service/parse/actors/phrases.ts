import { foldText } from './fold';
import { HashTrie } from './hashTrie';
import { StringTrie } from './stringTrie';
import { mayBeMisspelt, ProseWord, Spellings } from './nearMiss';
import { NearMissSets } from './nearMissSet';
import { fits, misspelling, phraseOf, type Phrase } from './phrase';
import type { Tokens } from './tokens';
import type { Form, Match } from './types';

type Found = (match: Match) => void;

/**
 * Finds phrases that are a multi-word name or alias with exactly one word misspelt. Phrases are paths of
 * word ids in two tries: one from the first word, where any later word may be a near miss, and one from
 * the second word, for a near miss in the first. Both walks step word by word with exact lookups and
 * search near misses only among the words that may come where they are.
 */
export class PhraseIndex {
  /** Folded words of the phrases; a node's value is the word's id. Prose is tokenised against it. */
  readonly vocabulary: StringTrie;
  private readonly fromFirst: HashTrie;
  private readonly fromSecond: HashTrie;
  /** The phrases ending at each terminal node of `fromFirst` (the node's value indexes this). */
  private readonly phrasesFromFirst: Phrase[][] = [];
  /** Per terminal node of `fromSecond`: the first words of the phrases ending there. */
  private readonly firstWords = new NearMissSets<Phrase>();
  /**
   * Per node of `fromFirst`: the words of its children a near miss may stand for, with the child. A
   * child is reached along one word, written as in the first form that made it.
   */
  private readonly nextWords = new NearMissSets<number>();
  private readonly spellings = new Spellings();
  /** The id of each folded word, as in `vocabulary`. */
  private readonly wordIds = new Map<string, number>();

  constructor(forms: readonly Form[]) {
    const phrases = forms.flatMap((form) => (form.kind === 'name' || form.kind === 'alias' ? phraseOf(form) ?? [] : []));
    const wordCount = phrases.reduce((sum, { words }) => sum + words.length, 0);
    this.vocabulary = new StringTrie();
    this.fromFirst = new HashTrie(wordCount);
    this.fromSecond = new HashTrie(wordCount);
    for (const { phrase, words } of phrases) this.add(phrase, words);
  }

  /** Reports each misspelt phrase found among `tokens` of `text` (tokenised against `vocabulary`). */
  findMisspelt(text: string, tokens: Tokens, found: Found): void {
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.ids[t] < 0) continue;
      this.walkFromFirst(text, tokens, t, found);
      if (t > 0) this.walkFromSecond(text, tokens, t, found);
    }
  }

  /** Follows the phrases that start with the word `first`, looking for one later word misspelt. */
  private walkFromFirst(text: string, tokens: Tokens, first: number, found: Found): void {
    const { ids } = tokens;
    let exact = this.fromFirst.child(HashTrie.ROOT, ids[first]);
    for (let j = first + 1; exact >= 0 && j < tokens.count; j++) {
      if (this.nextWords.has(exact)) {
        const word = new ProseWord(text, tokens.starts[j], tokens.ends[j], this.spellings);
        this.nextWords.search(exact, word, (child) => this.followExactly(text, tokens, first, child, j + 1, found));
      }
      exact = this.fromFirst.child(exact, ids[j]);
    }
  }

  /** From `node`, reached by the words `first` to `next - 1` with one misspelt, follows the exact words on. */
  private followExactly(text: string, tokens: Tokens, first: number, node: number, next: number, found: Found): void {
    for (let j = next; node >= 0; j++) {
      for (const phrase of this.phrasesFromFirst[this.fromFirst.valueOf(node)] ?? []) {
        if (fits(phrase, text, tokens, first)) found(misspelling(phrase, text, tokens, first));
      }
      node = j < tokens.count ? this.fromFirst.child(node, tokens.ids[j]) : -1;
    }
  }

  private walkFromSecond(text: string, tokens: Tokens, second: number, found: Found): void {
    const { ids } = tokens;
    let word: ProseWord | undefined;
    let node = this.fromSecond.child(HashTrie.ROOT, ids[second]);
    for (let j = second + 1; node >= 0; j++) {
      if (this.firstWords.has(node)) {
        word ??= new ProseWord(text, tokens.starts[second - 1], tokens.ends[second - 1], this.spellings);
        this.firstWords.search(node, word, (phrase) => {
          if (fits(phrase, text, tokens, second - 1)) found(misspelling(phrase, text, tokens, second - 1));
        });
      }
      node = j < tokens.count ? this.fromSecond.child(node, ids[j]) : -1;
    }
  }

  private add(phrase: Phrase, words: string[]): void {
    const folded = words.map(foldText);
    const ids = folded.map((word) => this.idOf(word));
    let node = HashTrie.ROOT;
    ids.forEach((id, index) => {
      const known = this.fromFirst.size;
      const child = this.fromFirst.addChild(node, id);
      if (index > 0 && child >= known && mayBeMisspelt(folded[index])) this.nextWords.add(node, words[index], child);
      node = child;
    });
    const group = this.fromFirst.valueOf(node);
    if (group >= 0) this.phrasesFromFirst[group].push(phrase);
    else this.fromFirst.setValue(node, this.phrasesFromFirst.push([phrase]) - 1);
    if (!mayBeMisspelt(folded[0])) return;
    node = HashTrie.ROOT;
    for (const id of ids.slice(1)) node = this.fromSecond.addChild(node, id);
    this.firstWords.add(node, words[0], phrase);
  }

  private idOf(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.vocabulary.insert(word, this.wordIds.size);
      this.wordIds.set(word, id);
    }
    return id;
  }
}
