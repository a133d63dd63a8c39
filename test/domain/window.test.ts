import { describe, expect, it } from "vitest";
import { monthOf } from "../../src/domain/month.js";
import { clipToWindow, fiscalYearsSpanned, periodInWindow, windowOf, WindowTally, type BudgetWindow } from "../../src/domain/window.js";

const year2026: BudgetWindow = { first: monthOf(2026, 1), last: monthOf(2026, 12) };

describe("windowOf", () => {
  it("--year is January to December of that year", () => {
    expect(windowOf(2026, undefined)).toEqual(year2026);
  });

  it("--until ends the year early, and alone leaves the start open", () => {
    expect(windowOf(2026, monthOf(2026, 6))).toEqual({ first: monthOf(2026, 1), last: monthOf(2026, 6) });
    expect(windowOf(undefined, monthOf(2026, 6))).toEqual({ first: null, last: monthOf(2026, 6) });
  });

  it("--until outside the year is a problem, not a window", () => {
    expect(windowOf(2026, monthOf(2027, 1))).toEqual({ code: "UNTIL_OUTSIDE_YEAR", year: 2026, until: monthOf(2027, 1) });
  });

  it("neither flag: no window", () => {
    expect(windowOf(undefined, undefined)).toBeUndefined();
  });
});

describe("clipToWindow", () => {
  it("October 2025 for 12 months keeps January–September 2026: 3 months before, none after", () => {
    expect(clipToWindow(monthOf(2025, 10), 12, year2026)).toEqual({ start: monthOf(2026, 1), months: 9, before: 3, after: 0 });
  });

  it("July 2026 for 12 months keeps July–December: 6 months after", () => {
    expect(clipToWindow(monthOf(2026, 7), 12, year2026)).toEqual({ start: monthOf(2026, 7), months: 6, before: 0, after: 6 });
  });

  it("a period over the whole window loses both ends", () => {
    expect(clipToWindow(monthOf(2025, 12), 14, year2026)).toEqual({ start: monthOf(2026, 1), months: 12, before: 1, after: 1 });
  });

  it("a period inside the window is left as it is", () => {
    expect(clipToWindow(monthOf(2026, 4), 6, year2026)).toEqual({ start: monthOf(2026, 4), months: 6, before: 0, after: 0 });
  });

  it("a period wholly before or after keeps nothing, every month on its side", () => {
    expect(clipToWindow(monthOf(2024, 3), 12, year2026)).toEqual({ start: monthOf(2024, 3), months: 0, before: 12, after: 0 });
    expect(clipToWindow(monthOf(2027, 2), 6, year2026)).toEqual({ start: monthOf(2027, 2), months: 0, before: 0, after: 6 });
  });

  it("the window's first and last months are inside it", () => {
    expect(clipToWindow(monthOf(2025, 12), 2, year2026)).toEqual({ start: monthOf(2026, 1), months: 1, before: 1, after: 0 });
    expect(clipToWindow(monthOf(2026, 12), 2, year2026)).toEqual({ start: monthOf(2026, 12), months: 1, before: 0, after: 1 });
  });

  it("under --until alone nothing falls before", () => {
    const untilJune: BudgetWindow = { first: null, last: monthOf(2026, 6) };
    expect(clipToWindow(monthOf(2020, 1), 90, untilJune)).toEqual({ start: monthOf(2020, 1), months: 78, before: 0, after: 12 });
    expect(clipToWindow(monthOf(2026, 7), 3, untilJune)).toEqual({ start: monthOf(2026, 7), months: 0, before: 0, after: 3 });
  });
});

describe("periodInWindow", () => {
  it("no --start: the window's first month; no --months: up to its last", () => {
    expect(periodInWindow(undefined, undefined, year2026)).toEqual({ start: monthOf(2026, 1), months: 12 });
    expect(periodInWindow(monthOf(2026, 4), undefined, year2026)).toEqual({ start: monthOf(2026, 4), months: 9 });
    expect(periodInWindow(undefined, 6, year2026)).toEqual({ start: monthOf(2026, 1), months: 6 });
  });

  it("a start after the window still asks for one month (the cut then finds none inside)", () => {
    expect(periodInWindow(monthOf(2027, 3), undefined, year2026)).toEqual({ start: monthOf(2027, 3), months: 1 });
  });

  it("--until alone gives no start", () => {
    expect(periodInWindow(undefined, undefined, { first: null, last: monthOf(2026, 6) })).toBeUndefined();
  });
});

describe("WindowTally", () => {
  it("counts worker-months before and after, and workers with no month inside", () => {
    const tally = new WindowTally(year2026);
    tally.count(tally.clip(monthOf(2025, 10), 12));
    tally.count(tally.clip(monthOf(2026, 7), 12), 3);
    tally.count(tally.clip(monthOf(2024, 3), 12));
    tally.count(tally.clip(monthOf(2027, 2), 6), 2);
    expect(tally.summary()).toEqual({ ...year2026, workerMonthsBefore: 3 + 12, workerMonthsAfter: 18 + 12, workersOutside: 3 });
  });
});

describe("fiscalYearsSpanned", () => {
  it("names the years a period crosses into, only when it crosses a 31 December", () => {
    expect(fiscalYearsSpanned(monthOf(2026, 1), monthOf(2026, 12))).toBeUndefined();
    expect(fiscalYearsSpanned(monthOf(2026, 12), monthOf(2027, 1))).toEqual({ firstYear: 2026, lastYear: 2027 });
    expect(fiscalYearsSpanned(monthOf(2024, 3), monthOf(2027, 7))).toEqual({ firstYear: 2024, lastYear: 2027 });
  });
});
