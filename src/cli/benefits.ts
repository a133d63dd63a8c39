// iuran benefits: the benefit schedule in force, or what one event pays, line by line with its legal reference.
import { Command, Option } from "commander";
import { z } from "zod";
import { ASKED_EVENTS, BENEFIT_EVENTS, benefitFor, benefitSchedule, type BenefitEvent } from "../domain/benefit.js";
import { MAX_BUDGET } from "../domain/capacity.js";
import { checkRatioClaim, eventCosts, type RatioClaim } from "../domain/claims-ratio.js";
import { NO_RELIEF_USE, type Pricer } from "../domain/contribution.js";
import { MAX_WORKERS, parseCount } from "../domain/count.js";
import { readPublishedAmount, type PublishedAmount } from "../domain/published-amount.js";
import { parsePublishedPercent, type PublishedPercent } from "../domain/published-percent.js";
import { startField } from "../domain/worker-fields.js";
import { formatMonth, MAX_MONTHS, monthOf, type Month } from "../domain/month.js";
import { quoteCell } from "../domain/personal-data.js";
import { loadBenefits } from "../io/benefit-file.js";
import type { ClaimRowReader } from "../io/claims-file.js";
import { cellOf, optionalColumnIndex } from "../io/table-file.js";
import type { ClaimSection } from "../report/claim-section.js";
import { ratioSection, type RatioBasis } from "../report/claims-ratio.js";
import { benefitsAsCsv, benefitsAsJson, benefitsAsTable, benefitsExplanation, type BenefitsReport } from "../report/benefits.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, flagTerms, monthOption, parseOptions, withOutputOptions, type CommonSettings } from "./options.js";

/** A small whole number of months or children, from `least` to `most`: exact as a JavaScript number. */
function wholeOption(least: number, most: number) {
  return z.string().transform((text, ctx) => {
    const value = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    if (value >= least && value <= most) return value;
    ctx.addIssue({ code: "custom", message: t("usage.count", { least, max: most, text: quoteCell(text) }) });
    return z.NEVER;
  });
}

const benefitsSchema = z.object({
  event: z.enum(BENEFIT_EVENTS).optional(),
  month: monthOption.optional(),
  monthsPaid: wholeOption(0, MAX_MONTHS).optional(),
  monthsOff: wholeOption(0, MAX_MONTHS).optional(),
  children: wholeOption(1, 99).optional(),
  explain: z.boolean().optional(),
  benefitsTable: z.string().optional(),
});

function currentMonth(now: Date): Month {
  return monthOf(now.getFullYear(), now.getMonth() + 1);
}

export function benefitsCommand(): Command {
  const command = new Command("benefits")
    .summary(t("benefits.help.summary"))
    .description(t("benefits.help.description"))
    .addOption(new Option("--event <event>", t("benefits.help.event")).choices(ASKED_EVENTS))
    .option("--income <rupiah>", t("benefits.help.income"))
    .option("--months-paid <n>", t("benefits.help.monthsPaid"))
    .option("--month <YYYY-MM>", t("benefits.help.month"))
    .option("--months-off <n>", t("benefits.help.monthsOff"))
    .option("--children <n>", t("benefits.help.children"))
    .option("--explain", t("benefits.help.explain"))
    .option("--benefits-table <file>", t("benefits.help.table"));
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "benefits --month 2026-01",
      "benefits --event jkk-death --income 2000000 --month 2026-01 --explain",
      "benefits --event jkm-death --months-paid 2 --month 2026-01",
      "benefits --event disability-temporary --months-off 18 --month 2026-01",
      "benefits --event scholarship --children 2 --month 2026-01 --format json",
    ]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(benefitsSchema, options);
    const month = parsed.month ?? currentMonth(new Date());
    const benefits = await loadBenefits(parsed.benefitsTable);
    const tariffs = await loadSettingsTariffs(settings);
    // Benefits follow the income contributions were paid on, so it is held to the JKK tariff's range that month.
    const income = settings.worker.income;
    const jkk = tariffs.book.rowFor("JKK", "BPU", null, month);
    if (jkk?.incomeFloor != null && income < jkk.incomeFloor) throw new UsageError(`--income: ${t("benefits.usage.incomeBelowFloor", { income, floor: jkk.incomeFloor })}`);
    if (jkk?.incomeCeiling != null && income > jkk.incomeCeiling) throw new UsageError(`--income: ${t("benefits.usage.incomeAboveCeiling", { income, ceiling: jkk.incomeCeiling })}`);
    const question = {
      income,
      month,
      monthsPaid: parsed.monthsPaid ?? null,
      monthsOff: parsed.monthsOff ?? null,
      children: parsed.children ?? null,
    };
    const event: BenefitEvent | undefined = parsed.event;
    const results = event === undefined ? benefitSchedule(benefits.schedule, question) : [benefitFor(benefits.schedule, { ...question, event })];
    if (results.length === 0 || results.every((result) => result.lines.length === 0)) {
      throw new UsageError(t("benefits.usage.nothingInForce", { month: formatMonth(month), file: benefits.file.file }));
    }
    const report: BenefitsReport = { month, income, asked: event ?? null, results };
    const context = runContext(settings, tariffs, { ...NO_RELIEF_USE, tariffs: jkk ? [jkk] : [] }, [benefits.file]);
    const explanation = parsed.explain ? benefitsExplanation(report, settings.lang) : undefined;
    await emit(
      settings,
      {
        table: () => benefitsAsTable(report, context, explanation === undefined ? [] : [explanation]),
        csv: () => benefitsAsCsv(report),
        json: () => benefitsAsJson(report, context, explanation === undefined ? {} : { explanation: explanation.split("\n").slice(1).map((line) => line.trim()) }),
      },
      context,
    );
  });
  return command;
}


