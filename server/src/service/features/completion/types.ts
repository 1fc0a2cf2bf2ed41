/** Completion items as the service gives them: plain data, converted to LSP items by the server. */
import type { Range } from '../../types';

/** What an item completes: an editor shows each kind with its own icon. */
export type CompletionKind = 'actor' | 'directive' | 'attribute' | 'value' | 'event' | 'field';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line beside the label: an actor's name and type, a field's type. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** The registry actor the item stands for: its card documents the item (see `completionDocumentation`). */
  actor?: string;
  /** The text the item replaces: the partial word at the cursor, possibly empty. */
  range: Range;
  newText: string;
  /** The same insertion as an LSP snippet (`$1` tab stops), for editors that take snippets. */
  snippet?: string;
  /** Orders items before the editor filters them; the label when absent. */
  sortText?: string;
  /** What the editor matches the typed word against; the label when absent. */
  filterText?: string;
}
