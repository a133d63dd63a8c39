// Workbooks out: a Workbook (src/report/workbook.ts) as an .xlsx file, written as it is zipped. Our own
// SpreadsheetML, zipped by yazl: strings inline (no shared-strings table to hold), a fixed styles table, a frozen
// header row, column widths, SUM formulas with iuran's own totals as their cached values. Each sheet's XML comes
// from a generator read through a stream, so a sheet of a million rows is never held as text.
//
// Exactness: a rupiah or count cell is its bigint's decimal digits written straight into <v>, never a JavaScript
// number. A spreadsheet reads <v> as a double, exact for integers below 2^53; iuran refuses any amount at or beyond
// 10^15 (a 16th digit is where a double stops being exact for every value Excel shows with 15 significant digits),
// with exit 73 and a message pointing to CSV or JSON, which are exact at any size.
import { Readable } from "node:stream";
import yazl from "yazl";
import type { Workbook, WorkbookCell, WorkbookColumn, WorkbookRow, WorkbookSheet } from "../report/workbook.js";
import { t } from "../text/render.js";
import { OutputError } from "./output-error.js";
import { OutputFile } from "./output.js";

/** Amounts and counts at or beyond this are refused: below it, a spreadsheet's double holds them exactly. */
export const LARGEST_EXACT_CELL = 10n ** 15n - 1n;

/** Excel's limits: characters in a cell, in a sheet name; arguments of one SUM. */
const MAX_CELL_TEXT = 32_767;
const MAX_SHEET_NAME = 31;
const MAX_SUM_ARGUMENTS = 255;
/** Column widths, in characters: fitted to the content, within these bounds. */
const LEAST_WIDTH = 6;
const MOST_WIDTH = 60;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---- styles ----------------------------------------------------------------------------------------------------
// cellXfs: font (0 regular, 1 bold: headings, subtotals, totals) × number format, index font * FORMAT_COUNT + format.

/** The rupiah format: "Rp 201.549.600" in an Indonesian locale, "Rp 201,549,600" in an English one. */
export const RUPIAH_FORMAT = '"Rp "#,##0';
const MAX_DECIMAL_PLACES = 6;
// 0 General, 1 rupiah, 2 whole numbers (built-in 3, #,##0), 3 text (built-in 49, @), 4… decimals with 1… places.
const FORMAT_IDS = [0, 164, 3, 49, ...Array.from({ length: MAX_DECIMAL_PLACES }, (_, index) => 165 + index)];
const FORMAT_COUNT = FORMAT_IDS.length;
const CUSTOM_FORMATS: readonly [number, string][] = [
  [164, RUPIAH_FORMAT],
  ...Array.from({ length: MAX_DECIMAL_PLACES }, (_, index): [number, string] => [165 + index, `#,##0.${"0".repeat(index + 1)}`]),
];

function styleOf(cell: NonNullable<WorkbookCell>, bold: boolean): number {
  const format =
    cell.kind === "rupiah" ? 1 : cell.kind === "count" ? 2 : cell.kind === "text" ? 3 : cell.places <= 0 ? 2 : 3 + Math.min(cell.places, MAX_DECIMAL_PLACES);
  return (bold ? FORMAT_COUNT : 0) + format;
}
const HEADING_STYLE = FORMAT_COUNT + 3;
/** A heading over numbers stands over them: bold text, aligned right. */
const NUMBER_HEADING_STYLE = 2 * FORMAT_COUNT;

const STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${MAIN}">` +
  `<numFmts count="${CUSTOM_FORMATS.length}">${CUSTOM_FORMATS.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("")}</numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="${2 * FORMAT_COUNT + 1}">${[0, 1]
    .flatMap((font) =>
      FORMAT_IDS.map(
        (format) =>
          `<xf numFmtId="${format}" fontId="${font}" fillId="0" borderId="0" xfId="0"${format === 0 ? "" : ' applyNumberFormat="1"'}${font === 0 ? "" : ' applyFont="1"'}/>`,
      ),
    )
    .join("")}<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment horizontal="right"/></xf></cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

// ---- text ------------------------------------------------------------------------------------------------------

/**
 * Text as XML 1.0 may hold it, and as a spreadsheet decodes it back: markup escaped; characters XML forbids (C0
 * controls but tab and line feed, a lone surrogate, U+FFFE, U+FFFF) and carriage return (which XML would turn into a
 * line feed) written as Excel's _xHHHH_ escape; an _xHHHH_ already in the text escaped itself, so it reads back as
 * typed. Nothing is neutralised: a cell is typed, and a text "=SUM(A1)" stays text.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[&<>"]/g, (character) => (character === "&" ? "&amp;" : character === "<" ? "&lt;" : character === ">" ? "&gt;" : "&quot;"))
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/** A cell's text within Excel's limit; a longer one is cut, and says so. */
function cellText(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/**
 * Sheet names as Excel takes them: none of []:*?/\, no apostrophe first or last, at most 31 characters, not empty,
 * and unique whatever their case. A name that breaks a rule is mended rather than refused (a roster's column
 * can name a sheet): the forbidden characters become "-", a clash gets " (2)".
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    const mended = [...name.replace(/[[\]:*?/\\\u0000-\u001F]/g, "-").replace(/^'+|'+$/g, "").trim()].slice(0, MAX_SHEET_NAME).join("") || "-";
    let unique = mended;
    for (let copy = 2; taken.has(unique.toLowerCase()) || unique.toLowerCase() === "history"; copy++) {
      const suffix = ` (${copy})`;
      unique = `${[...mended].slice(0, MAX_SHEET_NAME - suffix.length).join("")}${suffix}`;
    }
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

// ---- values ----------------------------------------------------------------------------------------------------

/** A number cell's exact value, or undefined for text and empty cells. */
function wholeValue(cell: WorkbookCell): bigint | undefined {
  return cell?.kind === "rupiah" ? cell.rupiah : cell?.kind === "count" ? cell.count : undefined;
}

/** The first cell of a workbook that no spreadsheet can hold exactly, as "Sheet!C14" and its value; or undefined. */
export function inexactCell(workbook: Workbook): { where: string; value: bigint } | undefined {
  const names = sheetNames(workbook.sheets.map((sheet) => sheet.name));
  for (const [sheetIndex, sheet] of workbook.sheets.entries()) {
    for (const [rowIndex, row] of sheet.rows.entries()) {
      for (const [columnIndex, cell] of row.cells.entries()) {
        const value = wholeValue(cell);
        if (value !== undefined && (value > LARGEST_EXACT_CELL || value < -LARGEST_EXACT_CELL)) {
          return { where: `${names[sheetIndex]}!${columnLetters(columnIndex)}${rowIndex + 2}`, value };
        }
      }
    }
  }
  return undefined;
}

function exactDigits(value: bigint): string {
  // Checked before any file is opened (inexactCell); this is the last guard, not the message.
  if (value > LARGEST_EXACT_CELL || value < -LARGEST_EXACT_CELL) throw new RangeError(`${value} is beyond what a spreadsheet holds exactly`);
  return value.toString();
}

function cellXml(cell: WorkbookCell, reference: string, bold: boolean, formula?: string): string {
  if (cell === null) return "";
  const style = styleOf(cell, bold);
  const attributes = `r="${reference}"${style === 0 ? "" : ` s="${style}"`}`;
  const whole = wholeValue(cell);
  if (whole !== undefined) return `<c ${attributes}>${formula === undefined ? "" : `<f>${formula}</f>`}<v>${exactDigits(whole)}</v></c>`;
  if (cell.kind === "decimal") return `<c ${attributes}><v>${cell.value.toFixed(Math.max(0, cell.places))}</v></c>`;
  if (cell.kind !== "text") throw new TypeError("a number cell without its value");
  return `<c ${attributes} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(cell.text))}</t></is></c>`;
}

function headingXml(text: string, reference: string, overNumbers: boolean): string {
  return `<c r="${reference}" s="${overNumbers ? NUMBER_HEADING_STYLE : HEADING_STYLE}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(text))}</t></is></c>`;
}

