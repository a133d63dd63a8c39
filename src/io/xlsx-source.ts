// Reads one sheet of an .xlsx workbook as records, like a CSV's: each row's cells as text (spreadsheet-cells.ts), its
// Excel row number as its line. yauzl reads the zip's central directory, so the workbook, its relationships, styles
// and shared strings are read first wherever they sit in the archive (some writers store the shared strings after
// the sheet); then the sheet is streamed through saxes chunk by chunk. Memory holds the shared strings and one chunk
// of the sheet, never the sheet's whole XML.
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { quoteCell } from "../domain/personal-data.js";
import { t } from "../text/render.js";
import type { InputError } from "./input-error.js";
import { noteSheet } from "./input-position.js";
import { columnLetters, columnOfReference, decodeEscapes, isDateFormat, NoSuchSharedString, readCell, type CellContext, type CellKind, type StoredCell } from "./spreadsheet-cells.js";

/** The largest part (sheet, shared strings…) read once inflated: a bigger one is refused, not inflated (a zip bomb). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;
/** The largest workbook read from standard input or a pipe, which must be held in memory to be read as a zip. */
export const MAX_PIPED_WORKBOOK_BYTES = 256 * 1024 * 1024;

export interface WorkbookRecord {
  fields: string[];
  /** The Excel row number. */
  line: number;
  /** Per field, what kind of cell it came from (numbers, dates, errors, formulas without a value); absent for text. */
  kinds?: (CellKind | undefined)[];
}

/** A workbook that cannot be read: a whole-file problem, thrown while iterating its records. */
export class WorkbookError extends Error {
  constructor(readonly error: InputError) {
    super(error.message);
  }
}

/** What a file's first bytes say it is, when it is not text: a zip (.xlsx, .ods…) or an OLE2 compound file (.xls). */
export type BinaryKind = "zip" | "ole2";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function binaryKind(head: Uint8Array): BinaryKind | undefined {
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return "zip";
  if (OLE2.every((byte, index) => head[index] === byte)) return "ole2";
  return undefined;
}

/** --sheet: the sheet to read from every workbook (matched without case); else each workbook's first visible sheet. */
let chosenSheet: string | undefined;

export function chooseSheet(name: string | undefined): void {
  chosenSheet = name;
}

/** Where a workbook's bytes are: an open regular file (read by position), or bytes in memory. */
export type WorkbookBytes = { fd: number } | { buffer: Buffer };

/** A whole-file problem, positioned at the file (line 0). */
function fileProblem(file: string, code: InputError["code"], message: string): WorkbookError {
  return new WorkbookError({ file, line: 0, column: 0, code, message });
}

/** The refusal of a file that is no .xlsx: old .xls (or an encrypted workbook, which is an OLE2 file too), .ods, any other zip. */
export function unsupportedWorkbook(file: string, what: "xls" | "ods" | "zip"): WorkbookError {
  return fileProblem(file, "UNSUPPORTED_WORKBOOK", t(`workbookIn.unsupported.${what}`));
}

