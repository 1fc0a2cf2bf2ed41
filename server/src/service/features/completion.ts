/**
 * Completion in a corpus document: front-matter keys and values, tag names after `:`, attribute names
 * and values inside a tag's `{...}`. Works on the document as last set in the workspace, which is
 * often half-typed: the contexts are read from the text around the cursor where the parse cannot help.
 */
import type { Position } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { actorCard } from './hover/actorCard';
import { attributeCursor } from './completion/attributeCursor';
import { attributeItems } from './completion/attributeItems';
import { directiveItems } from './completion/directiveItems';
import { frontMatterCursor } from './completion/frontMatterCursor';
import { frontMatterItems } from './completion/frontMatterItems';
import type { CompletionEntry } from './completion/types';

export type { CompletionEntry, CompletionKind } from './completion/types';

/** The items for `position` in `file`; empty where nothing completes, for a file not in the corpus, and for a position outside the text. */
export function completionsAt(workspace: CorpusWorkspace, file: string, position: Position): CompletionEntry[] {
  const doc = workspace.document(file);
  if (!doc || position.line < 0 || position.character < 0 || position.line >= doc.lines.lineCount) return [];
  const lineStart = doc.lines.lineStart(position.line);
  if (lineStart + position.character > doc.lines.lineEnd(position.line)) return [];
  const offset = lineStart + position.character;
  if (doc.frontMatter && offset < doc.frontMatter.span.end) {
    const cursor = frontMatterCursor(doc, offset, position);
    return cursor ? frontMatterItems(workspace, doc, cursor, offset) : [];
  }
  const cursor = attributeCursor(doc, offset);
  if (cursor) return attributeItems(workspace, doc, cursor, offset);
  return directiveItems(doc, offset) ?? [];
}

/** An item's documentation in Markdown: its own, or the card of the actor it stands for. */
export function completionDocumentation(workspace: CorpusWorkspace, entry: Pick<CompletionEntry, 'documentation' | 'actor'>): string | undefined {
  if (entry.documentation !== undefined) return entry.documentation;
  const actor = entry.actor === undefined ? undefined : workspace.registry.byId.get(entry.actor);
  return actor && actorCard(actor);
}
