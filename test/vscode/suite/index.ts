/**
 * The entry VS Code's extension host calls for extension tests (`extensionTestsPath`): runs every
 * `*.test.js` bundle beside this file with mocha, and writes a JSON summary to the path in
 * CORPUS_LINT_VSCODE_RESULT when set, so a launcher can tell a run that passed from one that never ran.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

interface Failure {
  title: string;
  error: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  failures: Failure[];
}

export function run(): Promise<void> {
  // The workbench forwards console arguments joined, not formatted: hand it the finished line.
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => console.log(format(...data));
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const result: SuiteResult = { passed: 0, failed: 0, failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResult(result);
      if (failures > 0 || result.passed === 0) reject(new Error(`${failures} of ${result.passed + failures} extension tests failed`));
      else resolve();
    });
    runner.on('pass', () => result.passed++);
    runner.on('fail', (test, error: unknown) => {
      result.failed++;
      result.failures.push({ title: test.fullTitle(), error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    });
  });
}

function writeResult(result: SuiteResult): void {
  const path = process.env.CORPUS_LINT_VSCODE_RESULT;
  if (path) writeFileSync(path, JSON.stringify(result, null, 2));
}
