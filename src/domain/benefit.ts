// The benefit schedule (JKK, JKM, scholarship) as dated, cited rows, and what one event pays, component by component.
// Like the tariffs: data with a validity period, a legal reference and a status on every row.
import { Dec, rupiahToDec } from "./money.js";
import type { Month } from "./month.js";
import type { Provenance } from "./tariff.js";

export const BENEFIT_EVENTS = ["jkm-death", "jkm-death-early", "jkk-death", "disability-total", "disability-temporary", "medical-care", "scholarship"] as const;
export type BenefitEvent = (typeof BENEFIT_EVENTS)[number];

/** The events a user asks about: the early JKM death is what a jkm-death with few months paid becomes. */
export const ASKED_EVENTS = BENEFIT_EVENTS.filter((event) => event !== "jkm-death-early");

/**
 * How a row's amount is found: a flat amount; an amount a month for a number of months, paid at once; a factor times
 * the declared income; a percentage of the income for each month off work in a range; an amount a year for a number
 * of years (a scholarship level, per child); or no ceiling at all (medical care).
 */
export const BENEFIT_BASES = ["flat", "monthly-flat", "times-income", "percent-of-income-monthly", "per-year", "unlimited"] as const;
export type BenefitBasis = (typeof BENEFIT_BASES)[number];

export const SCHOLARSHIP_LEVELS = ["tk", "sd", "smp", "sma", "higher"] as const;
export type ScholarshipLevel = (typeof SCHOLARSHIP_LEVELS)[number];

/** verified: a regulation or official page; secondary: officials quoted, legal basis unclear; open: unconfirmed. */
export const BENEFIT_STATUSES = ["verified", "secondary", "open"] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

export interface BenefitRow {
  id: string;
  event: BenefitEvent;
  /** What the component is (lump-sum, periodic, funeral, income-while-off, medical, scholarship). */
  component: string;
  basis: BenefitBasis;
  /** Rupiah: the flat amount, the amount a month (monthly-flat) or a year (per-year). */
  amount: bigint | null;
  /** times-income: the multiple of income; percent-of-income-monthly: the percentage. */
  factor: Dec | null;
  /** monthly-flat: how many months are paid at once. */
  months: number | null;
  /** per-year: how many years. */
  years: number | null;
  level: ScholarshipLevel | null;
  /** percent-of-income-monthly: the months off work it covers, 1-based; to null: until recovery. */
  monthOffFrom: number | null;
  monthOffTo: number | null;
  /** per-year: children paid for at most. */
  maxChildren: number | null;
  /** Contributions needed before it is paid (the scholarship after a JKM death). */
  minMonthsPaid: number | null;
  /** Paid instead of the event's usual rows when the member had paid at most this many months. */
  maxMonthsPaid: number | null;
  effectiveFrom: Month;
  /** Inclusive; null while in force. */
  effectiveTo: Month | null;
  reference: string;
  status: BenefitStatus;
  descriptionId: string;
  descriptionEn: string;
  noteId: string;
  noteEn: string;
  source: Provenance;
}

function inForce(row: BenefitRow, month: Month): boolean {
  return row.effectiveFrom <= month && (row.effectiveTo === null || month <= row.effectiveTo);
}

/** Two rows that say the same thing for the same months: the table is refused. */
export interface BenefitConflict {
  first: BenefitRow;
  second: BenefitRow;
}

/** Rows that answer the same question: one event's component, at one scholarship level, for one range of months off. */
function slotOf(row: BenefitRow): string {
  return [row.event, row.component, row.level ?? "", row.monthOffFrom ?? ""].join("|");
}

function overlaps(a: BenefitRow, b: BenefitRow): boolean {
  return a.effectiveFrom <= (b.effectiveTo ?? Infinity) && b.effectiveFrom <= (a.effectiveTo ?? Infinity);
}

export class BenefitSchedule {
  private constructor(readonly rows: readonly BenefitRow[]) {}

