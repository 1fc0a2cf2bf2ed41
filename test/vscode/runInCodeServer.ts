/**
 * `npm run test:code-server`: the extension test suite inside VS Code 1.100.3 served by code-server, then the
 * screenshot check of the same workbench. Expects `npm run build` to have run (dist/ and out/test/).
 * Exits 0 only when the suite ran, every test passed and every screenshot step passed.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { installCodeServer, startCodeServer, type RunningCodeServer } from './codeServer';
import { createSandbox, PROJECT_ROOT } from './sandbox';
import { CLICK_REPORT_ENV } from './suite/clickRequest';
import { USER_DATA_ENV } from './suite/userDataEnv';
import { runSuiteInWorkbench } from './suiteInWorkbench';
import { runUiCheck, type CheckResult } from './uiCheck';
import { launchChromium } from './workbench';

const SUITE_INDEX = join(PROJECT_ROOT, 'out/test/index.js');
const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const BUILT = ['dist/extension.js', 'dist/server.js', 'out/test/index.js'];
const SUITE_TIMEOUT_MS = 5 * 60_000;
const OVERALL_TIMEOUT_MS = 12 * 60_000;

const print = (line: string) => console.log(line);

async function main(): Promise<number> {
  const missing = BUILT.filter((file) => !existsSync(join(PROJECT_ROOT, file)));
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run \`npm run build\` first`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const name of readdirSync(OUTPUT_DIR)) if (name.startsWith('vscode-')) rmSync(join(OUTPUT_DIR, name), { recursive: true, force: true });

  const started = Date.now();
  const serverDir = installCodeServer();
  print(`code-server ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${serverDir}`);

  const sandbox = createSandbox();
  const resultFile = join(sandbox.root, 'suite-result.json');
  const clickReportFile = join(sandbox.root, 'click-report.json');
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({ serverDir, userDataDir: sandbox.userDataDir, extensionsDir: sandbox.extensionsDir, env: { CORPUS_LINT_VSCODE_RESULT: resultFile, [CLICK_REPORT_ENV]: clickReportFile, [USER_DATA_ENV]: sandbox.userDataDir } });
    browser = await launchChromium();
    const common = { browser, authority: server.authority, extensionRoot: PROJECT_ROOT, outputDir: OUTPUT_DIR, print };

    print('\nextension tests in VS Code (code-server):');
    const suite = await runSuiteInWorkbench({ ...common, suiteIndex: SUITE_INDEX, folder: sandbox.copyCorpus('corpus'), resultFile, clickReportFile, timeoutMs: SUITE_TIMEOUT_MS });
    for (const failure of suite.result?.failures ?? []) print(`  FAILED ${failure.title}\n    ${failure.error.split('\n').join('\n    ')}`);
    print(`  extension host exited with ${suite.exitCode}; ${suite.result ? `${suite.result.passed} passed, ${suite.result.failed} failed` : 'the suite wrote no result'}`);

    print('\nscreenshot check:');
    const checks = await runUiCheck({ ...common, folder: sandbox.copyCorpus('corpus-ui') });
    checks.forEach((check) => print(describe(check)));

    const passed = (suite.result?.passed ?? 0) + checks.filter((check) => !check.error).length;
    const failed = (suite.result?.failed ?? 0) + checks.filter((check) => check.error).length + (suite.result ? 0 : 1);
    const ok = suite.exitCode === 0 && suite.result !== undefined && suite.result.passed > 0 && failed === 0;
    if (!ok) print(`\ncode-server output:\n${server.output().slice(-8_000)}`);
    print(`\nscreenshots in test-output/vscode-*.png; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    print(`code-server: ${passed} passed, ${failed} failed`);
    return ok ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (!process.env.CORPUS_LINT_KEEP_SANDBOX) sandbox.remove();
  }
}

function describe(check: CheckResult): string {
  return check.error ? `  FAILED ${check.name}\n    ${check.error.split('\n').join('\n    ')}` : `  ok ${check.name}`;
}

const watchdog = setTimeout(() => {
  console.error(`test:code-server: gave up after ${OVERALL_TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);

main().then(
  (code) => {
    clearTimeout(watchdog);
    process.exitCode = code;
  },
  (error: Error) => {
    clearTimeout(watchdog);
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  },
);
