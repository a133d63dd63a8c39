// Pieces every command needs around its own work: tariffs, the run context for renderers, writing the output.
import { createRequire } from "node:module";
import type { RaisedToFloor, ReliefUse } from "../domain/contribution.js";
import { formatMonth } from "../domain/month.js";
import { bundledCurrency, type TableCurrency } from "../io/bundled-currency.js";
import { t, tIn } from "../text/render.js";
import { formatRupiah } from "../text/format.js";
import type { Lang } from "../report/format.js";
import { warning, type Warning } from "../text/message.js";
import { writeReport } from "../io/output.js";
import { loadTariffs, type LoadedTariffs } from "../io/tariff-file.js";
import type { InputSummary, RunContext } from "../report/meta.js";
import { csvForExcel } from "../report/excel-csv.js";
import { disputedFundingWarnings, fundingWarnings } from "../report/notes.js";
import { isNikShown, printWarnings } from "./diagnostics.js";
import type { CommonSettings, Format } from "./options.js";
import type { Workbook } from "../report/workbook.js";
import { csvAsSheet } from "../report/csv-sheet.js";
import { provenanceSheet } from "../report/provenance-sheet.js";
import { writeWorkbook } from "../io/xlsx-writer.js";

export function toolVersion(): string {
  const manifest = createRequire(import.meta.url)("../../package.json") as { version: string };
  return manifest.version;
}

/** `iuran --version`: the version, and how current the bundled tariff and relief tables are (from the tables). */
export function versionText(): string {
  const { tariffs, reliefs } = bundledCurrency();
  const reach = (table: TableCurrency) =>
    table.lastCovered === null ? t("package.openEnded") : t("package.reachesTo", { month: formatMonth(table.lastCovered) });
  return t("package.version", {
    version: toolVersion(),
    tariffsFrom: formatMonth(tariffs.newestFrom),
    tariffsReach: reach(tariffs),
    reliefsFrom: formatMonth(reliefs.newestFrom),
    reliefsReach: reach(reliefs),
  });
}

export function loadSettingsTariffs(settings: CommonSettings): Promise<LoadedTariffs> {
  return loadTariffs(settings.tariffFiles, settings.withBundledTariffs);
}

export function runContext(
  settings: CommonSettings,
  tariffs: LoadedTariffs,
  used: ReliefUse,
  inputs: readonly InputSummary[],
  warnings: readonly Warning[] = [],
): RunContext {
  return {
    lang: settings.lang,
    version: toolVersion(),
    command: process.argv.slice(2),
    inputs,
    tariffFiles: tariffs.files,
    rounding: settings.rounding,
    tariffs: used.tariffs,
    reliefs: used.reliefs,
    openReadings: used.reliefsOnDisputedFunding,
    warnings: [
      ...warnings,
      ...fundingWarnings(used.reliefsOnUnstatedFunding, settings.lang).map((text) => warning("FUNDING_NOT_STATED", text)),
      ...disputedFundingWarnings(used.reliefsOnDisputedFunding, settings.lang).map((text) => warning("FUNDING_READING_OPEN", text)),
      ...raisedToFloorWarnings(used.raisedToFloor, settings.lang, inputs.some((input) => input.rowsAccepted !== undefined)),
    ],
    showNik: isNikShown(),
    width: settings.width,
  };
}

/**
 * --below-floor raise: one warning that counts the roster's workers priced at the floor, or (workers described by
 * flags alone, where a count of pricings means nothing) names the declared income.
 */
function raisedToFloorWarnings(raised: RaisedToFloor | null, lang: Lang, fromRoster: boolean): Warning[] {
  if (raised === null) return [];
  const span = (amounts: bigint[]) =>
    amounts.length === 1 ? formatRupiah(amounts[0]!, lang) : `${formatRupiah(amounts[0]!, lang)}–${formatRupiah(amounts[amounts.length - 1]!, lang)}`;
  const params = { incomes: span(raised.incomes), floors: span(raised.floors) };
  const text = fromRoster ? tIn(lang, "forms.raisedWorkers", { ...params, workers: raised.workers }) : tIn(lang, "forms.raisedFlag", params);
  return [warning("INCOME_RAISED_TO_FLOOR", text)];
}

/**
 * Renders in the chosen format and writes it; only the chosen renderer runs. Warnings go to standard error after it,
 * in every format and to every target, once (JSON also keeps them in meta.warnings): a report is only the report.
 * The writer knows every file the run has read (io/file-registry.ts), so an output never replaces an input.
 */
export async function emit(
  settings: CommonSettings,
  renderers: Record<Exclude<Format, "xlsx">, () => string> & { xlsx?: () => Workbook },
  context?: RunContext,
): Promise<void> {
  if (settings.format === "xlsx") {
    // A command without a workbook of its own gives its CSV's rows, typed; every workbook ends with its provenance.
    const report = renderers.xlsx?.() ?? { sheets: [csvAsSheet(renderers.csv(), settings.lang, tIn(settings.lang, "workbookOut.sheet.report"))] };
    const workbook = context ? { sheets: [...report.sheets, provenanceSheet(context, new Date())] } : report;
    await writeWorkbook(workbook, settings.output, { ownerOnly: settings.showNik });
  } else {
    let text = renderers[settings.format]();
    if (settings.format === "csv" && settings.excel) text = csvForExcel(text, settings.lang);
    await writeReport(text, settings.output, { ownerOnly: settings.showNik });
  }
  if (context) printWarnings(context.warnings);
}
