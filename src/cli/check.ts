// iuran check: reported figures against the formula; exit 1 when any does not hold.
import { Command } from "commander";
import { z } from "zod";
import { totalOf } from "../domain/budget.js";
import { claimHolds } from "../domain/claim-status.js";
import { checkClaim, MONTHS_A_BUDGET_YEAR, PLAUSIBLE_MONTHS_WITHOUT_PERIOD, type Claim } from "../domain/check.js";
import { Pricer } from "../domain/contribution.js";
import { parseCount } from "../domain/count.js";
import { Explanation } from "../domain/explain.js";
import { parseRupiah } from "../domain/money.js";
import { readPublishedAmount, type PublishedAmount } from "../domain/published-amount.js";
import type { Month } from "../domain/month.js";
import { MAX_BUDGET } from "../domain/capacity.js";
import { UNSTATED_FUNDING } from "../domain/funding.js";
import { quoteCell, safeInline } from "../domain/personal-data.js";
import { incomeField, monthsField, programsField, startField, type FieldReading } from "../domain/worker-fields.js";
import { termsKey, type WorkerTerms } from "../domain/worker.js";
import { readClaimsFile, type ClaimRowReader } from "../io/claims-file.js";
import { cellOf, optionalColumnIndex } from "../io/table-file.js";
import { IMPLIED_PLACES, publishedExplanation, totalsSection } from "../report/check.js";
import { claimsAsCsv, claimsAsJson, claimsAsTable, type ClaimSection } from "../report/claim-section.js";
import { FigureClaims, figureFlagsGiven, withFigureOptions } from "./check-figures.js";
import { explanationAsJson, explanationAsText } from "../report/explain.js";
import { t, tIn } from "../text/render.js";
import type { RatioClaim } from "../domain/claims-ratio.js";
import { ratioClaimOfFlags, ratioClaimsReader, ratioSectionOf, statesRatio, withRatioOptions } from "./benefits.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { fileOrExample, singleExampleOption } from "./examples.js";
import { ExpectationFailed, UsageError } from "./exit-codes.js";
import {
  commonSettings,
  countOption,
  flagTerms,
  monthCountOption,
  startOption,
  parseOptions,
  rupiahOption,
  withOutputOptions,
  withWorkerOptions,
  type CommonSettings,
} from "./options.js";

/** A published total (--reported, reported_total): an amount with the precision of its text, up to MAX_BUDGET. */
function readReported(text: string): { ok: true; amount: PublishedAmount } | { ok: false; reason: string } {
  const reading = readPublishedAmount(text);
  if (!reading.ok) return { ok: false, reason: `${quoteCell(text)} ${reading.reason}` };
  if (reading.amount.written > MAX_BUDGET) return { ok: false, reason: t("usage.totalTooLarge", { text: quoteCell(text), max: MAX_BUDGET }) };
  return reading;
}

const publishedOption = z.string().transform((text, ctx) => {
  const reading = readReported(text);
  if (reading.ok) return reading.amount;
  ctx.addIssue({ code: "custom", message: reading.reason });
  return z.NEVER;
});

const checkSchema = z.object({
  reported: publishedOption.optional(),
  workers: countOption.optional(),
  start: startOption.optional(),
  months: monthCountOption.optional(),
  tolerance: rupiahOption.optional(),
  claims: z.string().optional(),
  label: z.string().optional(),
  explain: z.boolean().optional(),
});

