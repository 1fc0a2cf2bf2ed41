/**
 * A small TextMate tokenizer for testing our injection grammar without vscode-textmate: `match` rules with
 * captures (and patterns inside a capture), `begin`/`end` rules across lines, `include` of `#name` and
 * `$self`. At each position the leftmost match wins, the open rule's `end` first on a tie, as in TextMate.
 * Patterns are JavaScript regular expressions here; the grammar keeps to syntax both engines read alike.
 */
export interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: Rule[];
}
type Captures = Record<string, { name?: string; patterns?: Rule[] }>;

export interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Every regular expression of the grammar, with where it sits, e.g. `repository.label.end`. */
export function grammarRegexps(grammar: Grammar): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  const visit = (rule: Rule, where: string) => {
    for (const key of ['match', 'begin', 'end'] as const) if (rule[key] !== undefined) found.push({ where: `${where}.${key}`, source: rule[key] });
    rule.patterns?.forEach((inner, index) => visit(inner, `${where}.patterns[${index}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
      for (const [group, capture] of Object.entries(rule[key] ?? {})) capture.patterns?.forEach((inner, index) => visit(inner, `${where}.${key}.${group}[${index}]`));
    }
  };
  grammar.patterns.forEach((rule, index) => visit(rule, `patterns[${index}]`));
  for (const [name, rule] of Object.entries(grammar.repository)) visit(rule, `repository.${name}`);
  return found;
}

interface Frame {
  rule: Rule;
  scopes: string[];
}

/** Tokenizes lines, carrying open `begin`/`end` rules from one line to the next. */
export function tokenizeLines(grammar: Grammar, lines: readonly string[]): Token[][] {
  const stack: Frame[] = [{ rule: { patterns: grammar.patterns }, scopes: [grammar.scopeName] }];
  return lines.map((line) => tokenizeLine(grammar, line, stack));
}

function tokenizeLine(grammar: Grammar, line: string, stack: Frame[]): Token[] {
  const tokens: Token[] = [];
  const emit = (text: string, scopes: string[]) => {
    if (text !== '') tokens.push({ text, scopes });
  };
  let pos = 0;
  for (let guard = 0; pos <= line.length; guard++) {
    if (guard > 10_000) throw new Error(`the grammar loops on: ${line}`);
    const frame = stack[stack.length - 1];
    const endMatch = frame.rule.end === undefined ? null : search(frame.rule.end, line, pos);
    let best: { match: RegExpExecArray; rule?: Rule } | undefined = endMatch ? { match: endMatch } : undefined;
    for (const rule of expand(grammar, frame.rule.patterns ?? [])) {
      const match = search((rule.match ?? rule.begin)!, line, pos);
      if (match && (!best || match.index < best.match.index)) best = { match, rule };
    }
    if (!best) break;
    const { match, rule } = best;
    emit(line.slice(pos, match.index), frame.scopes);
    if (!rule) {
      emitCaptures(grammar, match, frame.rule.endCaptures, frame.scopes, emit);
      stack.pop();
    } else if (rule.match !== undefined) {
      emitCaptures(grammar, match, rule.captures, withName(frame.scopes, rule.name), emit);
    } else {
      const scopes = withName(frame.scopes, rule.name);
      emitCaptures(grammar, match, rule.beginCaptures ?? rule.captures, scopes, emit);
      stack.push({ rule, scopes });
    }
    pos = match.index + match[0].length;
    // An empty match that opens or closes nothing would match again at the same place: step past a character.
    if (match[0] === '' && rule?.match !== undefined) {
      emit(line.slice(pos, pos + 1), frame.scopes);
      pos++;
    }
  }
  if (pos < line.length) emit(line.slice(pos), stack[stack.length - 1].scopes);
  return tokens;
}

function search(source: string, line: string, from: number): RegExpExecArray | null {
  const regexp = new RegExp(source, 'dg');
  regexp.lastIndex = from;
  return regexp.exec(line);
}

function expand(grammar: Grammar, rules: readonly Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    if (rule.include === undefined) return [rule];
    if (rule.include === '$self') return expand(grammar, grammar.patterns);
    const target = grammar.repository[rule.include.slice(1)];
    if (!target) throw new Error(`unknown include ${rule.include}`);
    return target.match !== undefined || target.begin !== undefined ? [target] : expand(grammar, target.patterns ?? []);
  });
}

function withName(scopes: string[], name: string | undefined): string[] {
  return name ? [...scopes, name] : scopes;
}

/** Emits the matched text, splitting it at the captured groups (outermost first, none overlapping here). */
function emitCaptures(grammar: Grammar, match: RegExpExecArray, captures: Captures | undefined, scopes: string[], emit: (text: string, scopes: string[]) => void): void {
  const whole = captures?.['0'];
  const base = withName(scopes, whole?.name);
  let at = match.index;
  const end = match.index + match[0].length;
  for (let group = 1; group < match.length; group++) {
    const capture = captures?.[String(group)];
    const span = match.indices?.[group];
    if (!capture || !span || span[0] < at) continue;
    emit(match.input.slice(at, span[0]), base);
    const text = match.input.slice(span[0], span[1]);
    const inner = withName(base, capture.name);
    if (capture.patterns) {
      for (const token of tokenizeLines({ ...grammar, scopeName: '', patterns: capture.patterns }, [text])[0]) emit(token.text, [...inner, ...token.scopes.filter(Boolean)]);
    } else emit(text, inner);
    at = span[1];
  }
  emit(match.input.slice(at, end), base);
}
