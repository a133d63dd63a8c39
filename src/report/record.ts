// Single-result reports (capacity, target): a two-column table for people, one CSV row, one JSON object.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { jsonForTerminal, safeText } from "../domain/personal-data.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { tableAsText } from "./table.js";
import { wrapText } from "./width.js";
import { Decimal } from "decimal.js";
import type { Workbook, WorkbookCell, WorkbookSheet } from "./workbook.js";
import type { Lang } from "./format.js";
import { tIn } from "../text/render.js";

export interface RecordField {
  /** JSON field name; the CSV column is its snake_case form. */
  name: string;
  label: string;
  /** As the JSON carries it: amounts as decimal strings, counts as integers. */
  json: string | number | null;
  text: string;
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function recordAsJson(fields: readonly RecordField[], context: RunContext, extra: Record<string, unknown> = {}): string {
  return `${jsonForTerminal(JSON.stringify({ meta: metaAsJson(context), ...Object.fromEntries(fields.map((field) => [field.name, field.json])), ...extra }, null, 2))}\n`;
}

export function recordAsCsv(fields: readonly RecordField[]): string {
  return stringify([fields.map((field) => snakeCase(field.name)), fields.map((field) => (field.json === null ? "" : String(field.json)))]);
}

export function recordAsTable(title: string, subtitle: string, fields: readonly RecordField[], context: RunContext, sections: readonly string[] = []): string {
  const table = tableAsText(["", ""], ["left", "right"], fields.map((field) => [field.label, field.text]));
  // The empty header row adds nothing for a two-column list: drop it and its rule.
  const lines = table.split("\n");
  const compact = [lines[0]!, ...lines.slice(3)].join("\n");
  // The subtitle repeats what flags said (a sector, a funding source): input like any other.
  // Two short columns always fit; the texts around them are wrapped at the terminal's width.
  const fit = (text: string) => wrapText(text, context.width);
  return [fit(chalk.bold(title)), fit(safeText(subtitle, context.showNik)), compact, ...sections.map(fit), notesAsText(context), ""].join("\n");
}

/** A field's value as a workbook cell: amounts (decimal strings in JSON) in rupiah, counts whole, the rest as people read it. */
function fieldCell(field: RecordField): WorkbookCell {
  const { json } = field;
  if (json === null) return null;
  if (typeof json === "string" && /^-?\d+$/.test(json)) return { kind: "rupiah", rupiah: BigInt(json) };
  if (typeof json === "number" && Number.isSafeInteger(json)) return { kind: "count", count: BigInt(json) };
  const fraction = /^-?\d+\.(\d+)$/.exec(String(json));
  if (fraction) return { kind: "decimal", value: new Decimal(String(json)), places: fraction[1]!.length };
  return { kind: "text", text: field.text };
}

/** A record as a two-column sheet: label, and the value as a typed cell. */
export function recordAsSheet(fields: readonly RecordField[], name: string, headings: { label: string; value: string }): WorkbookSheet {
  return {
    name,
    columns: [
      { heading: headings.label, kind: "text", summed: false },
      { heading: headings.value, kind: "rupiah", summed: false },
    ],
    rows: fields.map((field) => ({ role: "data", cells: [{ kind: "text", text: field.label }, fieldCell(field)] })),
  };
}

/** A record's workbook: its one sheet, named and headed in the report's language. */
export function recordAsWorkbook(fields: readonly RecordField[], lang: Lang): Workbook {
  const headings = { label: tIn(lang, "workbookOut.label"), value: tIn(lang, "workbookOut.value") };
  return { sheets: [recordAsSheet(fields, tIn(lang, "workbookOut.sheet.report"), headings)] };
}
