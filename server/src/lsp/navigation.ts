/** Navigation results (references, rename, document and workspace symbols) in LSP terms. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LSPErrorCodes, ResponseError, SymbolKind, type DocumentSymbol, type Location, type Range, type SymbolInformation, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { OutlineSymbol } from '../service/features/documentSymbols';
import type { CorpusSymbol } from '../service/features/workspaceSymbols';
import type { FileEdits, RenameRefusal } from '../service/features/rename';

/** The URI of a corpus-relative file; `root` is the corpus root. */
export function fileUri(root: string, file: string): string {
  return pathToFileURL(join(root, file)).href;
}

/** Places in corpus files (actor places, event tags) as LSP locations. */
export function toLocations(locations: readonly { file: string; range: Range }[], root: string): Location[] {
  return locations.map(({ file, range }) => ({ uri: fileUri(root, file), range }));
}

export function toWorkspaceEdit(files: readonly FileEdits[], root: string): WorkspaceEdit {
  return { changes: Object.fromEntries(files.map(({ file, edits }) => [fileUri(root, file), edits])) };
}

/** A refused rename as the error the editor shows. */
export function toRenameError(refusal: RenameRefusal): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, refusal.error);
}

const SYMBOL_KINDS: Record<OutlineSymbol['kind'], SymbolKind> = {
  heading: SymbolKind.String,
  event: SymbolKind.Event,
  casualty: SymbolKind.Number,
};

export function toDocumentSymbols(symbols: readonly OutlineSymbol[]): DocumentSymbol[] {
  return symbols.map((symbol) => ({
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: toDocumentSymbols(symbol.children),
  }));
}

const CORPUS_SYMBOL_KINDS: Record<CorpusSymbol['kind'], SymbolKind> = {
  event: SymbolKind.Event,
  document: SymbolKind.File,
  actor: SymbolKind.Object,
};

export function toSymbolInformation(symbols: readonly CorpusSymbol[], root: string): SymbolInformation[] {
  return symbols.map(({ name, detail, kind, file, range }) => ({ name, kind: CORPUS_SYMBOL_KINDS[kind], location: { uri: fileUri(root, file), range }, containerName: detail }));
}
