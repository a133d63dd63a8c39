import { afterEach, describe, expect, it } from "vitest";
import { dateOfExcelSerial, isoDateOfExcelSerial } from "../../src/domain/month.js";
import { placeOf } from "../../src/io/input-position.js";
import { columnLetters, columnOfReference, decodeEscapes, isDateFormat, readCell, type CellContext, type StoredCell } from "../../src/io/spreadsheet-cells.js";
import { binaryKind, chooseSheet, WorkbookError } from "../../src/io/xlsx-source.js";
import { book, bookParts, recordsOf, zipParts } from "../helpers/workbook.js";

const context: CellContext = { sharedStrings: ["zero", "one"], dateStyles: new Set([1]), dateSystem: 1900 };
const cell = (fields: Partial<StoredCell>): StoredCell => ({ type: "n", style: 0, value: null, formula: false, inline: null, ...fields });

describe("Excel serial dates", () => {
  it.each([
    [1, 1900, "1900-01-01"],
    [59, 1900, "1900-02-28"],
    // Serial 60 is Lotus's 29 February 1900, which never was: no date. 61 is 1 March.
    [61, 1900, "1900-03-01"],
    [44652, 1900, "2022-04-01"],
    [44652.75, 1900, "2022-04-01"],
    [46023, 1900, "2026-01-01"],
    [0, 1904, "1904-01-01"],
    [44561, 1904, "2026-01-01"],
  ] as const)("serial %s in the %s system is %s", (serial, system, iso) => expect(isoDateOfExcelSerial(serial, system)).toBe(iso));

  it("serial 60 (1900) and serials before the epoch are no date", () => {
    expect(dateOfExcelSerial(60)).toBeUndefined();
    expect(dateOfExcelSerial(0)).toBeUndefined();
    expect(dateOfExcelSerial(-1, 1904)).toBeUndefined();
  });
});

describe("cells as Excel stores them", () => {
  it("numbers keep the text stored, never through a double", () => {
    expect(readCell(cell({ value: "1000000" }), context)).toEqual({ text: "1000000", kind: "number" });
    expect(readCell(cell({ value: "1.30548249445E+15" }), context)).toEqual({ text: "1.30548249445E+15", kind: "number" });
    // Above 2^53: a double would give 9171012501900004.
    expect(readCell(cell({ value: "9171012501900003" }), context).text).toBe("9171012501900003");
    expect(readCell(cell({ value: "0.1" }), context).text).toBe("0.1");
  });

  it("a number in a date style is its day, YYYY-MM-DD; in another style it stays a number", () => {
    expect(readCell(cell({ value: "44652", style: 1 }), context)).toEqual({ text: "2022-04-01", kind: "date" });
    expect(readCell(cell({ value: "44652", style: 1 }), { ...context, dateSystem: 1904 })).toEqual({ text: "2026-04-02", kind: "date" });
    expect(readCell(cell({ value: "44652", style: 2 }), context)).toEqual({ text: "44652", kind: "number" });
  });

  it("t=\"d\" ISO dates give their day", () => {
    expect(readCell(cell({ type: "d", value: "2022-04-01T00:00:00" }), context)).toEqual({ text: "2022-04-01", kind: "date" });
  });

  it("shared, inline and formula strings; booleans; errors", () => {
    expect(readCell(cell({ type: "s", value: "1" }), context)).toEqual({ text: "one" });
    expect(() => readCell(cell({ type: "s", value: "7" }), context)).toThrow();
    expect(readCell(cell({ type: "inlineStr", inline: "Asril" }), context)).toEqual({ text: "Asril" });
    expect(readCell(cell({ type: "str", formula: true, value: "a_x000D_b" }), context)).toEqual({ text: "a\rb" });
    expect(readCell(cell({ type: "b", value: "1" }), context)).toEqual({ text: "TRUE" });
    expect(readCell(cell({ type: "e", value: "#N/A" }), context)).toEqual({ text: "#N/A", kind: "error" });
  });

  it("a formula with no cached value is uncalculated; an empty cell is empty", () => {
    expect(readCell(cell({ formula: true }), context)).toEqual({ text: "", kind: "uncalculated" });
    expect(readCell(cell({ type: "str", formula: true }), context)).toEqual({ text: "", kind: "uncalculated" });
    expect(readCell(cell({ formula: true, value: "1000000" }), context)).toEqual({ text: "1000000", kind: "number" });
    expect(readCell(cell({}), context)).toEqual({ text: "" });
  });

  it("_xHHHH_ escapes are decoded, _x005F_ being an escaped underscore", () => {
    expect(decodeEscapes("line_x000D__x000A_next")).toBe("line\r\nnext");
    expect(decodeEscapes("_x005F_x0041_")).toBe("_x0041_");
    expect(decodeEscapes("no_escape_here")).toBe("no_escape_here");
  });
});

describe("date formats", () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [47, undefined, true],
    [3, undefined, false],
    [49, undefined, false],
    [164, "[$-421]dd\\ mmmm\\ yyyy;@", true],
    [164, "dd/mm/yyyy", true],
    [164, "mmm-yy", true],
    [164, '"Rp "#,##0', false],
    [164, '#,##0 "days"', false],
    [164, "[Red]#,##0", false],
    [164, "h:mm", false],
    [164, "[h]:mm:ss", false],
    [164, "General", false],
  ] as const)("format %s %s is a date: %s", (id, code, date) => expect(isDateFormat(id, code)).toBe(date));
});

