import { scanBlocks } from './markdownScan/blocks';
import { InlineScanner } from './markdownScan/inline';
import { ScanOutput } from './markdownScan/output';
import type { BodyScan } from './markdownScan/types';

export type { Attribute, BodyScan, Directive, DirectiveError, HtmlComment } from './markdownScan/types';

/**
 * Scans a document's Markdown body, which starts at `from` (after the front-matter): finds the text
 * directives (spec section 3), the HTML comments, and the regions where tags and actor names are not
 * recognised, and derives the prose the other scanners read. Offsets are absolute in `text`.
 *
 * Hand-written rather than built on micromark: one pass over the lines for the blocks, one left-to-
 * right pass over each paragraph for the inline constructs, every search remembered so that nothing
 * is searched twice. That keeps it linear and well over an order of magnitude faster than a full
 * CommonMark parse, and it reads only what the rules need. It agrees with micromark and
 * micromark-extension-directive except where the spec differs (a directive name starts with a
 * letter, and a directive needs its `[label]`) and in a few corners: the block approximations of
 * `scanBlocks`; reference links are not resolved, so a `[text](dest)` around one is still read as a
 * link; raw HTML other than comments is text; character references in attribute values stay as
 * written; nesting of parentheses in a link destination is not capped at 32.
 */
export function scanBody(text: string, from: number): BodyScan {
  const out = new ScanOutput(text);
  out.blank(0, from);
  const inline = new InlineScanner(text, from, out);
  for (const block of scanBlocks(text, from)) {
    if (block.kind === 'text') inline.scan(block.start, block.end, block.definitions);
    else if (block.kind === 'comment') out.commentBlock(block.start, block.commentEnd, block.end, block.closed);
    else out.exclude(block.start, block.end);
  }
  return {
    directives: out.directives,
    directiveErrors: out.directiveErrors,
    comments: out.comments,
    excluded: out.excluded,
    prose: out.prose(),
  };
}
