// Reading rosters for a command: the input options, the strict or --skip-invalid policy, and --rejects.
import { Command } from "commander";
import { z } from "zod";
import type { DecimalMark } from "../domain/money.js";
import { quoteCell } from "../domain/personal-data.js";
import { InvalidInput, type InputError, type RowCounts } from "../io/input-error.js";
import { isRosterPiped } from "../io/csv-source.js";
import { claimReportTarget } from "../io/output.js";
import { RejectsFile } from "../io/rejects-file.js";
import { canonicalColumn, RosterReader, type RosterColumn, type RosterOptions, type RosterRun, type RosterSink } from "../io/roster-file.js";
import { ENCODINGS, parseDelimiter, parseEncoding } from "../io/text-decoding.js";
import { groupNaming, lookUpRegion, regionLevelOf, regionOfColumn, type GroupNaming, type Region } from "../domain/region-name.js";
import { loadNikPrefixes, loadRegionBook } from "../io/wilayah.js";
import type { InputSummary } from "../report/meta.js";
import { warning, type Warning } from "../text/message.js";
import { t } from "../text/render.js";
import { printInputErrors, printSummary, setNikShown } from "./diagnostics.js";
import { UsageError } from "./exit-codes.js";
import { decimalMarkOption, parseOptions } from "./options.js";

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --encoding, --delimiter, --decimal-mark, --map, --skip-invalid, --rejects, --show-nik. */
export function withRosterOptions(command: Command): Command {
  return command
    .option("--encoding <name>", t("rosterHelp.encoding", { encodings: ENCODINGS }))
    .option("--delimiter <char>", t("rosterHelp.delimiter"))
    .option("--decimal-mark <mark>", t("rosterHelp.decimalMark"))
    .option("--map <column=header>", t("rosterHelp.map"), collect)
    .option("--skip-invalid", t("rosterHelp.skipInvalid"))
    .option("--rejects <file>", t("rosterHelp.rejects"))
    .option("--show-nik", t("rosterHelp.showNik"));
}

/** --region: the kabupaten or kota the rosters are for (its names are checked against the official list). */
export function withRegionOption(command: Command): Command {
  return command.option("--region <kabupaten>", t("regions.help.region"));
}

/**
 * How each grouping column's values are keyed: kecamatan and nagari names folded (and checked within --region, if
 * given); other columns as written. An unknown or ambiguous --region is a usage error.
 */
