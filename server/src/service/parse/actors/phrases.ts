import { foldText } from './fold';
import { HashTrie } from './hashTrie';
import { capitalisedAt, mayBeMisspelt, Spellings } from './nearMiss';
import { NearMissSets } from './nearMissSets';
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
  /** The folded words of the phrases, each with its id. Prose is tokenised against it. */
  readonly vocabulary = new Map<string, number>();
  private readonly fromFirst: HashTrie;
  private readonly fromSecond: HashTrie;
  /** The phrases ending at each terminal node of `fromFirst` (the node's value indexes this). */
  private readonly phrasesFromFirst: Phrase[][] = [];
  /** Per terminal node of `fromSecond`: the first words of the phrases ending there. */
  private readonly firstWords: NearMissSets<Phrase>;
  /**
   * Per node of `fromFirst`: the words of its children a near miss may stand for, with the child. A
   * child is reached along one word, written as in the first form that made it.
   */
  private readonly nextWords: NearMissSets<number>;
  /** Per word id: the child of the root of `fromFirst`, and of `fromSecond`, along the word, or -1. */
  private readonly firstNodes: Int32Array;
  private readonly secondNodes: Int32Array;

  constructor(forms: readonly Form[]) {
    const spellings = new Spellings();
    this.firstWords = new NearMissSets(spellings);
    this.nextWords = new NearMissSets(spellings);
    const accepted = forms.filter((form) => form.kind === 'name' || form.kind === 'alias');
    const phrases = accepted.flatMap((form) => phraseOf(form) ?? []);
    const wordCount = phrases.reduce((sum, { words }) => sum + words.length, 0);
    this.fromFirst = new HashTrie(wordCount);
    this.fromSecond = new HashTrie(wordCount);
    for (const { phrase, words } of phrases) this.add(phrase, words);
    const wordIds = Array.from(this.vocabulary.values());
    this.firstNodes = Int32Array.from(wordIds, (id) => this.fromFirst.child(HashTrie.ROOT, id));
    this.secondNodes = Int32Array.from(wordIds, (id) => this.fromSecond.child(HashTrie.ROOT, id));
  }

  /** Reports each misspelt phrase found among `tokens` of `text` (tokenised against `vocabulary`). */
  findMisspelt(text: string, tokens: Tokens, found: Found): void {
    const { ids, starts } = tokens;
    for (let t = 0; t < tokens.count; t++) {
      const id = ids[t];
      if (id < 0) continue;
      const fromFirst = this.firstNodes[id];
      if (fromFirst >= 0) this.walkFromFirst(text, tokens, t, fromFirst, found);
      const fromSecond = this.secondNodes[id];
      if (fromSecond >= 0 && t > 0 && capitalisedAt(text, starts[t - 1])) {
        this.walkFromSecond(text, tokens, t, fromSecond, found);
      }
    }
  }

  /** Follows the phrases from `node`, reached by the word `first`, looking for one later word misspelt. */
  private walkFromFirst(text: string, tokens: Tokens, first: number, node: number, found: Found): void {
    const { ids, starts, ends } = tokens;
    for (let j = first + 1; node >= 0 && j < tokens.count; j++) {
      if (this.nextWords.has(node)) {
        for (const child of this.nextWords.search(node, text, starts[j], ends[j], ids[j])) {
          this.followExactly(text, tokens, first, child, j + 1, found);
        }
      }
      node = this.fromFirst.child(node, ids[j]);
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

  /** Follows the phrases from `node`, reached by the word `second`, looking for the word before it misspelt. */
  private walkFromSecond(text: string, tokens: Tokens, second: number, node: number, found: Found): void {
    const { ids, starts, ends } = tokens;
    const first = second - 1;
    for (let j = second + 1; node >= 0; j++) {
      if (this.firstWords.has(node)) {
        for (const phrase of this.firstWords.search(node, text, starts[first], ends[first], ids[first])) {
          if (fits(phrase, text, tokens, first)) found(misspelling(phrase, text, tokens, first));
        }
      }
      node = j < tokens.count ? this.fromSecond.child(node, ids[j]) : -1;
    }
  }

  private add(phrase: Phrase, words: string[]): void {
    const folded: string[] = [];
    const ids: number[] = [];
    for (const word of words) {
      const foldedWord = foldText(word);
      folded.push(foldedWord);
      ids.push(this.idOf(foldedWord));
    }
    let node = HashTrie.ROOT;
    for (let index = 0; index < ids.length; index++) {
      const known = this.fromFirst.size;
      const child = this.fromFirst.addChild(node, ids[index]);
      if (index > 0 && child >= known && mayBeMisspelt(words[index], folded[index])) {
        this.nextWords.add(node, words[index], ids[index], child);
      }
      node = child;
    }
    const group = this.fromFirst.valueOf(node);
    if (group >= 0) this.phrasesFromFirst[group].push(phrase);
    else this.fromFirst.setValue(node, this.phrasesFromFirst.push([phrase]) - 1);
    if (!mayBeMisspelt(words[0], folded[0])) return;
    node = HashTrie.ROOT;
    for (let index = 1; index < ids.length; index++) node = this.fromSecond.addChild(node, ids[index]);
    this.firstWords.add(node, words[0], ids[0], phrase);
  }

  private idOf(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
    }
    return id;
  }
}
