import type { Directive } from '../parse/markdown';
import { ACTOR_ID } from '../registry';
import { closest } from '../text/closest';
import { calendarDateProblem } from '../text/dates';
import type { Report } from './rule';

/** Reports attributes a tag does not know, attributes given twice, and a bad `date` or id-valued attribute. */
export function checkTagAttributes(tag: Directive, allowed: readonly string[], idKeys: readonly string[], today: string, report: Report): void {
  const seen = new Set<string>();
  for (const attr of tag.attributes) {
    if (!allowed.includes(attr.key)) {
      const suggestion = closest(attr.key, allowed);
      report({ span: attr.keySpan, message: `:${tag.name} has no attribute \`${attr.key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `. Known: ${allowed.join(', ')}.`}` });
      continue;
    }
    if (seen.has(attr.key)) report({ span: attr.keySpan, message: `\`${attr.key}\` is given twice in this :${tag.name} tag.` });
    seen.add(attr.key);
    if (attr.key === 'date') {
      const problem = calendarDateProblem(attr.value, today, ['day', 'month', 'year']);
      if (problem) report({ span: attr.valueSpan.end > attr.valueSpan.start ? attr.valueSpan : attr.keySpan, message: `\`date\`: ${problem}` });
    } else if (idKeys.includes(attr.key) && !ACTOR_ID.test(attr.value)) {
      report({ span: attr.valueSpan.end > attr.valueSpan.start ? attr.valueSpan : attr.keySpan, message: `\`${attr.key}\` must be an id: lower-case letters, digits and hyphens.` });
    }
  }
}
