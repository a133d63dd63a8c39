// iuran check rendered: the claims side by side, then for each claim not OK the figures an analyst needs.
import chalk from "chalk";
import { PLAUSIBLE_MONTHS_WITHOUT_PERIOD, type AlternativeReading, type ClaimFlag, type ClaimResult, type ClaimStatus, type RateChange, type RateRun } from "../domain/check.js";
import { Dec } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import type { MessageKey } from "../text/message.js";
import { tIn } from "../text/render.js";
import { formatCount, formatDecimal, formatMonthName, formatRupiah, type Lang } from "./format.js";
import type { RunContext } from "./meta.js";
import type { ClaimSection } from "./claim-section.js";
import { firstFitting, fittedTable, type Cell, type Row, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

/** Implied figures are shown to this many decimal places, rounded half up; "whole" says whether they are exact. */
export const IMPLIED_PLACES = 4;

const STATUS_KEY = {
  OK: "report.check.statusOk",
  MISMATCH: "report.check.statusMismatch",
  IMPLIED: "report.check.statusImplied",
} as const satisfies Record<ClaimStatus, MessageKey>;

function implied(value: Dec) {
  return { value: value.toDecimalPlaces(IMPLIED_PLACES, Dec.ROUND_HALF_UP), whole: value.isInteger() };
}

/** A figure whose rounding hides a fraction (12.0000000008 → "≈12") says so: it is not the whole number it looks like. */
function number(value: Dec, lang: Lang): string {
  const shown = implied(value).value;
  return `${shown.isInteger() && !value.isInteger() ? "≈" : ""}${formatDecimal(shown, lang)}`;
}

function wholeness(value: Dec, lang: Lang): string {
  return tIn(lang, value.isInteger() ? "report.check.whole" : "report.check.notWhole");
}

export function describeReading(reading: AlternativeReading, start: number, lang: Lang): string {
  const parts: string[] = [];
  if (reading.yearShift !== 0) {
    const params = { years: Math.abs(reading.yearShift), from: formatMonth(start + 12 * reading.yearShift) };
    parts.push(tIn(lang, reading.yearShift < 0 ? "report.check.readingYearsEarlier" : "report.check.readingYearsLater", params));
  }
  if (reading.funding === "unstated") parts.push(tIn(lang, "report.check.readingFundingUnstated"));
  if (reading.funding === "APBD") parts.push(tIn(lang, "report.check.readingPaidByApbd"));
  if (reading.transportSector) parts.push(tIn(lang, "report.check.readingTransport"));
  return parts.join(", ");
}

/** Why a reading is implausible, in one sentence. */
export function flagText(flag: ClaimFlag, lang: Lang): string {
  switch (flag.code) {
    case "MONTHS_BEYOND_BUDGET_YEARS": {
      const months = number(flag.months, lang);
      return flag.firstYear === flag.lastYear
        ? tIn(lang, "report.check.flagBeyondBudgetYear", { months, limit: flag.limit, year: flag.firstYear })
        : tIn(lang, "report.check.flagBeyondBudgetYears", { months, limit: flag.limit, firstYear: flag.firstYear, lastYear: flag.lastYear });
    }
    case "MONTHS_BEYOND_PLAUSIBLE":
      return tIn(lang, "report.check.flagBeyondPlausible", { months: number(flag.months, lang), limit: flag.limit, years: flag.limit / 12 });
    case "WORKERS_NOT_WHOLE":
      return tIn(lang, "report.check.flagWorkersNotWhole", { months: flag.months, workers: number(flag.workers, lang) });
    case "RATE_MATCHES_NO_TARIFF":
      return tIn(lang, "report.check.flagRateMatchesNoTariff", { rate: number(flag.rate, lang) });
  }
}

function runsText(runs: readonly RateRun[], lang: Lang): string {
  return runs
    .map((run) => {
      const months = run.months === 1 ? formatMonthName(run.from, lang) : `${formatMonthName(run.from, lang)} – ${formatMonthName(run.from + run.months - 1, lang)}`;
      return `${formatRupiah(run.rate, lang)} ${months}`;
    })
    .join(", ");
}

/** What the implied figures are divided by, for the heading of a claim. */
function rateText(result: ClaimResult, lang: Lang): string {
  switch (result.rateBasis) {
    case "uniform":
      return tIn(lang, "report.check.rateUniform", { rate: result.monthlyRate });
    case "average":
      return tIn(lang, "report.check.rateAverage", { runs: runsText(result.periodRates ?? [], lang), cost: number(result.workerMonthCost, lang) });
    case "start-month":
      return tIn(lang, "report.check.rateStartMonth", { rate: result.monthlyRate, start: formatMonth(result.claim.start) });
  }
}

/** How long a start-month reading holds. */
function rateChangeText(result: ClaimResult, lang: Lang): string {
  const change: RateChange | null = result.rateChange;
  if (change === null) return tIn(lang, "report.check.rateKept", { rate: result.monthlyRate });
  const month = formatMonth(change.month);
  const what =
    change.rate === null
      ? tIn(lang, "report.check.rateUnpriced", { month })
      : change.references.length > 0
        ? tIn(lang, "report.check.rateChangesBecause", { month, rate: change.rate, references: change.references })
        : tIn(lang, "report.check.rateChanges", { month, rate: change.rate });
  const impliedPast = result.rateChangesWithinReading && result.impliedMonths !== null;
  return tIn(lang, impliedPast ? "report.check.readingHoldsImpliedPast" : "report.check.readingHolds", { change: what });
}

/** Why a claim without a stated period cannot be right, when it cannot. */
function startMonthMismatchText(result: ClaimResult, lang: Lang): string {
  const { workers } = result.claim;
  return workers === null ? tIn(lang, "report.check.noWholeWorkerMonths") : tIn(lang, "report.check.noWholeMonths", { workers });
}

function detailText(result: ClaimResult, lang: Lang): string[] {
  const { claim } = result;
  const lines = [
    `${claim.label}: ${tIn(lang, STATUS_KEY[result.status])} (${rateText(result, lang)})`,
    `  ${tIn(lang, "report.check.impliedWorkerMonths", { value: number(result.impliedWorkerMonths, lang), wholeness: wholeness(result.impliedWorkerMonths, lang) })}`,
  ];
  const parts: string[] = [];
  if (claim.workers !== null && result.impliedMonths !== null) {
    parts.push(tIn(lang, "report.check.withWorkers", { workers: claim.workers, months: number(result.impliedMonths, lang) }));
  }
  if (claim.months !== null && result.impliedWorkers !== null) {
    parts.push(tIn(lang, "report.check.withMonths", { months: claim.months, workers: number(result.impliedWorkers, lang) }));
  }
  if (parts.length > 0) lines.push(`  ${parts.join("; ")}`);
  if (result.impliedMonthlyRate !== null) {
    lines.push(`  ${tIn(lang, "report.check.impliedRate", { rate: number(result.impliedMonthlyRate, lang) })}`);
  }
  if (result.rateBasis === "start-month") {
    lines.push(`  ${rateChangeText(result, lang)}`);
    if (result.status === "MISMATCH") lines.push(`  ${startMonthMismatchText(result, lang)}`);
  }
  for (const flag of result.flags) lines.push(`  ${tIn(lang, "report.check.flagged", { flag: flagText(flag, lang) })}`);
  for (const combination of result.nearest.slice(0, 4)) {
    const { workers, months, total, difference } = combination;
    lines.push(`  ${tIn(lang, "report.check.nearest", { workers, months, total, difference })}`);
  }
  for (const reading of result.alternatives) {
    const described = { reading: describeReading(reading, claim.start, lang), total: reading.total };
    lines.push(
      `  ${
        claim.workers === null
          ? tIn(lang, "report.check.matchesWithWorkersWhen", { workers: reading.workers, ...described })
          : tIn(lang, "report.check.matchesWhen", described)
      }`,
    );
  }
  return lines;
}

function statusCell(result: ClaimResult, lang: Lang): string {
  const { claim } = result;
  if (result.status === "OK") {
    const within = claim.tolerance > 0n && result.difference !== 0n;
    return chalk.green(within ? tIn(lang, "report.check.statusOkWithin", { tolerance: claim.tolerance }) : tIn(lang, "report.check.statusOk"));
  }
  return result.status === "MISMATCH" ? chalk.red(tIn(lang, STATUS_KEY.MISMATCH)) : chalk.yellow(tIn(lang, STATUS_KEY.IMPLIED));
}

function totalsLines(results: readonly ClaimResult[], context: RunContext, explanations: readonly string[]): string[] {
  const { lang, width } = context;
  const head = [
    "",
    tIn(lang, "report.label.workers"),
    tIn(lang, "report.label.months"),
    tIn(lang, "report.label.start"),
    tIn(lang, "report.label.reported"),
    tIn(lang, "report.label.computed"),
    tIn(lang, "report.label.difference"),
    tIn(lang, "report.label.status"),
  ];
  // A figure the claim does not state stays blank; it is not zero.
  const figures = (result: ClaimResult): Cell[] => [
    result.claim.workers === null ? "" : formatCount(result.claim.workers, lang),
    result.claim.months === null ? "" : String(result.claim.months),
    // On a narrow terminal the start month is written as in the notes: 2022-04.
    { text: formatMonthName(result.claim.start, lang), narrow: formatMonth(result.claim.start) },
    formatRupiah(result.claim.reported, lang),
    result.computed === null ? "" : formatRupiah(result.computed, lang),
    result.difference === null ? "" : formatRupiah(result.difference, lang),
    statusCell(result, lang),
  ];
  // Narrow: the computed total goes first (reported − difference gives it), then workers and months.
  const figureColumns: TableColumn[] = [
    { heading: head[1]!, align: "right", priority: 2 },
    { heading: head[2]!, align: "right", priority: 2 },
    { heading: head[3]!, align: "left" },
    { heading: head[4]!, align: "right" },
    { heading: head[5]!, align: "right", priority: 1 },
    { heading: head[6]!, align: "right" },
    { heading: head[7]!, align: "left" },
  ];
  // Each claim's label beside its figures; or, on a narrow terminal, on a line of its own above them.
  const sideBySide = () => fittedTable([{ heading: "", align: "left" }, ...figureColumns], results.map((result) => [result.claim.label, ...figures(result)]), undefined, width, lang);
  const labelAbove = () => fittedTable(figureColumns, results.flatMap((result): Row[] => [{ section: result.claim.label }, figures(result)]), undefined, width, lang);
  const table = firstFitting([sideBySide, labelAbove]).text;
  const details = results.flatMap((result) => (result.status === "OK" ? [] : detailText(result, lang)));
  const fit = (text: string) => wrapText(text, width);
  return [table, ...details.map(fit), ...explanations.map(fit)];
}

function optionalImplied(value: Dec | null) {
  return value === null ? { value: null, whole: null } : { value: implied(value).value.toString(), whole: value.isInteger() };
}

/** Codes, figures and, in the report's language, the sentences that explain them. */
function claimAsJson(result: ClaimResult, lang: Lang) {
  const { claim } = result;
  const months = optionalImplied(result.impliedMonths);
  const workers = optionalImplied(result.impliedWorkers);
  return {
    label: claim.label,
    reported: claim.reported.toString(),
    computed: result.computed?.toString() ?? null,
    difference: result.difference?.toString() ?? null,
    status: result.status,
    workers: claim.workers,
    months: claim.months,
    start: formatMonth(claim.start),
    tolerance: claim.tolerance.toString(),
    monthlyRate: result.monthlyRate.toString(),
    rateVaries: result.rateVaries,
    periodRates: result.periodRates?.map((run) => ({ from: formatMonth(run.from), to: formatMonth(run.from + run.months - 1), months: run.months, rate: run.rate.toString() })) ?? null,
    rateBasis: result.rateBasis,
    workerMonthCost: implied(result.workerMonthCost).value.toString(),
    rateChange:
      result.rateChange === null ? null : { month: formatMonth(result.rateChange.month), rate: result.rateChange.rate?.toString() ?? null, references: result.rateChange.references },
    rateChangesWithinReading: result.rateChangesWithinReading,
    impliedWorkerMonths: implied(result.impliedWorkerMonths).value.toString(),
    impliedWorkerMonthsWhole: result.impliedWorkerMonths.isInteger(),
    impliedMonths: months.value,
    impliedMonthsWhole: months.whole,
    impliedWorkers: workers.value,
    impliedWorkersWhole: workers.whole,
    impliedMonthlyRate: optionalImplied(result.impliedMonthlyRate).value,
    flags: result.flags.map((flag) => ({ code: flag.code, message: flagText(flag, lang) })),
    nearest: result.nearest.map((combination) => ({
      workers: combination.workers,
      months: combination.months,
      total: combination.total.toString(),
      difference: combination.difference.toString(),
    })),
    alternatives: result.alternatives.map((reading) => ({
      description: describeReading(reading, claim.start, lang),
      yearShift: reading.yearShift,
      funding: reading.funding,
      transportSector: reading.transportSector,
      workers: reading.workers,
      total: reading.total.toString(),
    })),
  };
}

/** The CSV columns of a total claim, after label, kind and status. */
const TOTAL_COLUMNS = [
  "reported",
  "computed",
  "difference",
  "tolerance",
  "basis",
  "workers",
  "months",
  "start",
  "implied_worker_months",
  "implied_workers",
  "implied_months",
  "rate_basis",
  "worker_month_cost",
  "rate_changes",
  "flags",
] as const;

/** Whether the claim was compared with a computed total, or only read for what it implies (workers or months left out). */
function basisOf(result: ClaimResult): "computed" | "implied" {
  return result.computed === null ? "implied" : "computed";
}

/**
 * Total claims as a section of the check report. `explanations` (under --explain) are, per claim, the arithmetic as
 * text and as JSON.
 */
export function totalsSection(results: readonly ClaimResult[], explanations?: { text: readonly string[]; json: readonly unknown[] }): ClaimSection {
  return {
    kind: "total",
    csvColumns: TOTAL_COLUMNS,
    meta: { impliedPlaces: IMPLIED_PLACES, plausibleMonthsWithoutPeriod: PLAUSIBLE_MONTHS_WITHOUT_PERIOD },
    claims: results.map((result, index) => {
      const { label, status, ...json } = claimAsJson(result, "en");
      // Codes only: the CSV carries no sentences.
      const csv: Record<(typeof TOTAL_COLUMNS)[number], string> = {
        reported: json.reported,
        computed: json.computed ?? "",
        difference: json.difference ?? "",
        tolerance: json.tolerance,
        basis: basisOf(result),
        workers: json.workers?.toString() ?? "",
        months: json.months?.toString() ?? "",
        start: json.start,
        implied_worker_months: json.impliedWorkerMonths,
        implied_workers: json.impliedWorkers ?? "",
        implied_months: json.impliedMonths ?? "",
        rate_basis: json.rateBasis,
        worker_month_cost: json.workerMonthCost,
        rate_changes: json.rateChange?.month ?? "",
        // Codes joined with "+", as lists are in the tariff tables.
        flags: json.flags.map((flag) => flag.code).join("+"),
      };
      return {
        label,
        status: status === "IMPLIED" ? "OK" : status,
        csv,
        json: { basis: basisOf(result), ...json, ...(explanations ? { explanation: explanations.json[index] } : {}) },
      };
    }),
    lines: (context) => totalsLines(results, context, explanations?.text ?? []),
  };
}
