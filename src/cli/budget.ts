// iuran budget: a roster (or a headcount) × months → contributions grouped by any column and/or by month.
import { warning, type Warning } from "../text/message.js";
import { Command } from "commander";
import { z } from "zod";
import { BudgetBuilder, MONTH_COLUMN, totalOf } from "../domain/budget.js";
import { Explanation } from "../domain/explain.js";
import { rollupDepth } from "../domain/rollup.js";
import { Pricer } from "../domain/contribution.js";
import { termsKey } from "../domain/worker.js";
import { readPotentials } from "../io/potential-file.js";
import { columnAliases, groupColumnName, type RosterRun } from "../io/roster-file.js";
import { budgetAsCsv, budgetAsJson, budgetAsTable, type BudgetExtras } from "../report/budget.js";
import { coverageColumns, coverageWarnings, potentialKeysWithoutGroup } from "../report/coverage.js";
import { expectationAsJson, expectationAsText, expectationOf } from "../report/expectation.js";
import { explanationAsJson, explanationAsText } from "../report/explain.js";
import { t, tIn } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { exampleFiles, repeatableExampleOption } from "./examples.js";
import { ExpectationFailed, UsageError } from "./exit-codes.js";
import { groupNamings, readRosters, reportRejectedRows, rosterFiles, rosterInput, rosterSettings, withRegionOption, withRosterOptions } from "./rosters.js";
import { commonSettings, countOption, flagTerms, monthCountOption, plannedPeriod, startOption, parseOptions, publishedRupiahOption, windowSettings, withOutputOptions, withWindowOptions, withWorkerOptions } from "./options.js";
import { shareHook, withShareOptions } from "./share.js";
import { WindowTally } from "../domain/window.js";
import { fiscalYearsWarning } from "../report/meta.js";
import { budgetAsSheet } from "../report/budget-workbook.js";
import { csvAsSheet } from "../report/csv-sheet.js";
import { regionNameWarnings } from "../report/region-names.js";
import { labelKey } from "../domain/worker.js";

export const DEFAULT_MONTHS = 12;

const budgetSchema = z.object({
  start: startOption.optional(),
  months: monthCountOption.optional(),
  workers: countOption.optional(),
  explain: z.boolean().optional(),
  potential: z.string().optional(),
  expectTotal: publishedRupiahOption.optional(),
  region: z.string().optional(),
  by: z
    .string()
    .transform((text) => text.split(",").map((name) => name.trim()).filter((name) => name !== ""))
    .optional(),
  rollup: z.string().optional(),
  subtotals: z.boolean(),
});

