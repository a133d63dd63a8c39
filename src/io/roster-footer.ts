// A roster's footer: the rows Excel leaves under the data (a JUMLAH or TOTAL line, a place-and-date line, a signature
// block with names, ranks and NIPs). They are recognised only after the last row that could be a worker, and only when
// they cannot be one themselves; they are skipped and counted, and a total row's figures are checked against the
// roster as iuran read it.
import { readMonth } from "../domain/month.js";
import { parseRupiah, parseWholeNumber, type DecimalMark } from "../domain/money.js";
import { asciiDigits, quoteCell } from "../domain/personal-data.js";
import { labelKey } from "../domain/worker.js";
import { warning, type Warning } from "../text/message.js";
import { t } from "../text/render.js";
import { placeOf } from "./input-position.js";
import type { CsvRecord } from "./csv-source.js";
import type { RosterColumn } from "./roster-header.js";

/**
 * How many rows that cannot be workers are held back, waiting to learn whether a worker row follows them. A footer
 * is a few lines; a longer run of such rows is read as ordinary rows (each rejected for what it lacks), which keeps
 * the memory a roster takes bounded however the file ends.
 */
export const FOOTER_ROWS_HELD = 100;

/** A footer row: its line in the file and its cells. */
export interface FooterRow {
  line: number;
  fields: readonly string[];
}

/** What iuran accepted from one roster, to compare with the roster's own total row. */
export interface AcceptedFigures {
  workers: bigint;
  months: bigint;
  income: bigint;
  wage: bigint;
}

/** Excel's scientific notation for a long number: a NIK typed into a cell formatted as a number. */
const SCIENTIFIC = /^\d+([.,]\d+)?[eE]\+?\d+$/;

/**
 * Whether a NIK cell could hold a worker's NIK, even a mistyped one: ten digits or more and nothing but separators
 * (a NIK cut short or one digit too long is a worker with a wrong NIK, rejected as such), or Excel's scientific
 * notation. "NIP. 19700101 199003 1 002" holds words, so it is a signature's NIP, not a NIK.
 */
function couldBeNik(cell: string): boolean {
  const text = cell.trim();
  if (SCIENTIFIC.test(text)) return true;
  return !/\p{L}/u.test(text) && asciiDigits(text).length >= 10;
}

/**
 * Whether a row may belong to the footer: it cannot be a worker. Its NIK cell holds nothing that could be a NIK, and
 * it has at most one of a name, a kecamatan, a nagari and a start month (a row with two is a worker whose NIK is
 * missing, rejected as one).
 */
export function mayBeFooter(fields: readonly string[], columns: ReadonlyMap<RosterColumn, number>): boolean {
  const cell = (column: RosterColumn) => (fields[columns.get(column) ?? -1] ?? "").trim();
  if (couldBeNik(cell("nik"))) return false;
  // Two of a name, a kecamatan, a nagari and a start month make a worker whose NIK is missing: a JUMLAH line or a
  // signature holds one text, and never a place beside a name or a month.
  const start = cell("start");
  const evidence = [cell("name") !== "", cell("district") !== "", cell("village") !== "", start !== "" && readMonth(start).ok];
  return evidence.filter(Boolean).length < 2;
}

/**
 * Holds back the rows after the first worker that may be a footer until a row that could be a worker follows them (then they are ordinary
 * rows, handed on in line order) or the file ends (then they are the footer). Rows are handed on as they come
 * otherwise, so a roster is still priced while it is read.
 */
export class FooterHold {
  private held: CsvRecord[] = [];
  /** The run of non-worker rows being held outgrew FOOTER_ROWS_HELD: the rest of that run is handed on as it comes. */
  private overflowing = false;
  /**
   * A footer comes after the last worker: until a row that could be a worker has been read, no row is held. A roster
   * whose every row lacks a NIK is rejected row by row, never taken for a footer and turned into an empty budget.
   */
  private workerSeen = false;
  /** The footer, once the file has been read to its end. */
  footer: readonly FooterRow[] = [];

