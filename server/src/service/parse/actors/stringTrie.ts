import { HashTrie } from './hashTrie';

/**
 * A trie of strings (UTF-16 units) with a number stored at each key. Most keys of a large registry soon
 * part from all others, so a branch that only one key goes down is kept as a tail: the rest of the key
 * in one array, not a node per unit. A tail is split one unit at a time when a later key shares it.
 *
 * A walk's state is a number: a node (0 and up), a place inside a tail (-2 and down), or NONE.
 */
export class StringTrie {
  static readonly ROOT = 0;
  static readonly NONE = -1;

  private readonly edges: HashTrie;
  /** The root's children along ASCII units: every walk starts with one. */
  private readonly asciiFromRoot = new Int32Array(128).fill(StringTrie.NONE);
  /** Per node: where its tail starts in `tails`, or -1. */
  private tailStarts = new Int32Array(64).fill(-1);
  /** Tails, each its units then -1 - (the value of its key). */
  private tails = new Int32Array(256);
  private tailsLength = 0;

  /** `expectedKeys` sizes the tables, which otherwise grow as keys are added. */
  constructor(expectedKeys = 0) {
    this.edges = new HashTrie(expectedKeys * 2);
  }

  /** Stores `value` at `key`, unless the key has a value already; returns the key's value. */
  insert(key: string, value: number): number {
    let node = StringTrie.ROOT;
    for (let i = 0; ; ) {
      if (i === key.length) {
        const known = this.edges.valueOf(node);
        if (known >= 0) return known;
        this.edges.setValue(node, value);
        return value;
      }
      const tail = this.tailOf(node);
      if (tail >= 0) {
        const known = this.tailValue(tail, key, i);
        if (known >= 0) return known;
        this.splitTail(node, tail);
      }
      const child = this.edges.child(node, key.charCodeAt(i));
      if (child >= 0) {
        node = child;
        i++;
        continue;
      }
      const leaf = this.edges.addChild(node, key.charCodeAt(i));
      if (node === StringTrie.ROOT && key.charCodeAt(i) < 128) this.asciiFromRoot[key.charCodeAt(i)] = leaf;
      if (i + 1 === key.length) this.edges.setValue(leaf, value);
      else this.setTail(leaf, this.appendTail(key, i + 1, value));
      return value;
    }
  }

  /** The state after reading `unit` in `state`, or NONE. */
  step(state: number, unit: number): number {
    if (state === StringTrie.ROOT && unit < 128) return this.asciiFromRoot[unit];
    const at = state >= 0 ? this.tailOf(state) : -2 - state;
    if (at < 0) return this.edges.child(state, unit);
    return this.tails[at] === unit ? -3 - at : StringTrie.NONE;
  }

  /** The state after reading each unit of `units` in `state`, or NONE. */
  follow(state: number, units: string): number {
    for (let i = 0; i < units.length && state !== StringTrie.NONE; i++) state = this.step(state, units.charCodeAt(i));
    return state;
  }

  /** The value of the key read to reach `state`, or -1. */
  valueOf(state: number): number {
    if (state >= 0) return this.edges.valueOf(state);
    const mark = this.tails[-2 - state];
    return mark < 0 ? -1 - mark : -1;
  }

  private tailOf(node: number): number {
    return node < this.tailStarts.length ? this.tailStarts[node] : -1;
  }

  /** The value of the tail at `tail` if it holds exactly the rest of `key` from `from`, else -1. */
  private tailValue(tail: number, key: string, from: number): number {
    let at = tail;
    for (let i = from; i < key.length; i++, at++) if (this.tails[at] !== key.charCodeAt(i)) return -1;
    return this.tails[at] < 0 ? -1 - this.tails[at] : -1;
  }

  /** Moves the first unit of the tail of `node` into a child of its own. */
  private splitTail(node: number, tail: number): void {
    this.setTail(node, -1);
    const child = this.edges.addChild(node, this.tails[tail]);
    const next = this.tails[tail + 1];
    if (next < 0) this.edges.setValue(child, -1 - next);
    else this.setTail(child, tail + 1);
  }

  private setTail(node: number, tail: number): void {
    if (node >= this.tailStarts.length) {
      const grown = new Int32Array(Math.max(node + 1, this.tailStarts.length * 2)).fill(-1);
      grown.set(this.tailStarts);
      this.tailStarts = grown;
    }
    this.tailStarts[node] = tail;
  }

  private appendTail(key: string, from: number, value: number): number {
    const needed = this.tailsLength + key.length - from + 1;
    if (needed > this.tails.length) {
      const grown = new Int32Array(Math.max(needed, this.tails.length * 2));
      grown.set(this.tails);
      this.tails = grown;
    }
    const start = this.tailsLength;
    for (let i = from; i < key.length; i++) this.tails[this.tailsLength++] = key.charCodeAt(i);
    this.tails[this.tailsLength++] = -1 - value;
    return start;
  }
}
