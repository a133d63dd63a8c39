// Small .xlsx workbooks built in memory from handwritten SpreadsheetML, for tests of the workbook reader.
import yazl from "yazl";
import { sheetRecords, type WorkbookRecord } from "../../src/io/xlsx-source.js";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]!);
}

/** A zip of the parts, in the order given. */
export function zipParts(parts: readonly (readonly [string, string])[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of parts) zip.addBuffer(Buffer.from(content, "utf8"), name, { mtime: new Date(2026, 0, 1) });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

export interface BookSpec {
  /** Each sheet's <sheetData> content. */
  sheets: { name: string; rows: string }[];
  /** <si> bodies; written after the sheets. */
  shared?: string[];
  /** <cellXfs> numFmtIds, and custom formats by id. */
  styles?: { cellFormats: number[]; custom?: Record<number, string> };
  date1904?: boolean;
}

export function bookParts(spec: BookSpec): [string, string][] {
  const parts: [string, string][] = [];
  spec.sheets.forEach(({ rows }, index) => parts.push([`xl/worksheets/sheet${index + 1}.xml`, `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`]));
  parts.push([
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${spec.sheets.map(({ name }, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join("")}</sheets></workbook>`,
  ]);
  parts.push([
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join("")}</Relationships>`,
  ]);
  if (spec.styles) {
    const custom = Object.entries(spec.styles.custom ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
    parts.push([
      "xl/styles.xml",
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts>${custom}</numFmts><cellStyleXfs><xf numFmtId="0"/></cellStyleXfs><cellXfs>${spec.styles.cellFormats.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`,
    ]);
  }
  if (spec.shared) parts.push(["xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="${MAIN}">${spec.shared.map((body) => `<si>${body}</si>`).join("")}</sst>`]);
  return parts;
}

export async function book(spec: BookSpec): Promise<Buffer> {
  return zipParts(bookParts(spec));
}

/** Every record of a workbook's chosen sheet. */
export async function recordsOf(bytes: Buffer, file = "test.xlsx"): Promise<WorkbookRecord[]> {
  const records: WorkbookRecord[] = [];
  for await (const record of sheetRecords(file, { buffer: bytes })) records.push(record);
  return records;
}
