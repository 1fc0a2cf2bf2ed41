/** The language server: LSP wiring only. Each request is answered by one call into the corpus service. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpora, type Located } from './node/corpora';
import { CONFIG_FILE } from './node/corpusFiles';
import { StatusRequest, TimelineRequest } from './protocol';
import { definitionAt } from './service/features/definition';
import { documentSymbols } from './service/features/documentSymbols';
import { completionsAt } from './service/features/completion';
import { hoverAt } from './service/features/hover';
import { referencesAt } from './service/features/references';
import { prepareRename, renameAt } from './service/features/rename';
import { corpusCounts } from './service/features/status';
import { timelineJson } from './service/features/timeline';
import { workspaceSymbols } from './service/features/workspaceSymbols';
import { codeActionsAt, FIX_ALL_KIND } from './lsp/codeActions';
import { COMPLETION_TRIGGERS, completionClient, resolveCompletionItem, toCompletionItems, type CompletionClient } from './lsp/completion';
import { toDefinition } from './lsp/convert';
import { DiagnosticsRouter } from './lsp/diagnosticsRouter';
import { applyDiskChanges } from './lsp/diskChanges';
import { startWorkersEarly } from './lsp/indexing';
import type { OpenDocument } from './lsp/publisher';
import { SettingsReader } from './lsp/settings';
import { toDocumentSymbols, toLocations, toRenameError, toSymbolInformation, toWorkspaceEdit } from './lsp/navigation';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const failedRules = new Set<string>();
  const corpora = new Corpora({
    error: (message, ruleId) => {
      if (ruleId && failedRules.has(ruleId)) return;
      if (ruleId) failedRules.add(ruleId);
      connection.console.error(message);
    },
  });
  const locate = (uri: string): Located | undefined => (uri.startsWith('file:') ? corpora.locate(fileURLToPath(uri)) : undefined);
  const openDocument = (uri: string): OpenDocument | undefined => {
    const document = documents.get(uri);
    const located = document && locate(uri);
    return located && located.workspace.has(located.file) ? { uri, version: document.version, located } : undefined;
  };
  let definitionLinks = false;
  let completion: CompletionClient = { snippets: false, resolvesDocumentation: false };
  let prepareRenameSupport = false;
  /** A document or the registry file: where an actor can be looked up by position. */
  const actorFile = (uri: string): Located | undefined => {
    const located = locate(uri);
    const kind = located && corpora.kindOf(located);
    return kind === 'document' || kind === 'registry' ? located : undefined;
  };
  let watchesFiles = false;
  let hearsOfSettings = false;
  const settings = new SettingsReader(connection);
  const openDocuments = () => documents.all().flatMap((document) => openDocument(document.uri) ?? []);
  const router = new DiagnosticsRouter(connection, corpora, openDocuments, settings, (uri) => documents.get(uri) !== undefined);
  /** A request that reads the whole corpus waits for the first indexing rather than redo its work on this thread. */
  const afterIndexing =
    <P, R>(handler: (params: P) => R) =>
    async (params: P): Promise<R> => {
      await router.whenIndexed();
      return handler(params);
    };

  connection.onInitialize((params) => {
    const { textDocument, workspace } = params.capabilities;
    definitionLinks = textDocument?.definition?.linkSupport === true;
    completion = completionClient(textDocument);
    router.pull = textDocument?.diagnostic !== undefined;
    settings.supported = workspace?.configuration === true;
    watchesFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hearsOfSettings = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    prepareRenameSupport = params.capabilities.textDocument?.rename?.prepareSupport === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const uri of folders) if (uri.startsWith('file:')) corpora.addFolder(fileURLToPath(uri), startWorkersEarly);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: completion.resolvesDocumentation },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: prepareRenameSupport ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...(router.pull ? { diagnosticProvider: { identifier: 'corpus-lint', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'corpus-lint-language-server' },
    };
  });
  connection.onInitialized(() => {
    if (watchesFiles) {
      const watchers = ['**/*.md', '**/*.markdown', '**/*.{yaml,yml}'].map((globPattern) => ({ globPattern }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }
    if (hearsOfSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corpusLint' });
    void router.start();
  });
  connection.onDidChangeConfiguration(() => void router.settingsChanged());
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const onDisk = changes.filter((change) => change.uri.startsWith('file:') && !documents.get(change.uri));
    applyDiskChanges(corpora, router, onDisk.map((change) => ({ path: fileURLToPath(change.uri), deleted: change.type === FileChangeType.Deleted })));
  });
  connection.languages.diagnostics.on(({ textDocument, previousResultId }) => router.documentReport(locate(textDocument.uri), textDocument.uri, previousResultId));
  connection.languages.diagnostics.onWorkspace(async ({ previousResultIds }) => ({
    items: await router.workspaceReport(previousResultIds, (uri) => documents.get(uri)?.version),
  }));

  documents.onDidOpen(({ document }) => {
    const located = locate(document.uri);
    if (!located || !corpora.isDocument(located)) return;
    located.workspace.setDocument(located.file, document.getText());
    router.opened(document.uri, located);
  });
  documents.onDidChangeContent(({ document }) => {
    const located = locate(document.uri);
    if (located && corpora.update(located, document.getText())) router.edited(document.uri, located);
  });
  documents.onDidClose(({ document }) => {
    const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
    if (path && basename(path) === CONFIG_FILE && !existsSync(path)) {
      applyDiskChanges(corpora, router, [{ path, deleted: true }]);
      return;
    }
    const located = locate(document.uri);
    const kind = located && corpora.revert(located);
    if (!kind) return;
    if (kind === 'document') router.clear(document.uri);
    router.fileChanged(located, located.file, !located.workspace.has(located.file));
  });

  connection.onHover(afterIndexing(({ textDocument, position }) => {
    const open = openDocument(textDocument.uri);
    const card = open && hoverAt(open.located.workspace, open.located.file, position);
    return card ? { contents: { kind: 'markdown', value: card.markdown }, range: card.range } : null;
  }));
  connection.onCompletion(afterIndexing(({ textDocument, position }) => {
    const open = openDocument(textDocument.uri);
    if (!open) return [];
    const { workspace, file } = open.located;
    return toCompletionItems(workspace, textDocument.uri, completionsAt(workspace, file, position), completion);
  }));
  connection.onCompletionResolve((item) => resolveCompletionItem(item, (uri) => locate(uri)?.workspace));
  connection.onDefinition(({ textDocument, position }) => {
    const open = openDocument(textDocument.uri);
    const link = open && definitionAt(open.located.workspace, open.located.file, position);
    return link ? toDefinition(link, open.located.root, definitionLinks) : null;
  });
  connection.onReferences(afterIndexing(({ textDocument, position, context }) => {
    const located = actorFile(textDocument.uri);
    const locations = located && referencesAt(located.workspace, located.file, position, context.includeDeclaration);
    return locations ? toLocations(locations, located.root) : null;
  }));
  connection.onPrepareRename(afterIndexing(({ textDocument, position }) => {
    const located = actorFile(textDocument.uri);
    const target = located && prepareRename(located.workspace, located.file, position);
    if (!target) return null;
    return 'error' in target ? toRenameError(target) : target;
  }));
  connection.onRenameRequest(afterIndexing(({ textDocument, position, newName }) => {
    const located = actorFile(textDocument.uri);
    const edits = located && renameAt(located.workspace, located.file, position, newName);
    if (!edits) return null;
    return 'error' in edits ? toRenameError(edits) : toWorkspaceEdit(edits, located.root);
  }));
  connection.onDocumentSymbol(({ textDocument }) => {
    const open = openDocument(textDocument.uri);
    return open ? toDocumentSymbols(documentSymbols(open.located.workspace, open.located.file)) : [];
  });
  connection.onWorkspaceSymbol(afterIndexing(({ query }) => corpora.all().flatMap(({ root, workspace }) => toSymbolInformation(workspaceSymbols(workspace, query), root))));
  connection.onCodeAction(afterIndexing(({ textDocument, range, context }) => {
    const open = openDocument(textDocument.uri);
    return open ? codeActionsAt(open.located, textDocument.uri, range, context) : [];
  }));
  connection.onRequest(TimelineRequest.type, afterIndexing(({ uri }: { uri?: string }) => {
    if (uri === undefined) {
      const [first] = corpora.all();
      return first ? timelineJson(first.workspace) : null;
    }
    const located = locate(uri);
    if (!located) return null;
    return timelineJson(located.workspace, located.file === CONFIG_FILE ? undefined : located.file);
  }));
  connection.onRequest(StatusRequest.type, afterIndexing(() => ({
    corpora: corpora.all().map(({ root, workspace }) => {
      const counts = corpusCounts(workspace);
      return { ...counts, name: counts.name || basename(root), root: pathToFileURL(root).href };
    }),
  })));
  connection.onShutdown(() => router.dispose());

  documents.listen(connection);
  connection.listen();
}
