// --rejects FILE: every rejected row as it was read, plus where it was and why, for the officer to fix and re-run.
// Written to a temporary file beside the target and renamed at the end, like every output.
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { maskNikLike } from "../domain/nik.js";
import { neutraliseFormula } from "../report/excel-csv.js";
import { describeFsError } from "./csv-source.js";
import type { InputError } from "./input-error.js";
import { OutputError } from "./output.js";
import type { RejectedRowSink } from "./roster-file.js";

export class RejectsFile implements RejectedRowSink {
  private readonly temporary: string;
  private readonly stream: WriteStream;
  private headerWritten = false;
  private failure: Error | undefined;
  count = 0;

  constructor(
    readonly path: string,
    private readonly showNik: boolean,
    private readonly manyRosters: boolean,
    /** For a spreadsheet: ';', a BOM, every cell treated as text (formulas neutralised). */
    private readonly excel = false,
  ) {
    const target = resolve(path);
    this.temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.temporary);
    this.stream.on("error", (error) => (this.failure = error));
    if (excel) this.stream.write("\uFEFF");
  }

  private write(cells: string[]): void {
    const row = this.excel ? cells.map(neutraliseFormula) : cells;
    this.stream.write(stringify([row], this.excel ? { delimiter: ";", record_delimiter: "windows" } : {}));
  }

  reject(file: string, header: readonly string[], fields: readonly string[], nikIndex: number | undefined, line: number, errors: readonly InputError[]): void {
    if (!this.headerWritten) {
      // The first rejected row's roster names the columns; rows of other rosters keep their own order.
      this.write([...header, ...(this.manyRosters ? ["file"] : []), "line", "error"]);
      this.headerWritten = true;
    }
    // The row as read, under its header; a value beyond the header is quoted in the TOO_MANY_FIELDS reason.
    const row = header.map((_, index) => fields[index] ?? "");
    if (nikIndex !== undefined && !this.showNik) row[nikIndex] = maskNikLike(row[nikIndex] ?? "");
    const reasons = errors.map((error) => `${error.code}: ${error.message}`).join("; ");
    this.write([...row, ...(this.manyRosters ? [file] : []), String(line), reasons]);
    this.count++;
  }

  async finish(): Promise<void> {
    if (!this.headerWritten) this.write(["line", "error"]);
    await new Promise<void>((done) => this.stream.end(done));
    if (this.failure) {
      await rm(this.temporary, { force: true });
      throw new OutputError(`${this.path}: cannot write: ${describeFsError(this.failure)}`);
    }
    try {
      await rename(this.temporary, resolve(this.path));
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw new OutputError(`${this.path}: cannot write: ${describeFsError(error)}`);
    }
  }

  async abandon(): Promise<void> {
    await new Promise<void>((done) => this.stream.end(done));
    await rm(this.temporary, { force: true });
  }
}