// ---------------------------------------------------------------------------------------------------------------
// The claims ratio in `iuran check`: its flags, its claims-file columns, and its section of the report.

/** A published amount (Rp 2,1 miliar) with its precision, up to MAX_BUDGET. */
function readPublished(text: string): { ok: true; amount: PublishedAmount } | { ok: false; reason: string } {
  const reading = readPublishedAmount(text);
  if (!reading.ok) return { ok: false, reason: `${quoteCell(text)} ${reading.reason}` };
  if (reading.amount.written > MAX_BUDGET) return { ok: false, reason: t("usage.totalTooLarge", { text: quoteCell(text), max: MAX_BUDGET }) };
  return reading;
}

const publishedOption = z.string().transform((text, ctx) => {
  const reading = readPublished(text);
  if (reading.ok) return reading.amount;
  ctx.addIssue({ code: "custom", message: reading.reason });
  return z.NEVER;
});

/** A published percentage ("38,5%"), read as coverage percentages are. */
function readRatio(text: string): { ok: true; percent: PublishedPercent } | { ok: false; reason: string } {
  const parsed = parsePublishedPercent(text);
  return parsed.ok ? parsed : { ok: false, reason: `${quoteCell(text)} ${parsed.reason}` };
}

const ratioOption = z.string().transform((text, ctx) => {
  const reading = readRatio(text);
  if (reading.ok) return reading.percent;
  ctx.addIssue({ code: "custom", message: reading.reason });
  return z.NEVER;
});

/** A rounded zero ("Rp 0,0 miliar") stands for nothing below zero. */
function notBelowZero(amount: PublishedAmount): PublishedAmount {
  return amount.low < 0n ? { ...amount, low: 0n } : amount;
}

const ratioSchema = z.object({
  ratio: ratioOption.optional(),
  benefits: publishedOption.optional(),
  contributions: publishedOption.optional(),
  cases: countOption.optional(),
  benefitsTable: z.string().optional(),
});

/** --benefits, --contributions, --cases, --benefits-table on `iuran check`. */
export function withRatioOptions(command: Command): Command {
  return command
    .option("--benefits <rupiah>", t("benefits.help.ratioBenefits"))
    .option("--contributions <rupiah>", t("benefits.help.ratioContributions"))
    .option("--cases <n>", t("benefits.help.ratioCases"))
    .option("--ratio <percent>", t("benefits.help.ratioPublished"))
    .option("--benefits-table <file>", t("benefits.help.ratioBenefitsTable"));
}

/** Whether the command line states a ratio claim (then --reported alone is its contributions). */
export function statesRatio(options: Record<string, unknown>): boolean {
  return options.benefits !== undefined || options.contributions !== undefined || options.cases !== undefined || options.ratio !== undefined;
}

/** The ratio claim the flags state, if any; --reported stands for the contributions when --contributions is not given. */
export function ratioClaimOfFlags(options: Record<string, unknown>, label: string): RatioClaim | undefined {
  if (!statesRatio(options)) return undefined;
  const parsed = parseOptions(ratioSchema, options);
  const reported = typeof options.reported === "string" ? parseOptions(z.object({ reported: publishedOption }), { reported: options.reported }).reported : undefined;
  const contributions = parsed.contributions ?? reported;
  if (parsed.benefits === undefined || contributions === undefined) throw new UsageError(t("benefits.ratio.needsBoth"));
  if (contributions.low <= 0n) throw new UsageError(`--contributions: ${t("benefits.ratio.contributionsZero")}`);
  return { label, benefits: notBelowZero(parsed.benefits), contributions, cases: parsed.cases ?? null, month: null, publishedRatio: parsed.ratio ?? null };
}

