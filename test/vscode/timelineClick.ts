/** The launcher's half of the suite's click request (suite/clickRequest.ts): click a timeline entry's heading. */
import type { Page } from 'playwright-core';
import type { ClickReport } from './suite/clickRequest';
import { waitForFrameWith } from './workbench';

export async function clickTimelineEntry(page: Page): Promise<ClickReport> {
  try {
    const frame = await waitForFrameWith(page, 'li.entry[data-line]');
    const entries = await frame.locator('li.entry').count();
    const entry = frame.locator('li.entry[data-line]:not([data-line="1"])').first();
    const file = (await entry.getAttribute('data-file')) ?? '';
    const line = Number(await entry.getAttribute('data-line'));
    // The heading, not the middle of the entry: that may be a link to one report's own line.
    await entry.locator('.label').click({ timeout: 10_000 });
    return { entries, file, line };
  } catch (error) {
    return { entries: 0, file: '', line: 0, error: (error as Error).message };
  }
}
