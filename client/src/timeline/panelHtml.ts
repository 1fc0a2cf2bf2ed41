/**
 * The panel's page: the server's timeline answer through the CLI's renderer, in webview mode, with a fresh
 * nonce each time. No `vscode` import, so the browser test renders exactly what the panel shows.
 */
import { randomBytes } from 'node:crypto';
import type { TimelineJson } from '../../../server/src/service/timeline/json';
import { timelineFromJson } from '../../../server/src/service/timeline/fromJson';
import type { TimelineWebviewState } from '../../../server/src/service/timeline/messages';
import { renderTimelineHtml } from '../../../server/src/service/timeline/render';

export interface PanelPage {
  /** The server's answer; null when there is nothing to show (the notice says why). */
  timeline: TimelineJson | null;
  /** `webview.cspSource`. */
  cspSource: string;
  state: TimelineWebviewState;
  /** The heading before `: timeline`: the corpus's or the document's name. */
  title?: string;
  /** The followed document's file name, for the scope switch. */
  documentName?: string;
  notice?: string;
}

export function timelinePanelHtml(page: PanelPage, nonce = newNonce()): string {
  const timeline = page.timeline ? timelineFromJson(page.timeline) : { entries: [], undated: [] };
  return renderTimelineHtml(timeline, {
    theme: 'vscode',
    nonce,
    title: page.title,
    // The page script turns clicks into `reveal` messages. The href keeps the links links (focusable, Enter
    // clicks them) and points at no element, so nothing moves should a click ever reach VS Code's link handler.
    linkTarget: (file, line) => `#${encodeURIComponent(file)}:${line}`,
    webview: { cspSource: page.cspSource, state: page.state, documentName: page.documentName, notice: page.notice },
  });
}

/** 144 random bits, base64 as CSP nonces are written. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}
