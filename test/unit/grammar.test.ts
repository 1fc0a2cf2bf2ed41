import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { frontMatter, lint } from './harness';
import { grammarRegexps, tokenizeLines, type Grammar, type Token } from './miniTextmate';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const [contribution] = manifest.contributes.grammars;
const grammar: Grammar = JSON.parse(readFileSync(join(ROOT, contribution.path), 'utf8'));

/** The scope that tells a token apart: the innermost one of ours. */
function scopeOf(tokens: Token[], text: string): string {
  const token = tokens.find((candidate) => candidate.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes[token.scopes.length - 1];
}

function tokenize(...lines: string[]): Token[][] {
  return tokenizeLines(grammar, lines);
}

describe('the tag grammar', () => {
  it('is an injection into Markdown under the name the manifest gives', () => {
    assert.equal(grammar.scopeName, contribution.scopeName);
    assert.deepEqual(contribution.injectTo, ['text.html.markdown']);
    assert.match((grammar as unknown as { injectionSelector: string }).injectionSelector, /^L:text\.html\.markdown /);
  });

  it('has only regular expressions that compile', () => {
    const regexps = grammarRegexps(grammar);
    assert.ok(regexps.length >= 10);
    for (const { where, source } of regexps) assert.doesNotThrow(() => new RegExp(source), `${where}: ${source}`);
  });

  it('colours the name, label, keys and values of a :casualty tag', () => {
    const [tokens] = tokenize('deaths of :casualty[46 people]{killed=46 source="Taliban officials" date=2024-12-24}, mostly');
    assert.equal(scopeOf(tokens, 'deaths of '), 'corpus-lint.directives.injection');
    assert.equal(scopeOf(tokens, ':'), 'punctuation.definition.directive.corpus-lint');
    assert.equal(scopeOf(tokens, 'casualty'), 'entity.name.tag.directive.corpus-lint');
    assert.equal(scopeOf(tokens, '46 people'), 'string.other.link.label.corpus-lint');
    assert.equal(scopeOf(tokens, 'killed'), 'entity.other.attribute-name.corpus-lint');
    assert.equal(scopeOf(tokens, '46'), 'string.unquoted.corpus-lint');
    assert.equal(scopeOf(tokens, 'Taliban officials'), 'string.quoted.double.corpus-lint');
    assert.equal(scopeOf(tokens, '2024-12-24'), 'string.unquoted.corpus-lint');
    assert.equal(scopeOf(tokens, '}'), 'punctuation.definition.attributes.end.corpus-lint');
    assert.equal(scopeOf(tokens, ', mostly'), 'corpus-lint.directives.injection');
  });

  it('colours :event and :actor, and a tag with no attribute list ends at its label', () => {
    const [event] = tokenize(':event[Airstrikes in Paktika]{id=paktika-2024 date=2024-12-24 place=\'Paktika\'}');
    assert.equal(scopeOf(event, 'event'), 'entity.name.tag.directive.corpus-lint');
    assert.equal(scopeOf(event, 'id'), 'entity.other.attribute-name.corpus-lint');
    assert.equal(scopeOf(event, 'Paktika'), 'string.quoted.single.corpus-lint');
    const [actor] = tokenize('Later :actor[the group]{id=ttp} and :actor[them] said so.');
    assert.equal(scopeOf(actor, 'the group'), 'string.other.link.label.corpus-lint');
    assert.equal(scopeOf(actor, 'them'), 'string.other.link.label.corpus-lint');
    assert.equal(scopeOf(actor, ' said so.'), 'corpus-lint.directives.injection');
  });

  it('keeps nested brackets and escapes inside the label', () => {
    const [tokens] = tokenize(':casualty[the [reported] toll \\] of 5]{killed=5} after');
    assert.ok(tokens.filter((token) => token.text.includes('toll')).every((token) => token.scopes.includes('string.other.link.label.corpus-lint')));
    assert.equal(scopeOf(tokens, 'killed'), 'entity.other.attribute-name.corpus-lint');
    assert.equal(scopeOf(tokens, ' after'), 'corpus-lint.directives.injection');
  });

  it('carries an attribute list over a line break, and a blank line ends an unclosed one', () => {
    const [, second, , fourth] = tokenize(':casualty[9 killed]{killed=9', 'source="AP"}', '', 'plain text');
    assert.equal(scopeOf(second, 'AP'), 'string.quoted.double.corpus-lint');
    assert.equal(scopeOf(fourth, 'plain text'), 'corpus-lint.directives.injection');
    const [, , afterBlank] = tokenize(':casualty[9 killed]{killed=9', '', 'plain text');
    assert.deepEqual(afterBlank, [{ text: 'plain text', scopes: ['corpus-lint.directives.injection'] }]);
  });

  it('leaves colons that are not tags alone', () => {
    for (const line of ['At 10:30 the score was 3:1.', 'Note:this is not a tag', 'a :casualties[list] or ::casualty[leaf] or \\:event[x]']) {
      const [tokens] = tokenize(line);
      assert.ok(tokens.every((token) => token.scopes.length === 1), `${line}: ${JSON.stringify(tokens)}`);
    }
  });

  it('colours the suppression comments and the rule ids in them', () => {
    const [tokens] = tokenize('<!-- corpus-lint-disable-next-line actor/variant casualty/untagged -->');
    assert.equal(scopeOf(tokens, '<!--'), 'punctuation.definition.comment.begin.corpus-lint');
    assert.equal(scopeOf(tokens, 'corpus-lint-disable-next-line'), 'keyword.control.suppression.corpus-lint');
    assert.equal(scopeOf(tokens, 'actor/variant'), 'constant.language.rule-id.corpus-lint');
    assert.equal(scopeOf(tokens, 'casualty/untagged'), 'constant.language.rule-id.corpus-lint');
    assert.equal(scopeOf(tokens, '-->'), 'punctuation.definition.comment.end.corpus-lint');
    for (const line of ['<!-- corpus-lint-disable -->', '<!--corpus-lint-enable document/boilerplate-->']) {
      const [tokens] = tokenize(line);
      assert.ok(tokens.every((token) => token.scopes.includes('comment.block.suppression.corpus-lint')), line);
    }
    const [other] = tokenize('<!-- an ordinary comment -->');
    assert.ok(other.every((token) => token.scopes.length === 1));
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

  it('write tags the linter accepts once their fields are filled in', () => {
    const lines = [
      expandSnippet(byPrefix(':casualty').body, { 1: '12 people', 3: '12', 4: 'AP' }),
      expandSnippet(byPrefix(':event').body, { 1: 'Attack on a post', 2: 'post-attack' }),
      expandSnippet(byPrefix(':actor').body, { 1: 'the group', 2: 'ttp' }),
    ];
    assert.equal(lines[0], ':casualty[12 people]{killed=12 source="AP" date=2024-12-20}');
    const diagnostics = lint(`${frontMatter('', '[ttp]')}\n${lines.join('\n\n')}\n`);
    assert.deepEqual(diagnostics.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`), []);
    const [tokens] = tokenize(lines[1]);
    assert.equal(scopeOf(tokens, 'post-attack'), 'string.unquoted.corpus-lint');
  });
});