export function checkCommand(): Command {
  const command = new Command("check")
    .summary(t("checkHelp.summary"))
    .description(t("checkHelp.description"))
    .option("--reported <rupiah>", t("checkHelp.reported"))
    .option("--workers <n>", t("checkHelp.workers"))
    .option("--start <YYYY-MM>", t("checkHelp.start"))
    .option("--months <n>", t("checkHelp.months"))
    .option("--tolerance <rupiah>", t("checkHelp.tolerance"))
    .option("--label <text>", t("checkHelp.label"))
    .argument("[claims]", t("published.claimsArgument"))
    .option("--claims <file>", t("checkHelp.claims"))
    .addOption(singleExampleOption("claims"))
    .option("--explain", t("checkHelp.explain"));
  withFigureOptions(command);
  withWorkerOptions(command);
  withRatioOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
${t("checkHelp.statuses", { places: IMPLIED_PLACES, perYear: MONTHS_A_BUDGET_YEAR, withoutPeriod: PLAUSIBLE_MONTHS_WITHOUT_PERIOD })}
${examplesText([
  "check --reported 201549600 --workers 1333 --start 2022-04 --months 9",
  "check --reported 201549600 --start 2022-04 --funding APBD",
  'check --reported "Rp 2,7 miliar" --workers 16000 --months 10 --start 2025-01 --funding APBD',
  "check --example claims --format csv",
])}`,
  );
  command.action(async (positional: string | undefined, options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(checkSchema, options);
    // `iuran check claims.csv` is `--claims claims.csv`; both at once is one file too many.
    if (positional !== undefined) {
      if (parsed.claims !== undefined || options.example !== undefined) throw new UsageError(t("published.claimsTwice"));
      parsed.claims = positional;
    }
    parsed.claims = fileOrExample(parsed.claims, "--claims", options.example as string | undefined, "claims", "check");
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const inputs = [];
    const totals: Claim[] = [];
    // Each kind of claim reads its claims from the file's rows; a row belongs to exactly one kind.
    const ratios: RatioClaim[] = [];
    const figures = new FigureClaims();
    const readers = [totalClaimsReader(settings, parsed.tolerance ?? 0n, totals), ...figures.readers(), ratioClaimsReader(ratios)];
    if (parsed.claims !== undefined) {
      const stray = (["reported", "workers", "start", "months", "label"] as const).filter((name) => parsed[name] !== undefined);
      if (stray.length > 0) throw new UsageError(t("usage.claimsAndFlags", { flags: stray.map((name) => `--${name}`) }));
      const strayFigures = [...figureFlagsGiven(options), ...(statesRatio(options) ? ["--benefits"] : [])];
      if (strayFigures.length > 0) throw new UsageError(t("usage.claimsAndFlags", { flags: strayFigures }));
      const loaded = await readClaimsFile(parsed.claims, readers, settings.lang);
      inputs.push({ file: loaded.file, sha256: loaded.sha256 });
    } else if (statesRatio(options)) {
      const label = safeInline(parsed.label ?? tIn(settings.lang, "planning.check.claim"), false);
      const headcount = parsed.workers !== undefined || parsed.months !== undefined;
      let ratioOptions = options;
      if (headcount && options.contributions !== undefined) throw new UsageError(t("published.ratioContributionsTwice"));
      if (headcount && parsed.reported !== undefined) {
        // A reported total with its headcount is a claim of its own, checked beside the ratio it feeds.
        totals.push({ label, reported: parsed.reported, workers: parsed.workers ?? null, months: parsed.months ?? null, start: parsed.start ?? null, terms: flagTerms(settings), tolerance: parsed.tolerance ?? 0n });
      } else if (headcount) {
        // Contributions computed from the headcount and period, as a budget would.
        if (parsed.workers === undefined || parsed.months === undefined || parsed.start === undefined) throw new UsageError(t("published.ratioHeadcountNeeds"));
        const terms = flagTerms(settings);
        const perWorker = totalOf(pricer.period(terms, termsKey(terms), parsed.start, parsed.months).total);
        ratioOptions = { ...options, contributions: (perWorker * BigInt(parsed.workers)).toString() };
      }
      ratios.push(ratioClaimOfFlags(ratioOptions, label)!);
    } else if (figures.fromFlags(options, parsed.label, settings.lang) && !TOTAL_FLAGS.some((name) => parsed[name] !== undefined)) {
      // Only coverage or count flags: there is no total to check.
    } else {
      if (parsed.reported === undefined) {
        throw new UsageError(t(TOTAL_FLAGS.some((name) => parsed[name] !== undefined) ? "usage.claimNeeds" : "figures.usageNoClaim"));
      }
      totals.push({
        label: safeInline(parsed.label ?? tIn(settings.lang, "planning.check.claim"), false),
        reported: parsed.reported,
        workers: parsed.workers ?? null,
        months: parsed.months ?? null,
        start: parsed.start ?? null,
        terms: flagTerms(settings),
        tolerance: parsed.tolerance ?? 0n,
      });
    }
    const results = totals.map((claim) => checkClaim(pricer, claim));
    const explanations = parsed.explain
      ? results.map((result) => {
          const explanation = new Explanation(tariffs.book, settings.rounding, settings.belowFloor);
          const { terms, months, workers } = result.claim;
          // Without workers or months, what the total is divided by: one worker, or one month from the start.
          explanation.add(terms, termsKey(terms), result.start, months ?? 1, workers ?? 1);
          return explanation.result();
        })
      : undefined;
    const sections: ClaimSection[] = [];
    if (results.length > 0) {
      sections.push(
        totalsSection(
          results,
          settings.lang,
          explanations && {
            text: explanations.map((segments, index) => `${results[index]!.claim.label}: ${explanationAsText(segments, settings.lang)}${publishedExplanation(results[index]!, settings.lang)}`),
            json: explanations.map((segments) => explanationAsJson(segments, settings.lang)),
          },
        ),
      );
    }
    sections.push(...figures.sections(settings.lang, parsed.explain ?? false));
    const ratio = await ratioSectionOf(ratios, options, settings, pricer, parsed.start, parsed.explain ?? false);
    if (ratio) {
      sections.push(ratio.section);
      inputs.push(ratio.input);
    }
    const context = runContext(settings, tariffs, pricer.used(), inputs);
    await emit(
      settings,
      {
        table: () => claimsAsTable(sections, context),
        csv: () => claimsAsCsv(sections),
        json: () => claimsAsJson(sections, context),
      },
      context,
    );
    const all = sections.flatMap((section) => section.claims);
    const failing = all.filter((claim) => !claimHolds(claim.status)).length;
    if (failing > 0) {
      throw new ExpectationFailed(t("summary.claimsMismatch", { mismatches: failing, claims: all.length }));
    }
  });
  return command;
}

/** The flags of a total claim: any of them asks for one (and then --reported is needed). */
const TOTAL_FLAGS = ["reported", "start", "workers", "months", "tolerance"] as const;

/** The optional columns of a total claim, by name and aliases (claims-file.ts refuses a header one slip away from one). */
const TOTAL_FIGURE_COLUMNS = {
  workers: ["workers", "pekerja", "jumlahpekerja"],
  months: ["months", "bulan", "jumlahbulan"],
  start: ["start", "mulai"],
} as const;

/** Total claims in a claims file: the rows that fill in reported_total. */
function totalClaimsReader(settings: CommonSettings, defaultTolerance: bigint, claims: Claim[]): ClaimRowReader {
  let column: Record<"reported", number> & Record<"workers" | "months" | "start" | "income" | "programs" | "sector" | "funding" | "tolerance", number | undefined>;
  const base = flagTerms(settings);
  return {
    kind: "total",
    columnNames: [
      ...["reported_total", "reported", "dilaporkan", "total"],
      ...Object.values(TOTAL_FIGURE_COLUMNS).flat(),
      ...["income", "penghasilan", "programs", "program", "sector", "sektor", "funding", "sumberdana", "tolerance", "toleransi"],
    ],
    prepare(table) {
      const reported = optionalColumnIndex(table, "reported_total", ["reported", "dilaporkan", "total"]);
      if (reported === undefined) return false;
      column = {
        reported,
        // A published total may state none of these: the columns may be absent, as the cells may be empty.
        workers: optionalColumnIndex(table, "workers", ["pekerja", "jumlahpekerja"]),
        months: optionalColumnIndex(table, "months", ["bulan", "jumlahbulan"]),
        start: optionalColumnIndex(table, "start", ["mulai"]),
        income: optionalColumnIndex(table, "income", ["penghasilan"]),
        programs: optionalColumnIndex(table, "programs", ["program"]),
        sector: optionalColumnIndex(table, "sector", ["sektor"]),
        funding: optionalColumnIndex(table, "funding", ["sumberdana"]),
        tolerance: optionalColumnIndex(table, "tolerance", ["toleransi"]),
      };
      return true;
    },
    states: (row) => cellOf(row, column.reported) !== "",
    read(row, errors, label) {
      const before = claims.length;
      // Totals are bounded like --reported; worker fields are read as a roster's cells are (worker-fields.ts).
      const amount = (index: number | undefined, name: string, fallback: bigint): bigint => {
        const text = cellOf(row, index);
        if (text === "") return fallback;
        const parsed = parseRupiah(text);
        if (!parsed.ok) errors.add(row, index, "INVALID_AMOUNT", `${name} ${quoteCell(text)} ${parsed.reason}`);
        else if (parsed.rupiah > MAX_BUDGET) errors.add(row, index, "INVALID_AMOUNT", t("claimsFile.totalTooLarge", { column: name, text: quoteCell(text), max: MAX_BUDGET }));
        else return parsed.rupiah;
        return fallback;
      };
      const field = <T>(index: number | undefined, read: (text: string) => FieldReading<T>, fallback: T): T => {
        const text = cellOf(row, index);
        if (text === "") return fallback;
        const reading = read(text);
        if (reading.ok) return reading.value;
        errors.add(row, index, reading.code, reading.message);
        return fallback;
      };
      const reportedText = cellOf(row, column.reported);
      const reading = readPublishedAmount(reportedText);
      let reported: PublishedAmount | null = null;
      if (!reading.ok) errors.add(row, column.reported, "INVALID_AMOUNT", `reported_total ${quoteCell(reportedText)} ${reading.reason}`);
      else if (reading.amount.written > MAX_BUDGET) errors.add(row, column.reported, "INVALID_AMOUNT", t("claimsFile.totalTooLarge", { column: "reported_total", text: quoteCell(reportedText), max: MAX_BUDGET }));
      else reported = reading.amount;
      // An empty workers or months cell: the report does not state it (the columns themselves must be there).
      const workersText = cellOf(row, column.workers);
      const workers = workersText === "" ? ({ ok: true, count: null } as const) : parseCount(workersText);
      if (!workers.ok) errors.add(row, column.workers, "INVALID_COUNT", `workers ${quoteCell(workersText)} ${workers.reason}`);
      else if (workers.count === 0) errors.add(row, column.workers, "INVALID_COUNT", t("claimsFile.noWorkers"));
      const errorsBefore = errors.count;
      const months = field<number | null>(column.months, monthsField, null);
      const start = field<Month | null>(column.start, startField, null);
      const programs = field(column.programs, programsField, base.programs);
      let funding = base.funding;
      const fundingText = cellOf(row, column.funding);
      if (fundingText !== "") {
        const reading = settings.fundingVocabulary.resolve(fundingText);
        if (!reading.ok) errors.add(row, column.funding, "UNKNOWN_FUNDING", `funding ${quoteCell(fundingText)} ${reading.reason}`);
        else if (reading.source !== UNSTATED_FUNDING) funding = reading.source;
      }
      const terms: WorkerTerms = {
        ...base,
        programs,
        income: field(column.income, incomeField, base.income),
        sector: cellOf(row, column.sector) || base.sector,
        funding,
      };
      const tolerance = amount(column.tolerance, "tolerance", defaultTolerance);
      if (reported !== null && workers.ok && workers.count !== 0 && errors.count === errorsBefore && claims.length === before) {
        claims.push({ label, reported, workers: workers.count, months, start, terms, tolerance });
      }
  
    },
  };
}