/** How wide a cell shows, in characters, near enough to size a column: digits grouped, "Rp " before amounts. */
function shownLength(cell: WorkbookCell): number {
  if (cell === null) return 0;
  const grouped = (value: bigint) => {
    const digits = (value < 0n ? -value : value).toString().length;
    return digits + Math.floor((digits - 1) / 3) + (value < 0n ? 1 : 0);
  };
  if (cell.kind === "rupiah") return 3 + grouped(cell.rupiah);
  if (cell.kind === "count") return grouped(cell.count);
  if (cell.kind === "decimal") return cell.value.toFixed(Math.max(0, cell.places)).length + 2;
  return Math.max(...cell.text.split("\n").map((line) => [...line].length));
}

/** Widths fitted to the headings and every cell, within LEAST_WIDTH and MOST_WIDTH, plus a little room. */
export function fittedWidths(sheet: Pick<WorkbookSheet, "columns" | "rows">): number[] {
  return sheet.columns.map((column, index) => {
    let widest = [...column.heading].length + 1;
    for (const row of sheet.rows) widest = Math.max(widest, shownLength(row.cells[index] ?? null));
    return Math.min(MOST_WIDTH, Math.max(LEAST_WIDTH, widest + 2));
  });
}

// ---- sheets ----------------------------------------------------------------------------------------------------

/** A sheet as the writer takes it: rows may come as they are made (rejected rows), once widths are known. */
export interface SheetSource {
  name: string;
  columns: readonly WorkbookColumn[];
  widths: readonly number[];
  rows: Iterable<WorkbookRow> | AsyncIterable<WorkbookRow>;
  notes?: readonly string[];
}

function sheetStart(columns: readonly WorkbookColumn[], widths: readonly number[]): string {
  const cols = widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join("");
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    // Printed on A4 landscape, as wide as the page: officers print these for signing, and a cut-off column is lost.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${cols === "" ? "" : `<cols>${cols}</cols>`}<sheetData>` +
    `<row r="1">${columns.map((column, index) => headingXml(column.heading, `${columnLetters(index)}1`, column.kind !== "text")).join("")}</row>`
  );
}

const SHEET_END =
  '</sheetData><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>';

/**
 * Per summed column, what its subtotal and total rows may be written as a formula over: the data rows since the
 * last subtotal, all data rows as ranges of consecutive rows, and their exact sums. A row whose cell is not the sum
 * of its rows (workers counted per month, say) keeps its value and gets no formula.
 */
class SumTracker {
  private sinceSubtotal: bigint[];
  private all: bigint[];
  /** Whether a column's data cells since the last subtotal (or at all) are numbers of one kind, or empty. */
  private cleanSinceSubtotal: boolean[];
  private cleanAll: boolean[];
  private firstSinceSubtotal: number | undefined;
  private readonly ranges: [number, number][] = [];
  private rangeOpen = false;

  constructor(private readonly columns: readonly WorkbookColumn[]) {
    this.sinceSubtotal = columns.map(() => 0n);
    this.all = columns.map(() => 0n);
    this.cleanSinceSubtotal = columns.map(() => true);
    this.cleanAll = columns.map(() => true);
  }

