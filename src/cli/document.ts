// iuran document: a budget (a roster or a headcount) → the lines of a budget document, regency or village.
import { Command, Option } from "commander";
import { z } from "zod";
import { DOCUMENT_LEVELS, DocumentBuilder, accountFor, sourceCode, type DocumentLevel } from "../domain/budget-document.js";
import { totalOf } from "../domain/budget.js";
import { Pricer } from "../domain/contribution.js";
import { UNSTATED_FUNDING } from "../domain/funding.js";
import { quoteCell } from "../domain/personal-data.js";
import { termsKey } from "../domain/worker.js";
import { WindowTally } from "../domain/window.js";
import { loadAccounts } from "../io/account-file.js";
import { InvalidInput } from "../io/input-error.js";
import { groupColumnName, type RosterRun } from "../io/roster-file.js";
import { documentAsCsv, documentAsJson, documentAsTable, documentAsWorkbook } from "../report/document.js";
import { fiscalYearsWarning } from "../report/meta.js";
import { regionNameWarnings } from "../report/region-names.js";
import { warning, type Warning } from "../text/message.js";
import { t, tIn } from "../text/render.js";
import { DEFAULT_MONTHS } from "./budget.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { exampleFiles, repeatableExampleOption } from "./examples.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, flagTerms, monthCountOption, parseOptions, plannedPeriod, startOption, windowSettings, withOutputOptions, withWindowOptions, withWorkerOptions } from "./options.js";
import { groupNamings, readRosters, reportRejectedRows, rosterFiles, rosterInput, rosterSettings, withRegionOption, withRosterOptions } from "./rosters.js";

const documentSchema = z.object({
  start: startOption.optional(),
  months: monthCountOption.optional(),
  workers: countOption.optional(),
  level: z.enum(DOCUMENT_LEVELS),
  source: z.string().optional(),
  accounts: z.string().optional(),
  region: z.string().optional(),
});

/** Who pays when no --funding says: a regency document is the regency's APBD, a village one the village budget. */
const LEVEL_FUNDING: Record<DocumentLevel, string> = { kabupaten: "APBD", nagari: "APB Nagari" };

