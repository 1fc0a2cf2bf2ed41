/**
 * The timeline panel: one webview beside the editor showing the timeline of the followed document or of its
 * whole corpus, rendered again (with a fresh nonce) whenever the server's answer changes. Messages from the
 * page are checked before anything is done with them; a reveal opens only files inside the corpus root.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { TimelineRequest, type TimelineParams } from '../../../server/src/protocol';
import type { TimelineJson } from '../../../server/src/service/timeline/json';
import { parseWebviewMessage, type TimelineScope, type TimelineWebviewState } from '../../../server/src/service/timeline/messages';
import { corpusOf, isInCorpus, knownCorpora, type KnownCorpus } from './corpora';
import { timelinePanelHtml } from './panelHtml';
import { revealInEditor } from './reveal';

export const TIMELINE_VIEW_TYPE = 'corpusLint.timeline';

/** The pause after typing or new diagnostics before the timeline is asked for again. */
export const REFRESH_DELAY_MS = 300;

/** No local resources at all: the page's style and script are inline under the nonce. */
export const WEBVIEW_OPTIONS: vscode.WebviewPanelOptions & vscode.WebviewOptions = {
  enableScripts: true,
  enableCommandUris: false,
  enableForms: false,
  localResourceRoots: [],
  enableFindWidget: true,
};

/** What `corpusLint.timelineState` returns: what the panel shows, for tests and diagnosis. */
export interface TimelineSnapshot {
  visible: boolean;
  viewColumn: number | undefined;
  scope: TimelineScope;
  /** The followed document. */
  uri: string | undefined;
  /** The corpus root folder's uri. */
  root: string | undefined;
  /** The ids of the entries in the last render, in page order. */
  entryIds: string[];
  /** How many times the page has been rendered. */
  renders: number;
  notice: string | undefined;
}

export class TimelinePanel implements vscode.Disposable {
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private scope: TimelineScope;
  private document: vscode.Uri | undefined;
  private corpus: KnownCorpus | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Each refresh and each follow takes a number; an answer that arrives after a newer one started is dropped. */
  private generation = 0;
  private followed = 0;
  private pending: vscode.Uri | undefined;
  private stale = false;
  private lastPage = '';
  private shown: { state: TimelineWebviewState; entryIds: string[]; notice?: string } | undefined;
  private renders = 0;
  private disposed = false;

  /** A new panel beside the editor, following `document` (a Markdown file) when it is in a corpus. */
  static create(client: LanguageClient, document: vscode.Uri | undefined): TimelinePanel {
    const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, 'Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS);
    return new TimelinePanel(panel, client, { scope: document ? 'document' : 'corpus', uri: document?.toString() });
  }

  /** A panel VS Code brings back after a reload, with the state its page saved. */
  static restore(panel: vscode.WebviewPanel, client: LanguageClient, state: TimelineWebviewState): TimelinePanel {
    panel.webview.options = WEBVIEW_OPTIONS;
    return new TimelinePanel(panel, client, state);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    state: TimelineWebviewState,
  ) {
    this.scope = state.scope;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message)),
      panel.onDidChangeViewState(() => panel.visible && this.stale && this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && this.concerns(event.document.uri) && this.schedule(REFRESH_DELAY_MS)),
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((uri) => this.concerns(uri)) && this.schedule(REFRESH_DELAY_MS)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && isMarkdownFile(editor.document) && void this.follow(editor.document.uri)),
      client.onDidChangeState(({ newState }) => newState === State.Running && void this.follow()),
    );
    panel.webview.html = timelinePanelHtml({ timeline: null, cspSource: panel.webview.cspSource, state, notice: 'Loading the timeline…' });
    void this.follow(state.uri === undefined ? undefined : vscode.Uri.parse(state.uri));
  }

  /** Brings the panel forward without taking the focus from the editor. */
  show(): void {
    this.panel.reveal(undefined, true);
  }

  /**
   * Follows a document when it belongs to a corpus the server holds; otherwise keeps what it shows. Without
   * a uri: the one a follow still under way asked for, or the current document, looked up again.
   */
  async follow(uri?: vscode.Uri): Promise<void> {
    const ticket = ++this.followed;
    const asked = uri ?? this.pending ?? this.document;
    this.pending = asked;
    const corpora = await knownCorpora(this.client);
    if (ticket !== this.followed || this.disposed) return;
    this.pending = undefined;
    const owner = asked && corpusOf(corpora, asked);
    if (owner) {
      this.document = asked;
      this.corpus = owner;
    } else if (corpora.length === 0) {
      // The server does not answer (yet): keep the wish; the follow when it runs again settles it.
      this.document = asked;
      this.corpus = undefined;
    } else {
      this.corpus = corpora.find((corpus) => corpus.root.toString() === this.corpus?.root.toString()) ?? corpora[0];
      if (this.document && !(this.corpus && isInCorpus(this.corpus, this.document))) this.document = undefined;
    }
    await this.refresh();
  }

  /** A message from the page (or, through `corpusLint.timelinePostMessage`, from a test): true when acted on. */
  async handleMessage(value: unknown): Promise<boolean> {
    const message = parseWebviewMessage(value);
    if (!message || this.disposed) return false;
    if (message.type === 'reveal') return this.corpus ? revealInEditor(this.corpus.root, message) : false;
    this.scope = message.scope;
    await this.refresh();
    return true;
  }

  snapshot(): TimelineSnapshot {
    return {
      visible: this.panel.visible,
      viewColumn: this.panel.viewColumn,
      scope: this.shown?.state.scope ?? this.scope,
      uri: this.document?.toString(),
      root: this.corpus?.root.toString(),
      entryIds: this.shown?.entryIds ?? [],
      renders: this.renders,
      notice: this.shown?.notice,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.panel.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  private concerns(uri: vscode.Uri): boolean {
    return this.corpus !== undefined && isInCorpus(this.corpus, uri);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Asks the server again and renders when the answer (or what frames it) changed; a hidden panel waits. */
  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    if (this.disposed) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const generation = ++this.generation;
    const scope: TimelineScope = this.scope === 'document' && this.document ? 'document' : 'corpus';
    const params: TimelineParams | undefined = scope === 'document' ? { uri: this.document!.toString() } : this.corpus && { uri: this.corpus.config.toString() };
    const { timeline, notice } = await this.fetch(params);
    if (generation !== this.generation || this.disposed) return;
    const documentName = this.document && baseName(this.document);
    const title = scope === 'document' ? documentName : this.corpus?.name;
    const state: TimelineWebviewState = { scope, uri: this.document?.toString() };
    const page = { timeline, cspSource: this.panel.webview.cspSource, state, title, documentName, notice };
    const key = JSON.stringify(page);
    if (key === this.lastPage) return;
    this.lastPage = key;
    this.panel.title = title ? `Timeline: ${title}` : 'Timeline';
    this.panel.webview.html = timelinePanelHtml(page);
    this.shown = { state, entryIds: timeline?.entries.map((entry) => entry.id) ?? [], notice };
    this.renders++;
  }

  private async fetch(params: TimelineParams | undefined): Promise<{ timeline: TimelineJson | null; notice?: string }> {
    if (!params) return { timeline: null, notice: 'No corpus found: the timeline needs a folder with a corpus.yaml in this workspace.' };
    try {
      const timeline = await this.client.sendRequest(TimelineRequest.type, params);
      return timeline ? { timeline } : { timeline, notice: 'The language server holds no corpus for this file.' };
    } catch (error) {
      return { timeline: null, notice: `The timeline is not available: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}

export function isMarkdownFile(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && document.languageId === 'markdown';
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
