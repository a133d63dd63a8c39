// iuran benefits: the benefit schedule in force, or what one event pays, line by line with its legal reference.
import { Command, Option } from "commander";
import { z } from "zod";
import { ASKED_EVENTS, BENEFIT_EVENTS, benefitFor, benefitSchedule, type BenefitEvent } from "../domain/benefit.js";
import { NO_RELIEF_USE } from "../domain/contribution.js";
import { formatMonth, MAX_MONTHS, monthOf, type Month } from "../domain/month.js";
import { quoteCell } from "../domain/personal-data.js";
import { loadBenefits } from "../io/benefit-file.js";
import { benefitsAsCsv, benefitsAsJson, benefitsAsTable, benefitsExplanation, type BenefitsReport } from "../report/benefits.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, monthOption, parseOptions, withOutputOptions } from "./options.js";

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

