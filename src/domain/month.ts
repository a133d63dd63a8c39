// A calendar month as a single integer (year × 12 + month − 1), so ranges and lookups are plain comparisons.

export type Month = number;

const MONTH_TEXT = /^(\d{4})-(\d{1,2})$/;

/** Contributions began in the 1970s; a year outside FIRST_YEAR–LAST_YEAR is a typing slip, not a plan. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function parseMonth(text: string): Month | undefined {
  const match = MONTH_TEXT.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
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

/**
 * A budget longer than a century is a typing slip. With MAX_WORKERS (count.ts), worker-months stay below 3.6 × 10^11,
 * an exact JavaScript integer.
 */
export const MAX_MONTHS = 1200;

/** A number of months, 1 to MAX_MONTHS. */
export function parseMonthCount(text: string): number | undefined {
  const trimmed = text.trim();
  // At most four digits, so Number() reads it exactly before the range is checked.
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const months = Number(trimmed);
  return months >= 1 && months <= MAX_MONTHS ? months : undefined;
}
