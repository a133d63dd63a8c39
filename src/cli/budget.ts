// iuran budget: a roster (or a headcount) × months → contributions grouped by any column and/or by month.
import { warning, type Warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { BudgetBuilder, MONTH_COLUMN, totalOf } from "../domain/budget.js";
import { Explanation } from "../domain/explain.js";
import { Pricer } from "../domain/contribution.js";
import { termsKey } from "../domain/worker.js";
import { readPotentials } from "../io/potential-file.js";
import { columnAliases, groupColumnName, type RosterRun } from "../io/roster-file.js";
import { budgetAsCsv, budgetAsJson, budgetAsTable, type BudgetExtras } from "../report/budget.js";
import { coverageColumns, coverageWarnings, potentialKeysWithoutGroup } from "../report/coverage.js";
import { expectationAsJson, expectationAsText, expectationOf } from "../report/expectation.js";
import { explanationAsJson, explanationAsText } from "../report/explain.js";
import { counted, formatCount, label, ROW_READ_WORD } from "../report/format.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { printInputErrors, printSummary } from "./diagnostics.js";
import { ExpectationFailed, UsageError } from "./exit-codes.js";
import { readRosters, rosterFiles, rosterInput, rosterSettings, withRosterOptions } from "./rosters.js";
import { commonSettings, countOption, flagTerms, monthCountOption, startOption, parseOptions, rupiahOption, withOutputOptions, withWorkerOptions } from "./options.js";

export const DEFAULT_MONTHS = 12;

const budgetSchema = z.object({
  start: startOption.optional(),
  months: monthCountOption.optional(),
  workers: countOption.optional(),
  explain: z.boolean().optional(),
  potential: z.string().optional(),
  expectTotal: rupiahOption.optional(),
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
    .option("--by <columns>", "group by roster columns and/or month, comma-separated, e.g. district,village or month")
    .option("--potential <file>", "CSV of eligible workers per key of --by (columns: the key, potential): adds coverage %")
    .option("--expect-total <rupiah>", "exit 1 unless the grand total is exactly this (the report is still written)")
    .option("--explain", "write out the arithmetic, split at every tariff change, with the regulation of each rate");
  withWorkerOptions(command);
  withRosterOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  $ iuran budget fixtures/sijunjung-2022/roster.csv --start 2022-04 --months 9 --by district
  $ iuran budget fixtures/mixed-2026/roster.csv --start 2026-01 --months 12 --by month --format csv
  $ iuran budget --workers 1333 --start 2022-04 --months 9`,
  );
  command.action(async (named: string[], options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(budgetSchema, options);
    const input = rosterSettings(options);
    // A headcount budget reads no roster, so standard input is left alone.
    const rosters = parsed.workers === undefined ? await rosterFiles(named) : named;
    const groupBy = (parsed.by ?? []).map((name) => groupColumnName(name, input.columnMap));
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

    if (parsed.potential !== undefined && (groupBy.length !== 1 || groupBy[0] === MONTH_COLUMN)) {
      throw new UsageError("--potential needs --by with exactly one roster column, the key of the potential file");
    }

    const tariffs = await loadSettingsTariffs(settings);
    const potentials = parsed.potential === undefined ? undefined : await readPotentials(parsed.potential, groupBy[0]!, columnAliases(groupBy[0]!));
    const pricer = new Pricer(tariffs.book, settings.rounding);
    const builder = new BudgetBuilder(groupBy);
    const explanation = parsed.explain ? new Explanation(tariffs.book, settings.rounding) : undefined;
    let runs: RosterRun[] = [];
    const warnings: Warning[] = [];

    if (parsed.workers !== undefined) {
      if (parsed.start === undefined) throw new UsageError("a headcount budget needs --start YYYY-MM");
      const terms = flagTerms(settings);
      const period = pricer.period(terms, termsKey(terms), parsed.start, months);
      builder.add(groupBy.map(() => ""), terms.programs, period, parsed.start, months, parsed.workers);
      explanation?.add(terms, termsKey(terms), parsed.start, months, parsed.workers);
    } else {
      const defaults = { ...settings.worker, start: parsed.start ?? null, months };
      const read = await readRosters(rosters, input, { groupBy, defaults, funding: settings.fundingVocabulary }, { pricer, builder, explanation });
      runs = read.runs;
      warnings.push(...read.warnings);
      if (read.rowsRejected > 0) {
        printInputErrors(read.rejected.errors);
        const shown = read.rejected.errors.length < read.rejected.count ? ` (the first ${read.rejected.errors.length} errors shown)` : "";
        printSummary(`iuran: ${read.rowsRejected} row${read.rowsRejected === 1 ? "" : "s"} rejected and left out of the budget${shown}${input.rejects ? `; written to ${input.rejects}` : ""}`);
      }
    }

    if (potentials) for (const key of potentialKeysWithoutGroup(potentials, builder.report())) builder.touch([key]);
    // Without --by there is always the one row for everything, even for an empty roster.
    if (groupBy.length === 0) builder.touch([]);
    const report = builder.report();
    if (potentials) warnings.push(...coverageWarnings(potentials, report, settings.lang).map((text) => warning("POTENTIAL_KEYS_UNMATCHED", text)));
    const inputs = [
      ...runs.map(rosterInput),
      ...(potentials ? [{ file: potentials.table.file, sha256: potentials.table.sha256 }] : []),
    ];
    const lang = settings.lang;
    const empty = runs.flatMap((run) => {
      if (run.rowsRead === 0) return [warning("ROSTER_EMPTY", lang === "id" ? `${run.file.file} tidak berisi baris pekerja` : `${run.file.file} has no worker rows`)];
      if (run.rowsAccepted === 0) return [warning("NOTHING_ACCEPTED", lang === "id" ? `tidak satu pun baris ${run.file.file} diterima` : `no row of ${run.file.file} was accepted`)];
      return [];
    });
    const context = runContext(settings, tariffs, pricer.used(), inputs, [...empty, ...warnings]);
    const source =
      parsed.workers !== undefined
        ? `${label("headcount", lang)}: ${formatCount(parsed.workers, lang)}`
        : runs
            .map(
              (run) =>
                `${label("roster", lang)} ${run.file.file}: ${counted(run.rowsRead, ROW_READ_WORD, "rows read", lang)}, ${formatCount(run.rowsAccepted, lang)} ${label("rowsAccepted", lang)}${
                  run.rowsRejected > 0 ? `, ${formatCount(run.rowsRejected, lang)} ${label("rowsRejected", lang)}` : ""
                }${run.rowsSkipped > 0 ? `, ${formatCount(run.rowsSkipped, lang)} ${label("rowsSkipped", lang)}` : ""}`,
            )
            .join("\n");
    const grandTotal = totalOf(report.total.amounts);
    const expectation = parsed.expectTotal === undefined ? undefined : expectationOf(parsed.expectTotal, grandTotal);
    const segments = explanation?.result();
    const extras: BudgetExtras = {
      columns: potentials ? coverageColumns(potentials, report, lang) : [],
      json: {
        ...(segments ? { explanation: explanationAsJson(segments) } : {}),
        ...(expectation ? { expectation: expectationAsJson(expectation) } : {}),
      },
      text: [...(segments ? [explanationAsText(segments, lang)] : []), ...(expectation ? [expectationAsText(expectation, lang)] : [])],
    };
    await emit(
      settings,
      { table: () => budgetAsTable(report, context, source, extras), csv: () => budgetAsCsv(report, context, extras), json: () => budgetAsJson(report, context, extras) },
      context,
    );
    if (expectation && expectation.status !== "OK") throw new ExpectationFailed(expectationAsText(expectation, "en"));
  });
  return command;
}
