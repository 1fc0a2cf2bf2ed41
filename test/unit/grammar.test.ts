import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IOnigLib } from 'vscode-textmate';
import { frontMatter, lint } from './harness';

/**
 * The tag grammar tokenised by vscode-textmate with the Oniguruma engine, as VS Code does, injected into a
 * small Markdown grammar of our own (test/fixtures/markdown-host.tmLanguage.json) that uses VS Code's scope
 * names for the constructs the injection selector excludes.
 */
const ROOT = join(__dirname, '../..');
const HOST = 'text.html.markdown';
const HOST_GRAMMAR = join(ROOT, 'test/fixtures/markdown-host.tmLanguage.json');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const [contribution] = manifest.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[];
const GRAMMAR_PATH = join(ROOT, contribution.path);
const grammarJson = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
const SELECTOR: string = grammarJson.injectionSelector;

/** The scope every token of ours carries the suffix of. */
const OURS = /\.corpus-lint$/;
const TAG_NAME = 'entity.name.tag.directive.corpus-lint';

let onig: Promise<IOnigLib> | undefined;
function onigLib(): Promise<IOnigLib> {
  onig ??= (async () => {
    // Loaded from disk: release/onig.wasm beside the package's main module.
    const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await loadWASM(wasm);
    return { createOnigScanner: (sources: string[]) => new OnigScanner(sources), createOnigString: (text: string) => new OnigString(text) };
  })();
  return onig;
}

interface Token {
  text: string;
  scopes: string[];
}
type Tokenize = (...lines: string[]) => Token[][];

const tokenizers = new Map<string, Promise<Tokenize>>();

/** A tokenizer for Markdown with our grammar injected as package.json says, under `selector` (ours unless given). */
function markdown(selector = SELECTOR): Promise<Tokenize> {
  let loading = tokenizers.get(selector);
  if (!loading) {
    loading = (async () => {
      const registry = new Registry({
        onigLib: onigLib(),
        loadGrammar: async (scopeName) => {
          if (scopeName === HOST) return parseRawGrammar(readFileSync(HOST_GRAMMAR, 'utf8'), HOST_GRAMMAR);
          if (scopeName !== contribution.scopeName) return null;
          return parseRawGrammar(JSON.stringify({ ...grammarJson, injectionSelector: selector }), GRAMMAR_PATH);
        },
        // As VS Code reads `injectTo`: our grammar is offered to every grammar it names.
        getInjections: (scopeName) => (manifest.contributes.grammars as typeof contribution[]).filter((grammar) => grammar.injectTo.includes(scopeName)).map((grammar) => grammar.scopeName),
      });
      const grammar = await registry.loadGrammar(HOST);
      assert.ok(grammar, 'the host grammar loads');
      return (...lines: string[]) => {
        let stack = INITIAL;
        return lines.map((line) => {
          const result = grammar.tokenizeLine(line, stack, 10_000);
          assert.equal(result.stoppedEarly, false, `tokenising stopped early on ${JSON.stringify(line)}`);
          stack = result.ruleStack;
          return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes })).filter((token) => token.text !== '');
        });
      };
    })();
    tokenizers.set(selector, loading);
  }
  return loading;
}

async function tokenize(...lines: string[]): Promise<Token[][]> {
  return (await markdown())(...lines);
}

