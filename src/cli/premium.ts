// iuran premium: one worker's monthly contribution, a line per programme with its basis and legal reference.
import { Command } from "commander";
import { z } from "zod";
import { Pricer } from "../domain/contribution.js";
import { Explanation, type ExplainSegment } from "../domain/explain.js";
import { termsKey } from "../domain/worker.js";
import { explanationAsJson, explanationAsText } from "../report/explain.js";
import { monthOf, type Month } from "../domain/month.js";
import { premiumAsCsv, premiumAsJson, premiumAsTable } from "../report/premium.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { commonSettings, flagTerms, monthOption, parseOptions, withOutputOptions, withWorkerOptions } from "./options.js";

const premiumSchema = z.object({ month: monthOption.optional(), explain: z.boolean().optional() });

function currentMonth(now: Date): Month {
  return monthOf(now.getFullYear(), now.getMonth() + 1);
}

export function premiumCommand(): Command {
  const command = new Command("premium")
    .summary(t("premiumHelp.summary"))
    .description(t("premiumHelp.description"))
    .option("--month <YYYY-MM>", t("premiumHelp.month"))
    .option("--explain", t("premiumHelp.explain"));
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "premium --income 1000000 --month 2025-07 --programs jkk,jkm,jht",
      'premium --month 2026-05 --funding "APB Nagari"',
      "premium --month 2027-02 --sector transport --format json",
      "premium --segment pu --wage 5000000 --risk 3 --programs jkk,jkm,jht,jp --month 2025-07",
    ]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const { month, explain } = parseOptions(premiumSchema, options);
    const terms = flagTerms(settings);
    const tariffs = await loadSettingsTariffs(settings);
    const contributionMonth = month ?? currentMonth(new Date());
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const lines = pricer.month(terms, contributionMonth);
    const report = { month: contributionMonth, terms, lines, total: lines.reduce((sum, line) => sum + line.amount, 0n) };
    for (const line of lines) pricer.record(line, terms);
    const context = runContext(settings, tariffs, pricer.used(), []);
    let segments: ExplainSegment[] | undefined;
    if (explain) {
      const explanation = new Explanation(tariffs.book, settings.rounding, settings.belowFloor);
      explanation.add(terms, termsKey(terms), contributionMonth, 1);
      segments = explanation.result();
    }
    await emit(
      settings,
      {
        table: () => premiumAsTable(report, context, segments ? [explanationAsText(segments, settings.lang)] : []),
        csv: () => premiumAsCsv(report, settings.excel ? settings.lang : undefined),
        json: () => premiumAsJson(report, context, segments ? { explanation: explanationAsJson(segments, settings.lang) } : {}),
      },
      context,
    );
  });
  return command;
}
