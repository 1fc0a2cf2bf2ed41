/** Hover on a front-matter key: what the field means and the values it allows. */
import type { ParsedDocument } from '../../document';
import type { CorpusConfig } from '../../config';
import { describeField, fieldMarkdown } from '../completion/fields';
import type { HoverCard } from '../hover';

export function fieldHover(config: CorpusConfig, doc: ParsedDocument, offset: number): HoverCard | undefined {
  const fields = doc.frontMatter?.fields;
  if (!fields) return undefined;
  for (const field of fields.values()) {
    if (offset < field.keySpan.start || offset >= field.keySpan.end) continue;
    const description = describeField(config, field.key);
    const markdown = description
      ? fieldMarkdown(description)
      : `**\`${field.key}\`** · not in the schema\n\nNeither the spec nor \`frontMatter.fields\` in corpus.yaml declares this field.`;
    return { markdown, range: doc.lines.range(field.keySpan) };
  }
  return undefined;
}
