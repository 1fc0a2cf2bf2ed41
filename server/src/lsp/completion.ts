/** Completion items in LSP terms. */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type TextDocumentClientCapabilities } from 'vscode-languageserver/node';
import { completionDocumentation, type CompletionEntry, type CompletionKind } from '../service/features/completion';
import type { CorpusWorkspace } from '../service/workspace';

/** Characters after which an editor asks for completion without being told to. */
export const COMPLETION_TRIGGERS = [':', '=', '{', ' ', ',', '[', '"'];

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  actor: CompletionItemKind.Reference,
  directive: CompletionItemKind.Keyword,
  attribute: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  event: CompletionItemKind.Event,
  field: CompletionItemKind.Field,
};

/** What a client takes in completion items. */
export interface CompletionClient {
  /** Snippet insertions (`completionItem.snippetSupport`). */
  snippets: boolean;
  /** Documentation asked for on completionItem/resolve, item by item, instead of sent with every item. */
  resolvesDocumentation: boolean;
}

export function completionClient(capabilities: TextDocumentClientCapabilities | undefined): CompletionClient {
  const item = capabilities?.completion?.completionItem;
  return { snippets: item?.snippetSupport === true, resolvesDocumentation: item?.resolveSupport?.properties.includes('documentation') === true };
}

/** What completionItem/resolve gets back of an actor item: where to find the registry that has its card. */
interface ActorItemData {
  uri: string;
  actor: string;
}

/**
 * The items of `entries`, completing in the document at `uri`. An actor's card is left to
 * completionItem/resolve where the client asks for it there: a registry has thousands of actors.
 */
export function toCompletionItems(workspace: CorpusWorkspace, uri: string, entries: readonly CompletionEntry[], client: CompletionClient): CompletionItem[] {
  return entries.map((entry) => {
    const item = toCompletionItem(entry, client.snippets);
    if (entry.actor !== undefined && client.resolvesDocumentation) item.data = { uri, actor: entry.actor } satisfies ActorItemData;
    else withDocumentation(item, completionDocumentation(workspace, entry));
    return item;
  });
}

/** Adds the card of an actor item; `workspaceOf` finds the corpus of the document it completed in. */
export function resolveCompletionItem(item: CompletionItem, workspaceOf: (uri: string) => CorpusWorkspace | undefined): CompletionItem {
  const data = item.data as Partial<ActorItemData> | undefined;
  if (typeof data?.uri !== 'string' || typeof data.actor !== 'string') return item;
  const workspace = workspaceOf(data.uri);
  return workspace ? withDocumentation(item, completionDocumentation(workspace, { actor: data.actor })) : item;
}

function toCompletionItem(entry: CompletionEntry, snippets: boolean): CompletionItem {
  const useSnippet = snippets && entry.snippet !== undefined;
  const item: CompletionItem = {
    label: entry.label,
    kind: KINDS[entry.kind],
    textEdit: { range: entry.range, newText: useSnippet ? entry.snippet! : entry.newText },
    insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (entry.detail) item.detail = entry.detail;
  if (entry.sortText) item.sortText = entry.sortText;
  if (entry.filterText) item.filterText = entry.filterText;
  return item;
}

function withDocumentation(item: CompletionItem, markdown: string | undefined): CompletionItem {
  if (markdown) item.documentation = { kind: MarkupKind.Markdown, value: markdown };
  return item;
}
