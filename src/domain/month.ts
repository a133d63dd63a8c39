// A calendar month as a single integer (year × 12 + month − 1), so ranges and lookups are plain comparisons.

export type Month = number;

const MONTH_TEXT = /^(\d{4})-(\d{1,2})$/;

export function parseMonth(text: string): Month | undefined {
  const match = MONTH_TEXT.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return monthOf(year, month);
}

export function monthOf(year: number, month: number): Month {
  return year * 12 + (month - 1);
}

export function yearOf(month: Month): number {
  return Math.floor(month / 12);
}

/** 1 for January … 12 for December. */
export function calendarMonthOf(month: Month): number {
  return (month % 12) + 1;
}

export function formatMonth(month: Month): string {
  return `${yearOf(month)}-${String(calendarMonthOf(month)).padStart(2, "0")}`;
}

export function lastMonthOf(start: Month, months: number): Month {
  return start + months - 1;
}