export function budgetCommand(): Command {
  const command = new Command("budget")
    .summary(t("budgetHelp.summary"))
    .description(t("budgetHelp.description"))
    .argument("[rosters...]", t("budgetHelp.rosters"))
    .addOption(repeatableExampleOption("roster"))
    .option("--start <YYYY-MM>", t("budgetHelp.start"))
    .option("--months <n>", t("budgetHelp.months", { months: DEFAULT_MONTHS }))
    .option("--workers <n>", t("budgetHelp.workers"))
    .option("--by <columns>", t("budgetHelp.by"))
    .option("--rollup <column>", t("rollup.rollupOption"))
    .option("--no-subtotals", t("rollup.noSubtotalsOption"))
    .option("--potential <file>", t("budgetHelp.potential"))
    .option("--expect-total <rupiah>", t("budgetHelp.expectTotal"))
    .option("--explain", t("budgetHelp.explain"));
  withWindowOptions(command);
  withWorkerOptions(command);
  withRosterOptions(command);
  withRegionOption(command);
  withShareOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "budget --example sijunjung-2022 --start 2022-04 --months 9 --by district",
      "budget --example mixed-2026 --start 2026-01 --months 12 --by month --format csv",
      "budget --workers 1333 --start 2022-04 --months 9",
    ]),
  );
  command.action(async (named: string[], options: Record<string, unknown>) => {
    const examples = exampleFiles((options.example as string[] | undefined) ?? [], "roster", "budget");
    const settings = commonSettings(options);
    const parsed = parseOptions(budgetSchema, options);
    const input = rosterSettings(options);
    // A headcount budget reads no roster, so standard input is left alone.
    // With no file and no --example, a roster piped in on standard input.
    const rosters = parsed.workers !== undefined || examples.length > 0 ? [...named, ...examples] : await rosterFiles(named);
    const groupBy = (parsed.by ?? []).map((name) => groupColumnName(name, input.columnMap));
    const window = windowSettings(options);
    // Checked first: a --start/--months wholly outside the window is a usage error whatever else is asked.
    const flagPeriod = plannedPeriod(parsed.start, parsed.months, window, DEFAULT_MONTHS);
    const months = flagPeriod?.asked.months ?? parsed.months ?? DEFAULT_MONTHS;
    const tally = window ? new WindowTally(window) : undefined;
    const rollup = rollupColumn(parsed.rollup, parsed.subtotals, groupBy, input.columnMap);
    if (parsed.workers !== undefined && rosters.length > 0) {
      throw new UsageError(t("usage.rosterAndWorkers"));
    }
    if (parsed.workers === undefined && rosters.length === 0) {
      throw new UsageError(t("usage.noRoster"));
    }
    if (parsed.workers !== undefined && groupBy.some((column) => column !== MONTH_COLUMN)) {
      throw new UsageError(t("usage.headcountGroups"));
    }

    if (parsed.potential !== undefined && (groupBy.length !== 1 || groupBy[0] === MONTH_COLUMN)) {
      throw new UsageError(t("usage.potentialGroups"));
    }

    const tariffs = await loadSettingsTariffs(settings);
    let { namings } = await groupNamings(groupBy, parsed.region);
    const potentials = parsed.potential === undefined ? undefined : await readPotentials(parsed.potential, groupBy[0]!, columnAliases(groupBy[0]!), namings[0]?.key ?? labelKey);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const builder = new BudgetBuilder(groupBy, namings);
    const explanation = parsed.explain ? new Explanation(tariffs.book, settings.rounding, settings.belowFloor) : undefined;
    // --share: the roster (or headcount) is read into classes of workers, then priced payer by payer.
    const share = shareHook(options, settings, groupBy, pricer, builder, parsed.explain === true);
    const sink = share?.sink ?? { pricer, builder };
    let runs: RosterRun[] = [];
    const warnings: Warning[] = [];

    if (parsed.workers !== undefined) {
      if (flagPeriod === undefined) throw new UsageError(t(window ? "fiscalYear.startNeeded" : "usage.headcountStart"));
      const terms = flagTerms(settings);
      const { start, months: priced } = flagPeriod;
      const period = sink.pricer.period(terms, termsKey(terms), start, priced);
      sink.builder.add(groupBy.map(() => ""), terms.programs, period, start, priced, parsed.workers);
      explanation?.add(terms, termsKey(terms), start, priced, parsed.workers);
      if (flagPeriod.cut) tally?.count({ ...flagPeriod.cut, start, months: priced }, parsed.workers);
    } else {
      const defaults = { ...settings.worker, start: flagPeriod?.asked.start ?? null, months, monthsUntil: window && parsed.months === undefined ? window.last : null };
      const read = await readRosters(rosters, input, { groupBy, defaults, funding: settings.fundingVocabulary }, { ...sink, explanation, ...(tally ? { window: tally } : {}) });
      runs = read.runs;
      warnings.push(...read.warnings);
      if (parsed.region === undefined && read.regionsNamed.length > 0) {
        const named = await groupNamings(groupBy, undefined, read.regionsNamed);
        builder.useNamings(named.namings);
        namings = named.namings;
        warnings.push(...named.warnings);
      }
      reportRejectedRows(read, input);
    }

    share?.finish(parsed.workers === undefined);
    if (potentials) for (const key of potentialKeysWithoutGroup(potentials, builder.report())) builder.touch([key]);
    // Without --by there is always the one row for everything, even for an empty roster.
    if (groupBy.length === 0) builder.touch([]);
    const report = builder.report();
    warnings.push(...regionNameWarnings(builder.names(), groupBy, namings, settings.lang));
    if (potentials) warnings.push(...coverageWarnings(potentials, report, settings.lang).map((text) => warning("POTENTIAL_KEYS_UNMATCHED", text)));
    const inputs = [
      ...runs.map(rosterInput),
      ...(potentials ? [{ file: potentials.table.file, sha256: potentials.table.sha256 }] : []),
    ];
    const lang = settings.lang;
    const empty = runs.flatMap((run) => {
      if (run.rowsRead === 0) return [warning("ROSTER_EMPTY", tIn(lang, "report.budget.rosterEmpty", { file: run.file.file }))];
      if (run.rowsAccepted === 0) return [warning("NOTHING_ACCEPTED", tIn(lang, "report.budget.nothingAccepted", { file: run.file.file }))];
      return [];
    });
    // --until alone sets no first month: what it leaves may still cross a 31 December.
    const spanned = window?.first != null ? [] : fiscalYearsWarning(report.firstMonth, report.lastMonth, "total", lang);
    // A roster none of whose months fall in the window (a mistyped --year) is said aloud, not a quiet Rp 0.
    const accepted = runs.reduce((sum, run) => sum + run.rowsAccepted, 0);
    if (tally && accepted > 0 && report.total.workerMonths === 0) {
      const cut = tally.summary();
      warnings.push(warning("NOTHING_IN_WINDOW", tIn(lang, "fiscalYear.nothingInWindow", { rows: accepted, before: cut.workerMonthsBefore, after: cut.workerMonthsAfter })));
    }
    const context = runContext(settings, tariffs, pricer.used(), inputs, [...empty, ...warnings, ...spanned]);
    const source =
      parsed.workers !== undefined
        ? tIn(lang, "report.budget.headcount", { workers: parsed.workers })
        : runs
            .map((run) => {
              const counts = [
                tIn(lang, "report.budget.rowsRead", { rows: run.rowsRead }),
                tIn(lang, "report.budget.rowsAccepted", { rows: run.rowsAccepted }),
                ...(run.rowsRejected > 0 ? [tIn(lang, "report.budget.rowsRejected", { rows: run.rowsRejected })] : []),
                ...(run.rowsSkipped > 0 ? [tIn(lang, "report.budget.rowsSkipped", { rows: run.rowsSkipped })] : []),
              ];
              return tIn(lang, "report.budget.roster", { file: run.file.file, counts });
            })
            .join("\n");
    const grandTotal = totalOf(report.total.amounts);
    const expectation = parsed.expectTotal === undefined ? undefined : expectationOf(parsed.expectTotal, grandTotal);
    const segments = explanation?.result();
    const ownExtras: BudgetExtras = {
      columns: potentials ? coverageColumns(potentials, report, lang) : [],
      json: {
        ...(segments ? { explanation: explanationAsJson(segments, lang) } : {}),
        ...(expectation ? { expectation: expectationAsJson(expectation) } : {}),
      },
      ...(tally ? { window: tally.summary() } : {}),
      text: [...(segments ? [explanationAsText(segments, lang)] : []), ...(expectation ? [expectationAsText(expectation, lang)] : [])],
      rollup,
    };
    const extras = share ? share.extras(ownExtras, report, lang, settings.width) : ownExtras;
    await emit(
      settings,
      {
        table: () => budgetAsTable(report, context, source, extras),
        csv: () => (share ? share.csv(report, context, extras) : budgetAsCsv(report, context, extras, settings.excel)),
        json: () => budgetAsJson(report, context, extras),
        // Shares (--share) have their own columns: their CSV's rows, typed.
        xlsx: () => ({ sheets: [share ? csvAsSheet(share.csv(report, context, extras), lang, tIn(lang, "workbookOut.sheet.budget")) : budgetAsSheet(report, context, extras)] }),
      },
      context,
    );
    if (expectation && expectation.status !== "OK") throw new ExpectationFailed(expectationAsText(expectation, lang));
  });
  return command;
}

/**
 * --rollup and --no-subtotals: the column to subtotal at (undefined: the renderer's default, the first of a nested
 * --by), or null for none. Named as --by names it (a roster header or its alias).
 */
function rollupColumn(given: string | undefined, subtotals: boolean, groupBy: readonly string[], columnMap: Parameters<typeof groupColumnName>[1]): string | null | undefined {
  if (given === undefined) return subtotals ? undefined : null;
  if (!subtotals) throw new UsageError(t("rollup.withoutSubtotals"));
  const column = groupColumnName(given.trim(), columnMap);
  const depth = rollupDepth(groupBy, column);
  if (depth === "notGrouped") throw new UsageError(t("rollup.notGrouped", { column: given, columns: groupBy.join(",") || "-" }));
  if (depth === "lastColumn") throw new UsageError(t("rollup.lastColumn", { column: given, columns: groupBy.join(",") }));
  return column;
}
