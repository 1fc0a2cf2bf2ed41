export type DatePrecision = 'day' | 'month' | 'year';

const FORMS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

export function datePrecision(value: string): DatePrecision | undefined {
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : value.length === 4 ? 'year' : undefined;
  return precision && FORMS[precision].test(value) ? precision : undefined;
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
  const year = Number(value.slice(0, 4));
  const month = value.length >= 7 ? Number(value.slice(5, 7)) : 1;
  const day = value.length === 10 ? Number(value.slice(8, 10)) : 1;
  if (month < 1 || month > 12) return `\`${value}\` has no month ${month}.`;
  const monthDays = daysInMonth(year, month);
  if (day < 1 || day > monthDays) return `\`${value}\` is not a real date: that month has ${monthDays} days.`;
  if (`${value.slice(0, 4)}-${value.length >= 7 ? value.slice(5, 7) : '01'}-${value.length === 10 ? value.slice(8, 10) : '01'}` > today) {
    return `\`${value}\` is in the future (today is ${today}).`;
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