  /** The schedule, or the pairs of rows that set one component for the same months. */
  static build(rows: readonly BenefitRow[]): { schedule: BenefitSchedule } | { conflicts: BenefitConflict[] } {
    const conflicts: BenefitConflict[] = [];
    rows.forEach((row, index) => {
      for (const earlier of rows.slice(0, index)) {
        if (slotOf(earlier) === slotOf(row) && overlaps(earlier, row)) conflicts.push({ first: earlier, second: row });
      }
    });
    return conflicts.length > 0 ? { conflicts } : { schedule: new BenefitSchedule(rows) };
  }

  /** The rows in force in a month, in the table's order. */
  at(month: Month): BenefitRow[] {
    return this.rows.filter((row) => inForce(row, month));
  }

  rowsFor(event: BenefitEvent, month: Month): BenefitRow[] {
    return this.at(month).filter((row) => row.event === event);
  }
}

/** What one asks of the schedule; null where the user said nothing. */
export interface BenefitQuestion {
  event: BenefitEvent;
  /** Declared monthly income (BPU), within the tariff's range. */
  income: bigint;
  month: Month;
  /** Months of contributions (membership length) before the event. */
  monthsPaid: number | null;
  /** Temporary disability: months off work. */
  monthsOff: number | null;
  /** Scholarship: children it is asked for. */
  children: number | null;
}

/** One component of an event's benefit, with the quantities its arithmetic is written with. */
export interface BenefitLine {
  row: BenefitRow;
  /** Whole rupiah; null: medical care (no ceiling) or a monthly amount with no months off given. */
  amount: bigint | null;
  /** times-income and percent-of-income-monthly: the income it is a multiple of. */
  income: bigint | null;
  /** percent-of-income-monthly: the amount for one month off work. */
  perMonth: bigint | null;
  /** percent-of-income-monthly: the months off work this row pays for (0 when none fall in its range). */
  monthsCovered: number | null;
  /** per-year: the children it is paid for. */
  children: number | null;
}

/** Why an event's total is not one figure. */
export type OpenTotal = "no-ceiling" | "months-off-needed";

export interface BenefitResult {
  /** As asked. */
  event: BenefitEvent;
  /** The rows' event: jkm-death-early when the months paid select it. */
  paidAs: BenefitEvent;
  question: BenefitQuestion;
  lines: BenefitLine[];
  /** Sum of the lines; null when a line has no amount (openTotal says why). */
  total: bigint | null;
  openTotal: OpenTotal | null;
  /** jkm-death without --months-paid: what the early death would pay instead (rows not fully confirmed). */
  earlyAlternative: { rows: BenefitRow[]; total: bigint; maxMonthsPaid: number } | null;
  /** Scholarship: the children asked for beyond what the rows pay for. */
  childrenCapped: { asked: number; paid: number } | null;
  /** Scholarship after a JKM death: contributions needed, and whether the months paid meet them (null: not given). */
  qualifying: { minMonthsPaid: number; met: boolean | null } | null;
}

const HUNDRED = new Dec(100);

/** times-income with a factor such as 48 or 56 is whole; a fractional factor rounds half up (the statutory reading). */
function wholeRupiah(exact: Dec): bigint {
  return BigInt(exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toString());
}

