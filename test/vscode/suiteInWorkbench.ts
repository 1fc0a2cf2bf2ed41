/**
 * Runs the bundled extension test suite inside the extension host of a code-server workbench, the way
 * @vscode/test-web does: the workbench calls `window.codeAutomationExit(code)` once the extension host
 * that ran the tests has exited, and the suite writes its counts to a JSON file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CLICK_REQUEST } from './suite/clickRequest';
import type { SuiteResult } from './suite/index';
import { clickTimelineEntry } from './timelineClick';
import { forwardConsole, remoteUri, workbenchUrl } from './workbench';

export interface SuiteRunOptions {
  browser: Browser;
  authority: string;
  extensionRoot: string;
  suiteIndex: string;
  folder: string;
  /** Where the suite writes its SuiteResult (the same path code-server got as CORPUS_LINT_VSCODE_RESULT). */
  resultFile: string;
  /** Where this answers the suite's click requests (code-server got it as CLICK_REPORT_ENV). */
  clickReportFile: string;
  outputDir: string;
  timeoutMs: number;
  print(line: string): void;
}

export interface SuiteRun {
  /** The extension host's exit code: 0 when `run()` resolved. */
  exitCode: number;
  result: SuiteResult | undefined;
}

interface BrowserLog {
  relativePath: string;
  contents: string;
}

export async function runSuiteInWorkbench(options: SuiteRunOptions): Promise<SuiteRun> {
  const { authority, print } = options;
  const page = await options.browser.newPage({ viewport: { width: 1400, height: 900 } });
  forwardConsole(page, print);
  let onExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (onExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code: number, logs: BrowserLog[] = []) => {
    saveLogs(join(options.outputDir, 'vscode-suite-logs'), logs);
    onExit(code);
  });
  await page.exposeFunction('codeAutomationLog', (level: string, message: string) => {
    print(`[workbench ${level}] ${message}`);
    if (String(message).includes(CLICK_REQUEST)) void clickTimelineEntry(page).then((report) => writeFileSync(options.clickReportFile, JSON.stringify(report)));
  });

  const url = workbenchUrl(authority, options.folder, [
    ['extensionDevelopmentPath', remoteUri(authority, options.extensionRoot)],
    ['extensionTestsPath', remoteUri(authority, options.suiteIndex)],
  ]);
  await page.goto(url, { timeout: 60_000 });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), options.timeoutMs)));
  const exitCode = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (exitCode === undefined) {
    await page.screenshot({ path: join(options.outputDir, 'vscode-suite-timeout.png') }).catch(() => undefined);
    await page.close();
    throw new Error(`the extension tests did not finish within ${options.timeoutMs} ms (screenshot: test-output/vscode-suite-timeout.png)`);
  }
  await page.close();
  const result = existsSync(options.resultFile) ? (JSON.parse(readFileSync(options.resultFile, 'utf8')) as SuiteResult) : undefined;
  return { exitCode, result };
}

function saveLogs(dir: string, logs: BrowserLog[]): void {
  for (const log of logs) {
    const path = join(dir, log.relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, log.contents);
  }
}