/** The records of the chosen sheet. The sheet's name is noted for positions (input-position.ts) before the first. */
export async function* sheetRecords(file: string, bytes: WorkbookBytes): AsyncGenerator<WorkbookRecord> {
  let zip: ZipFile;
  try {
    zip = "fd" in bytes ? await yauzl.fromFdPromise(bytes.fd, { autoClose: false }) : await yauzl.fromBufferPromise(bytes.buffer);
  } catch (error) {
    throw fileProblem(file, "INVALID_WORKBOOK", t("workbookIn.notAZip", { reason: errorText(error) }));
  }
  try {
    const parts = new Map<string, Entry>();
    try {
      // OOXML part names are case-insensitive.
      for await (const entry of zip.eachEntry()) parts.set(entry.fileName.toLowerCase(), entry);
    } catch (error) {
      throw fileProblem(file, "INVALID_WORKBOOK", t("workbookIn.notAZip", { reason: errorText(error) }));
    }
    const reader = new PartReader(file, zip, parts);
    if (!parts.has("xl/workbook.xml")) {
      const mimetype = parts.has("mimetype") ? await reader.text("mimetype") : "";
      throw unsupportedWorkbook(file, mimetype.includes("opendocument.spreadsheet") ? "ods" : "zip");
    }
    const book = await readWorkbookPart(reader);
    const relationships = await readRelationships(reader);
    const sheet = pickSheet(file, book.sheets);
    const target = relationships.get(sheet.relationship);
    const sheetPart = target === undefined ? undefined : partName(target);
    if (sheetPart === undefined || !parts.has(sheetPart)) {
      throw fileProblem(file, "INVALID_WORKBOOK", t("workbookIn.missingPart", { part: sheetPart ?? `xl/${sheet.relationship}` }));
    }
    const context: CellContext = {
      sharedStrings: parts.has("xl/sharedstrings.xml") ? await readSharedStrings(reader) : [],
      dateStyles: parts.has("xl/styles.xml") ? await readDateStyles(reader) : new Set(),
      dateSystem: book.date1904 ? 1904 : 1900,
    };
    noteSheet(file, sheet.name);
    yield* readSheet(reader, sheetPart, context);
  } finally {
    // yauzl closes the descriptor it was given; an open file is closed by whoever opened it.
    if (!("fd" in bytes)) zip.close();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Handlers = { open?: (tag: SaxesTagPlain, name: string) => void; text?: (text: string) => void; close?: (name: string) => void };

/** A tag's local name: strict OOXML files and some writers use prefixes (x:row), which say nothing here. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Reads the parts of one workbook through saxes, each checked against the size limit first. */
class PartReader {
  constructor(
    readonly file: string,
    private readonly zip: ZipFile,
    private readonly parts: ReadonlyMap<string, Entry>,
  ) {}

  /** Parses a part, handing on whatever `drain` collected after each chunk, so a sheet streams. */
  async *parse<T>(name: string, handlers: Handlers, drain: () => T[] = () => []): AsyncGenerator<T> {
    const entry = this.parts.get(name);
    if (entry === undefined) return;
    if (entry.uncompressedSize > MAX_PART_BYTES) {
      throw fileProblem(this.file, "INVALID_WORKBOOK", t("workbookIn.partTooLarge", { part: entry.fileName, limit: MAX_PART_BYTES / 1024 / 1024 }));
    }
    const parser = new SaxesParser();
    const { open, text, close } = handlers;
    if (open) parser.on("opentag", (tag) => open(tag, localName(tag.name)));
    if (text) parser.on("text", text);
    if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      stream.setEncoding("utf8");
      for await (const chunk of stream) {
        parser.write(chunk as string);
        yield* drain();
      }
      parser.close();
    } catch (error) {
      if (error instanceof WorkbookError || error instanceof NoSuchSharedString) throw error;
      throw fileProblem(this.file, "INVALID_WORKBOOK", t("workbookIn.damagedPart", { part: entry.fileName, reason: errorText(error) }));
    }
    yield* drain();
  }

  async run(name: string, handlers: Handlers): Promise<void> {
    for await (const _ of this.parse(name, handlers));
  }

  /** A small part's text (the ODF mimetype). */
  async text(name: string): Promise<string> {
    const entry = this.parts.get(name);
    if (entry === undefined || entry.uncompressedSize > 1024) return "";
    const stream = await this.zip.openReadStreamPromise(entry);
    let text = "";
    stream.setEncoding("utf8");
    for await (const chunk of stream) text += chunk as string;
    return text;
  }
}

interface SheetEntry {
  name: string;
  relationship: string;
  visible: boolean;
}

async function readWorkbookPart(reader: PartReader): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await reader.run("xl/workbook.xml", {
    open: (tag, name) => {
      if (name === "workbookPr") date1904 = ["1", "true"].includes(tag.attributes.date1904 ?? "");
      if (name !== "sheet") return;
      // The relationship id is r:id whatever the prefix (transitional and strict name it differently).
      const id = Object.entries(tag.attributes).find(([attribute]) => attribute.includes(":") && localName(attribute) === "id")?.[1] ?? "";
      sheets.push({ name: tag.attributes.name ?? "", relationship: id, visible: !["hidden", "veryHidden"].includes(tag.attributes.state ?? "") });
    },
  });
  return { sheets, date1904 };
}

async function readRelationships(reader: PartReader): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  await reader.run("xl/_rels/workbook.xml.rels", {
    open: (tag, name) => {
      if (name === "Relationship") targets.set(tag.attributes.Id ?? "", tag.attributes.Target ?? "");
    },
  });
  return targets;
}

/** A relationship's target as a part name: relative to xl/, or absolute from the package's root. */
function partName(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const resolved: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/").toLowerCase();
}

