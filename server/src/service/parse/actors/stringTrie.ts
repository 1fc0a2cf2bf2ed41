import { HashTrie } from './hashTrie';

/** Nodes this close to the root, reached along ASCII units only, step along ASCII units by one array read. */
const DENSE_DEPTH = 2;
const ROW_SHIFT = 7;
const ROW_WIDTH = 1 << ROW_SHIFT;
/** The link of a node whose children are found in the hash table only. */
const PLAIN = -1;
/** The state of a node with a row is this plus where its row starts. */
const AT_ROW = 1 << 30;

/**
 * A trie of strings (UTF-16 units) with a number stored at each key. Most keys of a large registry soon
 * part from all others, so a branch that only one key goes down is kept as a tail: the rest of the key
 * in one array, not a node per unit. A tail is split one unit at a time when a later key shares it.
 * Nearly every walk through prose ends within a few units of the root, so the nodes there also keep
 * their ASCII children in a row of a dense table.
 *
 * A key may be marked, and with it every state on its way, so that a walk can tell whether the text it
 * has read starts a marked key.
 *
 * A walk's state is a number: a node with a row (AT_ROW and up), another node (0 and up), a place inside
 * a tail (-2 and down), or NONE.
 */
export class StringTrie {
  static readonly ROOT = AT_ROW;
  static readonly NONE = -1;

  private readonly edges: HashTrie;
  /**
   * Per node: where its row starts in `rows` (0 and up), PLAIN, or, for a node with a tail, the state
   * at the start of the tail.
   */
  private links = new Int32Array(64).fill(PLAIN);
  /** Rows of ROW_WIDTH states: the child along each ASCII unit, or NONE. */
  private rows = new Int32Array(ROW_WIDTH * 16);
  private rowsLength = 0;
  /** The node of each row. */
  private rowNodes = new Int32Array(16);
  /** Tails, each its units then -1 - (the value of its key). */
  private tails = new Int32Array(256);
  private tailsLength = 0;
  /** 1 for each node, and each place in a tail, on the way of a marked key. */
  private nodeMarks = new Uint8Array(64);
  private tailMarks = new Uint8Array(256);

  /** `expectedKeys` sizes the tables, which otherwise grow as keys are added. */
  constructor(expectedKeys = 0) {
    this.edges = new HashTrie(expectedKeys * 2);
    this.links[HashTrie.ROOT] = this.newRow(HashTrie.ROOT);
  }

  /** Stores `value` at `key`, unless the key has a value already; returns the key's value. */
  insert(key: string, value: number, marked = false): number {
    const mark = marked ? 1 : 0;
    let node = HashTrie.ROOT;
    this.nodeMarks[node] |= mark;
    for (let i = 0; i < key.length; i++) {
      const link = this.links[node];
      if (link < PLAIN) {
        const known = this.tailValue(-2 - link, key, i);
        if (known >= 0) {
          if (marked) this.tailMarks.fill(1, -2 - link, -2 - link + key.length - i + 1);
          return known;
        }
        this.splitTail(node, -2 - link);
      }
      const child = this.edges.child(node, key.charCodeAt(i));
      node = child >= 0 ? child : this.addNode(node, key.charCodeAt(i), i < DENSE_DEPTH);
      this.nodeMarks[node] |= mark;
      if (child < 0 && i + 1 < key.length && this.links[node] === PLAIN) {
        const tail = this.appendTail(key, i + 1, value);
        this.tailMarks.fill(mark, tail, this.tailsLength);
        this.links[node] = -2 - tail;
        return value;
      }
    }
    const known = this.edges.valueOf(node);
    if (known >= 0) return known;
    this.edges.setValue(node, value);
    return value;
  }

  /** The state after reading `unit` in `state`, or NONE. */
  step(state: number, unit: number): number {
    if (state >= AT_ROW) {
      const row = state - AT_ROW;
      return unit < ROW_WIDTH ? this.rows[row + unit] : this.edges.child(this.rowNodes[row >> ROW_SHIFT], unit);
    }
    if (state >= 0) {
      const link = this.links[state];
      if (link === PLAIN) return this.edges.child(state, unit);
      state = link;
    }
    const at = -2 - state;
    return this.tails[at] === unit ? -3 - at : StringTrie.NONE;
  }

