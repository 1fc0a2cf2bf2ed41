/** The parts of the timeline page that only the editor's panel has: its CSP, its state, the scope switch and a notice. */
import { html, type Html } from './html';
import type { TimelineWebviewState } from './messages';

export interface WebviewPageOptions {
  /** `webview.cspSource`: the only origin the page may load styles and images from besides its nonce. */
  cspSource: string;
  /** The scope shown and the document it follows; the page keeps it with `setState`. */
  state: TimelineWebviewState;
  /** The followed document's name for the switch, e.g. `paktika.md`; without one, only the corpus can be shown. */
  documentName?: string;
  /** A line above the entries, e.g. why there is nothing to show. */
  notice?: string;
}

/** Added to PAGE_STYLE in the panel: the scope switch, the notice, and entries that take clicks and the focus. */
export const WEBVIEW_STYLE = `
.scope{display:flex}
.scope button+button{border-left:none}
.controls .scope button:first-child{border-radius:6px 0 0 6px}
.controls .scope button:last-child{border-radius:0 6px 6px 0}
.controls .scope button[aria-pressed=true]{background:var(--vscode-button-background,var(--link));color:var(--vscode-button-foreground,#fff)}
.controls .scope button:disabled{cursor:default;opacity:.6}
.notice{color:var(--muted);margin:1rem 0}
.entry[data-file]{cursor:pointer}
.entry[data-file]:hover{border-color:var(--vscode-focusBorder,var(--link))}
.entry[data-file]:focus-visible,.controls :focus-visible{outline:1px solid var(--vscode-focusBorder,var(--link));outline-offset:1px}
`;

export function webviewCsp(nonce: string, cspSource: string): Html {
  return html`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}">`;
}

/** The state as the page script reads it from `data-state` on the root element. */
export function stateAttribute(state: TimelineWebviewState): string {
  return JSON.stringify(state.uri === undefined ? { scope: state.scope } : { scope: state.scope, uri: state.uri });
}

export function scopeSwitch({ state, documentName }: WebviewPageOptions): Html {
  const button = (scope: TimelineWebviewState['scope'], label: string, disabled: boolean) =>
    html`<button type="button" data-scope="${scope}" aria-pressed="${String(state.scope === scope)}"${disabled && html` disabled`}>${label}</button>`;
  return html`<div class="scope" role="group" aria-label="Scope">${button('document', documentName ?? 'This document', documentName === undefined)}${button(
    'corpus',
    'Whole corpus',
    false,
  )}</div>`;
}

export function notice(options: WebviewPageOptions): Html | undefined {
  return options.notice === undefined ? undefined : html`<p class="notice" role="status">${options.notice}</p>`;
}