function tokenOf(tokens: Token[], text: string): Token {
  const token = tokens.find((candidate) => candidate.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token;
}

/** The scope that tells a token apart: the innermost one. */
function scopeOf(tokens: Token[], text: string): string {
  const { scopes } = tokenOf(tokens, text);
  return scopes[scopes.length - 1];
}

/** The token's scopes from our grammar, outermost first. */
function oursOf(tokens: Token[], text: string): string[] {
  return tokenOf(tokens, text).scopes.filter((scope) => OURS.test(scope));
}

const untouched = (tokens: Token[]) => tokens.every((token) => !token.scopes.some((scope) => OURS.test(scope)));

/** Indices of the lines on which a tag's name is coloured. */
const taggedLines = (lines: Token[][]) => lines.flatMap((tokens, index) => (tokens.some((token) => token.scopes.includes(TAG_NAME)) ? [index] : []));

/** Every regular expression of a grammar, with where it sits, e.g. `repository.label.end`. */
function grammarRegexps(grammar: { patterns: object[]; repository: Record<string, object> }): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  const visit = (rule: Record<string, unknown>, where: string) => {
    for (const key of ['match', 'begin', 'end', 'while']) if (typeof rule[key] === 'string') found.push({ where: `${where}.${key}`, source: rule[key] as string });
    (rule.patterns as object[] | undefined)?.forEach((inner, index) => visit(inner as Record<string, unknown>, `${where}.patterns[${index}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures']) {
      for (const [group, capture] of Object.entries((rule[key] ?? {}) as Record<string, { patterns?: object[] }>)) {
        capture.patterns?.forEach((inner, index) => visit(inner as Record<string, unknown>, `${where}.${key}.${group}[${index}]`));
      }
    }
  };
  grammar.patterns.forEach((rule, index) => visit(rule as Record<string, unknown>, `patterns[${index}]`));
  for (const [name, rule] of Object.entries(grammar.repository)) visit(rule as Record<string, unknown>, `repository.${name}`);
  return found;
}

describe('the tag grammar', () => {
  it('is an injection into Markdown under the name the manifest gives', () => {
    assert.equal(grammarJson.scopeName, contribution.scopeName);
    assert.deepEqual(contribution.injectTo, [HOST]);
    assert.match(SELECTOR, /^L:text\.html\.markdown /);
  });

  it('has only regular expressions that Oniguruma compiles', async () => {
    await onigLib();
    assert.throws(() => new OnigScanner(['(unclosed']), 'a broken expression does not compile');
    const regexps = grammarRegexps(grammarJson);
    assert.ok(regexps.length >= 10);
    for (const { where, source } of regexps) assert.doesNotThrow(() => new OnigScanner([source]), `${where}: ${source}`);
  });

  it('colours the name, label, keys and values of a :casualty tag', async () => {
    const [tokens] = await tokenize('deaths of :casualty[46 people]{killed=46 source="Taliban officials" date=2024-12-24}, mostly');
    assert.deepEqual(oursOf(tokens, 'deaths of '), []);
    assert.equal(scopeOf(tokens, 'deaths of '), 'meta.paragraph.markdown');
    assert.equal(scopeOf(tokens, ':'), 'punctuation.definition.directive.corpus-lint');
    assert.equal(scopeOf(tokens, 'casualty'), TAG_NAME);
    assert.equal(scopeOf(tokens, '46 people'), 'string.other.link.label.corpus-lint');
    assert.equal(scopeOf(tokens, 'killed'), 'entity.other.attribute-name.corpus-lint');
    assert.equal(scopeOf(tokens, '46'), 'string.unquoted.corpus-lint');
    assert.equal(scopeOf(tokens, 'Taliban officials'), 'string.quoted.double.corpus-lint');
    assert.equal(scopeOf(tokens, '2024-12-24'), 'string.unquoted.corpus-lint');
    assert.equal(scopeOf(tokens, '}'), 'punctuation.definition.attributes.end.corpus-lint');
    assert.deepEqual(oursOf(tokens, ', mostly'), []);
    assert.deepEqual(oursOf(tokens, 'Taliban officials'), ['meta.directive.corpus-lint', 'meta.attributes.corpus-lint', 'string.quoted.double.corpus-lint']);
  });

  it('colours :event and :actor, and a tag with no attribute list ends at its label', async () => {
    const [event] = await tokenize(':event[Airstrikes in Paktika]{id=paktika-2024 date=2024-12-24 place=\'Paktika\'}');
    assert.equal(scopeOf(event, 'event'), TAG_NAME);
    assert.equal(scopeOf(event, 'id'), 'entity.other.attribute-name.corpus-lint');
    assert.equal(scopeOf(event, 'Paktika'), 'string.quoted.single.corpus-lint');
    const [actor] = await tokenize('Later :actor[the group]{id=ttp} and :actor[them] said so.');
    assert.equal(scopeOf(actor, 'the group'), 'string.other.link.label.corpus-lint');
    assert.equal(scopeOf(actor, 'them'), 'string.other.link.label.corpus-lint');
    assert.deepEqual(oursOf(actor, ' said so.'), []);
  });

  it('keeps nested brackets and escapes inside the label', async () => {
    const [tokens] = await tokenize(':casualty[the [reported] toll \\] of 5]{killed=5} after');
    assert.ok(tokens.filter((token) => token.text.includes('toll')).every((token) => token.scopes.includes('string.other.link.label.corpus-lint')));
    assert.equal(scopeOf(tokens, '\\]'), 'constant.character.escape.corpus-lint');
    assert.equal(scopeOf(tokens, 'killed'), 'entity.other.attribute-name.corpus-lint');
    assert.deepEqual(oursOf(tokens, ' after'), []);
  });

  it('carries an attribute list over a line break, and a blank line ends an unclosed one', async () => {
    const [, second, , fourth] = await tokenize(':casualty[9 killed]{killed=9', 'source="AP"}', '', 'plain text');
    assert.equal(scopeOf(second, 'AP'), 'string.quoted.double.corpus-lint');
    assert.deepEqual(oursOf(fourth, 'plain text'), []);
    const [, , afterBlank] = await tokenize(':casualty[9 killed]{killed=9', '', 'plain text');
    assert.deepEqual(afterBlank, [{ text: 'plain text', scopes: [HOST, 'meta.paragraph.markdown'] }]);
  });

  it('leaves colons that are not tags alone', async () => {
    for (const line of ['At 10:30 the score was 3:1.', 'Note:this is not a tag', 'a :casualties[list] or ::casualty[leaf] or \\:event[x]']) {
      const [tokens] = await tokenize(line);
      assert.ok(untouched(tokens), `${line}: ${JSON.stringify(tokens)}`);
    }
  });

  it('is not applied in front matter, fenced or indented code, inline code, HTML comments or link text', async () => {
    const lines = await tokenize(
      '---',
      'title: "About :casualty[1 killed]{killed=1}"',
      '---',
      'Only :casualty[2 killed]{killed=2} here is a tag.',
      '',
      '```',
      ':casualty[3 killed]{killed=3}',
      '```',
      '',
      '    :casualty[4 killed]{killed=4}',
      '',
      'Code `:casualty[5 killed]{killed=5}`, a link [see :actor[them]{id=ttp}](https://example.org) and <!-- :casualty[6 killed] --> here.',
      '',
      '<!--',
      ':casualty[7 killed]{killed=7}',
      '-->',
    );
    assert.deepEqual(taggedLines(lines), [3]);
    assert.ok(tokenOf(lines[11], 'see :actor[them]{id=ttp}').scopes.includes('meta.link.inline.markdown'), 'the host read the link');
  });

  // The host's inline code is one `match`, which nothing can be injected into (as in VS Code's grammar), so its
  // exclusion is not among these; each of the others is what keeps tags out of its construct.
  const exclusions: { exclusion: string; lines: string[]; line: number }[] = [
    { exclusion: '-meta.embedded', lines: ['---', 'title: "About :casualty[1 killed]{killed=1}"', '---'], line: 1 },
    { exclusion: '-markup.fenced_code', lines: ['```', ':casualty[3 killed]{killed=3}', '```'], line: 1 },
    { exclusion: '-markup.raw', lines: ['Text.', '', '    :casualty[4 killed]{killed=4}'], line: 2 },
    { exclusion: '-comment', lines: ['<!--', ':casualty[7 killed]{killed=7}', '-->'], line: 1 },
    { exclusion: '-meta.link.inline', lines: ['A link [see :actor[them]{id=ttp}](https://example.org).'], line: 0 },
  ];
  for (const { exclusion, lines, line } of exclusions) {
    it(`needs ${exclusion} in its selector: without it, a tag there would be coloured`, async () => {
      assert.ok(SELECTOR.split(' ').includes(exclusion), `the selector has ${exclusion}`);
      assert.deepEqual(taggedLines(await tokenize(...lines)), []);
      const without = await markdown(SELECTOR.split(' ').filter((part) => part !== exclusion).join(' '));
      assert.deepEqual(taggedLines(without(...lines)), [line]);
    });
  }

  it('colours the suppression comments and the rule ids in them', async () => {
    const [tokens] = await tokenize('<!-- corpus-lint-disable-next-line actor/variant casualty/untagged -->');
    assert.equal(scopeOf(tokens, '<!--'), 'punctuation.definition.comment.begin.corpus-lint');
    assert.equal(scopeOf(tokens, 'corpus-lint-disable-next-line'), 'keyword.control.suppression.corpus-lint');
    assert.equal(scopeOf(tokens, 'actor/variant'), 'constant.language.rule-id.corpus-lint');
    assert.equal(scopeOf(tokens, 'casualty/untagged'), 'constant.language.rule-id.corpus-lint');
    assert.equal(scopeOf(tokens, '-->'), 'punctuation.definition.comment.end.corpus-lint');
    assert.ok(tokens.every((token) => !token.scopes.includes('comment.block.html')), 'the host did not open a comment');
    for (const line of ['<!-- corpus-lint-disable -->', '<!--corpus-lint-enable document/boilerplate-->', 'Some text <!-- corpus-lint-disable-next-line --> in a paragraph']) {
      const [tokens] = await tokenize(line);
      const comment = tokens.filter((token) => token.text.includes('corpus-lint-'));
      assert.ok(comment.length > 0 && comment.every((token) => token.scopes.includes('comment.block.suppression.corpus-lint')), `${line}: ${JSON.stringify(tokens)}`);
    }
    const [other] = await tokenize('<!-- an ordinary comment -->');
    assert.ok(untouched(other));
    assert.ok(other.every((token) => token.scopes.includes('comment.block.html')), 'the host colours an ordinary comment');
  });

  it('gets to a suppression comment before the host opens a comment there, because its selector starts with L:', async () => {
    const line = 'Text <!-- corpus-lint-disable-next-line actor/variant --> more';
    const [tokens] = await tokenize(line);
    assert.equal(scopeOf(tokens, 'actor/variant'), 'constant.language.rule-id.corpus-lint');
    // Without the L: prefix, a match of the host at the same place wins, and inside the host's comment `-comment` keeps us out.
    const [withoutPriority] = (await markdown(SELECTOR.replace(/^L:/, '')))(line);
    assert.ok(untouched(withoutPriority), JSON.stringify(withoutPriority));
  });

  it('colours the suppression comments the linter reads that are indented or span lines', async () => {
    const untaggedAfter = (comment: string) => lint(`${frontMatter()}\n${comment}\n7 people were killed.\n`).filter((diagnostic) => diagnostic.rule === 'casualty/untagged');
    assert.equal(untaggedAfter('').length, 1, 'the sentence is flagged without a comment');
    const indented = '   <!-- corpus-lint-disable-next-line casualty/untagged -->';
    const spanning = ['<!-- corpus-lint-disable-next-line actor/variant', '     casualty/untagged -->'];
    for (const comment of [indented, spanning.join('\n')]) assert.deepEqual(untaggedAfter(comment), [], `the linter reads ${JSON.stringify(comment)}`);

    const [tokens] = await tokenize(indented);
    assert.equal(scopeOf(tokens, 'corpus-lint-disable-next-line'), 'keyword.control.suppression.corpus-lint');
    assert.equal(scopeOf(tokens, 'casualty/untagged'), 'constant.language.rule-id.corpus-lint');
    const [first, second] = await tokenize(...spanning);
    assert.equal(scopeOf(first, 'actor/variant'), 'constant.language.rule-id.corpus-lint');
    assert.equal(scopeOf(second, 'casualty/untagged'), 'constant.language.rule-id.corpus-lint');
    assert.equal(scopeOf(second, '-->'), 'punctuation.definition.comment.end.corpus-lint');
    const [, closing, next] = await tokenize(spanning[0], spanning[1].replace('-->', '--> and :actor[them]{id=ttp}'), 'Then :actor[us]{id=ttp}.');
    assert.equal(scopeOf(closing, 'actor'), TAG_NAME, 'the comment is closed');
    assert.equal(scopeOf(next, 'actor'), TAG_NAME);
  });
});

