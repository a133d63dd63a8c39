// iuran check rendered: the claims side by side, then for each claim not OK the figures an analyst needs.
import chalk from "chalk";
import { PLAUSIBLE_MONTHS_WITHOUT_PERIOD, type ClaimFlag, type ClaimResult, type ClaimStatus, type RateChange, type RateRun, type WholeRange } from "../domain/check.js";
import { Dec } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import { isExact, publishedAmount, type PublishedAmount } from "../domain/published-amount.js";
import type { PricedReading, Slip } from "../domain/rate-slip.js";
import type { MessageKey } from "../text/message.js";
import { tIn } from "../text/render.js";
import { formatDecimalText } from "../text/format.js";
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
  "INCONSISTENT-PRECISION": "report.check.statusInconsistentPrecision",
} as const satisfies Record<ClaimStatus, MessageKey>;

/** The units a published figure is written in, largest first: "Rp 2,7 miliar", "Rp 969 juta", "Rp 750 ribu". */
const UNITS = [
  { size: 10n ** 12n, key: "published.unitTrillion" },
  { size: 10n ** 9n, key: "published.unitBillion" },
  { size: 10n ** 6n, key: "published.unitMillion" },
  { size: 10n ** 3n, key: "published.unitThousand" },
] as const satisfies readonly { size: bigint; key: MessageKey }[];

/** A published figure as it was written: in full when exact, else in its unit with the digits its precision keeps. */
export function formatPublished(amount: PublishedAmount, lang: Lang): string {
  if (isExact(amount)) return formatRupiah(amount.written, lang);
  const unit = UNITS.find((candidate) => candidate.size <= amount.written && candidate.size >= amount.step);
  if (unit === undefined) return formatRupiah(amount.written, lang);
  const places = unit.size.toString().length - amount.step.toString().length;
  const whole = (amount.written / unit.size).toString();
  const fraction = places === 0 ? "" : `.${((amount.written % unit.size) / amount.step).toString().padStart(places, "0")}`;
  return `Rp ${formatDecimalText(`${whole}${fraction}`, lang)} ${tIn(lang, unit.key)}`;
}

/** The interval a rounded figure stands for, for people. */
function intervalText(amount: PublishedAmount, lang: Lang): string {
  return tIn(lang, "published.interval", { figure: formatPublished(amount, lang), low: amount.low, high: amount.high, step: amount.step });
}

function wholeRangeText(range: WholeRange, lang: Lang): string {
  const what = { workers: "published.wholeWorkers", months: "published.wholeMonths", "worker-months": "published.wholeWorkerMonths" } as const;
  const first = formatCount(range.first, lang);
  return tIn(lang, what[range.what], { range: range.first === range.last ? first : `${first} – ${formatCount(range.last, lang)}` });
}

/** How the figure reads at its precision: the interval, and whether the computed total (or a whole reading) falls in it. */
function precisionLines(result: ClaimResult, lang: Lang): string[] {
  const { reported } = result.claim;
  const lines: string[] = [];
  if (!isExact(reported)) lines.push(intervalText(reported, lang));
  if (result.heldAt !== null) {
    const coarser = publishedAmount(reported.written, result.heldAt);
    const params = { figure: formatPublished(reported, lang), step: result.heldAt, coarser: formatPublished(coarser, lang), computed: result.computed ?? 0n };
    lines.push(tIn(lang, result.computed === null ? "published.heldCoarserImplied" : "published.heldCoarser", params));
  } else if (!isExact(reported) && result.status === "OK" && result.computed !== null) {
    lines.push(tIn(lang, "published.roundedHolds", { computed: result.computed }));
  } else if (!isExact(reported) && result.status === "MISMATCH" && result.computed !== null) {
    lines.push(tIn(lang, "published.roundedFails", { computed: result.computed }));
  }
  return lines;
}

/** Without a stated start: the full rate read, and the reliefs that would give other figures. */
function fullRateLines(result: ClaimResult, lang: Lang): string[] {
  if (result.fullRate === null) return [];
  const lines = [tIn(lang, "published.fullRate", { rate: result.monthlyRate, from: formatMonth(result.fullRate.from) })];
  for (const relief of result.fullRate.reliefs) {
    const period = relief.to === null ? formatMonthName(relief.from, lang) : `${formatMonthName(relief.from, lang)} – ${formatMonthName(relief.to, lang)}`;
    lines.push(
      tIn(lang, "published.reliefGivesOther", {
        reference: relief.reference,
        period,
        rate: relief.rate,
        workerMonths: number(relief.impliedWorkerMonths, lang),
        wholeness: wholeness(relief.impliedWorkerMonths, lang),
      }),
    );
  }
  return lines;
}

