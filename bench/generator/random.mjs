/**
 * A seeded pseudo-random source (mulberry32) with the few helpers the generator needs.
 * The same seed always yields the same corpus, on every machine.
 */
export function createRandom(seed) {
  let state = seed >>> 0;

  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  function int(min, max) {
    return min + Math.floor(next() * (max - min + 1));
  }

  function pick(items) {
    return items[Math.floor(next() * items.length)];
  }

  function chance(probability) {
    return next() < probability;
  }

  return { next, int, pick, chance };
}
