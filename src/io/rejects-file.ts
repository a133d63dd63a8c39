// --rejects FILE: every rejected row as it was read, plus where it was and why, for the officer to fix and re-run.
// The added columns are named in the run's language (line/error, baris/kesalahan), like the reasons in them.
// Written like every output (see output.ts): a regular file is replaced atomically at the end. A name ending in
// .xlsx gets a workbook: the same columns, the line as a number, the rest text, zipped as the rows come.
import { extname } from "node:path";
import { stringify } from "csv-stringify/sync";
import { maskNikLike } from "../domain/nik.js";
import { maskCell } from "../domain/personal-data.js";
import { neutraliseFormula } from "../report/excel-csv.js";
import { t } from "../text/render.js";
import type { InputError } from "./input-error.js";
import { OutputFile } from "./output.js";
import type { RejectedRowSink } from "./roster-file.js";
import type { WorkbookCell, WorkbookColumn } from "../report/workbook.js";
import { headingWidths, RowQueue, xlsxStream } from "./xlsx-writer.js";

/** Rejected rows as a workbook: one sheet, started at the first row (which names the columns), zipped as they come. */
class RejectsWorkbook {
  private queue: RowQueue | undefined;
  private pouring: Promise<void> | undefined;

  constructor(private readonly output: OutputFile) {}

  /** `lineColumn`: the index of the line column, written as a number. */
  start(header: readonly string[], lineColumn: number): void {
    const columns: WorkbookColumn[] = header.map((heading, index) => ({ heading, kind: index === lineColumn ? "count" : "text", summed: false }));
    this.queue = new RowQueue();
    // Widths from the headings alone: the rows are not there yet, and <cols> comes before them.
    // The reasons, last, are sentences: a wide column.
    const widths = headingWidths(columns, 12).map((width, index) => (index === columns.length - 1 ? 80 : width));
    this.pouring = this.output.pour(xlsxStream([{ name: t("workbookOut.sheet.rejected"), columns, widths, rows: this.queue }]));
  }

  get started(): boolean {
    return this.queue !== undefined;
  }

  /** A promise when zipping is behind: see RowQueue. */
  row(cells: readonly string[], lineColumn: number): Promise<void> | undefined {
    return this.queue!.push({
      role: "data",
      cells: cells.map((cell, index): WorkbookCell => (index === lineColumn ? { kind: "count", count: BigInt(cell) } : cell === "" ? null : { kind: "text", text: cell })),
    });
  }

  /** Ends the sheet and waits until the workbook's last byte went to the output. */
  async end(): Promise<void> {
    this.queue?.end();
    await this.pouring;
  }
}

export interface RejectsOptions {
  /** --show-nik: NIKs written whole, and a new file readable by its owner only. */
  showNik: boolean;
  /** Several rosters: a file column says which one each row came from. */
  manyRosters: boolean;
  /** For a spreadsheet: ';', a BOM, every cell treated as text (formulas neutralised). */
  excel: boolean;
}

export class RejectsFile implements RejectedRowSink {
  private headerWritten = false;
  count = 0;

  private constructor(
    private readonly output: OutputFile,
    private readonly options: RejectsOptions,
    /** For a .xlsx target; undefined: CSV. */
    private readonly workbook: RejectsWorkbook | undefined,
  ) {}

  /** Claims and opens the target before any roster is read, so a roster that is the same file is refused unread. */
  static async open(path: string, options: RejectsOptions): Promise<RejectsFile> {
    const output = await OutputFile.open(path, "rejects", { ownerOnly: options.showNik });
    if (extname(path).toLowerCase() === ".xlsx") return new RejectsFile(output, options, new RejectsWorkbook(output));
    if (options.excel) output.write("\uFEFF");
    return new RejectsFile(output, options, undefined);
  }

  get path(): string {
    return this.output.path;
  }

  /** Cells as read, except that a NIK, in whichever column and digits, is masked unless --show-nik. */
  private write(cells: readonly string[], lineColumn: number): Promise<void> | undefined {
    const { showNik, excel } = this.options;
    const masked = showNik ? cells : cells.map(maskCell);
    if (this.workbook) {
      // A cell is typed: nothing to neutralise, and no delimiter to choose.
      if (this.workbook.started) return this.workbook.row(masked, lineColumn);
      this.workbook.start(masked, lineColumn);
      return undefined;
    }
    const row = excel ? masked.map(neutraliseFormula) : masked;
    this.output.write(stringify([row], excel ? { delimiter: ";", record_delimiter: "windows" } : {}));
    return undefined;
  }

  reject(file: string, header: readonly string[], fields: readonly string[], nikIndex: number | undefined, line: number, errors: readonly InputError[]): Promise<void> | undefined {
    const { manyRosters, showNik } = this.options;
    const lineColumn = header.length + (manyRosters ? 1 : 0);
    if (!this.headerWritten) {
      // The first rejected row's roster names the columns; rows of other rosters keep their own order.
      this.write([...header, ...(manyRosters ? [t("rejects.file")] : []), t("rejects.line"), t("rejects.error")], lineColumn);
      this.headerWritten = true;
    }
    // The row as read, under its header; a value beyond the header is quoted in the TOO_MANY_FIELDS reason.
    const row = header.map((_, index) => fields[index] ?? "");
    // The NIK column is masked even when typed oddly (an apostrophe, a digit too many), beyond what maskNiks finds.
    if (nikIndex !== undefined && !showNik) row[nikIndex] = maskNikLike(row[nikIndex] ?? "");
    const reasons = errors.map((error) => `${error.code}: ${error.message}`).join("; ");
    this.count++;
    return this.write([...row, ...(manyRosters ? [file] : []), String(line), reasons], lineColumn);
  }

  async finish(): Promise<void> {
    if (!this.headerWritten) this.write([t("rejects.line"), t("rejects.error")], 0);
    try {
      await this.workbook?.end();
    } catch (error) {
      await this.output.abandon();
      throw error;
    }
    await this.output.finish();
  }

  async abandon(): Promise<void> {
    await this.workbook?.end().catch(() => undefined);
    await this.output.abandon();
  }
}
