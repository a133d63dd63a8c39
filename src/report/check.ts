// iuran check rendered: the claims side by side, then for each claim not OK the figures an analyst needs.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { PLAUSIBLE_MONTHS_WITHOUT_PERIOD, type AlternativeReading, type ClaimFlag, type ClaimResult, type ClaimStatus, type RateChange, type RateRun } from "../domain/check.js";
import { Dec } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import { formatCount, formatDecimal, formatMonthName, formatRupiah, label, type Lang } from "./format.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { firstFitting, fittedTable, type Cell, type Row, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

/** Implied figures are shown to this many decimal places, rounded half up; "whole" says whether they are exact. */
export const IMPLIED_PLACES = 4;

const STATUS_TEXT: Record<ClaimStatus, Record<Lang, string>> = {
  OK: { en: "OK", id: "OK" },
  MISMATCH: { en: "MISMATCH", id: "TIDAK COCOK" },
  IMPLIED: { en: "IMPLIED", id: "TERSIRAT" },
};

function implied(value: Dec) {
  return { value: value.toDecimalPlaces(IMPLIED_PLACES, Dec.ROUND_HALF_UP), whole: value.isInteger() };
}

/** A figure whose rounding hides a fraction (12.0000000008 → "≈12") says so: it is not the whole number it looks like. */
function number(value: Dec, lang: Lang): string {
  const shown = implied(value).value;
  return `${shown.isInteger() && !value.isInteger() ? "≈" : ""}${formatDecimal(shown, lang)}`;
}

function wholeness(value: Dec, lang: Lang): string {
  if (lang === "id") return value.isInteger() ? "(bilangan bulat)" : "(bukan bilangan bulat)";
  return value.isInteger() ? "(a whole number)" : "(not a whole number)";
}

export function describeReading(reading: AlternativeReading, start: number, lang: Lang): string {
  const id = lang === "id";
  const parts: string[] = [];
  if (reading.yearShift !== 0) {
    const years = Math.abs(reading.yearShift);
    const from = formatMonthName(start + 12 * reading.yearShift, lang);
    parts.push(
      id
        ? `dihitung dengan tarif bulan yang sama ${years} tahun ${reading.yearShift < 0 ? "sebelumnya" : "sesudahnya"} (mulai ${from})`
        : `priced at the tariff of the same months ${years} year${years === 1 ? "" : "s"} ${reading.yearShift < 0 ? "earlier" : "later"} (from ${from})`,
    );
  }
  if (reading.funding === "unstated") {
    parts.push(id ? "sumber dana tidak disebut (keringanan yang mengecualikan APBN/APBD diterapkan)" : "funding not stated (reliefs that exclude APBN/APBD applied)");
  }
  if (reading.funding === "APBD") {
    parts.push(id ? "dibayar melalui APBD (keringanan yang mengecualikannya tidak diterapkan)" : "paid through APBD (reliefs that exclude it not applied)");
  }
  if (reading.transportSector) parts.push(id ? "pekerja sektor transportasi" : "transport-sector workers");
  return parts.join(", ");
}

