// iuran budget: a roster (or a headcount) × months → contributions grouped by any column and/or by month.
import { Command } from "commander";
import { z } from "zod";
import { BudgetBuilder, MONTH_COLUMN } from "../domain/budget.js";
import { Pricer } from "../domain/contribution.js";
import { formatMonth } from "../domain/month.js";
import { termsKey, type WorkerTerms } from "../domain/worker.js";
import { ErrorList, InvalidInput } from "../io/input-error.js";
import { addRoster, groupColumnName, type RosterRun } from "../io/roster-file.js";
import { budgetAsCsv, budgetAsJson, budgetAsTable } from "../report/budget.js";
import { formatCount, label } from "../report/format.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, monthOption, parseOptions, withOutputOptions, withWorkerOptions } from "./options.js";

export const DEFAULT_MONTHS = 12;

const budgetSchema = z.object({
  start: monthOption.optional(),
  months: countOption("--months").optional(),
  workers: countOption("--workers").optional(),
  by: z
    .string()
    .transform((text) => text.split(",").map((name) => name.trim()).filter((name) => name !== ""))
    .optional(),
});

export function budgetCommand(): Command {
  const command = new Command("budget")
    .summary("contributions of a roster or a headcount over months, grouped")
    .description(
      "Contributions of the workers in ROSTER.csv (or of --workers N identical workers) over a period, priced month by month, grouped by any roster column and/or by month.",
    )
    .argument("[rosters...]", "roster CSV files (nik,name,district,…)")
    .option("--start <YYYY-MM>", "first month, for rows without a start column")
    .option("--months <n>", `number of months, for rows without a months column (default ${DEFAULT_MONTHS})`)
    .option("--workers <n>", "headcount mode: price N identical workers instead of a roster")
    .option("--by <columns>", "group by roster columns and/or month, comma-separated, e.g. district,village or month");
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  $ iuran budget fixtures/sijunjung-2022/roster.csv --start 2022-04 --months 9 --by district
  $ iuran budget roster.csv --start 2026-01 --months 12 --by month --funding APBD --format csv
  $ iuran budget --workers 1333 --start 2022-04 --months 9`,
  );
  command.action(async (rosters: string[], options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(budgetSchema, options);
    const groupBy = (parsed.by ?? []).map(groupColumnName);
    const months = parsed.months ?? DEFAULT_MONTHS;
    if (parsed.workers !== undefined && rosters.length > 0) {
      throw new UsageError("give either roster files or --workers N, not both");
    }
    if (parsed.workers === undefined && rosters.length === 0) {
      throw new UsageError("give a roster file, or --workers N for a headcount budget");
    }
    if (parsed.workers !== undefined && groupBy.some((column) => column !== MONTH_COLUMN)) {
      throw new UsageError("a headcount budget has no roster columns to group by; only --by month applies");
    }

    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding);
    const builder = new BudgetBuilder(groupBy);
    const runs: RosterRun[] = [];

    if (parsed.workers !== undefined) {
      if (parsed.start === undefined) throw new UsageError("a headcount budget needs --start YYYY-MM");
      const terms: WorkerTerms = { ...settings.worker };
      const period = pricer.period(terms, termsKey(terms), parsed.start, months);
      builder.add(groupBy.map(() => ""), terms.programs, period, parsed.start, months, parsed.workers);
    } else {
      const errors = new ErrorList();
      const defaults = { ...settings.worker, start: parsed.start ?? null, months };
      for (const roster of rosters) {
        runs.push(await addRoster(roster, { groupBy, defaults, pricer, builder, errors }));
      }
      if (errors.count > 0) {
        const rowsRead = runs.reduce((sum, run) => sum + run.rowsRead, 0);
        const rowsAccepted = runs.reduce((sum, run) => sum + run.rowsAccepted, 0);
        throw new InvalidInput(errors.kept, errors.count, rowsRead, rowsRead - rowsAccepted);
      }
    }

    const report = builder.report();
    const inputs = runs.map((run) => ({ ...run.file, rowsRead: run.rowsRead, rowsAccepted: run.rowsAccepted }));
    const context = runContext(settings, tariffs, pricer.used(), inputs);
    const lang = settings.lang;
    const source =
      parsed.workers !== undefined
        ? `${label("headcount", lang)}: ${formatCount(parsed.workers, lang)}, ${formatMonth(parsed.start!)} + ${months} ${label("months", lang)}`
        : inputs
            .map((input) => `${label("roster", lang)} ${input.file}: ${formatCount(input.rowsRead, lang)} ${label("rowsRead", lang)}, ${formatCount(input.rowsAccepted, lang)} ${label("rowsAccepted", lang)}`)
            .join("\n");
    await emit(
      settings,
      { table: () => budgetAsTable(report, context, source), csv: () => budgetAsCsv(report), json: () => budgetAsJson(report, context) },
      rosters,
    );
  });
  return command;
}
