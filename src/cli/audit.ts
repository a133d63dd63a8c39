// iuran audit: checks rosters without budgeting them: every row's fields, NIKs (format, birth date, kecamatan
// prefix, duplicates within and across rosters), and with --start whether the tariff can price each worker.
import chalk from "chalk";
import { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { NO_RELIEF_USE, Pricer } from "../domain/contribution.js";
import { jsonForTerminal, safeInline, safeText } from "../domain/personal-data.js";
import { formatCount } from "../report/format.js";
import { t } from "../text/render.js";
import { examplesText } from "./commander-texts.js";
import { inputsAsJson, metaAsJson, type RunContext } from "../report/meta.js";
import { fittedTable, type TableColumn } from "../report/table.js";
import { wrapText } from "../report/width.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { exampleFiles, repeatableExampleOption } from "./examples.js";
import { printInputErrors } from "./diagnostics.js";
import { DataRejected, UsageError } from "./exit-codes.js";
import { commonSettings, monthCountOption, startOption, parseOptions, withOutputOptions, withWorkerOptions } from "./options.js";
import { readRosters, rosterFiles, rosterInput, rosterSettings, withRosterOptions, type RostersRead } from "./rosters.js";

const auditSchema = z.object({ start: startOption.optional(), months: monthCountOption.optional() });

export function auditCommand(): Command {
  const command = new Command("audit")
    .summary(t("auditHelp.summary"))
    .description(t("auditHelp.description"))
    .argument("[rosters...]", t("auditHelp.rosters"))
    .addOption(repeatableExampleOption("roster"))
    .option("--start <YYYY-MM>", t("auditHelp.start"))
    .option("--months <n>", t("auditHelp.months"));
  withWorkerOptions(command);
  withRosterOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "audit --example sijunjung-2022 --example mixed-2026",
      "audit --example mixed-2026 --start 2027-01 --format json",
    ]),
  );
  command.action(async (named: string[], options: Record<string, unknown>) => {
    // Examples named with --example, or files; with neither, a roster piped in on standard input.
    const examples = exampleFiles((options.example as string[] | undefined) ?? [], "roster", "audit");
    const settings = commonSettings(options);
    const parsed = parseOptions(auditSchema, options);
    const rosters = examples.length > 0 ? [...named, ...examples] : await rosterFiles(named);
    if (rosters.length === 0) throw new UsageError(t("pipes.noRosterToAudit"));
    // An audit lists every problem: rows are never a reason to stop early.
    const input = { ...rosterSettings(options), skipInvalid: true, listEveryProblem: true };
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = parsed.start === undefined ? undefined : new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const defaults = { ...settings.worker, start: parsed.start ?? null, months: parsed.months ?? 12 };
    const read = await readRosters(rosters, input, { groupBy: [], defaults, funding: settings.fundingVocabulary }, { pricer });
    const context = runContext(
      settings,
      tariffs,
      pricer?.used() ?? NO_RELIEF_USE,
      read.runs.map(rosterInput),
      read.warnings,
    );
    if (settings.format !== "json") printInputErrors(read.rejected.errors);
    await emit(settings, { table: () => auditAsTable(read, context), csv: () => auditAsCsv(read, context), json: () => auditAsJson(read, context) }, context);
    if (read.rejected.count > 0) {
      // The errors are already listed; the exit code says the rosters are not fit to budget.
      throw new DataRejected(t("summary.auditErrors", { errors: read.rejected.count, rows: read.rowsRejected }));
    }
  });
  return command;
}

function auditAsJson(read: RostersRead, context: RunContext): string {
  const body = {
    meta: metaAsJson(context),
    files: inputsAsJson(context.inputs, context.showNik),
    // The messages quote cells: made safe as on standard error.
    errors: read.rejected.errors.map((error) => ({ ...error, file: safeText(error.file, context.showNik), message: safeText(error.message, context.showNik) })),
    errorCount: read.rejected.count,
    valid: read.rejected.count === 0,
  };
  return `${jsonForTerminal(JSON.stringify(body, null, 2))}\n`;
}

function auditAsCsv(read: RostersRead, context: RunContext): string {
  const rows = read.runs.map((run) => [safeInline(run.file.file, context.showNik), run.encoding, run.delimiter === "\t" ? "tab" : run.delimiter, run.rowsRead, run.rowsAccepted, run.rowsRejected, run.rowsSkipped]);
  return stringify([["file", "encoding", "delimiter", "rows_read", "rows_accepted", "rows_rejected", "rows_skipped"], ...rows]);
}

function auditAsTable(read: RostersRead, context: RunContext): string {
  const { lang } = context;
  const head = [
    t("cliReport.auditFile"),
    t("cliReport.auditRowsRead"),
    t("cliReport.auditValid"),
    t("cliReport.auditRejected"),
    t("cliReport.auditSkipped"),
    t("cliReport.auditEncoding"),
    t("cliReport.auditDelimiter"),
  ];
  const body = read.runs.map((run) => [
    safeInline(run.file.file, context.showNik),
    formatCount(run.rowsRead, lang),
    formatCount(run.rowsAccepted, lang),
    formatCount(run.rowsRejected, lang),
    formatCount(run.rowsSkipped, lang),
    run.encoding,
    run.delimiter === "\t" ? "tab" : run.delimiter,
  ]);
  const verdict = read.rejected.count === 0 ? t("cliReport.everyRowValid") : t("cliReport.errorsInRows", { errors: read.rejected.count, rows: read.rowsRejected });
  const fit = (text: string) => wrapText(text, context.width);
  // Narrow: encoding and delimiter go first, then skipped rows (and long paths are cut, keeping the file's name),
  // then rows read; valid and rejected rows always show.
  const aligns = ["left", "right", "right", "right", "right", "left", "left"] as const;
  const priorities = [undefined, 3, undefined, undefined, 2, 1, 1];
  const columns = head.map((heading, index): TableColumn => ({
    heading,
    align: aligns[index]!,
    ...(priorities[index] === undefined ? {} : { priority: priorities[index] }),
    ...(index === 0 ? { minWidth: 16, cutPriority: 2, keep: "end" as const } : {}),
  }));
  const table = fittedTable(columns, body, undefined, context.width, lang).text;
  return [fit(chalk.bold(t("cliReport.auditTitle"))), table, fit(verdict), ""].join("\n");
}
