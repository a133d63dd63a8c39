// Writes sheets with iuran's xlsx writer to a temporary file and reads them back with exceljs's full reader.
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import { sheetSource, xlsxStream } from "../../src/io/xlsx-writer.js";
import type { WorkbookSheet } from "../../src/report/workbook.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-xlsx-writer-"));
let written = 0;

export async function writtenAndRead(sheets: readonly WorkbookSheet[]): Promise<ExcelJS.Workbook> {
  const path = join(folder, `written-${++written}.xlsx`);
  await pipeline(xlsxStream(sheets.map(sheetSource)), createWriteStream(path));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}