  /**
   * The records of a roster with its footer taken out. `columns` says where the header put each column, once the
   * header has been read; records before it are handed on untouched.
   */
  async *rows(records: AsyncIterable<CsvRecord>, columns: () => ReadonlyMap<RosterColumn, number> | undefined): AsyncGenerator<CsvRecord> {
    try {
      for await (const record of records) {
        const found = columns();
        if (found === undefined || record.fields.every((field) => field.trim() === "")) {
          yield record;
          continue;
        }
        if (!mayBeFooter(record.fields, found)) {
          this.workerSeen = true;
          this.overflowing = false;
          yield* this.release();
          yield record;
          continue;
        }
        if (this.overflowing || !this.workerSeen) {
          yield record;
          continue;
        }
        this.held.push(record);
        if (this.held.length > FOOTER_ROWS_HELD) {
          // Too long for a footer: these rows, and the rest of their run, are read as rows like any other.
          this.overflowing = true;
          yield* this.release();
        }
      }
    } catch (error) {
      // A file that breaks (a CSV syntax error) has not reached its end: what was held is read as rows, in order.
      yield* this.release();
      throw error;
    }
    this.footer = this.held;
    this.held = [];
  }

  private *release(): Generator<CsvRecord> {
    const rows = this.held;
    this.held = [];
    yield* rows;
  }
}

/** The warning that says which rows were skipped as the footer, or none. */
export function footerSkipped(file: string, footer: readonly FooterRow[]): Warning[] {
  if (footer.length === 0) return [];
  // The footer's cells are not quoted: they hold names and NIPs, and the lines say where to look.
  return [warning("FOOTER_SKIPPED", t("footer.skipped", { file, count: footer.length, first: footer[0]!.line, last: footer[footer.length - 1]!.line }))];
}

// ---------------------------------------------------------------------------------------------------------------
// Total rows: "JUMLAH", "TOTAL", "Jumlah : 1.333 orang".

/**
 * A cell that labels its row as the roster's total, with whatever follows the word ("1.333 orang"). A subtotal is
 * not the roster's total: its figures are not compared.
 */
const TOTAL_LABEL = /^\s*(?:grand\s*total|total(?:\s+keseluruhan)?|jumlah(?:\s+(?:total|keseluruhan|seluruhnya))?|jml|jmlh)\b\s*[:=.]?\s*(.*)$/iu;
/** Words a count of workers is written with: "1.333 orang". */
const PERSON_UNIT = /^(.*?\d)\s*(?:orang|org|pekerja|peserta|jiwa|tenaga\s+kerja)\.?$/iu;
/** Words a count of months is written with: "11.997 bulan", "11.997 OB". */
const MONTH_UNIT = /^(.*?\d)\s*(?:orang[\s-]*bulan|ob|bulan|bln)\.?$/iu;
/** Headers of the running number column, which iuran does not read but where a total row often puts its count. */
const NUMBER_HEADERS: ReadonlySet<string> = new Set(["no", "nomor", "nourut", "nomorurut", "nmr"]);

/** A whole count as officers write it: 1333, 1.333 or 1,333 (a count has no fractions, so 1,333 is no decimal). */
function readCount(text: string): bigint | undefined {
  const body = text.trim();
  if (!/^[\d.,\s]+$/u.test(body) || !/\d/.test(body)) return undefined;
  const read = parseWholeNumber(body);
  if (read.ok) return read.rupiah;
  const commas = parseRupiah(body, ".");
  return commas.ok ? commas.rupiah : undefined;
}

/** A sum of rupiah as written under an income column: Rp 1.333.000.000, 1.333.000.000,00; an ambiguous one is not read. */
function readAmount(text: string, decimalMark: DecimalMark | undefined): bigint | undefined {
  const body = text.trim();
  if (!/\d/.test(body)) return undefined;
  const read = parseRupiah(body, decimalMark);
  return read.ok ? read.rupiah : undefined;
}

/** One figure a total row states and the one iuran has for the same thing. */
interface Difference {
  kind: "workers" | "count" | "amount";
  column: string;
  stated: bigint;
  own: bigint;
}

