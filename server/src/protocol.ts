/** Custom messages between the Corpus Lint client and server, defined once for both. */
import { RequestType } from 'vscode-languageserver-protocol';
import type { TimelineJson } from './service/timeline/json';

export interface TimelineParams {
  /**
   * A document's uri: the entries drawing on that document. corpus.yaml's uri: its whole corpus.
   * None: the whole corpus of the first workspace folder that has one.
   */
  uri?: string;
}

/** The spec's `corpus-lint timeline --format json` (files corpus-relative), or null when there is no corpus. */
export type TimelineResult = TimelineJson | null;

export namespace TimelineRequest {
  export const method = 'corpusLint/timeline';
  export const type = new RequestType<TimelineParams, TimelineResult, void>(method);
}