  data(rowNumber: number, cells: readonly WorkbookCell[]): void {
    this.firstSinceSubtotal ??= rowNumber;
    if (this.rangeOpen) this.ranges[this.ranges.length - 1]![1] = rowNumber;
    else if (this.ranges.length <= MAX_SUM_ARGUMENTS) {
      this.ranges.push([rowNumber, rowNumber]);
      this.rangeOpen = true;
    }
    this.columns.forEach((column, index) => {
      const cell = cells[index] ?? null;
      const value = wholeValue(cell);
      if (cell !== null && (value === undefined || cell.kind !== column.kind)) {
        this.cleanSinceSubtotal[index] = false;
        this.cleanAll[index] = false;
      }
      this.sinceSubtotal[index]! += value ?? 0n;
      this.all[index]! += value ?? 0n;
    });
  }

  /** A subtotal or total row's formulas, by column (undefined: write the value alone). */
  formulas(role: "subtotal" | "total", rowNumber: number, cells: readonly WorkbookCell[]): (string | undefined)[] {
    const first = this.firstSinceSubtotal;
    const result = this.columns.map((column, index) => {
      const value = wholeValue(cells[index] ?? null);
      if (!column.summed || value === undefined || cells[index]!.kind !== column.kind) return undefined;
      const letters = columnLetters(index);
      if (role === "subtotal") {
        if (first === undefined || !this.cleanSinceSubtotal[index] || this.sinceSubtotal[index] !== value) return undefined;
        return `SUM(${range(letters, first, rowNumber - 1)})`;
      }
      if (this.ranges.length === 0 || this.ranges.length > MAX_SUM_ARGUMENTS || !this.cleanAll[index] || this.all[index] !== value) return undefined;
      return `SUM(${this.ranges.map(([from, to]) => range(letters, from, to)).join(",")})`;
    });
    this.rangeOpen = false;
    if (role === "subtotal") {
      this.firstSinceSubtotal = undefined;
      this.sinceSubtotal = this.columns.map(() => 0n);
      this.cleanSinceSubtotal = this.columns.map(() => true);
    }
    return result;
  }
}

/** Rows `from` to `to` of one column, as a formula names them: C2:C9, or C5 for one row. */
function range(letters: string, from: number, to: number): string {
  return from === to ? `${letters}${from}` : `${letters}${from}:${letters}${to}`;
}

/** Enough rows to a chunk that zipping works on sizeable pieces, few enough that a chunk stays small. */
const ROWS_PER_CHUNK = 256;

async function* sheetXml(sheet: SheetSource): AsyncGenerator<string> {
  let chunk = sheetStart(sheet.columns, sheet.widths);
  let rowNumber = 1;
  let inChunk = 0;
  const sums = new SumTracker(sheet.columns);
  for await (const row of sheet.rows) {
    rowNumber++;
    const formulas = row.role === "data" ? [] : sums.formulas(row.role, rowNumber, row.cells);
    if (row.role === "data") sums.data(rowNumber, row.cells);
    const bold = row.role !== "data";
    chunk += `<row r="${rowNumber}">${row.cells.map((cell, index) => cellXml(cell, `${columnLetters(index)}${rowNumber}`, bold, formulas[index])).join("")}</row>`;
    if (++inChunk >= ROWS_PER_CHUNK) {
      yield chunk;
      chunk = "";
      inChunk = 0;
    }
  }
  // Notes under the table, after an empty row, as text in the first column.
  if (sheet.notes && sheet.notes.length > 0) rowNumber++;
  for (const note of sheet.notes ?? []) {
    rowNumber++;
    chunk += `<row r="${rowNumber}">${cellXml({ kind: "text", text: note }, `A${rowNumber}`, false)}</row>`;
  }
  yield chunk + SHEET_END;
}

