// Small tables (CSV or .xlsx) read whole (weights, units, potentials, claims, scenarios), with columns found by name.
import { createHash } from "node:crypto";
import { typingDistance } from "../domain/edit-distance.js";
import { listCells, quoteCell } from "../domain/personal-data.js";
import { labelKey } from "../domain/worker.js";
import { t } from "../text/render.js";
import { parseWholeInput, readInputFile } from "./csv-source.js";
import { InvalidInput, type InputError, type InputErrorCode } from "./input-error.js";

export interface TableRow {
  line: number;
  fields: readonly string[];
}

export interface Table {
  file: string;
  sha256: string;
  header: readonly string[];
  rows: readonly TableRow[];
}

export async function readTable(file: string): Promise<Table> {
  const bytes = await readInputFile(file);
  const parsed = await parseWholeInput(file, bytes);
  if ("error" in parsed) throw new InvalidInput([parsed.error], 1);
  const [header, ...body] = parsed.records;
  const width = header?.record.length ?? 0;
  // A value beyond the header has no column: usually an unquoted decimal comma or delimiter.
  const stray = body.find(({ record }) => record.some((field, index) => index >= width && field.trim() !== ""));
  if (stray) {
    throw new InvalidInput(
      [{ file, line: stray.info.lines, column: width + 1, code: "TOO_MANY_FIELDS", message: t("table.tooManyFields", { fields: stray.record.length, header: width }) }],
      1,
    );
  }
  return {
    file,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    header: (header?.record ?? []).map((name) => name.trim()),
    rows: body.filter(({ record }) => record.some((field) => field.trim() !== "")).map(({ record, info }) => ({ line: info.lines, fields: record })),
  };
}

/** The index of a column named `name` (compared without case, spaces or punctuation), or an error listing the header. */
export function columnIndex(table: Table, name: string, aliases: readonly string[] = []): number {
  const wanted = [name, ...aliases].map(labelKey);
  const index = table.header.findIndex((header) => wanted.includes(labelKey(header)));
  if (index < 0) {
    throw new InvalidInput(
      [{ file: table.file, line: 1, column: 0, code: "MISSING_COLUMN", message: t("table.noColumn", { name: quoteCell(name), header: listCells(table.header) }) }],
      1,
    );
  }
  noteRead(table, index);
  return index;
}

export function optionalColumnIndex(table: Table, name: string, aliases: readonly string[] = []): number | undefined {
  const wanted = [name, ...aliases].map(labelKey);
  const index = table.header.findIndex((header) => wanted.includes(labelKey(header)));
  if (index < 0) return undefined;
  noteRead(table, index);
  return index;
}

/**
 * Columns that may be left out are found by name, so a misspelt header ("percen", "incme", "ratoi") would be read as
 * a column left out and every row would go without it: a header nothing read that is one typing slip (two letters
 * swapped count as one) from one of `names` is refused at line 1. Call once every column has been looked up.
 */
export function refuseMisspeltColumns(table: Table, names: readonly string[]): void {
  const read = columnsRead(table);
  const keys = [...new Set(names.map(labelKey))];
  const issues: InputError[] = [];
  for (const [index, header] of table.header.entries()) {
    const key = labelKey(header);
    if (key === "" || read.has(index) || keys.includes(key)) continue;
    const near = keys.find((name) => typingDistance(key, name) <= (name.length > 5 ? 2 : 1));
    if (near !== undefined) {
      issues.push({ file: table.file, line: 1, column: index + 1, code: "MISSING_COLUMN", message: t("table.misspeltHeader", { header: quoteCell(header), column: near }) });
    }
  }
  if (issues.length > 0) throw new InvalidInput(issues, issues.length);
}

/** The columns a command reads from a table, noted as it looks them up, so a row cut short can be told from one that only lacks a note. */
const readColumns = new WeakMap<Table, Set<number>>();

/** The indexes of the columns looked up so far. */
export function columnsRead(table: Table): ReadonlySet<number> {
  return readColumns.get(table) ?? new Set<number>();
}

function noteRead(table: Table, index: number): void {
  const read = readColumns.get(table) ?? new Set<number>();
  read.add(index);
  readColumns.set(table, read);
}

/**
 * The rows to read, as for rosters: a row that ends before a column the command reads (a line cut short) is reported
 * as TOO_FEW_FIELDS instead of read with empty cells, which would price it with defaults. Look the columns up first.
 */
export function* completeRows(table: Table, errors: TableErrors): Generator<TableRow> {
  const read = [...(readColumns.get(table) ?? [])].sort((a, b) => a - b);
  for (const row of table.rows) {
    const missing = read.filter((index) => index >= row.fields.length);
    if (missing.length === 0) {
      yield row;
      continue;
    }
    errors.add(row, row.fields.length, "TOO_FEW_FIELDS", t("roster.tooFewFields", { fields: row.fields.length, header: table.header.length, missing: missing.map((index) => table.header[index]!) }));
  }
}

export function cellOf(row: TableRow, index: number | undefined): string {
  return index === undefined ? "" : (row.fields[index] ?? "").trim();
}

/** Collects row errors of a table and throws them together (exit 65) when there are any. */
export class TableErrors {
  private readonly errors: InputError[] = [];

  constructor(private readonly table: Table) {}

  add(row: TableRow, column: number | undefined, code: InputErrorCode, message: string): void {
    this.errors.push({ file: this.table.file, line: row.line, column: column === undefined ? 0 : column + 1, code, message });
  }

  /** How many errors so far: a row whose fields added none is whole. */
  get count(): number {
    return this.errors.length;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new InvalidInput(this.errors.slice(0, 50), this.errors.length);
  }
}
