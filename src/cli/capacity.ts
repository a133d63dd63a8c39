// iuran capacity: what a budget ceiling (pagu) buys: the most workers for a period, or the most months for N workers.
import { warning, type Warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { totalOf } from "../domain/budget.js";
import { monthsForBudget, workersForBudget } from "../domain/capacity.js";
import { Pricer } from "../domain/contribution.js";
import { Explanation, type ExplainSegment } from "../domain/explain.js";
import { formatMonth } from "../domain/month.js";
import { termsKey } from "../domain/worker.js";
import { explanationAsJson, explanationAsText } from "../report/explain.js";
import { formatCount, formatMonthName, formatRupiah } from "../report/format.js";
import { tIn } from "../text/render.js";
import { recordAsCsv, recordAsJson, recordAsTable, recordAsWorkbook, type RecordField } from "../report/record.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, flagTerms, monthCountOption, plannedPeriod, startOption, parseOptions, rupiahOption, windowSettings, withOutputOptions, withWindowOptions, withWorkerOptions } from "./options.js";
import { fiscalYearsWarning, windowFields } from "../report/meta.js";

const capacitySchema = z.object({
  budget: rupiahOption,
  start: startOption.optional(),
  months: monthCountOption.optional(),
  workers: countOption.optional(),
  explain: z.boolean().optional(),
});

export function capacityCommand(): Command {
  const command = new Command("capacity")
    .summary(t("capacityHelp.summary"))
    .description(t("capacityHelp.description"))
    .requiredOption("--budget <rupiah>", t("capacityHelp.budget"))
    .option("--start <YYYY-MM>", t("capacityHelp.start"))
    .option("--months <n>", t("capacityHelp.months"))
    .option("--workers <n>", t("capacityHelp.workers"))
    .option("--explain", t("capacityHelp.explain"));
  withWindowOptions(command);
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText(["capacity --budget 201549600 --start 2022-04 --months 9", "capacity --budget 300000000 --start 2026-01 --workers 1500 --funding APBD"]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(capacitySchema, options);
    const window = windowSettings(options);
    // Under a window the period defaults to it, so the question may be neither: the most workers for the window.
    if (parsed.months !== undefined && parsed.workers !== undefined) throw new UsageError(t("usage.capacityQuestion"));
    if (parsed.months === undefined && parsed.workers === undefined && window === undefined) throw new UsageError(t("usage.capacityQuestion"));
    const period = plannedPeriod(parsed.start, parsed.months, window, 1);
    if (period === undefined) throw new UsageError(t("fiscalYear.startNeeded"));
    const start = period.start;
    const terms = flagTerms(settings);
    const key = termsKey(terms);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const costOfMonth = (offset: number) => totalOf(pricer.period(terms, key, start + offset, 1).total) * BigInt(parsed.workers!);
    const capacity =
      parsed.workers === undefined
        ? workersForBudget(parsed.budget, totalOf(pricer.period(terms, key, start, period.months).total), period.months)
        : window !== undefined
          ? monthsInWindow(parsed.budget, parsed.workers, period.months, costOfMonth)
          : monthsForBudget(parsed.budget, parsed.workers, costOfMonth);
    const costPerWorker = capacity.months === 0 ? 0n : totalOf(pricer.period(terms, key, start, capacity.months).total);

    let segments: ExplainSegment[] | undefined;
    if (parsed.explain && capacity.months > 0) {
      const explanation = new Explanation(tariffs.book, settings.rounding, settings.belowFloor);
      explanation.add(terms, key, start, capacity.months, capacity.workers);
      segments = explanation.result();
    }
    const { lang } = settings;
    const fields: RecordField[] = [
      { name: "budget", label: tIn(lang, "report.label.budget"), json: parsed.budget.toString(), text: formatRupiah(parsed.budget, lang) },
      { name: "start", label: tIn(lang, "report.label.start"), json: formatMonth(start), text: formatMonthName(start, lang) },
      { name: "workers", label: tIn(lang, "report.label.workers"), json: capacity.workers, text: formatCount(capacity.workers, lang) },
      { name: "months", label: tIn(lang, "report.label.months"), json: capacity.months, text: formatCount(capacity.months, lang) },
      ...(window && period.cut ? windowFields(window, period.cut, lang) : []),
      { name: "costPerWorker", label: tIn(lang, "report.label.costPerWorker"), json: costPerWorker.toString(), text: formatRupiah(costPerWorker, lang) },
      { name: "cost", label: tIn(lang, "report.label.cost"), json: capacity.cost.toString(), text: formatRupiah(capacity.cost, lang) },
      { name: "leftover", label: tIn(lang, "report.label.leftover"), json: capacity.leftover.toString(), text: formatRupiah(capacity.leftover, lang) },
    ];
    const notes: Warning[] =
      capacity.workers === 0 || capacity.months === 0
        ? [warning("BUDGET_BUYS_NOTHING", tIn(lang, "planning.capacity.buysNothing"))]
        : [];
    if (!window && capacity.months > 0) notes.push(...fiscalYearsWarning(start, start + capacity.months - 1, "period", lang));
    const context = runContext(settings, tariffs, pricer.used(), [], notes);
    const subtitle = tIn(lang, parsed.workers === undefined ? "planning.capacity.mostWorkers" : "planning.capacity.mostMonths");
    await emit(
      settings,
      {
        table: () => recordAsTable(tIn(lang, "planning.capacity.title"), subtitle, fields, context, segments ? [explanationAsText(segments, lang)] : []),
        csv: () => recordAsCsv(fields),
        xlsx: () => recordAsWorkbook(fields, lang),
        json: () => recordAsJson(fields, context, segments ? { explanation: explanationAsJson(segments, lang) } : {}),
      },
      context,
    );
  });
  return command;
}

/**
 * The most whole months from the window's start, up to its end, that `workers` workers fit in the budget: the whole
 * window when the budget covers it (the rest left over), where monthsForBudget alone would count on past it.
 */
function monthsInWindow(budget: bigint, workers: number, windowMonths: number, costOfMonth: (offset: number) => bigint) {
  let whole = 0n;
  for (let offset = 0; offset < windowMonths; offset++) whole += costOfMonth(offset);
  if (whole <= budget) return { workers, months: windowMonths, cost: whole, leftover: budget - whole };
  return monthsForBudget(budget, workers, costOfMonth, windowMonths);
}
