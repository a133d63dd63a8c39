// What an auditor needs to reproduce a figure: tool version, command, input hashes, tariffs, reliefs, rounding.
import type { RoundingMode } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import { safeData } from "../domain/personal-data.js";
import type { Relief, TariffRow } from "../domain/tariff.js";
import type { Lang } from "./format.js";
import { warning, type Warning } from "../text/message.js";
import { fiscalYearsSpanned, type BudgetWindow, type WindowSummary } from "../domain/window.js";
import { tIn } from "../text/render.js";
import { roundingDescription } from "./notes.js";
import type { RecordField } from "./record.js";
import { formatCount } from "./format.js";

export interface InputSummary {
  file: string;
  sha256: string;
  encoding?: string;
  delimiter?: string;
  /** The sheet read, when the input is a workbook (encoding "xlsx"). */
  sheet?: string;
  rowsRead?: number;
  rowsAccepted?: number;
  rowsRejected?: number;
  /** Lines that cannot be workers (a title above the header), skipped: read = accepted + rejected + skipped. */
  rowsSkipped?: number;
}

export interface RunContext {
  lang: Lang;
  version: string;
  command: readonly string[];
  inputs: readonly InputSummary[];
  tariffFiles: readonly InputSummary[];
  rounding: RoundingMode;
  tariffs: readonly TariffRow[];
  reliefs: readonly Relief[];
  /** Reliefs applied to funding categories the law leaves open for them: the report names the other reading. */
  openReadings?: readonly { relief: Relief; fundings: readonly string[] }[];
  warnings: readonly Warning[];
  /** --show-nik: whole NIKs wherever input text is shown; masked otherwise. */
  showNik: boolean;
  /** Tables and their notes fit this many terminal columns; null: the full layout (piped, or to a file). */
  width: number | null;
}

function optionalMonth(month: number | null): string | null {
  return month === null ? null : formatMonth(month);
}

// Tariff and relief tables are input too: their texts are masked like any other (a NIK has no business there).
export function tariffRowAsJson(row: TariffRow) {
  const text = (value: string) => safeData(value, false);
  return {
    id: text(row.id),
    program: row.program,
    segment: row.segment,
    riskClass: row.riskClass,
    basis: row.basis,
    ratePercent: row.ratePercent?.toString() ?? null,
    flatAmount: row.flatAmount?.toString() ?? null,
    incomeFloor: row.incomeFloor?.toString() ?? null,
    incomeCeiling: row.incomeCeiling?.toString() ?? null,
    wageCap: row.wageCap?.toString() ?? null,
    effectiveFrom: formatMonth(row.effectiveFrom),
    effectiveTo: optionalMonth(row.effectiveTo),
    reference: text(row.reference),
    source: text(`${row.source.file}:${row.source.line}`),
  };
}

export function reliefAsJson(relief: Relief) {
  const text = (value: string) => safeData(value, false);
  return {
    id: text(relief.id),
    programs: relief.programs,
    segment: relief.segment,
    sectors: relief.sectors,
    excludedSectors: relief.excludedSectors,
    excludedFunding: relief.excludedFunding,
    disputedFunding: relief.disputedFunding,
    alternative: relief.alternative || null,
    multiplier: relief.multiplier.toString(),
    effectiveFrom: formatMonth(relief.effectiveFrom),
    effectiveTo: optionalMonth(relief.effectiveTo),
    reference: text(relief.reference),
    condition: text(relief.condition),
    conditionId: text(relief.conditionId),
    source: text(`${relief.source.file}:${relief.source.line}`),
  };
}

/** Files as the user named them, masked like any text from input. */
export function inputsAsJson(inputs: readonly InputSummary[], showNik: boolean): InputSummary[] {
  return inputs.map((input) => ({ ...input, file: safeData(input.file, showNik) }));
}

