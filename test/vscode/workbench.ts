/** The VS Code workbench that code-server serves, opened in Debian's headless Chromium through playwright-core. */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** A path on the code-server machine as the workbench names it. */
export function remoteUri(authority: string, path: string): string {
  return `vscode-remote://${authority}${path}`;
}

/**
 * The workbench URL for `folder`. `payload` entries are what a desktop VS Code takes as command-line
 * options, e.g. extensionDevelopmentPath and extensionTestsPath (both `vscode-remote:` URIs).
 */
export function workbenchUrl(authority: string, folder: string, payload: [string, string][]): string {
  const query = `folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `http://${authority}/?${query}`;
}

/** Lines the page logs that are worth a person's attention: the extension host's output and errors. */
export function forwardConsole(page: Page, print: (line: string) => void): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || message.type() === 'warning' || text.includes('[Extension Host]')) print(`[${message.type()}] ${text}`);
  });
  page.on('pageerror', (error) => print(`[pageerror] ${error.message}`));
}

/** Polls every frame (a webview is an iframe in an iframe) until one has `selector`. */
export async function waitForFrameWith(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no frame shows ${selector}`);
}
