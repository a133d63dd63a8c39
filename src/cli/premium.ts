// iuran premium: one worker's monthly contribution, a line per programme with its basis and legal reference.
import { Command } from "commander";
import { z } from "zod";
import { monthlyContribution } from "../domain/contribution.js";
import { monthOf, type Month } from "../domain/month.js";
import { dependsOnUnstatedFunding } from "../domain/tariff.js";
import type { WorkerTerms } from "../domain/worker.js";
import { premiumAsCsv, premiumAsJson, premiumAsTable } from "../report/premium.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, monthOption, parseOptions, withOutputOptions, withWorkerOptions } from "./options.js";

const premiumSchema = z.object({ month: monthOption.optional() });

function currentMonth(now: Date): Month {
  return monthOf(now.getFullYear(), now.getMonth() + 1);
}

export function premiumCommand(): Command {
  const command = new Command("premium")
    .summary("one worker's monthly contribution")
    .description("One worker's monthly contribution: a line per programme with its basis and legal reference, and the total.")
    .option("--month <YYYY-MM>", "contribution month (default: the current month)");
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  $ iuran premium --income 1000000 --month 2025-07 --programs jkk,jkm,jht
  $ iuran premium --month 2026-05 --funding "APB Nagari"
  $ iuran premium --month 2027-02 --sector transport --format json
  $ iuran premium --segment pu --wage 5000000 --risk 3 --programs jkk,jkm,jht,jp --month 2025-07`,
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const { month } = parseOptions(premiumSchema, options);
    const { worker } = settings;
    if (worker.segment === "BPU" && (worker.wage !== null || worker.riskClass !== null)) {
      throw new UsageError("--wage and --risk are for wage earners: add --segment pu");
    }
    const terms: WorkerTerms = { ...worker };
    const tariffs = await loadSettingsTariffs(settings);
    const contributionMonth = month ?? currentMonth(new Date());
    const lines = monthlyContribution(tariffs.book, terms, contributionMonth, settings.rounding);
    const report = { month: contributionMonth, terms, lines, total: lines.reduce((sum, line) => sum + line.amount, 0n) };
    const reliefs = [...new Set(lines.flatMap((line) => (line.relief ? [line.relief] : [])))];
    const context = runContext(
      settings,
      tariffs,
      {
        tariffs: lines.map((line) => line.tariff),
        reliefs,
        reliefsOnUnstatedFunding: reliefs.filter((relief) => dependsOnUnstatedFunding(relief, terms)),
      },
      [],
    );
    await emit(settings, { table: () => premiumAsTable(report, context), csv: () => premiumAsCsv(report), json: () => premiumAsJson(report, context) }, []);
  });
  return command;
}
