/** The language server: LSP wiring only. Each request is answered by one call into the corpus service. */
import { fileURLToPath } from 'node:url';
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpora, type Located } from './node/corpora';
import { CONFIG_FILE } from './node/corpusFiles';
import { TimelineRequest } from './protocol';
import { quickFixes } from './service/features/codeActions';
import { definitionAt } from './service/features/definition';
import { hoverAt } from './service/features/hover';
import { timelineJson } from './service/features/timeline';
import { toCodeAction, toDefinition } from './lsp/convert';
import { DiagnosticsPublisher, type OpenDocument } from './lsp/publisher';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const corpora = new Corpora({ error: (message) => connection.console.error(message) });
  const locate = (uri: string): Located | undefined => (uri.startsWith('file:') ? corpora.locate(fileURLToPath(uri)) : undefined);
  const openDocument = (uri: string): OpenDocument | undefined => {
    const document = documents.get(uri);
    const located = document && locate(uri);
    return located && located.workspace.has(located.file) ? { uri, version: document.version, located } : undefined;
  };
  let definitionLinks = false;
  const publisher = new DiagnosticsPublisher(connection, () => documents.all().flatMap((document) => openDocument(document.uri) ?? []));

  connection.onInitialize((params) => {
    definitionLinks = params.capabilities.textDocument?.definition?.linkSupport === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const uri of folders) if (uri.startsWith('file:')) corpora.addFolder(fileURLToPath(uri));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'corpus-lint-language-server' },
    };
  });
  connection.onInitialized(() => corpora.all().forEach((corpus) => publisher.publishCorpus(corpus)));

  documents.onDidOpen(({ document }) => {
    const located = locate(document.uri);
    if (located && corpora.isDocument(located)) located.workspace.setDocument(located.file, document.getText());
  });
  documents.onDidChangeContent(({ document }) => {
    const located = locate(document.uri);
    if (located && corpora.update(located, document.getText())) publisher.schedule(document.uri, located);
  });
  documents.onDidClose(({ document }) => {
    const located = locate(document.uri);
    const kind = located && corpora.revert(located);
    if (!kind) return;
    if (kind === 'document') publisher.clear(document.uri);
    publisher.schedule(document.uri, located);
  });

  connection.onHover(({ textDocument, position }) => {
    const open = openDocument(textDocument.uri);
    const card = open && hoverAt(open.located.workspace, open.located.file, position);
    return card ? { contents: { kind: 'markdown', value: card.markdown }, range: card.range } : null;
  });
  connection.onDefinition(({ textDocument, position }) => {
    const open = openDocument(textDocument.uri);
    const link = open && definitionAt(open.located.workspace, open.located.file, position);
    return link ? toDefinition(link, open.located.root, definitionLinks) : null;
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const open = openDocument(textDocument.uri);
    if (!open) return [];
    return quickFixes(open.located.workspace, open.located.file, range).map((fix) => toCodeAction(fix, textDocument.uri, open.located.root));
  });
  connection.onRequest(TimelineRequest.type, ({ uri }) => {
    if (uri === undefined) {
      const [first] = corpora.all();
      return first ? timelineJson(first.workspace) : null;
    }
    const located = locate(uri);
    if (!located) return null;
    return timelineJson(located.workspace, located.file === CONFIG_FILE ? undefined : located.file);
  });
  connection.onShutdown(() => publisher.dispose());

  documents.listen(connection);
  connection.listen();
}
