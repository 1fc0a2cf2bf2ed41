/** Completion items in LSP terms. */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { CompletionEntry, CompletionKind } from '../service/features/completion';

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

/** `snippets`: whether the client takes snippet insertions (`completionItem.snippetSupport`). */
export function toCompletionItem(entry: CompletionEntry, snippets: boolean): CompletionItem {
  const useSnippet = snippets && entry.snippet !== undefined;
  const item: CompletionItem = {
    label: entry.label,
    kind: KINDS[entry.kind],
    textEdit: { range: entry.range, newText: useSnippet ? entry.snippet! : entry.newText },
    insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (entry.detail) item.detail = entry.detail;
  if (entry.documentation) item.documentation = { kind: MarkupKind.Markdown, value: entry.documentation };
  if (entry.sortText) item.sortText = entry.sortText;
  if (entry.filterText) item.filterText = entry.filterText;
  return item;
}
