// iuran target: what reaching a coverage target takes: more workers, and what they cost.
import { warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { totalOf } from "../domain/budget.js";
import { Pricer } from "../domain/contribution.js";
import { COVERAGE_PLACES, targetPlan, workersForPercent } from "../domain/coverage.js";
import { parsePlainDecimal } from "../domain/money.js";
import { quoteCell } from "../domain/personal-data.js";
import { formatMonth } from "../domain/month.js";
import { termsKey } from "../domain/worker.js";
import { formatCount, formatFixed, formatMonthName, formatRupiah } from "../report/format.js";
import { tIn } from "../text/render.js";
import { recordAsCsv, recordAsJson, recordAsTable, recordAsWorkbook, type RecordField } from "../report/record.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, flagTerms, wholeCountOption, monthCountOption, plannedPeriod, startOption, parseOptions, windowSettings, withOutputOptions, withWindowOptions, withWorkerOptions } from "./options.js";
import { fiscalYearsWarning, windowFields } from "../report/meta.js";

/**
 * Decimal places a target percentage may have. With potential ≤ MAX_WORKERS (9 digits), potential × percent has at
 * most 9 + 3 + PERCENT_PLACES significant digits, well inside Dec's 60: the rounded-up target is exact.
 */
const PERCENT_PLACES = 6;

const targetSchema = z.object({
  enrolled: wholeCountOption,
  potential: wholeCountOption,
  target: wholeCountOption.optional(),
  targetPercent: z
    .string()
    .transform((text, ctx) => {
      const percent = parsePlainDecimal(text.replace(/%$/, "").replace(",", "."));
      if (!percent || percent.greaterThan(100) || percent.decimalPlaces() > PERCENT_PLACES) {
        ctx.addIssue({ code: "custom", message: t("usage.targetPercent", { places: PERCENT_PLACES, text: quoteCell(text) }) });
        return z.NEVER;
      }
      return percent;
    })
    .optional(),
  start: startOption.optional(),
  months: monthCountOption.optional(),
});

export function targetCommand(): Command {
  const command = new Command("target")
    .summary(t("targetHelp.summary"))
    .description(t("targetHelp.description"))
    .requiredOption("--enrolled <n>", t("targetHelp.enrolled"))
    .requiredOption("--potential <n>", t("targetHelp.potential"))
    .option("--target <n>", t("targetHelp.target"))
    .option("--target-percent <p>", t("targetHelp.targetPercent"))
    .option("--start <YYYY-MM>", t("targetHelp.start"))
    .option("--months <n>", t("targetHelp.months"));
  withWindowOptions(command);
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "target --enrolled 17143 --potential 48838 --target-percent 60 --start 2027-01 --months 12 --funding APBD",
      "target --enrolled 17143 --potential 48838 --target 30000 --start 2027-01",
    ]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(targetSchema, options);
    if ((parsed.target === undefined) === (parsed.targetPercent === undefined)) {
      throw new UsageError(t("usage.targetQuestion"));
    }
    if (parsed.potential === 0) throw new UsageError(t("usage.nobodyEligible"));
    const window = windowSettings(options);
    const period = plannedPeriod(parsed.start, parsed.months, window, 12);
    if (period === undefined) throw new UsageError(t("fiscalYear.startNeeded"));
    const { start, months } = period;
    const target = parsed.target ?? workersForPercent(parsed.potential, parsed.targetPercent!);
    const plan = targetPlan(parsed.enrolled, parsed.potential, target);
    const terms = flagTerms(settings);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const perWorker = totalOf(pricer.period(terms, termsKey(terms), start, months).total);
    const cost = perWorker * BigInt(plan.additionalWorkers);

    const { lang } = settings;
    const percent = (value: typeof plan.coverageBefore) => ({
      json: value === null ? null : value.toFixed(COVERAGE_PLACES),
      text: value === null ? "–" : `${formatFixed(value, COVERAGE_PLACES, lang)}%`,
    });
    const fields: RecordField[] = [
      { name: "enrolled", label: tIn(lang, "report.label.enrolled"), json: plan.enrolled, text: formatCount(plan.enrolled, lang) },
      { name: "potential", label: tIn(lang, "report.label.potential"), json: plan.potential, text: formatCount(plan.potential, lang) },
      { name: "target", label: tIn(lang, "planning.target.target"), json: plan.target, text: formatCount(plan.target, lang) },
      { name: "additionalWorkers", label: tIn(lang, "planning.target.additionalWorkers"), json: plan.additionalWorkers, text: formatCount(plan.additionalWorkers, lang) },
      { name: "start", label: tIn(lang, "report.label.start"), json: formatMonth(start), text: formatMonthName(start, lang) },
      { name: "months", label: tIn(lang, "report.label.months"), json: months, text: formatCount(months, lang) },
      ...(window && period.cut ? windowFields(window, period.cut, lang) : []),
      { name: "costPerWorker", label: tIn(lang, "report.label.costPerWorker"), json: perWorker.toString(), text: formatRupiah(perWorker, lang) },
      { name: "cost", label: tIn(lang, "report.label.cost"), json: cost.toString(), text: formatRupiah(cost, lang) },
      { name: "coverageBefore", label: tIn(lang, "planning.target.coverageBefore"), ...percent(plan.coverageBefore) },
      { name: "coverageAfter", label: tIn(lang, "planning.target.coverageAfter"), ...percent(plan.coverageAfter) },
    ];
    const notes = [
      ...(plan.target > plan.potential ? [warning("TARGET_ABOVE_POTENTIAL", tIn(lang, "planning.target.abovePotential"))] : []),
      ...(plan.enrolled > plan.potential ? [warning("ENROLLED_ABOVE_POTENTIAL", tIn(lang, "planning.target.enrolledAbovePotential"))] : []),
      ...(plan.target <= plan.enrolled ? [warning("TARGET_MET", tIn(lang, "planning.target.met"))] : []),
      ...(window ? [] : fiscalYearsWarning(start, start + months - 1, "period", lang)),
    ];
    const context = runContext(settings, tariffs, pricer.used(), [], notes);
    const subtitle = tIn(lang, "planning.target.subtitle", { places: COVERAGE_PLACES });
    await emit(
      settings,
      { table: () => recordAsTable(tIn(lang, "planning.target.title"), subtitle, fields, context), csv: () => recordAsCsv(fields), xlsx: () => recordAsWorkbook(fields, lang), json: () => recordAsJson(fields, context) },
      context,
    );
  });
  return command;
}
