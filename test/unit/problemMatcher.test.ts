import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, PLAIN_ENV } from '../cli/run';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface PatternJson {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

/**
 * Reads output as VS Code reads it with a two-line matcher whose second pattern loops: the first pattern
 * names the file, every following line the second pattern matches is one problem, and the first line it
 * does not match is tried against the first pattern again.
 */
function applyMatcher([head, row]: PatternJson[], output: string): Problem[] {
  assert.ok(row.loop, 'the row pattern loops');
  const headRegexp = new RegExp(head.regexp);
  const rowRegexp = new RegExp(row.regexp);
  const problems: Problem[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const rowMatch = file === undefined ? null : rowRegexp.exec(line);
    if (rowMatch) {
      problems.push({
        file,
        line: Number(rowMatch[row.line!]),
        column: Number(rowMatch[row.column!]),
        severity: rowMatch[row.severity!],
        message: rowMatch[row.message!],
        code: rowMatch[row.code!],
      } as Problem);
      continue;
    }
    const headMatch = headRegexp.exec(line);
    file = headMatch ? headMatch[head.file!] : undefined;
  }
  return problems;
}

function runCli(args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: PLAIN_ENV });
  assert.equal(result.status, 1, result.stderr);
  return result.stdout;
}

/** What the CLI reports, from its JSON output, in the shape the matcher should recover from stylish. */
function expectedProblems(): Problem[] {
  const rows: { file: string; line: number; column: number; severity: string; message: string; rule: string }[] = JSON.parse(runCli(['examples/corpus', '--format', 'json']));
  return rows.map((row) => ({
    file: `examples/corpus/${row.file}`,
    line: row.line,
    column: row.column,
    severity: row.severity,
    message: row.message.replace(/\s*[\r\n]+\s*/g, ' '),
    code: row.rule,
  }));
}

describe('the corpus-lint problem matcher', () => {
  const [matcher] = manifest.contributes.problemMatchers;

  it('is contributed under the name corpus-lint, with files relative to the workspace folder', () => {
    assert.equal(matcher.name, 'corpus-lint');
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    assert.equal(matcher.pattern.length, 2);
  });

  it('recovers every diagnostic of the example corpus from stylish output', () => {
    const expected = expectedProblems();
    assert.ok(expected.length > 20, `only ${expected.length} diagnostics`);
    assert.deepEqual(applyMatcher(matcher.pattern, runCli(['examples/corpus'])), expected);
  });

  it('reads coloured output once VS Code has removed the colour codes, as it does for tasks', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} examples/corpus`;
    // As VS Code's terminal runs a task: a terminal that names itself, outside CI. As Node and chalk judge it,
    // a terminal without TERM, or under an unknown CI, shows no colours.
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI']) delete env[name];
    const terminal = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env });
    assert.match(terminal.stdout, /\x1b\[/, 'a terminal gets colours');
    const plain = terminal.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*m/g, '');
    assert.deepEqual(applyMatcher(matcher.pattern, plain), expectedProblems());
  });
});