export function documentCommand(): Command {
  const command = new Command("document")
    .summary(t("document.help.summary"))
    .description(t("document.help.description"))
    .argument("[rosters...]", t("document.help.rosters"))
    .addOption(repeatableExampleOption("roster"))
    .addOption(new Option("--level <level>", t("document.help.level")).choices(DOCUMENT_LEVELS).default("kabupaten"))
    .option("--source <code>", t("document.help.source"))
    .option("--accounts <file>", t("document.help.accounts"))
    .option("--start <YYYY-MM>", t("budgetHelp.start"))
    .option("--months <n>", t("budgetHelp.months", { months: DEFAULT_MONTHS }))
    .option("--workers <n>", t("budgetHelp.workers"));
  withWindowOptions(command);
  withWorkerOptions(command);
  withRosterOptions(command);
  withRegionOption(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "document --workers 1333 --start 2022-04 --months 9",
      "document --example sijunjung-2022 --start 2022-04 --months 9",
      "document --example sijunjung-2022 --level nagari --source DDS --start 2022-04 --months 9",
    ]),
  );
  command.action(async (named: string[], options: Record<string, unknown>) => {
    const examples = exampleFiles((options.example as string[] | undefined) ?? [], "roster", "document");
    const settings = commonSettings(options);
    const parsed = parseOptions(documentSchema, options);
    const input = rosterSettings(options);
    const level = parsed.level;
    const rosters = parsed.workers !== undefined || examples.length > 0 ? [...named, ...examples] : await rosterFiles(named);
    const window = windowSettings(options);
    const flagPeriod = plannedPeriod(parsed.start, parsed.months, window, DEFAULT_MONTHS);
    const months = flagPeriod?.asked.months ?? parsed.months ?? DEFAULT_MONTHS;
    const tally = window ? new WindowTally(window) : undefined;
    if (parsed.workers !== undefined && rosters.length > 0) throw new UsageError(t("usage.rosterAndWorkers"));
    if (parsed.workers === undefined && rosters.length === 0) throw new UsageError(t("usage.noRoster"));
    if (level === "kabupaten" && parsed.source !== undefined) throw new UsageError(t("document.sourceNotNagari"));

    const loaded = await loadAccounts(parsed.accounts);
    const codes = loaded.accounts.sources.map((source) => source.code).join("|");
    const source = parsed.source === undefined ? undefined : sourceCode(loaded.accounts, parsed.source);
    if (level === "nagari" && parsed.source === undefined) throw new UsageError(t("document.sourceNeeded", { codes }));
    if (parsed.source !== undefined && source === undefined) {
      throw new UsageError(t("document.sourceUnknown", { source: quoteCell(parsed.source), file: loaded.file.file, codes }));
    }
    if (settings.worker.funding === UNSTATED_FUNDING) {
      const reading = settings.fundingVocabulary.resolve(LEVEL_FUNDING[level]);
      if (reading.ok) settings.worker.funding = reading.source;
    }

    // Village lines are per nagari/desa: the roster's village column. A headcount is one village, not named.
    const groupBy = level === "nagari" && parsed.workers === undefined ? [groupColumnName("village", input.columnMap)] : [];
    const tariffs = await loadSettingsTariffs(settings);
    let { namings } = await groupNamings(groupBy, parsed.region);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const builder = new DocumentBuilder(level, groupBy, namings);
    let runs: RosterRun[] = [];
    const warnings: Warning[] = [];

    if (parsed.workers !== undefined) {
      if (flagPeriod === undefined) throw new UsageError(t(window ? "fiscalYear.startNeeded" : "usage.headcountStart"));
      const terms = flagTerms(settings);
      const { start, months: priced } = flagPeriod;
      builder.add([], terms.programs, pricer.period(terms, termsKey(terms), start, priced), start, priced, parsed.workers);
      if (flagPeriod.cut) tally?.count({ ...flagPeriod.cut, start, months: priced }, parsed.workers);
    } else {
      const defaults = { ...settings.worker, start: flagPeriod?.asked.start ?? null, months, monthsUntil: window && parsed.months === undefined ? window.last : null };
      const read = await readRosters(rosters, input, { groupBy, defaults, funding: settings.fundingVocabulary }, { pricer, builder, ...(tally ? { window: tally } : {}) });
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

    const { document, budget } = builder.document();
    // The lines are the budget's months regrouped: anything else is a bug, never a document to hand in.
    if (document.total !== totalOf(budget.total.amounts)) throw new Error(`document lines add up to ${document.total}, the budget to ${totalOf(budget.total.amounts)}`);
    for (const line of document.lines) {
      if (line.program !== null && accountFor(loaded.accounts, line.program) === undefined) {
        throw new InvalidInput([{ file: loaded.file.file, line: 1, column: 0, code: "INVALID_ACCOUNT", message: t("document.noAccount", { file: loaded.file.file, program: line.program }) }], 1);
      }
    }
    const lang = settings.lang;
    warnings.push(...regionNameWarnings(builder.names(), groupBy, namings, lang));
    const empty = runs.flatMap((run) => {
      if (run.rowsRead === 0) return [warning("ROSTER_EMPTY", tIn(lang, "report.budget.rosterEmpty", { file: run.file.file }))];
      if (run.rowsAccepted === 0) return [warning("NOTHING_ACCEPTED", tIn(lang, "report.budget.nothingAccepted", { file: run.file.file }))];
      return [];
    });
    const spanned = window?.first != null ? [] : fiscalYearsWarning(budget.firstMonth, budget.lastMonth, "total", lang);
    const inputs = [...runs.map(rosterInput), { file: loaded.file.file, sha256: loaded.file.sha256 }];
    const context = runContext(settings, tariffs, pricer.used(), inputs, [...empty, ...warnings, ...spanned]);
    const inputText =
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
    const setting = { accounts: loaded.accounts, accountsFile: loaded.file.file, source, input: inputText };
    await emit(
      settings,
      {
        table: () => documentAsTable(document, setting, context),
        csv: () => documentAsCsv(document, setting, context),
        json: () => documentAsJson(document, setting, context),
        xlsx: () => documentAsWorkbook(document, setting, context),
      },
      context,
    );
  });
  return command;
}
