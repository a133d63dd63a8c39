// What a worker can carry (income, wage, programmes, segment, risk class, start month, months), read from text by
// one rule each, wherever the text comes from: a command-line flag (--wage 0) or a roster cell (a wage of 0) get
// the same verdict in the same words. Messages carry no location; each caller puts its own before them
// ("--wage: …" on the command line, "roster.csv:4:9: error INVALID_AMOUNT: …" in a file).
import { t } from "../text/render.js";
import { MAX_BUDGET } from "./capacity.js";
import { parseRupiah, type DecimalMark } from "./money.js";
import { FIRST_YEAR, formatMonth, LAST_YEAR, MAX_MONTHS, monthOf, parseMonthCount, readMonth, type Month, type MonthProblem } from "./month.js";
import { quoteCell } from "./personal-data.js";
import { parsePrograms, type Program } from "./program.js";
import { parseRiskClass, parseSegment, type Segment } from "./worker.js";

/** The input-error code of each refusal; a subset of the codes input files report. */
export type WorkerFieldCode = "INVALID_AMOUNT" | "INVALID_PROGRAM" | "INVALID_SEGMENT" | "INVALID_RISK_CLASS" | "INVALID_MONTH" | "INVALID_MONTHS";

export type FieldReading<T> = { ok: true; value: T } | { ok: false; code: WorkerFieldCode; message: string };

function accepted<T>(value: T): FieldReading<T> {
  return { ok: true, value };
}

function refused<T>(code: WorkerFieldCode, message: string): FieldReading<T> {
  return { ok: false, code, message };
}

/**
 * A declared amount: whole rupiah, at least Rp 1 (a worker declaring nothing is a missing value, not a free one) and
 * at most MAX_BUDGET, the largest total iuran takes: a larger monthly figure is a typing slip, and the bound keeps
 * rate × amount (16 digits and a rate's few) far inside the 60 digits Dec computes exactly.
 */
function declaredAmount(name: "income" | "wage", text: string, decimalMark: DecimalMark | undefined): FieldReading<bigint> {
  const trimmed = text.trim();
  const parsed = parseRupiah(trimmed, decimalMark);
  if (!parsed.ok) return refused("INVALID_AMOUNT", t("field.amountRefused", { name, value: quoteCell(trimmed), reason: parsed.reason }));
  if (parsed.rupiah === 0n) return refused("INVALID_AMOUNT", t("field.amountZero", { name }));
  if (parsed.rupiah > MAX_BUDGET) return refused("INVALID_AMOUNT", t("field.amountTooLarge", { name, value: quoteCell(trimmed), max: MAX_BUDGET }));
  return accepted(parsed.rupiah);
}

/** Declared monthly income (BPU), e.g. 1000000, 1.000.000 or Rp 1.000.000,00. */
export function incomeField(text: string, decimalMark?: DecimalMark): FieldReading<bigint> {
  return declaredAmount("income", text, decimalMark);
}

/** Monthly wage (PU), written like an income. */
export function wageField(text: string, decimalMark?: DecimalMark): FieldReading<bigint> {
  return declaredAmount("wage", text, decimalMark);
}

/** Programmes, e.g. "jkk,jkm,jht" or "JKK+JKM", in the canonical order. */
export function programsField(text: string): FieldReading<Program[]> {
  const trimmed = text.trim();
  const parsed = parsePrograms(trimmed);
  return parsed.ok ? accepted(parsed.programs) : refused("INVALID_PROGRAM", t("field.programsRefused", { value: quoteCell(trimmed), reason: parsed.reason }));
}

/** BPU or PU, in any case. */
export function segmentField(text: string): FieldReading<Segment> {
  const trimmed = text.trim();
  const segment = parseSegment(trimmed);
  return segment ? accepted(segment) : refused("INVALID_SEGMENT", t("field.segment", { value: quoteCell(trimmed) }));
}

/** PU work-accident risk group 1 to 5. */
export function riskClassField(text: string): FieldReading<number> {
  const trimmed = text.trim();
  const risk = parseRiskClass(trimmed);
  return risk !== undefined ? accepted(risk) : refused("INVALID_RISK_CLASS", t("field.riskClass", { value: quoteCell(trimmed) }));
}

/**
 * The first month a worker is covered, in the forms Indonesian offices and Excel write (month.ts readMonth): 2027-01,
 * 01/2027, 15/01/2027 (day/month/year), Januari 2027, Jan-27 … A full date stands for its month.
 */
export function startField(text: string): FieldReading<Month> {
  return startReading(text, false);
}

/** --start: read as a roster's start cell, and a bare year (2027) is January of that year. */
export function startFlagField(text: string): FieldReading<Month> {
  return startReading(text, true);
}

function startReading(text: string, bareYear: boolean): FieldReading<Month> {
  const trimmed = text.trim();
  const reading = readMonth(trimmed, { bareYear });
  return reading.ok ? accepted(reading.month) : refused("INVALID_MONTH", monthRefusal(quoteCell(trimmed), reading.problem));
}

function monthRefusal(value: string, problem: MonthProblem): string {
  const forms = t("forms.startForms");
  switch (problem.kind) {
    case "noYear":
      return t("forms.startNoYear", { value, forms });
    case "bareYear":
      return t("forms.startBareYear", { value, year: problem.year });
    case "twoDigitYear":
      return t("forms.startTwoDigitYear", { value, forms });
    case "usOrder": {
      const month = monthOf(problem.year, problem.month);
      return t("forms.startUsOrder", { value, dayFirst: `${problem.day}/${problem.month}/${problem.year}`, iso: formatMonth(month) });
    }
    case "notADate":
      return t("forms.startNotADate", { value, day: problem.day, month: problem.month, forms });
    case "yearOutOfRange":
      return t("forms.startYearRange", { value, year: problem.year, first: FIRST_YEAR, last: LAST_YEAR });
    case "unknown":
      return t("forms.startUnknown", { value, forms });
  }
}

/** How many months a worker is covered, 1 to MAX_MONTHS. */
export function monthsField(text: string): FieldReading<number> {
  const trimmed = text.trim();
  const months = parseMonthCount(trimmed);
  return months !== undefined ? accepted(months) : refused("INVALID_MONTHS", t("field.months", { max: MAX_MONTHS, value: quoteCell(trimmed) }));
}