function workbookParts(names: readonly string[]): [string, string][] {
  const numbers = names.map((_, index) => index + 1);
  return [
    [
      "[Content_Types].xml",
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        numbers.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      // No fullCalcOnLoad: the cached values are iuran's own, and the flag makes Excel ask to save on closing.
      `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>` +
        names.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join("") +
        "</sheets></workbook>",
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        numbers.map((n) => `<Relationship Id="rId${n}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join("") +
        `<Relationship Id="rId${names.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", STYLES],
  ];
}

/** The bytes of an .xlsx holding these sheets, as they are zipped (a stream: nothing is held whole). */
export function xlsxStream(sheets: readonly SheetSource[], made: Date = new Date()): Readable {
  const zip = new yazl.ZipFile();
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, index) => zip.addReadStream(Readable.from(sheetXml({ ...sheet, name: names[index]! })), `xl/worksheets/sheet${index + 1}.xml`, { mtime: made }));
  for (const [path, xml] of workbookParts(names)) zip.addBuffer(Buffer.from(xml, "utf8"), path, { mtime: made });
  zip.end();
  return zip.outputStream as Readable;
}

/** A report's sheet, with its widths fitted to what it holds. */
export function sheetSource(sheet: WorkbookSheet): SheetSource {
  return { name: sheet.name, columns: sheet.columns, widths: fittedWidths(sheet), rows: sheet.rows, ...(sheet.notes ? { notes: sheet.notes } : {}) };
}

/**
 * Writes a workbook to a file (atomically, as every output) or to standard output (a pipe; the terminal was refused
 * with the options). A number no spreadsheet holds exactly is refused before anything is written (exit 73).
 */
export async function writeWorkbook(workbook: Workbook, outputPath: string | undefined, options: { ownerOnly: boolean }): Promise<void> {
  const inexact = inexactCell(workbook);
  if (inexact) throw new OutputError(t("workbookOut.notExact", { where: inexact.where, value: inexact.value, largest: LARGEST_EXACT_CELL }));
  const output = await OutputFile.open(outputPath ?? "-", "report", options);
  try {
    await output.pour(xlsxStream(workbook.sheets.map(sheetSource)));
  } catch (error) {
    await output.abandon();
    throw error;
  }
  await output.finish();
}

/** How many rows a RowQueue holds before it asks its writer to wait, and how few before it lets it go on. */
const QUEUE_HIGH_WATER = 2048;
const QUEUE_LOW_WATER = 512;

/**
 * Rows handed over one at a time by code that cannot hold them (the roster reader's rejected rows), read by the
 * sheet's generator as zipping asks for them. push() returns a promise when zipping is behind, to be awaited before
 * the next row: what waits here is bounded by QUEUE_HIGH_WATER rows, however many rows there are.
 */
export class RowQueue implements AsyncIterable<WorkbookRow> {
  private rows: WorkbookRow[] = [];
  /** Rows pushed and not yet written out (the batch being read included). */
  private held = 0;
  private ended = false;
  private wake: (() => void) | undefined;
  private room: (() => void) | undefined;

  push(row: WorkbookRow): Promise<void> | undefined {
    this.rows.push(row);
    this.held++;
    this.wake?.();
    if (this.held < QUEUE_HIGH_WATER) return undefined;
    return new Promise((done) => (this.room = done));
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<WorkbookRow> {
    try {
      for (;;) {
        if (this.rows.length > 0) {
          const batch = this.rows;
          this.rows = [];
          for (const row of batch) {
            yield row;
            this.held--;
            if (this.room && this.held <= QUEUE_LOW_WATER) this.letWriterOn();
          }
          continue;
        }
        if (this.ended) return;
        await new Promise<void>((done) => (this.wake = done));
        this.wake = undefined;
      }
    } finally {
      // Zipping stopped (finished, or failed): a writer waiting for room must not wait for ever.
      this.letWriterOn();
    }
  }

  private letWriterOn(): void {
    const room = this.room;
    this.room = undefined;
    room?.();
  }
}

/** Widths for a sheet whose rows are not known yet: its headings', at least `least`, within the usual bounds. */
export function headingWidths(columns: readonly WorkbookColumn[], least: number): number[] {
  return columns.map((column) => Math.min(MOST_WIDTH, Math.max(LEAST_WIDTH, least, [...column.heading].length + 3)));
}
