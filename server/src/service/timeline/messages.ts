/**
 * What the timeline webview and the extension say to each other, defined once for the page script (which
 * takes the type names from here) and the extension (which checks every message with `parseWebviewMessage`).
 * A union keyed on `type`. No imports: node:test and the page both load it as it is.
 */

/** `document`: the entries that draw on one document; `corpus`: the whole corpus. */
export type TimelineScope = 'document' | 'corpus';

export const TIMELINE_SCOPES: readonly TimelineScope[] = ['document', 'corpus'];

/** The page asks to show a place in the editor: a corpus-relative file (`/` separators) and a line from 1. */
export interface RevealMessage {
  type: 'reveal';
  file: string;
  line: number;
}

/** The person switched the page between this document and the whole corpus. */
export interface ScopeMessage {
  type: 'scope';
  scope: TimelineScope;
}

export type WebviewMessage = RevealMessage | ScopeMessage;

export const MESSAGE_TYPES: { readonly [T in WebviewMessage['type']]: T } = { reveal: 'reveal', scope: 'scope' };

/** Where the filters and the scroll stood, so a new render or a reload comes back to the same view. */
export interface TimelineViewState {
  text: string;
  actor: string;
  publications: boolean;
  scrollY: number;
}

/**
 * What the page keeps with `acquireVsCodeApi().setState` and VS Code hands back after a window reload:
 * the scope and the document it follows (a `file:` uri), and the view when the page has one.
 */
export interface TimelineWebviewState {
  scope: TimelineScope;
  uri?: string;
  view?: TimelineViewState;
}

/** Longer file paths than this are not a corpus file's; a longer message is not ours. */
const MAX_PATH = 4096;

/** The message when `value` is one of ours and well formed, else undefined. Extra fields are dropped. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case MESSAGE_TYPES.reveal: {
      const { file, line } = value;
      if (typeof file !== 'string' || file.length === 0 || file.length > MAX_PATH || file.includes('\0')) return undefined;
      if (typeof line !== 'number' || !Number.isSafeInteger(line) || line < 1) return undefined;
      return { type: 'reveal', file, line };
    }
    case MESSAGE_TYPES.scope:
      return isScope(value.scope) ? { type: 'scope', scope: value.scope } : undefined;
    default:
      return undefined;
  }
}

/** The saved state when it is well formed (VS Code returns whatever was stored), else undefined. */
export function parseWebviewState(value: unknown): TimelineWebviewState | undefined {
  if (!isRecord(value) || !isScope(value.scope)) return undefined;
  const state: TimelineWebviewState = { scope: value.scope };
  if (typeof value.uri === 'string' && value.uri.startsWith('file:') && value.uri.length <= MAX_PATH) state.uri = value.uri;
  const view = value.view;
  if (
    isRecord(view) &&
    typeof view.text === 'string' &&
    typeof view.actor === 'string' &&
    typeof view.publications === 'boolean' &&
    typeof view.scrollY === 'number' &&
    Number.isFinite(view.scrollY)
  ) {
    state.view = { text: view.text, actor: view.actor, publications: view.publications, scrollY: view.scrollY };
  }
  return state;
}

function isScope(value: unknown): value is TimelineScope {
  return typeof value === 'string' && (TIMELINE_SCOPES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