/** Why a reading is implausible, in one sentence (JSON carries the English one). */
export function flagText(flag: ClaimFlag, lang: Lang): string {
  const id = lang === "id";
  switch (flag.code) {
    case "MONTHS_BEYOND_BUDGET_YEARS": {
      const years = flag.firstYear === flag.lastYear ? `${flag.firstYear}` : `${flag.firstYear}–${flag.lastYear}`;
      return id
        ? `${number(flag.months, lang)} bulan per pekerja, lebih dari ${flag.limit} bulan tahun anggaran ${years} tempat periode yang disebut berada`
        : `${number(flag.months, lang)} months per worker, more than the ${flag.limit} months of the budget year${flag.firstYear === flag.lastYear ? "" : "s"} ${years} the stated period falls in`;
    }
    case "MONTHS_BEYOND_PLAUSIBLE":
      return id
        ? `${number(flag.months, lang)} bulan per pekerja, lebih dari ${flag.limit} bulan (${flag.limit / 12} tahun): bukan program yang masuk akal`
        : `${number(flag.months, lang)} months per worker, more than ${flag.limit} months (${flag.limit / 12} years): no plausible programme`;
    case "WORKERS_NOT_WHOLE":
      return id
        ? `${flag.months} bulan berarti ${number(flag.workers, lang)} pekerja, bukan bilangan bulat`
        : `${flag.months} months imply ${number(flag.workers, lang)} workers, not a whole number`;
    case "RATE_MATCHES_NO_TARIFF":
      return id
        ? `Rp ${number(flag.rate, lang)} per orang-bulan tidak sesuai tarif mana pun untuk ketentuan ini, pada bulan-bulan ini maupun pada pembacaan lain yang dicoba`
        : `Rp ${number(flag.rate, lang)} a worker-month matches no tariff rate of these terms, in these months or in the other readings tried`;
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
  const id = lang === "id";
  switch (result.rateBasis) {
    case "uniform":
      return `${id ? "tarif per pekerja per bulan" : "monthly rate per worker"} ${formatRupiah(result.monthlyRate, lang)}`;
    case "average":
      return id
        ? `tarif per pekerja berubah dalam periode ini: ${runsText(result.periodRates ?? [], lang)}; angka tersirat memakai rata-ratanya, Rp ${number(result.workerMonthCost, lang)} per orang-bulan`
        : `the rate per worker changes within the period: ${runsText(result.periodRates ?? [], lang)}; implied figures at its average, Rp ${number(result.workerMonthCost, lang)} a worker-month`;
    case "start-month":
      return id
        ? `tarif per pekerja per bulan ${formatRupiah(result.monthlyRate, lang)} pada ${formatMonthName(result.claim.start, lang)}, bulan mulai; jumlah bulan tidak disebut`
        : `monthly rate per worker ${formatRupiah(result.monthlyRate, lang)} in ${formatMonthName(result.claim.start, lang)}, the start month; no months stated`;
  }
}

/** How long a start-month reading holds. */
function rateChangeText(result: ClaimResult, lang: Lang): string {
  const id = lang === "id";
  const change: RateChange | null = result.rateChange;
  if (change === null) {
    return id
      ? `tabel tarif mempertahankan tarif ${formatRupiah(result.monthlyRate, lang)} pada setiap bulan sesudahnya`
      : `the tariff tables keep the rate at ${formatRupiah(result.monthlyRate, lang)} in every later month`;
  }
  const month = formatMonthName(change.month, lang);
  const because = change.references.length > 0 ? ` (${change.references.join(", ")})` : "";
  const what =
    change.rate === null
      ? id
        ? `mulai ${month} tabel tarif tidak dapat menghitung pekerja ini`
        : `from ${month} the tariff tables cannot price this worker`
      : id
        ? `tarif berubah pada ${month} menjadi ${formatRupiah(change.rate, lang)} per orang-bulan${because}`
        : `the rate changes in ${month} to ${formatRupiah(change.rate, lang)} a worker-month${because}`;
  const holds = id ? "pembacaan ini hanya berlaku untuk bulan sebelumnya" : "the reading holds only for months before then";
  const within =
    result.rateChangesWithinReading && result.impliedMonths !== null
      ? id
        ? "; bulan tersirat melewatinya, jadi jumlah bulan bulat di bawah dihitung dengan tarif bulan-bulannya sendiri"
        : "; the implied months run past it, so the whole months below are priced at the rates of their own months"
      : "";
  return `${what}: ${holds}${within}`;
}

/** Why a claim without a stated period cannot be right, when it cannot. */
function startMonthMismatchText(result: ClaimResult, lang: Lang): string {
  const { workers } = result.claim;
  const id = lang === "id";
  if (workers === null) {
    return id ? "tidak ada jumlah orang-bulan bulat dengan tarif ini yang menghasilkan angka tersebut" : "no whole number of worker-months at this rate gives the figure";
  }
  return id
    ? `tidak ada jumlah bulan bulat untuk ${formatCount(workers, lang)} pekerja sejak bulan mulai yang menghasilkan angka tersebut`
    : `no whole number of months for ${formatCount(workers, lang)} ${workers === 1 ? "worker" : "workers"} from the start gives the figure`;
}

function detailText(result: ClaimResult, lang: Lang): string[] {
  const { claim } = result;
  const id = lang === "id";
  const lines = [
    `${claim.label}: ${STATUS_TEXT[result.status][lang]} (${rateText(result, lang)})`,
    `  ${id ? "bulan-pekerja tersirat" : "implied worker-months"}: ${number(result.impliedWorkerMonths, lang)} ${wholeness(result.impliedWorkerMonths, lang)}`,
  ];
  const parts: string[] = [];
  if (claim.workers !== null && result.impliedMonths !== null) {
    parts.push(`${id ? `dengan ${formatCount(claim.workers, lang)} pekerja` : `with ${formatCount(claim.workers, lang)} ${claim.workers === 1 ? "worker" : "workers"}`}: ${number(result.impliedMonths, lang)} ${id ? "bulan" : "months"}`);
  }
  if (claim.months !== null && result.impliedWorkers !== null) {
    parts.push(`${id ? `dengan ${claim.months} bulan` : `with ${claim.months} months`}: ${number(result.impliedWorkers, lang)} ${id ? "pekerja" : "workers"}`);
  }
  if (parts.length > 0) lines.push(`  ${parts.join("; ")}`);
  if (result.impliedMonthlyRate !== null) {
    lines.push(`  ${id ? "tarif per pekerja per bulan tersirat" : "implied monthly rate per worker"}: Rp ${number(result.impliedMonthlyRate, lang)}`);
  }
  if (result.rateBasis === "start-month") {
    lines.push(`  ${rateChangeText(result, lang)}`);
    if (result.status === "MISMATCH") lines.push(`  ${startMonthMismatchText(result, lang)}`);
  }
  for (const flag of result.flags) lines.push(`  ${id ? "ditandai" : "flagged"}: ${flagText(flag, lang)}`);
  for (const combination of result.nearest.slice(0, 4)) {
    lines.push(
      `  ${formatCount(combination.workers, lang)} × ${combination.months} ${id ? "bulan" : "months"} = ${formatRupiah(combination.total, lang)} (${label("difference", lang).toLowerCase()} ${formatRupiah(combination.difference, lang)})`,
    );
  }
  for (const reading of result.alternatives) {
    const workers = claim.workers === null ? (id ? ` dengan ${formatCount(reading.workers, lang)} pekerja` : ` with ${formatCount(reading.workers, lang)} workers`) : "";
    lines.push(`  ${id ? "cocok" : "matches"}${workers} ${id ? "bila" : "when"} ${describeReading(reading, claim.start, lang)}: ${formatRupiah(reading.total, lang)}`);
  }
  return lines;
}

function statusCell(result: ClaimResult, lang: Lang): string {
  const { claim } = result;
  if (result.status === "OK") {
    return chalk.green(claim.tolerance > 0n && result.difference !== 0n ? `OK (± ${formatRupiah(claim.tolerance, lang)})` : "OK");
  }
  return result.status === "MISMATCH" ? chalk.red(STATUS_TEXT.MISMATCH[lang]) : chalk.yellow(STATUS_TEXT.IMPLIED[lang]);
}

export function checkAsTable(results: readonly ClaimResult[], context: RunContext, explanations?: string[]): string {
  const { lang, width } = context;
  const head = ["", label("workers", lang), lang === "id" ? "Bulan" : "Months", label("start", lang), label("reported", lang), label("computed", lang), label("difference", lang), label("status", lang)];
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
  return [fit(chalk.bold(label("checkTitle", lang))), table, ...details.map(fit), ...(explanations ?? []).map(fit), notesAsText(context), ""].join("\n");
}

function optionalImplied(value: Dec | null) {
  return value === null ? { value: null, whole: null } : { value: implied(value).value.toString(), whole: value.isInteger() };
}

function claimAsJson(result: ClaimResult) {
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
    flags: result.flags.map((flag) => ({ code: flag.code, message: flagText(flag, "en") })),
    nearest: result.nearest.map((combination) => ({
      workers: combination.workers,
      months: combination.months,
      total: combination.total.toString(),
      difference: combination.difference.toString(),
    })),
    alternatives: result.alternatives.map((reading) => ({
      description: describeReading(reading, claim.start, "en"),
      yearShift: reading.yearShift,
      funding: reading.funding,
      transportSector: reading.transportSector,
      workers: reading.workers,
      total: reading.total.toString(),
    })),
  };
}