export async function groupNamings(groupBy: readonly string[], regionText: string | undefined, regionColumn: readonly string[] = []): Promise<{ region?: Region; namings: (GroupNaming | undefined)[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  // The bundled lists are read only when a name is to be matched or a region found.
  if (regionText === undefined && regionColumn.length === 0 && !groupBy.some((column) => regionLevelOf(column) !== undefined)) {
    return { namings: groupBy.map(() => undefined), warnings };
  }
  const book = await loadRegionBook();
  let region: Region | undefined;
  if (regionText === undefined && regionColumn.length > 0) {
    // A roster's kabupaten/kota column stands for --region when it names one region; else the names go unchecked.
    const found = regionOfColumn(regionColumn, book);
    if ("region" in found) region = found.region;
    else warnings.push(warning("REGION_COLUMN_UNREAD", t("regions.columnUnread", { values: found.unread.map((value) => quoteCell(value)) })));
  }
  if (regionText !== undefined) {
    const found = lookUpRegion(regionText, book);
    const label = (candidate: Region) => t("regions.region", { name: candidate.name, code: candidate.code });
    if ("ambiguous" in found) throw new UsageError(t("regions.usage.ambiguous", { text: quoteCell(regionText), choices: found.ambiguous.map(label), example: found.ambiguous[0]!.name }));
    if ("unknown" in found) {
      throw new UsageError(found.unknown.length === 0 ? t("regions.usage.unknown", { text: quoteCell(regionText) }) : t("regions.usage.unknownNear", { text: quoteCell(regionText), names: found.unknown.map(label) }));
    }
    region = found.region;
  }
  return { region, namings: groupBy.map((column) => groupNaming(column, book, region)), warnings };
}

const rosterSchema = z.object({
  encoding: z
    .string()
    .transform((text, ctx) => parseEncoding(text) ?? (ctx.addIssue({ code: "custom", message: t("usage.encoding", { text: quoteCell(text), encodings: ENCODINGS }) }), z.NEVER))
    .optional(),
  delimiter: z
    .string()
    .transform((text, ctx) => parseDelimiter(text) ?? (ctx.addIssue({ code: "custom", message: t("usage.delimiter", { text: quoteCell(text) }) }), z.NEVER))
    .optional(),
  decimalMark: decimalMarkOption.optional(),
  map: z
    .array(z.string())
    .default([])
    .transform((entries, ctx) => {
    const map = new Map<RosterColumn, string>();
    for (const entry of entries) {
      const [name, header] = entry.split(/=(.*)/s);
      const column = canonicalColumn(name ?? "");
      if (!column || !header) {
        ctx.addIssue({ code: "custom", message: t("usage.columnMap", { entry: quoteCell(entry) }) });
        return z.NEVER;
      }
      map.set(column, header.trim());
    }
    return map;
  }),
  skipInvalid: z.boolean().optional(),
  rejects: z.string().optional(),
  showNik: z.boolean().optional(),
});

export interface RosterSettings {
  read: RosterOptions["read"];
  decimalMark?: DecimalMark;
  columnMap: Map<RosterColumn, string>;
  skipInvalid: boolean;
  rejects?: string;
  showNik: boolean;
  /** Rejects written for Excel too (--excel). */
  excel: boolean;
  /** An audit: every row may be rejected, and the report still lists them. */
  listEveryProblem?: boolean;
  /** The report's target (--output), claimed with the rejects file before any roster is read. */
  output?: string;
}

/** A roster as the report's inputs list it: file, hash, how it was read and what became of its rows. */
export function rosterInput(run: RosterRun): InputSummary {
  return {
    ...run.file,
    encoding: run.encoding,
    delimiter: run.delimiter,
    ...(run.sheet === undefined ? {} : { sheet: run.sheet }),
    rowsRead: run.rowsRead,
    rowsAccepted: run.rowsAccepted,
    rowsRejected: run.rowsRejected,
    rowsSkipped: run.rowsSkipped,
  };
}

export function rosterSettings(options: Record<string, unknown>): RosterSettings {
  const parsed = parseOptions(rosterSchema, options);
  setNikShown(parsed.showNik ?? false);
  if (parsed.rejects !== undefined && !parsed.skipInvalid) {
    throw new UsageError(t("usage.rejectsWithoutSkip"));
  }
  const output = typeof options.output === "string" ? options.output : undefined;
  if (parsed.rejects === "-" && (output === undefined || output === "-")) throw new UsageError(t("pipes.rejectsWithReportOnStandardOutput"));
  return {
    read: { encoding: parsed.encoding, delimiter: parsed.delimiter },
    decimalMark: parsed.decimalMark,
    columnMap: parsed.map,
    skipInvalid: parsed.skipInvalid ?? false,
    rejects: parsed.rejects,
    showNik: parsed.showNik ?? false,
    excel: options.excel === true,
    output,
  };
}

/** The rosters named, else standard input ("-") when a roster is piped in with no file name; else none. */
export async function rosterFiles(named: readonly string[]): Promise<string[]> {
  if (named.length > 0) return [...named];
  return (await isRosterPiped()) ? ["-"] : [];
}

/** The rows of every roster read, added up. */
export function rowCounts(runs: readonly RosterRun[]): RowCounts {
  return runs.reduce(
    (sum, run) => ({ read: sum.read + run.rowsRead, accepted: sum.accepted + run.rowsAccepted, rejected: sum.rejected + run.rowsRejected, skipped: sum.skipped + run.rowsSkipped }),
    { read: 0, accepted: 0, rejected: 0, skipped: 0 },
  );
}

export interface RostersRead {
  runs: RosterRun[];
  warnings: Warning[];
  rowsRejected: number;
  /** With --skip-invalid: the rejected rows' errors (capped) and their full count. */
  rejected: { errors: readonly InputError[]; count: number };
  /** The values of the rosters' region (kabupaten/kota) column, if any. */
  regionsNamed: readonly string[];
}

/**
 * Reads every roster. Strict (the default): any invalid row stops the run with every error listed (exit 65).
 * With --skip-invalid the valid rows are kept and the rejected ones counted, listed on standard error, and written
 * to --rejects.
 */
export async function readRosters(
  files: readonly string[],
  settings: RosterSettings,
  options: Omit<RosterOptions, "read" | "decimalMark" | "columnMap" | "showNik" | "knownPrefixes">,
  sink: RosterSink,
): Promise<RostersRead> {
  // Both outputs are claimed before any roster is opened: a roster that is either of them, by any name or link, is
  // refused unread, and so are --output and --rejects naming one file (see io/file-registry.ts).
  if (settings.output !== undefined) await claimReportTarget(settings.output);
  const rejects =
    settings.rejects === undefined
      ? undefined
      : await RejectsFile.open(settings.rejects, { showNik: settings.showNik, manyRosters: files.length > 1, excel: settings.excel });
  const reader = new RosterReader(
    { ...options, read: settings.read, decimalMark: settings.decimalMark, columnMap: settings.columnMap, showNik: settings.showNik, knownPrefixes: await loadNikPrefixes() },
    sink,
    rejects,
  );
  try {
    for (const file of files) await reader.read(file);
  } catch (error) {
    await rejects?.abandon();
    throw error;
  }
  const rows = rowCounts(reader.runs);
  // A header or file problem (no row to skip) stops the run even with --skip-invalid, and so does a run in which
  // every row was rejected: a budget of nothing is no answer (exit 65, with the rejects file written).
  const nothingAccepted = rows.accepted === 0 && rows.rejected > 0 && !settings.listEveryProblem;
  if (reader.errors.count > 0 && (!settings.skipInvalid || reader.errors.fileProblems > 0 || nothingAccepted)) {
    if (nothingAccepted && reader.errors.fileProblems === 0) await rejects?.finish();
    else await rejects?.abandon();
    throw new InvalidInput(reader.errors.kept, reader.errors.count, rows, settings.skipInvalid && nothingAccepted);
  }
  const rowsRejected = rows.rejected;
  await rejects?.finish();
  return { runs: reader.runs, warnings: reader.warnings(), rowsRejected, rejected: { errors: reader.errors.kept, count: reader.errors.count }, regionsNamed: [...reader.regionsNamed] };
}

/** --skip-invalid: the rejected rows' errors on standard error, then how many were left out and where they were written. */
export function reportRejectedRows(read: RostersRead, settings: Pick<RosterSettings, "rejects">): void {
  if (read.rowsRejected === 0) return;
  printInputErrors(read.rejected.errors);
  const leftOut =
    read.rejected.errors.length < read.rejected.count
      ? t("summary.rowsLeftOutShown", { rows: read.rowsRejected, shown: read.rejected.errors.length })
      : t("summary.rowsLeftOut", { rows: read.rowsRejected });
  printSummary(`iuran: ${leftOut}${settings.rejects ? t("summary.rejectsWritten", { file: settings.rejects }) : ""}`);
}
