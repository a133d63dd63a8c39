// iuran capacity: what a budget ceiling (pagu) buys: the most workers for a period, or the most months for N workers.
import { warning } from "../text/message.js";
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
import { recordAsCsv, recordAsJson, recordAsTable, type RecordField } from "../report/record.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, flagTerms, monthCountOption, startOption, parseOptions, rupiahOption, withOutputOptions, withWorkerOptions } from "./options.js";

const capacitySchema = z.object({
  budget: rupiahOption,
  start: startOption,
  months: monthCountOption.optional(),
  workers: countOption.optional(),
  explain: z.boolean().optional(),
});

export function capacityCommand(): Command {
  const command = new Command("capacity")
    .summary(t("capacityHelp.summary"))
    .description(t("capacityHelp.description"))
    .requiredOption("--budget <rupiah>", t("capacityHelp.budget"))
    .requiredOption("--start <YYYY-MM>", t("capacityHelp.start"))
    .option("--months <n>", t("capacityHelp.months"))
    .option("--workers <n>", t("capacityHelp.workers"))
    .option("--explain", t("capacityHelp.explain"));
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText(["capacity --budget 201549600 --start 2022-04 --months 9", "capacity --budget 300000000 --start 2026-01 --workers 1500 --funding APBD"]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(capacitySchema, options);
    if ((parsed.months === undefined) === (parsed.workers === undefined)) {
      throw new UsageError(t("usage.capacityQuestion"));
    }
    const terms = flagTerms(settings);
    const key = termsKey(terms);
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const capacity =
      parsed.months !== undefined
        ? workersForBudget(parsed.budget, totalOf(pricer.period(terms, key, parsed.start, parsed.months).total), parsed.months)
        : monthsForBudget(parsed.budget, parsed.workers!, (offset) => totalOf(pricer.period(terms, key, parsed.start + offset, 1).total) * BigInt(parsed.workers!));
    const costPerWorker = capacity.months === 0 ? 0n : totalOf(pricer.period(terms, key, parsed.start, capacity.months).total);

    let segments: ExplainSegment[] | undefined;
    if (parsed.explain && capacity.months > 0) {
      const explanation = new Explanation(tariffs.book, settings.rounding, settings.belowFloor);
      explanation.add(terms, key, parsed.start, capacity.months, capacity.workers);
      segments = explanation.result();
    }
    const { lang } = settings;
    const fields: RecordField[] = [
      { name: "budget", label: tIn(lang, "report.label.budget"), json: parsed.budget.toString(), text: formatRupiah(parsed.budget, lang) },
      { name: "start", label: tIn(lang, "report.label.start"), json: formatMonth(parsed.start), text: formatMonthName(parsed.start, lang) },
      { name: "workers", label: tIn(lang, "report.label.workers"), json: capacity.workers, text: formatCount(capacity.workers, lang) },
      { name: "months", label: tIn(lang, "report.label.months"), json: capacity.months, text: formatCount(capacity.months, lang) },
      { name: "costPerWorker", label: tIn(lang, "report.label.costPerWorker"), json: costPerWorker.toString(), text: formatRupiah(costPerWorker, lang) },
      { name: "cost", label: tIn(lang, "report.label.cost"), json: capacity.cost.toString(), text: formatRupiah(capacity.cost, lang) },
      { name: "leftover", label: tIn(lang, "report.label.leftover"), json: capacity.leftover.toString(), text: formatRupiah(capacity.leftover, lang) },
    ];
    const notes =
      capacity.workers === 0 || capacity.months === 0
        ? [warning("BUDGET_BUYS_NOTHING", tIn(lang, "planning.capacity.buysNothing"))]
        : [];
    const context = runContext(settings, tariffs, pricer.used(), [], notes);
    const subtitle = tIn(lang, parsed.months !== undefined ? "planning.capacity.mostWorkers" : "planning.capacity.mostMonths");
    await emit(
      settings,
      {
        table: () => recordAsTable(tIn(lang, "planning.capacity.title"), subtitle, fields, context, segments ? [explanationAsText(segments, lang)] : []),
        csv: () => recordAsCsv(fields),
        json: () => recordAsJson(fields, context, segments ? { explanation: explanationAsJson(segments, lang) } : {}),
      },
      context,
    );
  });
  return command;
}