function countOf(results: readonly ClaimResult[], status: ClaimStatus): number {
  return results.filter((result) => result.status === status).length;
}

export function checkAsJson(results: readonly ClaimResult[], context: RunContext, explanations?: unknown[]): string {
  const claims = results.map((result, index) => ({ ...claimAsJson(result), ...(explanations ? { explanation: explanations[index] } : {}) }));
  const meta = { ...metaAsJson(context), impliedPlaces: IMPLIED_PLACES, plausibleMonthsWithoutPeriod: PLAUSIBLE_MONTHS_WITHOUT_PERIOD };
  const summary = { claims: results.length, ok: countOf(results, "OK"), implied: countOf(results, "IMPLIED"), mismatches: countOf(results, "MISMATCH") };
  return `${JSON.stringify({ meta, claims, summary }, null, 2)}\n`;
}

export function checkAsCsv(results: readonly ClaimResult[]): string {
  const header = [
    "label",
    "reported",
    "computed",
    "difference",
    "tolerance",
    "status",
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
  ];
  const rows = results.map((result) => {
    const json = claimAsJson(result);
    return [
      json.label,
      json.reported,
      json.computed ?? "",
      json.difference ?? "",
      json.tolerance,
      json.status,
      json.workers ?? "",
      json.months ?? "",
      json.start,
      json.impliedWorkerMonths,
      json.impliedWorkers ?? "",
      json.impliedMonths ?? "",
      json.rateBasis,
      json.workerMonthCost,
      json.rateChange?.month ?? "",
      // Codes joined with "+", as lists are in the tariff tables.
      json.flags.map((flag) => flag.code).join("+"),
    ];
  });
  return stringify([header, ...rows]);
}
