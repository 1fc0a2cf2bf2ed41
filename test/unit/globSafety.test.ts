import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../server/src/service/config';
import { globProblem } from '../../server/src/service/globSafety';
import { makeCorpus, runCli } from '../cli/run';

const HOSTILE = ['**/{a,a}*{a,a}*{a,a}*{a,a}*{a,a}*b.md', `**/${'*a'.repeat(30)}b.md`, '**/@(a|a)*@(a|a)*b.md', '**/+(a|aa)b.md', 'x/*a*b*c.md'];

test('globs real corpora use are accepted', () => {
  for (const glob of ['**/*.md', 'articles/**/*.md', 'drafts/**', '*-2024-*.md', '**/*.{md,markdown}', 'a/{b,c}/{d,e}/*.md', '**/[0-9]*.md', '**/?.md']) {
    assert.equal(globProblem(glob), undefined, glob);
  }
});

test('globs whose matching can grow as a power of the name length are refused, each with its reason', () => {
  assert.deepEqual(
    HOSTILE.map((glob) => globProblem(glob)),
    [
      'its braces expand to more than 16 patterns',
      `its path segment \`${'*a'.repeat(30)}b.md\` has more than 2 \`*\``,
      'it uses extended glob syntax such as `@(…)` or `*(…)`',
      'it uses extended glob syntax such as `@(…)` or `*(…)`',
      'its path segment `*a*b*c.md` has more than 2 `*`',
    ],
  );
});

test('corpus.yaml reports a refused glob where it is written and keeps the others', () => {
  const source = `name: x\ndocuments: ["articles/*.md", "${HOSTILE[1]}"]\nexclude: '${HOSTILE[0]}'\n`;
  const { config, findings } = loadConfig(source);
  assert.deepEqual(config.documents, ['articles/*.md']);
  assert.deepEqual(config.exclude, []);
  assert.deepEqual(
    findings.map((finding) => source.slice(finding.span.start, finding.span.end)),
    [`"${HOSTILE[1]}"`, `'${HOSTILE[0]}'`],
  );
  assert.match(findings[0].message, /^The glob `\*\*\/\*a\*a.*` is refused: its path segment/);
});

test('the CLI on a corpus with a hostile glob reports it and lints what the safe globs select', () => {
  const name = `${'a'.repeat(60)}!.md`;
  const root = makeCorpus({
    'corpus.yaml': `name: x\ndocuments: ["kept/*.md", "${HOSTILE[1]}"]\n`,
    'actors.yaml': '{}\n',
    [`kept/${name}`]: '---\nid: kept\n---\n',
    [`other/${name}`]: '',
  });
  const result = runCli(['--format', 'json', root], root);
  const files = (JSON.parse(result.stdout) as { file: string; rule: string }[]).map((d) => `${d.file} ${d.rule}`);
  assert.ok(files.includes('corpus.yaml config/invalid'), files.join('\n'));
  assert.ok(files.some((line) => line.startsWith(`kept/${name} front-matter/`)), files.join('\n'));
  assert.ok(!files.some((line) => line.startsWith('other/')), files.join('\n'));
});
