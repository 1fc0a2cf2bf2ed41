/** The corpora the language server holds, and which of them a file belongs to, as the server decides it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest } from '../../../server/src/protocol';
import { nearestRoot } from './paths';

export interface KnownCorpus {
  /** corpus.yaml's `name`, or the root folder's name. */
  name: string;
  /** The folder holding corpus.yaml. */
  root: vscode.Uri;
  /** corpus.yaml itself: the timeline request's way to name the whole corpus. */
  config: vscode.Uri;
}

/** Empty while the server cannot answer. */
export async function knownCorpora(client: LanguageClient): Promise<KnownCorpus[]> {
  try {
    const { corpora } = await client.sendRequest(StatusRequest.type);
    return corpora.map(({ name, root }) => {
      const folder = vscode.Uri.parse(root);
      return { name, root: folder, config: vscode.Uri.joinPath(folder, 'corpus.yaml') };
    });
  } catch {
    return [];
  }
}

/** The corpus with the nearest corpus.yaml at or above a file. */
export function corpusOf(corpora: readonly KnownCorpus[], uri: vscode.Uri): KnownCorpus | undefined {
  if (uri.scheme !== 'file') return undefined;
  const root = nearestRoot(
    corpora.map((corpus) => corpus.root.fsPath),
    uri.fsPath,
  );
  return corpora.find((corpus) => corpus.root.fsPath === root);
}

/** Whether a file lies in the corpus's folder (at any depth). */
export function isInCorpus(corpus: KnownCorpus, uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && nearestRoot([corpus.root.fsPath], uri.fsPath) !== undefined;
}