const SLIP_KEY = {
  ROUND_RATE: "published.slipRoundRate",
  JKK_ONLY: "published.slipJkkOnly",
  JKM_ONLY: "published.slipJkmOnly",
  RELIEF_APPLIED: "published.slipReliefApplied",
  RELIEF_LEFT_OUT: "published.slipReliefLeftOut",
  RELIEF_PERIOD: "published.slipReliefPeriod",
  OTHER_YEAR_TARIFF: "published.slipOtherYear",
  FULL_YEAR: "published.slipFullYear",
  EARLIER_START: "published.slipEarlierStart",
  JUTA_FOR_RIBU: "published.slipJutaForRibu",
  RIBU_FOR_JUTA: "published.slipRibuForJuta",
} as const satisfies Record<Slip["code"], MessageKey>;

/** One slip in a sentence, with its arithmetic: "a monthly rate of Rp 16,000 instead of Rp 16,800: 1,333 × 9 months × Rp 16,000 = Rp 191,952,000". */
export function slipText(slip: Slip, result: ClaimResult, lang: Lang): string {
  const start = result.start;
  const what = tIn(lang, SLIP_KEY[slip.code], {
    rate: slip.rate ?? 0n,
    trueRate: slip.trueRate ?? 0n,
    months: slip.months ?? 0,
    stated: result.claim.months ?? 0,
    from: formatMonth(start + slip.startShift),
    reading: slip.reading === null ? "" : describeReading(slip.reading, start, lang),
    total: slip.total,
  });
  if (slip.perWorker === null || slip.workers === null || slip.months === null) return what;
  const arithmetic =
    slip.rate !== null
      ? tIn(lang, "published.slipArithmeticRate", { workers: slip.workers, months: slip.months, rate: slip.rate, total: slip.total })
      : tIn(lang, "published.slipArithmeticPeriod", { workers: slip.workers, months: slip.months, perWorker: slip.perWorker, total: slip.total });
  return `${what}: ${arithmetic}`;
}

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

export function describeReading(reading: PricedReading, start: number, lang: Lang): string {
  const parts: string[] = [];
  if (reading.relief !== null && reading.from !== null) parts.push(tIn(lang, "published.readingReliefPeriod", { reference: reading.relief, from: formatMonth(reading.from) }));
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
      return result.fullRate !== null
        ? tIn(lang, "published.rateFull", { rate: result.monthlyRate })
        : tIn(lang, "report.check.rateStartMonth", { rate: result.monthlyRate, start: formatMonth(result.start) });
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
    `${claim.label}: ${statusWords(result, lang)} (${rateText(result, lang)})`,
    ...precisionLines(result, lang).map((line) => `  ${line}`),
    ...fullRateLines(result, lang).map((line) => `  ${line}`),
    `  ${
      result.impliedRange === null
        ? tIn(lang, "report.check.impliedWorkerMonths", { value: number(result.impliedWorkerMonths, lang), wholeness: wholeness(result.impliedWorkerMonths, lang) })
        : tIn(lang, "published.impliedWorkerMonthsBetween", { low: number(result.impliedRange.low, lang), high: number(result.impliedRange.high, lang) })
    }`,
  ];
  if (result.wholeRange !== null && !isExact(claim.reported)) lines.push(`  ${wholeRangeText(result.wholeRange, lang)}`);
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
  if (result.rateBasis === "start-month" && result.fullRate === null) {
    lines.push(`  ${rateChangeText(result, lang)}`);
  }
  if (result.rateBasis === "start-month" && result.status === "MISMATCH") lines.push(`  ${startMonthMismatchText(result, lang)}`);
  for (const flag of result.flags) lines.push(`  ${tIn(lang, "report.check.flagged", { flag: flagText(flag, lang) })}`);
  for (const combination of result.nearest.slice(0, 4)) {
    const { workers, months, total, difference } = combination;
    lines.push(`  ${tIn(lang, "report.check.nearest", { workers, months, total, difference })}`);
  }
  for (const slip of result.slips) lines.push(`  ${tIn(lang, "published.explainedBy", { slip: slipText(slip, result, lang) })}`);
  if (result.status === "MISMATCH" && result.slips.length === 0 && result.basis === "computed") lines.push(`  ${tIn(lang, "published.noSlip")}`);
  return lines;
}

/**
 * Under --explain, after the formula's arithmetic: the interval a rounded figure stands for, and each slip's
 * arithmetic (one line each, indented as the explanation's lines are).
 */
export function publishedExplanation(result: ClaimResult, lang: Lang): string {
  const lines = [...(isExact(result.claim.reported) ? [] : [intervalText(result.claim.reported, lang)]), ...result.slips.map((slip) => tIn(lang, "published.explainedBy", { slip: slipText(slip, result, lang) }))];
  return lines.map((line) => `\n  ${line}`).join("");
}

/** The status in words: an OK that compared nothing says so ("OK (implied)"), one within --tolerance gives it. */
function statusWords(result: ClaimResult, lang: Lang): string {
  const { claim } = result;
  if (result.status !== "OK") return tIn(lang, STATUS_KEY[result.status]);
  if (result.basis === "implied") return tIn(lang, "report.check.statusOkImplied");
  const within = isExact(claim.reported) && claim.tolerance > 0n && result.difference !== 0n;
  return within ? tIn(lang, "report.check.statusOkWithin", { tolerance: claim.tolerance }) : tIn(lang, "report.check.statusOk");
}

