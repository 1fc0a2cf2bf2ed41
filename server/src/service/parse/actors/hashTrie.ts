/**
 * A trie over integer symbols whose edges live in one open-addressing hash table keyed by
 * (parent node, symbol). A large registry makes hundreds of thousands of edges: typed arrays keep them
 * compact and quick to build, with no object per node, and a step costs one probe or a few.
 */
export class HashTrie {
  static readonly ROOT = 0;

  /**
   * Slot i holds one edge in `slots[3i..3i+2]`: parent, symbol, child (side by side, so that a probe
   * reads one cache line). A child of 0 marks an empty slot, as the root is nobody's child.
   */
  private slots: Int32Array;
  private mask: number;
  private edges = 0;
  private nodes = 1;
  private values = new Int32Array(64).fill(-1);

  /** `expectedEdges` sizes the table, which otherwise grows as edges are added. */
  constructor(expectedEdges = 0) {
    let capacity = 64;
    while (capacity < expectedEdges * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  /** How many nodes the trie has; a node made later has a larger number. */
  get size(): number {
    return this.nodes;
  }

  /** The child of `node` along `symbol`, or -1 (always for a negative symbol). */
  child(node: number, symbol: number): number {
    if (symbol < 0) return -1;
    const { slots, mask } = this;
    for (let slot = slotOf(node, symbol) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const found = slots[at + 2];
      if (found === 0) return -1;
      if (slots[at] === node && slots[at + 1] === symbol) return found;
    }
  }

  /** The child of `node` along `symbol`, made if missing. */
  addChild(node: number, symbol: number): number {
    if ((this.edges + 1) * 2 > this.mask + 1) this.grow();
    const { slots, mask } = this;
    let slot = slotOf(node, symbol) & mask;
    for (; slots[slot * 3 + 2] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 3] === node && slots[slot * 3 + 1] === symbol) return slots[slot * 3 + 2];
    }
    slots[slot * 3] = node;
    slots[slot * 3 + 1] = symbol;
    slots[slot * 3 + 2] = this.nodes;
    this.edges++;
    return this.nodes++;
  }

  /** The value stored at `node`, or -1. */
  valueOf(node: number): number {
    return node < this.values.length ? this.values[node] : -1;
  }

  setValue(node: number, value: number): void {
    if (node >= this.values.length) {
      const values = new Int32Array(Math.max(node + 1, this.values.length * 2)).fill(-1);
      values.set(this.values);
      this.values = values;
    }
    this.values[node] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    const { slots, mask } = this;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      let slot = slotOf(old[at], old[at + 1]) & mask;
      while (slots[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 3] = old[at];
      slots[slot * 3 + 1] = old[at + 1];
      slots[slot * 3 + 2] = old[at + 2];
    }
  }
}

function slotOf(node: number, symbol: number): number {
  const mixed = Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol + 0x7f4a7c15, 0x85ebca6b);
  return mixed ^ (mixed >>> 15);
}