/** One row's amount for a question. Medical care has no ceiling: its amount is null, never a number. */
export function benefitLine(row: BenefitRow, question: BenefitQuestion): BenefitLine {
  const line: BenefitLine = { row, amount: null, income: null, perMonth: null, monthsCovered: null, children: null };
  switch (row.basis) {
    case "flat":
      return { ...line, amount: row.amount! };
    case "monthly-flat":
      return { ...line, amount: row.amount! * BigInt(row.months!) };
    case "times-income":
      return { ...line, income: question.income, amount: wholeRupiah(row.factor!.times(rupiahToDec(question.income))) };
    case "percent-of-income-monthly": {
      const perMonth = wholeRupiah(row.factor!.div(HUNDRED).times(rupiahToDec(question.income)));
      if (question.monthsOff === null) return { ...line, income: question.income, perMonth };
      const last = row.monthOffTo === null ? question.monthsOff : Math.min(row.monthOffTo, question.monthsOff);
      const monthsCovered = Math.max(0, last - row.monthOffFrom! + 1);
      return { ...line, income: question.income, perMonth, monthsCovered, amount: perMonth * BigInt(monthsCovered) };
    }
    case "per-year": {
      const children = Math.min(question.children ?? 1, row.maxChildren ?? Number.MAX_SAFE_INTEGER);
      return { ...line, children, amount: row.amount! * BigInt(row.years!) * BigInt(children) };
    }
    case "unlimited":
      return line;
  }
}

function sum(lines: readonly BenefitLine[]): bigint | null {
  if (lines.some((line) => line.amount === null)) return null;
  return lines.reduce((total, line) => total + line.amount!, 0n);
}

/**
 * What one event pays, a line per component. A JKM death within the months the early-death rows name (BPU members
 * in their first 3 months) pays those rows instead; the scholarship is paid for at most the rows' number of children.
 */
export function benefitFor(schedule: BenefitSchedule, question: BenefitQuestion): BenefitResult {
  const early = question.event === "jkm-death" ? schedule.rowsFor("jkm-death-early", question.month) : [];
  const earlyLimit = early.length === 0 ? null : Math.min(...early.map((row) => row.maxMonthsPaid ?? 0));
  const isEarly = earlyLimit !== null && question.monthsPaid !== null && question.monthsPaid <= earlyLimit;
  const paidAs: BenefitEvent = isEarly ? "jkm-death-early" : question.event;
  const lines = schedule.rowsFor(paidAs, question.month).map((row) => benefitLine(row, question));
  const total = sum(lines);
  const openTotal: OpenTotal | null =
    total !== null ? null : lines.some((line) => line.row.basis === "unlimited") ? "no-ceiling" : "months-off-needed";
  const earlyAlternative =
    earlyLimit !== null && question.monthsPaid === null
      ? { rows: early, total: sum(early.map((row) => benefitLine(row, question))) ?? 0n, maxMonthsPaid: earlyLimit }
      : null;
  const perYear = lines.filter((line) => line.row.basis === "per-year");
  const paidChildren = perYear.length === 0 ? null : Math.min(...perYear.map((line) => line.children!));
  const childrenCapped = paidChildren !== null && question.children !== null && question.children > paidChildren ? { asked: question.children, paid: paidChildren } : null;
  const minimums = lines.flatMap((line) => (line.row.minMonthsPaid === null ? [] : [line.row.minMonthsPaid]));
  const qualifying =
    minimums.length === 0 ? null : { minMonthsPaid: Math.max(...minimums), met: question.monthsPaid === null ? null : question.monthsPaid >= Math.max(...minimums) };
  return { event: question.event, paidAs, question, lines, total, openTotal, earlyAlternative, childrenCapped, qualifying };
}

/** The whole schedule in force in a month, each event as it pays for the question's income (one child, no months off). */
export function benefitSchedule(schedule: BenefitSchedule, question: Omit<BenefitQuestion, "event">): BenefitResult[] {
  const events = BENEFIT_EVENTS.filter((event) => schedule.rowsFor(event, question.month).length > 0);
  return events.map((event) => {
    const rows = schedule.rowsFor(event, question.month);
    const lines = rows.map((row) => benefitLine(row, { ...question, event }));
    const total = sum(lines);
    const openTotal: OpenTotal | null = total !== null ? null : lines.some((line) => line.row.basis === "unlimited") ? "no-ceiling" : "months-off-needed";
    return { event, paidAs: event, question: { ...question, event }, lines, total, openTotal, earlyAlternative: null, childrenCapped: null, qualifying: null };
  });
}