/** A snippet body with its tab stops filled from `values` (by number), choices set to their first option, dates to 2024-12-20. */
function expandSnippet(body: string, values: Record<number, string>): string {
  const today: Record<string, string> = { CURRENT_YEAR: '2024', CURRENT_MONTH: '12', CURRENT_DATE: '20' };
  let text = body.replace(/\$(CURRENT_[A-Z]+)/g, (_, name: string) => today[name]);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_, index: string, first: string) => values[Number(index)] ?? first)
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_, index: string, fallback: string) => values[Number(index)] ?? fallback)
      .replace(/\$\{[A-Z_]+:([^${}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');
  }
  return text;
}

describe('the tag snippets', () => {
  const [contribution] = manifest.contributes.snippets;
  const snippets: Record<string, { prefix: string[]; body: string }> = JSON.parse(readFileSync(join(ROOT, contribution.path), 'utf8'));
  const byPrefix = (prefix: string) => Object.values(snippets).find((snippet) => snippet.prefix.includes(prefix))!;

  it('are contributed for Markdown, one per tag', () => {
    assert.equal(contribution.language, 'markdown');
    for (const prefix of [':casualty', ':event', ':actor']) assert.ok(byPrefix(prefix), prefix);
  });

  it('write tags the linter accepts once their fields are filled in', async () => {
    const lines = [
      expandSnippet(byPrefix(':casualty').body, { 1: '12 people', 3: '12', 4: 'AP' }),
      expandSnippet(byPrefix(':event').body, { 1: 'Attack on a post', 2: 'post-attack' }),
      expandSnippet(byPrefix(':actor').body, { 1: 'the group', 2: 'ttp' }),
    ];
    assert.equal(lines[0], ':casualty[12 people]{killed=12 source="AP" date=2024-12-20}');
    const diagnostics = lint(`${frontMatter('', '[ttp]')}\n${lines.join('\n\n')}\n`);
    assert.deepEqual(diagnostics.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`), []);
    const [tokens] = await tokenize(lines[1]);
    assert.equal(scopeOf(tokens, 'post-attack'), 'string.unquoted.corpus-lint');
  });
});
