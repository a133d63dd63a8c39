// iuran check: reported figures against the formula; exit 1 when any does not hold.
import { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import chalk from "chalk";
import { z } from "zod";
import { checkClaim, type AlternativeReading, type Claim, type ClaimResult } from "../domain/check.js";
import { Pricer } from "../domain/contribution.js";
import { parseCount } from "../domain/count.js";
import { Explanation } from "../domain/explain.js";
import { Dec, parseRupiah } from "../domain/money.js";
import { formatMonth, parseMonth, parseMonthCount } from "../domain/month.js";
import { parsePrograms } from "../domain/program.js";
import { termsKey, type WorkerTerms } from "../domain/worker.js";
import { InvalidInput } from "../io/input-error.js";
import { cellOf, columnIndex, optionalColumnIndex, readTable, TableErrors } from "../io/table-file.js";
import { explanationAsJson, explanationAsText } from "../report/explain.js";
import { formatCount, formatDecimal, formatMonthName, formatRupiah, label, type Lang } from "../report/format.js";
import { metaAsJson, type RunContext } from "../report/meta.js";
import { notesAsText } from "../report/notes.js";
import { tableAsText } from "../report/table.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { ExpectationFailed, UsageError } from "./exit-codes.js";
import {
  commonSettings,
  countOption,
  flagTerms,
  monthCountOption,
  monthOption,
  parseOptions,
  rupiahOption,
  withOutputOptions,
  withWorkerOptions,
  type CommonSettings,
} from "./options.js";

/** Implied figures are shown to this many decimal places, rounded half up; "whole" says whether they are exact. */
const IMPLIED_PLACES = 4;

const checkSchema = z.object({
  reported: rupiahOption.optional(),
  workers: countOption.optional(),
  start: monthOption.optional(),
  months: monthCountOption.optional(),
  tolerance: rupiahOption.optional(),
  claims: z.string().optional(),
  label: z.string().optional(),
  explain: z.boolean().optional(),
});

export function checkCommand(): Command {
  const command = new Command("check")
    .summary("compare reported totals with the formula (exit 1 on a mismatch)")
    .description(
      "Compares reported totals with the formula: one claim from flags, or many from a CSV (label,reported_total,workers,months,start and optional income,programs,sector,funding,tolerance). A mismatch is explained: implied worker-months, workers and months, the nearest whole combinations, and other tariff readings that give the reported figure. Exit 0 when every claim holds, 1 when any does not.",
    )
    .option("--reported <rupiah>", "the reported total")
    .option("--workers <n>", "workers the report states")
    .option("--start <YYYY-MM>", "first month")
    .option("--months <n>", "number of months")
    .option("--tolerance <rupiah>", "accept a difference up to this many rupiah either way (default 0: exact)")
    .option("--label <text>", "a name for the claim in the report")
    .option("--claims <file>", "a CSV of claims, one per row")
    .option("--explain", "write out the arithmetic of each computed total");
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  $ iuran check --reported 201549600 --workers 1333 --start 2022-04 --months 9
  $ iuran check --claims fixtures/claims/reported-2022-2025.csv --format csv`,
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(checkSchema, options);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding);
    const inputs = [];
    let claims: Claim[];
    if (parsed.claims !== undefined) {
      const stray = (["reported", "workers", "start", "months", "label"] as const).filter((name) => parsed[name] !== undefined);
      if (stray.length > 0) throw new UsageError(`--claims FILE gives every claim its own figures; leave out --${stray.join(", --")}`);
      const loaded = await readClaims(parsed.claims, settings, parsed.tolerance ?? 0n);
      claims = loaded.claims;
      inputs.push({ file: loaded.file, sha256: loaded.sha256 });
    } else {
      if (parsed.reported === undefined || parsed.workers === undefined || parsed.start === undefined || parsed.months === undefined) {
        throw new UsageError("a claim needs --reported, --workers, --start and --months (or --claims FILE)");
      }
      claims = [
        {
          label: parsed.label ?? "claim",
          reported: parsed.reported,
          workers: parsed.workers,
          months: parsed.months,
          start: parsed.start,
          terms: flagTerms(settings),
          tolerance: parsed.tolerance ?? 0n,
        },
      ];
    }
    const results = claims.map((claim) => checkClaim(pricer, claim));
    const explanations = parsed.explain
      ? results.map((result) => {
          const explanation = new Explanation(tariffs.book, settings.rounding);
          const { terms, start, months, workers } = result.claim;
          explanation.add(terms, termsKey(terms), start, months, workers);
          return explanation.result();
        })
      : undefined;
    const context = runContext(settings, tariffs, pricer.used(), inputs);
    await emit(
      settings,
      {
        table: () =>
          checkAsTable(
            results,
            context,
            explanations?.map((segments, index) => `${results[index]!.claim.label}: ${explanationAsText(segments, settings.lang)}`),
          ),
        csv: () => checkAsCsv(results),
        json: () => checkAsJson(results, context, explanations?.map(explanationAsJson)),
      },
      parsed.claims ? [parsed.claims] : [],
      context,
    );
    const mismatches = results.filter((result) => result.status !== "OK").length;
    if (mismatches > 0) {
      throw new ExpectationFailed(`${mismatches} of ${results.length} claim${results.length === 1 ? "" : "s"} ${mismatches === 1 ? "does" : "do"} not match the formula`);
    }
  });
  return command;
}

async function readClaims(file: string, settings: CommonSettings, defaultTolerance: bigint) {
  const table = await readTable(file);
  const errors = new TableErrors(table);
  const column = {
    label: columnIndex(table, "label", ["keterangan", "uraian"]),
    reported: columnIndex(table, "reported_total", ["reported", "dilaporkan", "total"]),
    workers: columnIndex(table, "workers", ["pekerja", "jumlahpekerja"]),
    months: columnIndex(table, "months", ["bulan", "jumlahbulan"]),
    start: columnIndex(table, "start", ["mulai"]),
    income: optionalColumnIndex(table, "income", ["penghasilan"]),
    programs: optionalColumnIndex(table, "programs", ["program"]),
    sector: optionalColumnIndex(table, "sector", ["sektor"]),
    funding: optionalColumnIndex(table, "funding", ["sumberdana"]),
    tolerance: optionalColumnIndex(table, "tolerance", ["toleransi"]),
  };
  const base = flagTerms(settings);
  const claims: Claim[] = [];
  for (const row of table.rows) {
    const before = claims.length;
    const amount = (index: number | undefined, name: string, fallback: bigint): bigint => {
      const text = cellOf(row, index);
      if (text === "") return fallback;
      const parsed = parseRupiah(text);
      if (parsed.ok) return parsed.rupiah;
      errors.add(row, index, "INVALID_AMOUNT", `${name} "${text}" ${parsed.reason}`);
      return fallback;
    };
    const reported = amount(column.reported, "reported_total", -1n);
    const workers = parseCount(cellOf(row, column.workers));
    if (!workers.ok) errors.add(row, column.workers, "INVALID_COUNT", `workers "${cellOf(row, column.workers)}" ${workers.reason}`);
    else if (workers.count === 0) errors.add(row, column.workers, "INVALID_COUNT", "workers is 0; a claim is about at least one worker");
    const months = parseMonthCount(cellOf(row, column.months));
    if (months === undefined) errors.add(row, column.months, "INVALID_MONTHS", `months must be a whole number from 1, got "${cellOf(row, column.months)}"`);
    const start = parseMonth(cellOf(row, column.start));
    if (start === undefined) errors.add(row, column.start, "INVALID_MONTH", `start must be a month like 2022-04, got "${cellOf(row, column.start)}"`);
    let programs = base.programs;
    if (cellOf(row, column.programs) !== "") {
      const parsedPrograms = parsePrograms(cellOf(row, column.programs));
      if (parsedPrograms.ok) programs = parsedPrograms.programs;
      else errors.add(row, column.programs, "INVALID_PROGRAM", `programs "${cellOf(row, column.programs)}" ${parsedPrograms.reason}`);
    }
    if (reported < 0n && cellOf(row, column.reported) === "") errors.add(row, column.reported, "MISSING_VALUE", "reported_total is empty");
    const terms: WorkerTerms = {
      ...base,
      programs,
      income: amount(column.income, "income", base.income),
      sector: cellOf(row, column.sector) || base.sector,
      funding: cellOf(row, column.funding) || base.funding,
    };
    const tolerance = amount(column.tolerance, "tolerance", defaultTolerance);
    if (reported >= 0n && workers.ok && workers.count > 0 && months !== undefined && start !== undefined && claims.length === before) {
      claims.push({ label: cellOf(row, column.label) || `line ${row.line}`, reported, workers: workers.count, months, start, terms, tolerance });
    }
  }
  errors.throwIfAny();
  // A script gating on "check" must not pass on a file that checked nothing.
  if (claims.length === 0) throw new InvalidInput([{ file, line: 1, column: 0, code: "MISSING_VALUE", message: "the claims file has no claims" }], 1);
  return { claims, file: table.file, sha256: table.sha256 };
}

function describeReading(reading: AlternativeReading, start: number, lang: Lang): string {
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

function implied(value: Dec) {
  return { value: value.toDecimalPlaces(IMPLIED_PLACES, Dec.ROUND_HALF_UP), whole: value.isInteger() };
}

function claimAsJson(result: ClaimResult) {
  const { claim } = result;
  const workerMonths = implied(result.impliedWorkerMonths);
  return {
    label: claim.label,
    reported: claim.reported.toString(),
    computed: result.computed.toString(),
    difference: result.difference.toString(),
    status: result.status,
    workers: claim.workers,
    months: claim.months,
    start: formatMonth(claim.start),
    tolerance: claim.tolerance.toString(),
    monthlyRate: result.monthlyRate.toString(),
    rateVaries: result.rateVaries,
    impliedWorkerMonths: workerMonths.value.toString(),
    impliedWorkerMonthsWhole: workerMonths.whole,
    impliedMonths: implied(result.impliedMonths).value.toString(),
    impliedWorkers: implied(result.impliedWorkers).value.toString(),
    impliedMonthlyRate: implied(result.impliedMonthlyRate).value.toString(),
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
      total: reading.total.toString(),
    })),
  };
}

function checkAsJson(results: readonly ClaimResult[], context: RunContext, explanations?: unknown[]): string {
  const claims = results.map((result, index) => ({ ...claimAsJson(result), ...(explanations ? { explanation: explanations[index] } : {}) }));
  const mismatches = results.filter((result) => result.status !== "OK").length;
  return `${JSON.stringify({ meta: { ...metaAsJson(context), impliedPlaces: IMPLIED_PLACES }, claims, summary: { claims: results.length, ok: results.length - mismatches, mismatches } }, null, 2)}\n`;
}

function checkAsCsv(results: readonly ClaimResult[]): string {
  const header = ["label", "reported", "computed", "difference", "tolerance", "status", "workers", "months", "start", "implied_worker_months", "implied_workers", "implied_months"];
  const rows = results.map((result) => {
    const json = claimAsJson(result);
    return [json.label, json.reported, json.computed, json.difference, json.tolerance, json.status, json.workers, json.months, json.start, json.impliedWorkerMonths, json.impliedWorkers, json.impliedMonths];
  });
  return stringify([header, ...rows]);
}

function mismatchText(result: ClaimResult, lang: Lang): string[] {
  const { claim } = result;
  const number = (value: Dec) => formatDecimal(implied(value).value, lang);
  const whole = implied(result.impliedWorkerMonths).whole;
  const id = lang === "id";
  const rate = result.rateVaries
    ? id
      ? "tarif per pekerja berubah dalam periode ini; bulan dihitung satu per satu"
      : "the rate per worker changes within the period; months are counted one by one"
    : `${id ? "tarif per pekerja per bulan" : "monthly rate per worker"} ${formatRupiah(result.monthlyRate, lang)}`;
  const lines = [
    `${claim.label}: ${id ? "TIDAK COCOK" : "MISMATCH"} (${rate})`,
    `  ${id ? "bulan-pekerja tersirat" : "implied worker-months"}: ${number(result.impliedWorkerMonths)} ${whole ? (id ? "(bilangan bulat)" : "(a whole number)") : id ? "(bukan bilangan bulat)" : "(not a whole number)"}`,
    `  ${id ? `dengan ${formatCount(claim.workers, lang)} pekerja` : `with ${formatCount(claim.workers, lang)} workers`}: ${number(result.impliedMonths)} ${id ? "bulan" : "months"}; ${id ? `dengan ${claim.months} bulan` : `with ${claim.months} months`}: ${number(result.impliedWorkers)} ${id ? "pekerja" : "workers"}`,
    `  ${id ? "tarif per pekerja per bulan tersirat" : "implied monthly rate per worker"}: Rp ${number(result.impliedMonthlyRate)}`,
  ];
  for (const combination of result.nearest.slice(0, 4)) {
    lines.push(
      `  ${formatCount(combination.workers, lang)} × ${combination.months} ${id ? "bulan" : "months"} = ${formatRupiah(combination.total, lang)} (${label("difference", lang).toLowerCase()} ${formatRupiah(combination.difference, lang)})`,
    );
  }
  for (const reading of result.alternatives) {
    lines.push(`  ${id ? "cocok bila" : "matches when"} ${describeReading(reading, claim.start, lang)}: ${formatRupiah(reading.total, lang)}`);
  }
  return lines;
}

function checkAsTable(results: readonly ClaimResult[], context: RunContext, explanations?: string[]): string {
  const { lang } = context;
  const head = ["", label("workers", lang), lang === "id" ? "Bulan" : "Months", label("start", lang), label("reported", lang), label("computed", lang), label("difference", lang), label("status", lang)];
  const body = results.map((result) => [
    result.claim.label,
    formatCount(result.claim.workers, lang),
    String(result.claim.months),
    formatMonthName(result.claim.start, lang),
    formatRupiah(result.claim.reported, lang),
    formatRupiah(result.computed, lang),
    formatRupiah(result.difference, lang),
    result.status === "OK"
      ? chalk.green(result.claim.tolerance > 0n && result.difference !== 0n ? `OK (± ${formatRupiah(result.claim.tolerance, lang)})` : "OK")
      : chalk.red(lang === "id" ? "TIDAK COCOK" : "MISMATCH"),
  ]);
  const table = tableAsText(head, ["left", "right", "right", "left", "right", "right", "right", "left"], body);
  const details = results.flatMap((result) => (result.status === "OK" ? [] : mismatchText(result, lang)));
  return [chalk.bold(label("checkTitle", lang)), table, ...details, ...(explanations ?? []), notesAsText(context), ""].join("\n");
}
