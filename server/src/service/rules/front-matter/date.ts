import type { DocumentRule } from '../rule';
import { calendarDateProblem } from '../../text/dates';
import { fieldSpec } from './schema';

export const frontMatterDate: DocumentRule = {
  id: 'front-matter/date',
  check({ fields, env }, report) {
    if (!fields) return;
    for (const field of fields.values()) {
      if (fieldSpec(env.config, field.key)?.type !== 'date' || typeof field.value !== 'string' || field.value.trim() === '') continue;
      const problem = calendarDateProblem(field.value, env.today, ['day']);
      if (problem) report({ span: field.valueSpan, message: `\`${field.key}\`: ${problem}` });
    }
    const published = fields.get('published');
    const retrieved = fields.get('retrieved');
    if (
      typeof published?.value === 'string' &&
      typeof retrieved?.value === 'string' &&
      !calendarDateProblem(published.value, env.today, ['day']) &&
      !calendarDateProblem(retrieved.value, env.today, ['day']) &&
      retrieved.value < published.value
    ) {
      report({ span: retrieved.valueSpan, message: `\`retrieved\` (${retrieved.value}) is before \`published\` (${published.value}): a page cannot be saved before it appeared.` });
    }
  },
};