export function metaAsJson(context: RunContext) {
  const text = (value: string) => safeData(value, context.showNik);
  return {
    tool: "iuran",
    version: context.version,
    // The command line is input: a NIK typed as a --map header or a file name stays masked.
    command: ["iuran", ...context.command.map(text)],
    inputs: inputsAsJson(context.inputs, context.showNik),
    tariffFiles: inputsAsJson(context.tariffFiles, context.showNik),
    rounding: { mode: context.rounding, rule: tIn(context.lang, "report.meta.roundingRule", { rule: roundingDescription(context.rounding, context.lang) }) },
    tariffs: context.tariffs.map(tariffRowAsJson),
    reliefs: context.reliefs.map(reliefAsJson),
    // As --errors json writes them, less the type: a script matches the code and shows the message.
    warnings: context.warnings.map((warning) => ({ code: warning.code, message: text(warning.text) })),
  };
}

/** A budget window as JSON: first (null under --until alone) and last month, and what fell outside it. */
export function windowAsJson(summary: WindowSummary) {
  return {
    first: optionalMonth(summary.first),
    last: formatMonth(summary.last),
    workerMonthsBefore: summary.workerMonthsBefore,
    workerMonthsAfter: summary.workerMonthsAfter,
    workersOutside: summary.workersOutside,
  };
}

/** The line a budget table states its window in, with what fell outside it, so nothing disappears unexplained. */
export function windowLine(summary: WindowSummary, lang: Lang): string {
  const last = formatMonth(summary.last);
  const window = summary.first === null ? tIn(lang, "fiscalYear.windowUntil", { last }) : tIn(lang, "fiscalYear.window", { first: formatMonth(summary.first), last });
  const nothingOutside = summary.workerMonthsBefore === 0 && summary.workerMonthsAfter === 0 && summary.workersOutside === 0;
  const outside = nothingOutside
    ? tIn(lang, "fiscalYear.nothingOutside")
    : tIn(lang, "fiscalYear.outside", { before: summary.workerMonthsBefore, after: summary.workerMonthsAfter, workers: summary.workersOutside });
  return `${window}; ${outside}`;
}

/** FISCAL_YEARS_SPANNED: months from `first` to `last` that cross a 31 December, priced without a window. */
export function fiscalYearsWarning(first: number | null, last: number | null, what: "total" | "period", lang: Lang): Warning[] {
  if (first === null || last === null) return [];
  const years = fiscalYearsSpanned(first, last);
  if (years === undefined) return [];
  const params = { ...years, from: formatMonth(first), to: formatMonth(last) };
  const two = years.lastYear === years.firstYear + 1;
  const text =
    what === "total"
      ? tIn(lang, two ? "fiscalYear.totalSpansTwoYears" : "fiscalYear.totalSpansYears", params)
      : tIn(lang, two ? "fiscalYear.periodSpansTwoYears" : "fiscalYear.periodSpansYears", params);
  return [warning("FISCAL_YEARS_SPANNED", text)];
}

/**
 * A planning command's window as record fields: the window (JSON and CSV as an ISO 8601 interval, "2026-01/2026-12",
 * "../2026-06" under --until alone) and the months per worker its period lost before and after it.
 */
export function windowFields(window: BudgetWindow, cut: { before: number; after: number }, lang: Lang): RecordField[] {
  const count = (value: number) => ({ json: value, text: formatCount(value, lang) });
  const last = formatMonth(window.last);
  const text =
    window.first === null
      ? tIn(lang, "fiscalYear.windowValueUntil", { last })
      : tIn(lang, "fiscalYear.windowValue", { first: formatMonth(window.first), last });
  return [
    { name: "window", label: tIn(lang, "fiscalYear.windowLabel"), json: `${window.first === null ? ".." : formatMonth(window.first)}/${last}`, text },
    { name: "monthsBefore", label: tIn(lang, "fiscalYear.monthsBeforeLabel"), ...count(cut.before) },
    { name: "monthsAfter", label: tIn(lang, "fiscalYear.monthsAfterLabel"), ...count(cut.after) },
  ];
}