  /** The state after reading each unit of `units` in `state`, or NONE. */
  follow(state: number, units: string): number {
    for (let i = 0; i < units.length && state !== StringTrie.NONE; i++) state = this.step(state, units.charCodeAt(i));
    return state;
  }

  /** Whether the text read to reach `state` starts a marked key. */
  isMarked(state: number): boolean {
    if (state >= AT_ROW) return this.nodeMarks[this.rowNodes[(state - AT_ROW) >> ROW_SHIFT]] === 1;
    if (state >= 0) return this.nodeMarks[state] === 1;
    return state !== StringTrie.NONE && this.tailMarks[-2 - state] === 1;
  }

  /** The value of the key read to reach `state`, or -1. */
  valueOf(state: number): number {
    if (state >= AT_ROW) return this.edges.valueOf(this.rowNodes[(state - AT_ROW) >> ROW_SHIFT]);
    if (state >= 0) return this.edges.valueOf(state);
    if (state === StringTrie.NONE) return -1;
    const mark = this.tails[-2 - state];
    return mark < 0 ? -1 - mark : -1;
  }

  /** Adds the child of `parent` along `unit`, with a row if `nearRoot` and reached by ASCII from the root. */
  private addNode(parent: number, unit: number, nearRoot: boolean): number {
    const child = this.edges.addChild(parent, unit);
    if (child >= this.links.length) {
      const grown = new Int32Array(Math.max(child + 1, this.links.length * 2)).fill(PLAIN);
      grown.set(this.links);
      this.links = grown;
      const grownMarks = new Uint8Array(grown.length);
      grownMarks.set(this.nodeMarks);
      this.nodeMarks = grownMarks;
    }
    const parentRow = this.links[parent];
    if (parentRow >= 0 && unit < ROW_WIDTH) {
      if (nearRoot) this.links[child] = this.newRow(child);
      this.rows[parentRow + unit] = nearRoot ? AT_ROW + this.links[child] : child;
    }
    return child;
  }

  private newRow(node: number): number {
    const start = this.rowsLength;
    if (start === this.rows.length) {
      const grown = new Int32Array(start * 2);
      grown.set(this.rows);
      this.rows = grown;
      const grownNodes = new Int32Array(this.rowNodes.length * 2);
      grownNodes.set(this.rowNodes);
      this.rowNodes = grownNodes;
    }
    this.rowNodes[start >> ROW_SHIFT] = node;
    this.rows.fill(StringTrie.NONE, start, start + ROW_WIDTH);
    this.rowsLength += ROW_WIDTH;
    return start;
  }

  /** The value of the tail at `tail` if it holds exactly the rest of `key` from `from`, else -1. */
  private tailValue(tail: number, key: string, from: number): number {
    let at = tail;
    for (let i = from; i < key.length; i++, at++) if (this.tails[at] !== key.charCodeAt(i)) return -1;
    return this.tails[at] < 0 ? -1 - this.tails[at] : -1;
  }

  /** Moves the first unit of the tail of `node` into a child of its own. */
  private splitTail(node: number, tail: number): void {
    this.links[node] = PLAIN;
    const child = this.addNode(node, this.tails[tail], false);
    this.nodeMarks[child] = this.tailMarks[tail];
    const next = this.tails[tail + 1];
    if (next < 0) this.edges.setValue(child, -1 - next);
    else this.links[child] = -3 - tail;
  }

  private appendTail(key: string, from: number, value: number): number {
    const needed = this.tailsLength + key.length - from + 1;
    if (needed > this.tails.length) {
      const grown = new Int32Array(Math.max(needed, this.tails.length * 2));
      grown.set(this.tails);
      this.tails = grown;
      const grownMarks = new Uint8Array(grown.length);
      grownMarks.set(this.tailMarks);
      this.tailMarks = grownMarks;
    }
    const start = this.tailsLength;
    for (let i = from; i < key.length; i++) this.tails[this.tailsLength++] = key.charCodeAt(i);
    this.tails[this.tailsLength++] = -1 - value;
    return start;
  }
}