function pickSheet(file: string, sheets: readonly SheetEntry[]): SheetEntry {
  const names = sheets.map((sheet) => quoteCell(sheet.name)).join(", ");
  if (chosenSheet === undefined) {
    const first = sheets.find((sheet) => sheet.visible) ?? sheets[0];
    if (first === undefined) throw fileProblem(file, "INVALID_WORKBOOK", t("workbookIn.noSheets"));
    return first;
  }
  const wanted = chosenSheet.trim().toLowerCase();
  const found = sheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
  if (found === undefined) throw fileProblem(file, "UNKNOWN_SHEET", t("workbookIn.unknownSheet", { sheet: quoteCell(chosenSheet), sheets: names }));
  return found;
}

/**
 * The text of a string item (<si> or <is>): its <t> runs joined, rich text runs (<r>) included, phonetic guides
 * (<rPh>, Japanese readings) left out.
 */
class StringItem {
  private inText = false;
  private phonetic = 0;
  private parts: string[] = [];

  open(name: string): void {
    if (name === "t") this.inText = true;
    else if (name === "rPh") this.phonetic++;
  }

  text(text: string): void {
    if (this.inText && this.phonetic === 0) this.parts.push(text);
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phonetic--;
  }

  take(): string {
    const text = decodeEscapes(this.parts.length === 1 ? this.parts[0]! : this.parts.join(""));
    this.parts = [];
    return text;
  }
}

async function readSharedStrings(reader: PartReader): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItem();
  await reader.run("xl/sharedstrings.xml", {
    open: (_, name) => item.open(name),
    text: (text) => item.text(text),
    close: (name) => (name === "si" ? strings.push(item.take()) : item.close(name)),
  });
  return strings;
}

/** The cell styles (cellXfs indexes) whose number format shows a date. */
async function readDateStyles(reader: PartReader): Promise<Set<number>> {
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellFormats = false;
  await reader.run("xl/styles.xml", {
    open: (tag, name) => {
      if (name === "numFmt") codes.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellFormats = true;
      else if (name === "xf" && inCellFormats) formats.push(Number(tag.attributes.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === "cellXfs") inCellFormats = false;
    },
  });
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    if (isDateFormat(id, codes.get(id))) dates.add(index);
  });
  return dates;
}

async function* readSheet(reader: PartReader, part: string, context: CellContext): AsyncGenerator<WorkbookRecord> {
  const ready: WorkbookRecord[] = [];
  let line = 0;
  let fields: string[] = [];
  let kinds: (CellKind | undefined)[] | undefined;
  let cell: (StoredCell & { column: number; reference: string }) | undefined;
  let nextColumn = 0;
  let inValue = false;
  let inInline = false;
  const inline = new StringItem();
  yield* reader.parse(
    part,
    {
      open: (tag, name) => {
        if (name === "c") {
          const reference = tag.attributes.r ?? "";
          const column = columnOfReference(reference) ?? nextColumn;
          cell = { type: tag.attributes.t ?? "n", style: Number(tag.attributes.s ?? 0), value: null, formula: false, inline: null, column, reference };
        } else if (name === "row") {
          // Rows not written are absent: the next row's r= keeps its number true.
          const stated = Number(tag.attributes.r);
          line = Number.isSafeInteger(stated) && stated > line ? stated : line + 1;
          fields = [];
          kinds = undefined;
          nextColumn = 0;
        } else if (cell === undefined) return;
        else if (name === "v") inValue = true;
        else if (name === "f") cell.formula = true;
        else if (name === "is") inInline = true;
        else if (inInline) inline.open(name);
      },
      text: (text) => {
        if (cell === undefined) return;
        if (inValue) cell.value = (cell.value ?? "") + text;
        else if (inInline) inline.text(text);
      },
      close: (name) => {
        if (name === "v") inValue = false;
        else if (name === "is") {
          inInline = false;
          if (cell) cell.inline = inline.take();
        } else if (inInline) inline.close(name);
        else if (name === "c" && cell !== undefined) {
          let reading;
          try {
            reading = readCell(cell, context);
          } catch (error) {
            if (!(error instanceof NoSuchSharedString)) throw error;
            throw fileProblem(reader.file, "INVALID_WORKBOOK", t("workbookIn.noSharedString", { cell: `${columnLetters(cell.column)}${line}`, index: error.index }));
          }
          // Gaps in the r= positions are empty cells.
          while (fields.length < cell.column) fields.push("");
          fields[cell.column] = reading.text;
          if (reading.kind !== undefined) {
            kinds ??= [];
            kinds[cell.column] = reading.kind;
          }
          nextColumn = cell.column + 1;
          cell = undefined;
        } else if (name === "row") ready.push(kinds === undefined ? { fields, line } : { fields, line, kinds });
      },
    },
    () => ready.splice(0),
  );
}
