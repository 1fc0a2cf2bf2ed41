import { compareStrings } from '../text/compare';
import { calendarDateProblem, datePrecision, type DatePrecision } from '../text/dates';
import type { TimelineDate } from './types';

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

/** The date a tag or field states, or undefined when the linter would reject it (not a real date, or after `today`). */
export function timelineDate(value: string | undefined, today: string): TimelineDate | undefined {
  if (value === undefined) return undefined;
  const precision = datePrecision(value);
  if (!precision || calendarDateProblem(value, today, PRECISIONS)) return undefined;
  const start = precision === 'day' ? value : precision === 'month' ? `${value}-01` : `${value}-01-01`;
  return { value, precision, start };
}

/** Of several reports' dates, the most precise one, and the earliest of those. */
export function bestDate(dates: readonly TimelineDate[]): TimelineDate | undefined {
  let best: TimelineDate | undefined;
  for (const date of dates) {
    const finer = best ? PRECISIONS.indexOf(best.precision) - PRECISIONS.indexOf(date.precision) : 1;
    if (finer > 0 || (finer === 0 && date.start < best!.start)) best = date;
  }
  return best;
}

/** Entries sort by the first day their date covers, then by id (spec section 7). */
export function compareByDateThenId(a: { date: TimelineDate; id: string }, b: { date: TimelineDate; id: string }): number {
  return compareStrings(a.date.start, b.date.start) || compareStrings(a.id, b.id);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date in words at its own precision: `24 December 2024`, `December 2024`, `2024`. */
export function dateInWords(date: TimelineDate): string {
  const [year, month, day] = date.value.split('-').map(Number);
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
