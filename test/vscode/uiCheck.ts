/**
 * What a person sees: the workbench with the extension under development (no test payload), driven with
 * the keyboard and mouse. Squiggles, an actor's hover card, the Problems panel and the timeline panel are
 * saved as screenshots; clicking a timeline entry must move the editor to that entry's line.
 * Code that runs in the page is passed as strings: the project compiles without the DOM library.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { forwardConsole, remoteUri, waitForFrameWith, workbenchUrl } from './workbench';

export interface UiCheckOptions {
  browser: Browser;
  authority: string;
  extensionRoot: string;
  folder: string;
  outputDir: string;
  print(line: string): void;
}

export interface CheckResult {
  name: string;
  error?: string;
}

const DOCUMENT = 'conflicting-tolls.md';
const ACTOR = 'Zabihullah Mujahid';
const ACTOR_LINE = 28;
const WAIT = { timeout: 30_000 };

export async function runUiCheck(options: UiCheckOptions): Promise<CheckResult[]> {
  const page = await options.browser.newPage({ viewport: { width: 1400, height: 900 } });
  forwardConsole(page, options.print);
  const results: CheckResult[] = [];
  const check = async (name: string, body: () => Promise<void>): Promise<boolean> => {
    try {
      await body();
      results.push({ name });
      return true;
    } catch (error) {
      results.push({ name, error: (error as Error).message });
      await page.screenshot({ path: join(options.outputDir, `vscode-failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
      return false;
    }
  };
  const shot = (name: string) => page.screenshot({ path: join(options.outputDir, `vscode-${name}.png`) });

  try {
    const url = workbenchUrl(options.authority, options.folder, [['extensionDevelopmentPath', remoteUri(options.authority, options.extensionRoot)]]);
    const opened = await check('workbench opens a corpus document', async () => {
      await page.goto(url, { timeout: 60_000 });
      await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
      await quickOpen(page, DOCUMENT);
      await goToLine(page, ACTOR_LINE);
    });
    if (!opened) return results;

    await check('squiggles under problems', async () => {
      await page.waitForSelector('.editor-instance .view-overlays .squiggly-error', WAIT);
      // For the picture: the grammar's colours and the corpus-wide problem counts come once activation settles.
      await page.waitForSelector('.statusbar:has-text("Activating Extensions")', { state: 'detached', timeout: WAIT.timeout });
      await page.waitForTimeout(1_000);
      await shot('squiggles');
    });
    await check('hover shows the actor card', async () => {
      const point = await page.evaluate<{ x: number; y: number } | null>(textPoint(ACTOR));
      if (!point) throw new Error(`"${ACTOR}" is not on screen`);
      await page.mouse.move(point.x, point.y);
      await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents:has-text("zabihullah-mujahid")', WAIT);
      await page.waitForTimeout(500); // the hover fades in
      await shot('hover');
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
    });
    await check('Problems panel lists the diagnostics', async () => {
      await runCommand(page, 'View: Focus Problems');
      await page.waitForSelector('.markers-panel .monaco-list-row .marker-source:has-text("corpus-lint")', WAIT);
      await shot('problems');
      await runCommand(page, 'View: Hide Panel');
      await page.waitForSelector('.markers-panel', { state: 'hidden', timeout: WAIT.timeout });
    });
    await check('timeline panel shows entries and a click reveals the line', async () => {
      await runCommand(page, 'Corpus: Open Timeline');
      const frame = await waitForFrameWith(page, 'li.entry[data-line]');
      await shot('timeline');
      await goToLine(page, 1);
      const entry = frame.locator('li.entry[data-line]:not([data-line="1"])').first();
      const file = (await entry.getAttribute('data-file')) ?? '';
      const line = (await entry.getAttribute('data-line')) ?? '';
      // The heading, not the middle of the entry: that may be a link to one report's own line.
      await entry.locator('.label').click();
      await page.waitForSelector(`[id="status.editor.selection"]:has-text("Ln ${line},")`, WAIT);
      const activeTab = await page.textContent('.editor-group-container.active .tab.active .label-name');
      if (activeTab !== file.split('/').pop()) throw new Error(`the active editor is ${activeTab}, not ${file}`);
      await shot('timeline-revealed');
    });
  } finally {
    await page.close();
  }
  return results;
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', WAIT);
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title.split(': ').pop()}")`, WAIT);
  await page.keyboard.press('Enter');
}

async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', WAIT);
  await page.keyboard.type(fileName);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${fileName}")`, WAIT);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.editor-group-container.active .tab.active:has-text("${fileName}")`, WAIT);
}

async function goToLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', WAIT);
  await page.keyboard.type(String(line));
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("Go to line ${line}")`, WAIT);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[id="status.editor.selection"]:has-text("Ln ${line},")`, WAIT);
}

/** The centre of the first characters of `text` in the editor's rendered lines (Monaco renders spaces as U+00A0). */
function textPoint(text: string): string {
  return `(() => {
    const wanted = ${JSON.stringify(text)};
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const index = line.textContent.replace(/\\u00a0/g, ' ').indexOf(wanted);
      if (index < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (offset + node.length > index) {
          const range = document.createRange();
          range.setStart(node, index - offset);
          range.setEnd(node, Math.min(node.length, index - offset + 4));
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        offset += node.length;
      }
    }
    return null;
  })()`;
}
