/** Custom messages between the Corpus Lint client and server, defined once for both. */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
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

/** One corpus the server holds, for the client's status bar. */
export interface CorpusStatus {
  /** corpus.yaml's `name`, or the root folder's name when it has none. */
  name: string;
  /** The uri of the folder holding corpus.yaml. */
  root: string;
  documents: number;
  /** Counts over the whole corpus, closed documents included, corpus.yaml and the registry too. */
  errors: number;
  warnings: number;
}

export interface StatusResult {
  corpora: CorpusStatus[];
}

export namespace StatusRequest {
  export const method = 'corpusLint/status';
  export const type = new RequestType0<StatusResult, void>(method);
}

/** How far the server has got in checking every document after it starts; `done === total` at the end. */
export interface IndexingParams {
  done: number;
  total: number;
}

/**
 * Sent with the standard work-done progress, for clients that present indexing their own way (the VS Code
 * extension shows a notification for a large corpus, where the standard progress only gets the status bar).
 */
export namespace IndexingNotification {
  export const method = 'corpusLint/indexing';
  export const type = new NotificationType<IndexingParams>(method);
}