/** Ratio claims in a claims file: the rows that fill in benefits (with contributions, and cases if known). */
export function ratioClaimsReader(claims: RatioClaim[]): ClaimRowReader {
  let column: { benefits: number; contributions: number | undefined; cases: number | undefined; start: number | undefined; ratio: number | undefined };
  return {
    kind: "ratio",
    columnNames: ["benefits", "manfaat", "manfaatdibayar", "klaimdibayar", "contributions", "iuran", "iurandibayar", "penerimaaniuran", "cases", "kasus", "jumlahkasus", "start", "mulai", "ratio", "rasio", "rasioklaim", "claimsratio"],
    prepare(table) {
      const benefits = optionalColumnIndex(table, "benefits", ["manfaat", "manfaatdibayar", "klaimdibayar"]);
      if (benefits === undefined) return false;
      column = {
        benefits,
        contributions: optionalColumnIndex(table, "contributions", ["iuran", "iurandibayar", "penerimaaniuran"]),
        cases: optionalColumnIndex(table, "cases", ["kasus", "jumlahkasus"]),
        // The month whose rate prices one event, as a total's start column is read.
        start: optionalColumnIndex(table, "start", ["mulai"]),
        ratio: optionalColumnIndex(table, "ratio", ["rasio", "rasioklaim", "claimsratio"]),
      };
      return true;
    },
    states: (row) => cellOf(row, column.benefits) !== "",
    read(row, errors, label) {
      const amount = (index: number | undefined, name: string): PublishedAmount | null => {
        const text = cellOf(row, index);
        if (text === "") {
          errors.add(row, index, "MISSING_VALUE", t("benefits.ratio.needsBoth"));
          return null;
        }
        const reading = readPublished(text);
        if (reading.ok) return reading.amount;
        errors.add(row, index, "INVALID_AMOUNT", `${name} ${reading.reason}`);
        return null;
      };
      const benefits = amount(column.benefits, "benefits");
      const contributions = amount(column.contributions, "contributions");
      if (contributions !== null && contributions.low <= 0n) errors.add(row, column.contributions, "INVALID_AMOUNT", `contributions: ${t("benefits.ratio.contributionsZero")}`);
      const casesText = cellOf(row, column.cases);
      const cases = casesText === "" ? ({ ok: true, count: null } as const) : parseCount(casesText);
      if (!cases.ok) errors.add(row, column.cases, "INVALID_COUNT", `cases ${quoteCell(casesText)} ${cases.reason}`);
      else if (cases.count === 0) errors.add(row, column.cases, "INVALID_COUNT", t("usage.count", { least: 1, max: MAX_WORKERS, text: quoteCell(casesText) }));
      const startText = cellOf(row, column.start);
      const start = startText === "" ? null : startField(startText);
      if (start !== null && !start.ok) errors.add(row, column.start, start.code, start.message);
      const ratioText = cellOf(row, column.ratio);
      const ratio = ratioText === "" ? null : readRatio(ratioText);
      if (ratio !== null && !ratio.ok) errors.add(row, column.ratio, "INVALID_PERCENT", `ratio ${ratio.reason}`);
      if (benefits !== null && contributions !== null && contributions.low > 0n && cases.ok && cases.count !== 0 && (start === null || start.ok) && (ratio === null || ratio.ok)) {
        const publishedRatio = ratio === null ? null : ratio.percent;
        claims.push({ label, benefits: notBelowZero(benefits), contributions, cases: cases.count, month: start === null ? null : start.value, publishedRatio });
      }
    },
  };
}

/**
 * The report section of the run's ratio claims: each checked, and the events of the schedule in force in `month`
 * priced in worker-months of one worker's contribution that month (the flags' terms: JKK + JKM at Rp 1,000,000).
 */
export async function ratioSectionOf(
  claims: readonly RatioClaim[],
  options: Record<string, unknown>,
  settings: CommonSettings,
  pricer: Pricer,
  month: Month | undefined,
  explain: boolean,
): Promise<{ section: ClaimSection; input: { file: string; sha256: string } } | undefined> {
  if (claims.length === 0) return undefined;
  const parsed = parseOptions(ratioSchema, options);
  const benefits = await loadBenefits(parsed.benefitsTable);
  const terms = flagTerms(settings);
  const bases = new Map<Month, RatioBasis>();
  const basisAt = (rateMonth: Month): RatioBasis => {
    const known = bases.get(rateMonth);
    if (known) return known;
    const lines = pricer.month(terms, rateMonth);
    for (const line of lines) pricer.record(line, terms);
    const monthlyRate = lines.reduce((sum, line) => sum + line.amount, 0n);
    if (monthlyRate <= 0n) throw new UsageError(t("benefits.ratio.contributionsZero"));
    const events = benefitSchedule(benefits.schedule, { income: terms.income, month: rateMonth, monthsPaid: null, monthsOff: null, children: null });
    const basis = { month: rateMonth, monthlyRate, income: terms.income, programs: terms.programs, costs: eventCosts(events, monthlyRate) };
    bases.set(rateMonth, basis);
    return basis;
  };
  const fallback = month ?? currentMonth(new Date());
  const section = ratioSection(
    claims.map((claim) => ({ result: checkRatioClaim(claim), basis: basisAt(claim.month ?? fallback) })),
    explain,
  );
  return { section, input: benefits.file };
}