/**
 * The figures of a total row that can be compared honestly with what iuran read: a count of workers (in the running
 * number, NIK or name column, or written "1.333 orang" anywhere in the row), and the sums of the months, income and
 * wage columns. Other cells are not compared: a number under any other column has no sum iuran knows.
 */
function statedFigures(
  fields: readonly string[],
  header: readonly string[],
  columns: ReadonlyMap<RosterColumn, number>,
  decimalMark: DecimalMark | undefined,
): { workers: bigint[]; months?: bigint; income?: bigint; wage?: bigint } | undefined {
  const labels = fields.map((field) => TOTAL_LABEL.exec(field));
  if (!labels.some((label) => label !== null)) return undefined;
  const countColumns = new Set([columns.get("nik"), columns.get("name"), ...header.flatMap((name, index) => (NUMBER_HEADERS.has(labelKey(name)) ? [index] : []))]);
  const workers: bigint[] = [];
  for (const [index, field] of fields.entries()) {
    const text = labels[index]?.[1] ?? field;
    const person = PERSON_UNIT.exec(text.trim());
    const count = person ? readCount(person[1]!) : countColumns.has(index) ? readCount(text) : undefined;
    if (count !== undefined) workers.push(count);
  }
  const cell = (column: RosterColumn) => {
    const index = columns.get(column);
    return index === undefined ? "" : (fields[index] ?? "").trim();
  };
  const months = cell("months") === "" ? undefined : readCount(MONTH_UNIT.exec(cell("months"))?.[1] ?? cell("months"));
  const income = cell("income") === "" ? undefined : readAmount(cell("income"), decimalMark);
  const wage = cell("wage") === "" ? undefined : readAmount(cell("wage"), decimalMark);
  return { workers, months, income, wage };
}

/**
 * Warnings for the total rows of a footer whose figures differ from iuran's: the column, the row's figure and
 * iuran's, over the accepted rows (rejected rows are named, since they are in the roster's total but not in iuran's).
 * Figures that agree, and rows that state none, are not mentioned.
 */
export function footerTotalsDisagree(
  file: string,
  footer: readonly FooterRow[],
  header: readonly string[],
  columns: ReadonlyMap<RosterColumn, number>,
  accepted: AcceptedFigures,
  rowsRejected: number,
  decimalMark: DecimalMark | undefined,
): Warning[] {
  const warnings: Warning[] = [];
  const columnName = (column: RosterColumn) => quoteCell(header[columns.get(column)!] ?? column, 40);
  for (const { line, fields } of footer) {
    const stated = statedFigures(fields, header, columns, decimalMark);
    if (!stated) continue;
    const differences: Difference[] = [];
    for (const workers of new Set(stated.workers)) {
      if (workers !== accepted.workers) differences.push({ kind: "workers", column: "", stated: workers, own: accepted.workers });
    }
    if (stated.months !== undefined && stated.months !== accepted.months) differences.push({ kind: "count", column: columnName("months"), stated: stated.months, own: accepted.months });
    if (stated.income !== undefined && stated.income !== accepted.income) differences.push({ kind: "amount", column: columnName("income"), stated: stated.income, own: accepted.income });
    if (stated.wage !== undefined && stated.wage !== accepted.wage) differences.push({ kind: "amount", column: columnName("wage"), stated: stated.wage, own: accepted.wage });
    if (differences.length === 0) continue;
    const listed = differences.map(({ kind, column, stated: figure, own }) =>
      kind === "workers" ? t("footer.workers", { stated: figure, own }) : kind === "count" ? t("footer.count", { column, stated: figure, own }) : t("footer.amount", { column, stated: figure, own }),
    );
    const rejected = rowsRejected > 0 ? t("footer.rejected", { rejected: rowsRejected }) : "";
    warnings.push(warning("FOOTER_TOTAL_DISAGREES", t("footer.totalDisagrees", { place: placeOf(file, line), differences: listed.join("; "), rejected })));
  }
  return warnings;
}
