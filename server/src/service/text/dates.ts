export type DatePrecision = 'day' | 'month' | 'year';

const FORMS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

export function datePrecision(value: string): DatePrecision | undefined {
  return (Object.keys(FORMS) as DatePrecision[]).find((precision) => FORMS[precision].test(value));
}

/**
 * What is wrong with a date written at one of the `allowed` precisions, or undefined when it is a real
 * calendar date no later than `today` (YYYY-MM-DD). A month or year is in the future when it starts after today.
 */
export function calendarDateProblem(value: string, today: string, allowed: readonly DatePrecision[]): string | undefined {
  const precision = datePrecision(value);
  if (!precision || !allowed.includes(precision)) {
    const forms = allowed.map((p) => ({ day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' })[p]).join(', ');
    return `\`${value}\` is not a date written ${forms}.`;
  }
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (month < 1 || month > 12) return `\`${value}\` has no month ${month}.`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `\`${value}\` is not a real date: that month has ${daysInMonth} days.`;
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (first > today) return `\`${value}\` is in the future (today is ${today}).`;
  return undefined;
}

export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
