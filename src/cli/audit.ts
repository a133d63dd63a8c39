// iuran audit: checks rosters without budgeting them: every row's fields, NIKs (format, birth date, kecamatan
// prefix, duplicates within and across rosters), and with --start whether the tariff can price each worker.
import chalk from "chalk";
import { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { NO_RELIEF_USE, Pricer } from "../domain/contribution.js";
import { jsonForTerminal, safeInline, safeText } from "../domain/personal-data.js";
import { formatCount, type Lang } from "../report/format.js";
import { inputsAsJson, metaAsJson, type RunContext } from "../report/meta.js";
import { tableAsText } from "../report/table.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { printInputErrors } from "./diagnostics.js";
import { t } from "../text/render.js";
import { DataRejected, UsageError } from "./exit-codes.js";
import { commonSettings, monthCountOption, startOption, parseOptions, withOutputOptions, withWorkerOptions } from "./options.js";
import { readRosters, rosterFiles, rosterInput, rosterSettings, withRosterOptions, type RostersRead } from "./rosters.js";

const auditSchema = z.object({ start: startOption.optional(), months: monthCountOption.optional() });

export function auditCommand(): Command {
  const command = new Command("audit")
    .summary("check rosters (fields, NIKs, duplicates across files) without budgeting")
    .description(
      "Checks one or more rosters: every row's fields, each NIK (16 digits, a real birth date, a known kecamatan prefix) and duplicate NIKs within and across the files. With --start, also whether the tariff prices every worker. Exit 0 when every row is valid, 65 when any is not; the errors are listed either way.",
    )
    .argument("[rosters...]", "roster CSV files")
    .option("--start <YYYY-MM>", "also price each worker from this month (finds incomes outside the tariff's range)")
    .option("--months <n>", "with --start: number of months (default 12)");
  withWorkerOptions(command);
  withRosterOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    `
Examples:
  $ iuran audit fixtures/sijunjung-2022/roster.csv fixtures/mixed-2026/roster.csv
  $ iuran audit fixtures/mixed-2026/roster.csv --start 2027-01 --format json`,
  );
  command.action(async (named: string[], options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(auditSchema, options);
    const rosters = await rosterFiles(named);
    if (rosters.length === 0) throw new UsageError(t("pipes.noRosterToAudit"));
    // An audit lists every problem: rows are never a reason to stop early.
    const input = { ...rosterSettings(options), skipInvalid: true, listEveryProblem: true };
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = parsed.start === undefined ? undefined : new Pricer(tariffs.book, settings.rounding);
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
      throw new DataRejected(`${read.rejected.count} error${read.rejected.count === 1 ? "" : "s"} in ${read.rowsRejected} row${read.rowsRejected === 1 ? "" : "s"}: fix them before budgeting`);
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
  const id = lang === "id";
  const head = [id ? "Berkas" : "File", id ? "Baris dibaca" : "Rows read", id ? "Sah" : "Valid", id ? "Ditolak" : "Rejected", id ? "Dilewati" : "Skipped", id ? "Pengodean" : "Encoding", id ? "Pemisah" : "Delimiter"];
  const body = read.runs.map((run) => [
    safeInline(run.file.file, context.showNik),
    formatCount(run.rowsRead, lang),
    formatCount(run.rowsAccepted, lang),
    formatCount(run.rowsRejected, lang),
    formatCount(run.rowsSkipped, lang),
    run.encoding,
    run.delimiter === "\t" ? "tab" : run.delimiter,
  ]);
  const verdict = verdictText(read, lang);
  return [chalk.bold(id ? "Pemeriksaan daftar pekerja" : "Roster audit"), tableAsText(head, ["left", "right", "right", "right", "right", "left", "left"], body), verdict, ""].join("\n");
}

function verdictText(read: RostersRead, lang: Lang): string {
  if (read.rejected.count === 0) return lang === "id" ? "Semua baris sah." : "Every row is valid.";
  return lang === "id"
    ? `${formatCount(read.rejected.count, lang)} kesalahan di ${formatCount(read.rowsRejected, lang)} baris.`
    : `${formatCount(read.rejected.count, lang)} error${read.rejected.count === 1 ? "" : "s"} in ${formatCount(read.rowsRejected, lang)} row${read.rowsRejected === 1 ? "" : "s"}.`;
}
