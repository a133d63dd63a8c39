// --rejects FILE: every rejected row as it was read, plus where it was and why, for the officer to fix and re-run.
// The added columns are named in the run's language (line/error, baris/kesalahan), like the reasons in them.
// Written like every output (see output.ts): a regular file is replaced atomically at the end.
import { stringify } from "csv-stringify/sync";
import { maskNikLike } from "../domain/nik.js";
import { maskCell } from "../domain/personal-data.js";
import { neutraliseFormula } from "../report/excel-csv.js";
import { t } from "../text/render.js";
import type { InputError } from "./input-error.js";
import { OutputFile } from "./output.js";
import type { RejectedRowSink } from "./roster-file.js";

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
  ) {}

  /** Claims and opens the target before any roster is read, so a roster that is the same file is refused unread. */
  static async open(path: string, options: RejectsOptions): Promise<RejectsFile> {
    const output = await OutputFile.open(path, "rejects", { ownerOnly: options.showNik });
    if (options.excel) output.write("\uFEFF");
    return new RejectsFile(output, options);
  }

  get path(): string {
    return this.output.path;
  }

  /** Cells as read, except that a NIK, in whichever column and digits, is masked unless --show-nik. */
  private write(cells: readonly string[]): void {
    const { showNik, excel } = this.options;
    const masked = showNik ? cells : cells.map(maskCell);
    const row = excel ? masked.map(neutraliseFormula) : masked;
    this.output.write(stringify([row], excel ? { delimiter: ";", record_delimiter: "windows" } : {}));
  }

  reject(file: string, header: readonly string[], fields: readonly string[], nikIndex: number | undefined, line: number, errors: readonly InputError[]): void {
    const { manyRosters, showNik } = this.options;
    if (!this.headerWritten) {
      // The first rejected row's roster names the columns; rows of other rosters keep their own order.
      this.write([...header, ...(manyRosters ? [t("rejects.file")] : []), t("rejects.line"), t("rejects.error")]);
      this.headerWritten = true;
    }
    // The row as read, under its header; a value beyond the header is quoted in the TOO_MANY_FIELDS reason.
    const row = header.map((_, index) => fields[index] ?? "");
    // The NIK column is masked even when typed oddly (an apostrophe, a digit too many), beyond what maskNiks finds.
    if (nikIndex !== undefined && !showNik) row[nikIndex] = maskNikLike(row[nikIndex] ?? "");
    const reasons = errors.map((error) => `${error.code}: ${error.message}`).join("; ");
    this.write([...row, ...(manyRosters ? [file] : []), String(line), reasons]);
    this.count++;
  }

  async finish(): Promise<void> {
    if (!this.headerWritten) this.write([t("rejects.line"), t("rejects.error")]);
    await this.output.finish();
  }

  async abandon(): Promise<void> {
    await this.output.abandon();
  }
}
