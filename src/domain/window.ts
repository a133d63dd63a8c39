// The budget window (--year, --until): the months a finance officer prices, and what each worker's months lose to it.
// A fiscal year in Indonesia is the calendar year (January–December), so a window never needs more than months.
import { monthOf, yearOf, type Month } from "./month.js";

/** The months priced: from `first` (null: no lower bound, --until alone) to `last`, both included. */
export interface BudgetWindow {
  first: Month | null;
  last: Month;
}

/** A worker's (or a period's) months cut to a window: what is left, and how many months fell before and after it. */
export interface ClippedMonths {
  /** The first month inside the window; the original start when nothing is left. */
  start: Month;
  /** Months inside the window, 0 when none. */
  months: number;
  before: number;
  after: number;
}

/** Why a window cannot be made of the flags given. */
export type WindowProblem = { code: "UNTIL_OUTSIDE_YEAR"; year: number; until: Month };

/** The window of --year and --until: the year's January to its December, or to --until; undefined with neither. */
export function windowOf(year: number | undefined, until: Month | undefined): BudgetWindow | WindowProblem | undefined {
  if (year === undefined) return until === undefined ? undefined : { first: null, last: until };
  if (until !== undefined && yearOf(until) !== year) return { code: "UNTIL_OUTSIDE_YEAR", year, until };
  return { first: monthOf(year, 1), last: until ?? monthOf(year, 12) };
}

/** Cuts `months` months from `start` to the window; before + inside + after is always `months`. */
export function clipToWindow(start: Month, months: number, window: BudgetWindow): ClippedMonths {
  const end = start + months - 1;
  const first = window.first === null ? start : Math.max(start, window.first);
  const last = Math.min(end, window.last);
  if (first > last) {
    // Nothing inside: every month lies on one side of the window.
    const wholeBefore = window.first !== null && end < window.first;
    return { start, months: 0, before: wholeBefore ? months : 0, after: wholeBefore ? 0 : months };
  }
  return { start: first, months: last - first + 1, before: first - start, after: end - last };
}

/**
 * The period a planning command prices (capacity, target, allocate, a headcount budget): --start, or else the
 * window's first month; --months, or else up to the window's last month. Undefined when there is no start at all.
 */
export function periodInWindow(start: Month | undefined, months: number | undefined, window: BudgetWindow): { start: Month; months: number } | undefined {
  const from = start ?? window.first ?? undefined;
  if (from === undefined) return undefined;
  return { start: from, months: months ?? Math.max(1, window.last - from + 1) };
}

/** Worker-months that fell outside a window, and workers with no month inside it, over all workers seen. */
export class WindowTally {
  workerMonthsBefore = 0;
  workerMonthsAfter = 0;
  workersOutside = 0;

  constructor(readonly window: BudgetWindow) {}

  clip(start: Month, months: number): ClippedMonths {
    return clipToWindow(start, months, this.window);
  }

  /**
   * Counts `count` workers cut alike. Counts stay exact: workers ≤ MAX_WORKERS and months ≤ MAX_MONTHS
   * (count.ts, month.ts) keep worker-months below 2^53.
   */
  count(clipped: ClippedMonths, count = 1): void {
    this.workerMonthsBefore += clipped.before * count;
    this.workerMonthsAfter += clipped.after * count;
    if (clipped.months === 0) this.workersOutside += count;
  }

  summary(): WindowSummary {
    return { ...this.window, workerMonthsBefore: this.workerMonthsBefore, workerMonthsAfter: this.workerMonthsAfter, workersOutside: this.workersOutside };
  }
}

export interface WindowSummary extends BudgetWindow {
  workerMonthsBefore: number;
  workerMonthsAfter: number;
  workersOutside: number;
}

/** The fiscal years a period from `first` to `last` touches, when more than one: a total that mixes two budgets. */
export function fiscalYearsSpanned(first: Month, last: Month): { firstYear: number; lastYear: number } | undefined {
  const firstYear = yearOf(first);
  const lastYear = yearOf(last);
  return firstYear === lastYear ? undefined : { firstYear, lastYear };
}