describe("cell references", () => {
  it("columns as letters and back", () => {
    for (const [index, letters] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnOfReference(`${letters}14`)).toBe(index);
    }
    expect(columnOfReference("14")).toBeUndefined();
  });

  it("positions in a workbook are file[Sheet]!C14, in a CSV file:line:column", () => {
    expect(placeOf("roster.csv", 14, 3)).toBe("roster.csv:14:3");
    expect(placeOf("roster.csv", 14)).toBe("roster.csv:14");
  });
});

describe("the workbook reader", () => {
  afterEach(() => chooseSheet(undefined));

  it("knows a zip and an OLE2 file by their first bytes", () => {
    expect(binaryKind(Buffer.from("PK\x03\x04", "latin1"))).toBe("zip");
    expect(binaryKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("ole2");
    expect(binaryKind(Buffer.from("NIK,Nama\n"))).toBeUndefined();
  });

  it("reads shared strings stored after the sheet, rich text without phonetic runs, gaps as empty cells, absent rows", async () => {
    const bytes = await book({
      sheets: [
        {
          name: "Data",
          rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row><row r="4"><c r="B4" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r><rPh><t>X</t></rPh></is></c></row>',
        },
      ],
      shared: ["<t>NIK</t>", '<r><rPr><b/></rPr><t>Na</t></r><r><t>ma</t></r><rPh sb="0" eb="1"><t>NAMA</t></rPh>'],
    });
    expect(await recordsOf(bytes)).toEqual([
      { fields: ["NIK", "", "Nama"], line: 1 },
      { fields: ["", "inline "], line: 4 },
    ]);
    expect(placeOf("test.xlsx", 4, 2)).toBe("test.xlsx[Data]!B4");
    expect(placeOf("test.xlsx", 4)).toBe("test.xlsx[Data]!4");
  });

  it("rows and cells without r= are counted; prefixed tags read like plain ones", async () => {
    const bytes = await zipParts(
      bookParts({ sheets: [{ name: "S", rows: "" }] }).map(([name, xml]) =>
        name.endsWith("sheet1.xml") ? [name, `<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`] : [name, xml],
      ),
    );
    expect(await recordsOf(bytes)).toEqual([
      { fields: ["a", "2"], line: 1, kinds: [undefined, "number"] },
      { fields: ["3"], line: 2, kinds: ["number"] },
    ]);
  });

  it("dates by style in both systems", async () => {
    const spec = { sheets: [{ name: "S", rows: '<row r="1"><c r="A1" s="1"><v>44652</v></c><c r="B1" s="2"><v>44652</v></c><c r="C1" s="0"><v>44652</v></c></row>' }], styles: { cellFormats: [0, 14, 164], custom: { 164: "dd mmmm yyyy" } } };
    expect((await recordsOf(await book(spec)))[0]!.fields).toEqual(["2022-04-01", "2022-04-01", "44652"]);
    expect((await recordsOf(await book({ ...spec, date1904: true })))[0]!.fields).toEqual(["2026-04-02", "2026-04-02", "44652"]);
  });

  it("--sheet picks a sheet without regard to case; an unknown one lists the sheets", async () => {
    const bytes = await book({ sheets: [{ name: "Daftar", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }, { name: "Tambahan", rows: '<row r="1"><c r="A1"><v>2</v></c></row>' }] });
    expect((await recordsOf(bytes))[0]!.fields).toEqual(["1"]);
    chooseSheet("TAMBAHAN");
    expect((await recordsOf(bytes))[0]!.fields).toEqual(["2"]);
    chooseSheet("Rekap");
    const error = await recordsOf(bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).error.code).toBe("UNKNOWN_SHEET");
    expect((error as WorkbookError).error.message).toContain('"Daftar", "Tambahan"');
  });

  it("a zip without xl/workbook.xml is no workbook; an ODF one is named as .ods", async () => {
    const other = await zipParts([["word/document.xml", "<w/>"]]);
    const ods = await zipParts([["mimetype", "application/vnd.oasis.opendocument.spreadsheet"]]);
    for (const [bytes, phrase] of [
      [other, "no Excel workbook"],
      [ods, ".ods"],
    ] as const) {
      const error = (await recordsOf(bytes).catch((caught: unknown) => caught)) as WorkbookError;
      expect(error.error.code).toBe("UNSUPPORTED_WORKBOOK");
      expect(error.error.message).toContain(phrase);
    }
  });

  it("damaged XML and a shared string that is not there are INVALID_WORKBOOK", async () => {
    for (const rows of ['<row r="1"><c r="A1"><v>1</v></row>', '<row r="1"><c r="A1" t="s"><v>5</v></c></row>']) {
      const error = (await recordsOf(await book({ sheets: [{ name: "S", rows }], shared: ["<t>a</t>"] })).catch((caught: unknown) => caught)) as WorkbookError;
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error.error.code).toBe("INVALID_WORKBOOK");
    }
  });

  it("a part that would unpack beyond the limit is refused unread (a zip bomb)", async () => {
    const bytes = await book({ sheets: [{ name: "S", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    // The sheet's central directory record claims 2 GiB unpacked (the uncompressed size is at offset 24).
    // The first central directory record is the sheet's, the first part written.
    const central = bytes.indexOf(Buffer.from("PK\x01\x02", "latin1"));
    bytes.writeUInt32LE(0x7fffffff, central + 24);
    const error = (await recordsOf(bytes).catch((caught: unknown) => caught)) as WorkbookError;
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.error.code).toBe("INVALID_WORKBOOK");
    expect(error.error.message).toContain("xl/worksheets/sheet1.xml would be larger than 1024 MB");
  });
});