function statusCell(result: ClaimResult, lang: Lang): string {
  const text = statusWords(result, lang);
  return result.status === "OK" ? chalk.green(text) : result.status === "MISMATCH" ? chalk.red(text) : chalk.yellow(text);
}

/** Whether a claim gets lines under the table: anything not compared exactly, or not OK. */
function detailed(result: ClaimResult): boolean {
  return result.status !== "OK" || result.basis === "implied" || !isExact(result.claim.reported) || result.fullRate !== null;
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
    result.claim.start === null ? "" : { text: formatMonthName(result.claim.start, lang), narrow: formatMonth(result.claim.start) },
    formatPublished(result.claim.reported, lang),
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
  const details = results.flatMap((result) => (detailed(result) ? detailText(result, lang) : []));
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
    reported: claim.reported.written.toString(),
    published: { text: formatPublished(claim.reported, lang), step: claim.reported.step.toString(), low: claim.reported.low.toString(), high: claim.reported.high.toString() },
    computed: result.computed?.toString() ?? null,
    difference: result.difference?.toString() ?? null,
    status: result.status,
    workers: claim.workers,
    months: claim.months,
    start: claim.start === null ? null : formatMonth(claim.start),
    fullRate:
      result.fullRate === null
        ? null
        : {
            from: formatMonth(result.fullRate.from),
            rate: result.monthlyRate.toString(),
            reliefs: result.fullRate.reliefs.map((relief) => ({
              reference: relief.reference,
              from: formatMonth(relief.from),
              to: relief.to === null ? null : formatMonth(relief.to),
              rate: relief.rate.toString(),
              impliedWorkerMonths: implied(relief.impliedWorkerMonths).value.toString(),
            })),
          },
    heldAt: result.heldAt?.toString() ?? null,
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
    impliedWorkerMonthsRange:
      result.impliedRange === null ? null : { low: implied(result.impliedRange.low).value.toString(), high: implied(result.impliedRange.high).value.toString() },
    wholeRange: result.wholeRange === null ? null : { what: result.wholeRange.what, first: result.wholeRange.first.toString(), last: result.wholeRange.last.toString() },
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
    slips: result.slips.map((slip) => ({
      code: slip.code,
      figures: {
        workers: slip.workers,
        months: slip.months,
        from: slip.months === null ? null : formatMonth(result.start + slip.startShift),
        perWorker: slip.perWorker?.toString() ?? null,
        rate: slip.rate?.toString() ?? null,
        trueRate: slip.trueRate?.toString() ?? null,
        total: slip.total.toString(),
        reading:
          slip.reading === null
            ? null
            : {
                yearShift: slip.reading.yearShift,
                funding: slip.reading.funding,
                transportSector: slip.reading.transportSector,
                relief: slip.reading.relief,
                from: slip.reading.from === null ? null : formatMonth(slip.reading.from),
              },
      },
      message: slipText(slip, result, lang),
    })),
  };
}

/** The CSV columns of a total claim, after label, kind and status. */
const TOTAL_COLUMNS = [
  "reported",
  "reported_step",
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
  "slips",
] as const;

/**
 * Total claims as a section of the check report. `explanations` (under --explain) are, per claim, the arithmetic as
 * text and as JSON.
 */
export function totalsSection(results: readonly ClaimResult[], lang: Lang, explanations?: { text: readonly string[]; json: readonly unknown[] }): ClaimSection {
  return {
    kind: "total",
    csvColumns: TOTAL_COLUMNS,
    meta: { impliedPlaces: IMPLIED_PLACES, plausibleMonthsWithoutPeriod: PLAUSIBLE_MONTHS_WITHOUT_PERIOD },
    claims: results.map((result, index) => {
      const { label, status, ...json } = claimAsJson(result, lang);
      // Codes only: the CSV carries no sentences.
      const csv: Record<(typeof TOTAL_COLUMNS)[number], string> = {
        reported: json.reported,
        reported_step: json.published.step,
        computed: json.computed ?? "",
        difference: json.difference ?? "",
        tolerance: json.tolerance,
        basis: result.basis,
        workers: json.workers?.toString() ?? "",
        months: json.months?.toString() ?? "",
        start: json.start ?? "",
        implied_worker_months: json.impliedWorkerMonths,
        implied_workers: json.impliedWorkers ?? "",
        implied_months: json.impliedMonths ?? "",
        rate_basis: json.rateBasis,
        worker_month_cost: json.workerMonthCost,
        rate_changes: json.rateChange?.month ?? "",
        // Codes joined with "+", as lists are in the tariff tables.
        flags: json.flags.map((flag) => flag.code).join("+"),
        slips: json.slips.map((slip) => slip.code).join("+"),
      };
      return {
        label,
        status,
        csv,
        json: { basis: result.basis, ...json, ...(explanations ? { explanation: explanations.json[index] } : {}) },
      };
    }),
    lines: (context) => totalsLines(results, context, explanations?.text ?? []),
  };
}
