/**
 * YAML nested deeper than MAX_YAML_DEPTH is refused before the `yaml` package reads it: that parser recurses
 * once or more per level, so a few thousand levels overflow the stack, and an overflow at the wrong moment
 * can end the process (V8 treats a failed regular-expression compile deep in the stack as out of memory).
 * Front-matter, registries and corpus.yaml nest fewer than ten levels.
 */
export const MAX_YAML_DEPTH = 100;

/**
 * The offset at which `source` first nests deeper than MAX_YAML_DEPTH, or -1. Counts block indentation
 * levels, leading `- ` entries and open flow brackets; brackets inside quoted strings count too, which only
 * errs towards refusing text that no one writes.
 */
export function tooDeepAt(source: string): number {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  while (i < source.length) {
    const lineStart = i;
    while (source.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const first = source.charCodeAt(i);
    const blank = i >= source.length || first === 10 || first === 13 || first === 35;
    if (flow === 0 && !blank) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length;
    while (source.charCodeAt(i) === 45 && source.charCodeAt(i + 1) === 32) {
      depth++;
      i += 2;
      while (source.charCodeAt(i) === 32) i++;
    }
    if (depth > MAX_YAML_DEPTH) return lineStart;
    for (; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (c === 91 || c === 123) {
        flow++;
        if (depth + flow > MAX_YAML_DEPTH) return i;
      } else if ((c === 93 || c === 125) && flow > 0) flow--;
    }
    i++;
  }
  return -1;
}

export const TOO_DEEP_MESSAGE = `it nests more than ${MAX_YAML_DEPTH} levels deep, which no real file does; it was not read further`;
