/**
 * A click in the timeline webview cannot be made from the extension host, so the suite asks the launcher that
 * drives the page (runInCodeServer) to make it: the suite logs CLICK_REQUEST, the launcher clicks an entry as a
 * person would and writes a ClickReport to the file named by CLICK_REPORT_ENV.
 */
export const CLICK_REQUEST = 'corpus-lint-test: click a timeline entry';
export const CLICK_REPORT_ENV = 'CORPUS_LINT_VSCODE_CLICK_REPORT';

export interface ClickReport {
  /** Entries the panel showed. */
  entries: number;
  /** The clicked entry's `data-file` (corpus-relative) and `data-line` (1-based). */
  file: string;
  line: number;
  error?: string;
}
