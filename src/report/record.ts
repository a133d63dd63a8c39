// Single-result reports (capacity, target): a two-column table for people, one CSV row, one JSON object.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { jsonForTerminal, safeText } from "../domain/personal-data.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { tableAsText } from "./table.js";
import { wrapText } from "./width.js";

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
