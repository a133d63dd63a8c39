// The provenance sheet of every workbook iuran writes: what an auditor needs to reproduce its figures, as the JSON
// meta and the notes under a table give it (tool version, command line, input files with their SHA-256 and row
// counts, tariff rows and reliefs with their regulations, the rounding rule, warnings), in the report's language.
import { formatMonth } from "../domain/month.js";
import { safeData } from "../domain/personal-data.js";
import { tIn } from "../text/render.js";
import { formatDecimal } from "./format.js";
import type { InputSummary, RunContext } from "./meta.js";
import { roundingDescription, tariffRate } from "./notes.js";
import type { WorkbookCell, WorkbookRow, WorkbookSheet } from "./workbook.js";

function text(value: string): WorkbookCell {
  return { kind: "text", text: value };
}

function line(...cells: string[]): WorkbookRow {
  return { role: "data", cells: cells.map(text) };
}

function period(from: number, to: number | null): string {
  return `${formatMonth(from)} – ${to === null ? "…" : formatMonth(to)}`;
}

export function provenanceSheet(context: RunContext, made: Date): WorkbookSheet {
  const { lang } = context;
  // Input is masked like any text from input (a NIK typed as a file name or a --map header stays masked).
  const data = (value: string) => safeData(value, context.showNik);
  const input = (key: "workbookOut.item.input" | "workbookOut.item.tariffFile", summary: InputSummary) =>
    line(
      tIn(lang, key),
      data(summary.file),
      summary.sha256,
      summary.rowsRead === undefined
        ? ""
        : tIn(lang, "workbookOut.rows", {
            read: summary.rowsRead,
            accepted: summary.rowsAccepted ?? 0,
            rejected: summary.rowsRejected ?? 0,
            skipped: summary.rowsSkipped ?? 0,
          }),
    );
  const rows: WorkbookRow[] = [
    line(tIn(lang, "workbookOut.item.tool"), `iuran ${context.version}`),
    line(tIn(lang, "workbookOut.item.command"), ["iuran", ...context.command.map(data)].join(" ")),
    line(tIn(lang, "workbookOut.item.made"), made.toISOString().replace(/\.\d+Z$/, "Z")),
    line(tIn(lang, "workbookOut.item.language"), lang),
    line(tIn(lang, "workbookOut.item.rounding"), context.rounding, roundingDescription(context.rounding, lang)),
    line(tIn(lang, "workbookOut.item.nik"), tIn(lang, context.showNik ? "workbookOut.nikShown" : "workbookOut.nikMasked")),
    ...context.inputs.map((summary) => input("workbookOut.item.input", summary)),
    ...context.tariffFiles.map((summary) => input("workbookOut.item.tariffFile", summary)),
    ...context.tariffs.map((row) =>
      line(
        tIn(lang, "workbookOut.item.tariff"),
        `${row.program} ${row.segment}${row.riskClass === null ? "" : ` ${tIn(lang, "report.notes.riskClass", { riskClass: String(row.riskClass) })}`}`,
        `${tariffRate(row, lang)}, ${period(row.effectiveFrom, row.effectiveTo)}`,
        safeData(row.reference, false),
      ),
    ),
    ...context.reliefs.map((relief) =>
      line(
        tIn(lang, "workbookOut.item.relief"),
        `${relief.programs.join("+")} × ${formatDecimal(relief.multiplier, lang)}`,
        `${period(relief.effectiveFrom, relief.effectiveTo)}: ${safeData(lang === "id" ? relief.conditionId : relief.condition, false)}`,
        safeData(relief.reference, false),
      ),
    ),
    ...(context.openReadings ?? []).map(({ relief, fundings }) =>
      line(tIn(lang, "workbookOut.item.openReading"), relief.id, tIn(lang, "report.notes.openReading", { id: relief.id, fundings: [...fundings], alternative: relief.alternative || "-" }).trim()),
    ),
    ...context.warnings.map((warning) => line(tIn(lang, "workbookOut.item.warning"), warning.code, data(warning.text))),
  ];
  return {
    name: tIn(lang, "workbookOut.sheet.provenance"),
    columns: (["workbookOut.heading.item", "workbookOut.heading.value", "workbookOut.heading.detail", "workbookOut.heading.reference"] as const).map((key) => ({
      heading: tIn(lang, key),
      kind: "text",
      summed: false,
    })),
    rows,
  };
}
