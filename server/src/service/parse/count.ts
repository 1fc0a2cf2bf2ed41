/** The attribute syntax of a count: `46`, `40-52`, `1500+`, `~40` (spec section 3). */
import type { Count } from '../types';

const COUNT = /^(~)?(\d+)(?:(\+)|-(\d+))?$/;

/** The count an attribute value states, or undefined when it is not written in count syntax. */
export function parseCount(value: string): Count | undefined {
  const match = COUNT.exec(value);
  if (!match) return undefined;
  const [, tilde, first, plus, second] = match;
  const low = Number(first);
  if (!Number.isSafeInteger(low)) return undefined;
  if (tilde) return plus || second ? undefined : { kind: 'about', low, high: low };
  if (plus) return { kind: 'atLeast', low, high: Infinity };
  if (second === undefined) return { kind: 'exact', low, high: low };
  const high = Number(second);
  return Number.isSafeInteger(high) && low < high ? { kind: 'range', low, high } : undefined;
}

export function formatCount(count: Count): string {
  switch (count.kind) {
    case 'exact':
      return String(count.low);
    case 'range':
      return `${count.low}-${count.high}`;
    case 'atLeast':
      return `${count.low}+`;
    case 'about':
      return `~${count.low}`;
  }
}

export function countsEqual(a: Count, b: Count): boolean {
  return a.kind === b.kind && a.low === b.low && a.high === b.high;
}
