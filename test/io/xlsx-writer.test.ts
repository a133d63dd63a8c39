// The xlsx writer's parts: text as XML 1.0 holds it (and as a spreadsheet decodes it back), Excel's sheet-name rules,
// column letters, widths, and the rule that a subtotal or total is a formula only where its rows add up to it.
import { describe, expect, it } from "vitest";
import { columnLetters, escapeXml, fittedWidths, inexactCell, LARGEST_EXACT_CELL, sheetNames } from "../../src/io/xlsx-writer.js";
import type { WorkbookSheet } from "../../src/report/workbook.js";
import { writtenAndRead } from "../helpers/written-workbook.js";

describe("escapeXml", () => {
  it("escapes markup, and writes what XML 1.0 forbids as _xHHHH_", () => {
    expect(escapeXml('a<b & "c">')).toBe("a&lt;b &amp; &quot;c&quot;&gt;");
    expect(escapeXml("bell\u0007 nul\u0000 cr\r")).toBe("bell_x0007_ nul_x0000_ cr_x000D_");
    expect(escapeXml("tab\tand\nline")).toBe("tab\tand\nline");
    expect(escapeXml("\uFFFE\uD800x")).toBe("_xFFFE__xD800_x");
    // A surrogate pair is one character, kept.
    expect(escapeXml("😀")).toBe("😀");
  });

  it("an _xHHHH_ typed in the text is escaped itself, so it reads back as typed", () => {
    expect(escapeXml("_x0041_")).toBe("_x005F_x0041_");
  });

  it("a formula typed as text stays text: nothing is neutralised", () => {
    expect(escapeXml("=SUM(A1:A2)")).toBe("=SUM(A1:A2)");
  });
});

describe("sheetNames: Excel's rules", () => {
  it("forbidden characters, apostrophes at the ends, 31 characters, clashes whatever the case", () => {
    expect(sheetNames(["a[b]:c*d?e/f\\g", "'quoted'", "x".repeat(40), "Budget", "budget", "", "History"])).toEqual([
      "a-b--c-d-e-f-g",
      "quoted",
      "x".repeat(31),
      "Budget",
      "budget (2)",
      "-",
      "History (2)",
    ]);
    const long = sheetNames(["y".repeat(31), "Y".repeat(31)]);
    expect(long[1]).toBe(`${"Y".repeat(27)} (2)`);
    expect(long[1]).toHaveLength(31);
  });
});

describe("columnLetters", () => {
  it("A…Z, AA…ZZ, AAA", () => {
    expect([0, 25, 26, 51, 701, 702, 16_383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
  });
});

describe("fittedWidths", () => {
  it("the widest of heading and cells as shown, plus room, within 6 and 60", () => {
    const widths = fittedWidths({
      columns: [
        { heading: "Kecamatan", kind: "text", summed: false },
        { heading: "Jumlah", kind: "rupiah", summed: true },
        { heading: "x", kind: "text", summed: false },
      ],
      rows: [{ role: "data", cells: [{ kind: "text", text: "Kamang Baru" }, { kind: "rupiah", rupiah: 201_549_600n }, { kind: "text", text: "z".repeat(200) }] }],
    });
    // "Rp 201.549.600" is 14 characters.
    expect(widths).toEqual([13, 16, 60]);
  });
});

describe("subtotals and totals", () => {
  const columns = [
    { heading: "Name", kind: "text", summed: false },
    { heading: "Workers", kind: "count", summed: true },
    { heading: "Amount", kind: "rupiah", summed: true },
  ] as const;
  const data = (name: string, workers: bigint, rupiah: bigint) => ({ role: "data" as const, cells: [{ kind: "text" as const, text: name }, { kind: "count" as const, count: workers }, { kind: "rupiah" as const, rupiah }] });

  it("a SUM where the rows add up to the value; the value alone where they do not", async () => {
    const sheet: WorkbookSheet = {
      name: "S",
      columns,
      rows: [
        data("a", 2n, 10n),
        data("b", 3n, 20n),
        // Workers counted per month: 4, not 5. The amount adds up.
        { role: "subtotal", cells: [{ kind: "text", text: "sub" }, { kind: "count", count: 4n }, { kind: "rupiah", rupiah: 30n }] },
        data("c", 1n, 5n),
        { role: "subtotal", cells: [{ kind: "text", text: "sub" }, { kind: "count", count: 1n }, { kind: "rupiah", rupiah: 5n }] },
        { role: "total", cells: [{ kind: "text", text: "total" }, { kind: "count", count: 5n }, { kind: "rupiah", rupiah: 35n }] },
      ],
    };
    const read = (await writtenAndRead([sheet])).worksheets[0]!;
    expect(read.getCell("B4").value).toBe(4);
    expect(read.getCell("C4").value).toEqual({ formula: "SUM(C2:C3)", result: 30 });
    expect(read.getCell("B6").value).toEqual({ formula: "SUM(B5)", result: 1 });
    // The total skips the subtotal rows; its workers: 2 + 3 + 1 = 6 is not 5, so a value.
    expect(read.getCell("C7").value).toEqual({ formula: "SUM(C2:C3,C5)", result: 35 });
    expect(read.getCell("B7").value).toBe(5);
    expect(read.getCell("A7").font?.bold).toBe(true);
  });

  it("notes go under the table, after an empty row", async () => {
    const read = (await writtenAndRead([{ name: "N", columns, rows: [data("a", 1n, 1n)], notes: ["first note", "=not a formula"] }])).worksheets[0]!;
    expect(read.getCell("A3").value).toBeNull();
    expect(read.getCell("A4").value).toBe("first note");
    expect(read.getCell("A5").value).toBe("=not a formula");
  });
});

describe("inexactCell", () => {
  it("finds the first amount or count beyond 10^15 - 1, by its place", () => {
    const sheet = (value: bigint): WorkbookSheet => ({
      name: "S",
      columns: [{ heading: "A", kind: "rupiah", summed: false }],
      rows: [{ role: "data", cells: [{ kind: "rupiah", rupiah: 1n }] }, { role: "data", cells: [{ kind: "rupiah", rupiah: value }] }],
    });
    expect(inexactCell({ sheets: [sheet(LARGEST_EXACT_CELL)] })).toBeUndefined();
    expect(inexactCell({ sheets: [sheet(-LARGEST_EXACT_CELL)] })).toBeUndefined();
    expect(inexactCell({ sheets: [sheet(LARGEST_EXACT_CELL + 1n)] })).toEqual({ where: "S!A3", value: 10n ** 15n });
    expect(inexactCell({ sheets: [sheet(-(10n ** 15n))] })).toEqual({ where: "S!A3", value: -(10n ** 15n) });
  });
});

describe("a total of zero", () => {
  it("is written with its cached value 0, read back by iuran's own reader (exceljs reads a cached 0 as no result)", async () => {
    const { Readable } = await import("node:stream");
    const { buffer } = await import("node:stream/consumers");
    const { xlsxStream, sheetSource } = await import("../../src/io/xlsx-writer.js");
    const { sheetRecords } = await import("../../src/io/xlsx-source.js");
    const sheet: WorkbookSheet = {
      name: "Anggaran",
      columns: [
        { heading: "Label", kind: "text", summed: false },
        { heading: "Jumlah", kind: "rupiah", summed: true },
      ],
      rows: [
        { role: "data", cells: [{ kind: "text", text: "a" }, { kind: "rupiah", rupiah: 0n }] },
        { role: "total", cells: [{ kind: "text", text: "Jumlah" }, { kind: "rupiah", rupiah: 0n }] },
      ],
    };
    const bytes = await buffer(xlsxStream([sheetSource(sheet)]) as InstanceType<typeof Readable>);
    const rows: string[][] = [];
    for await (const record of sheetRecords("zero.xlsx", { buffer: bytes })) rows.push([...record.fields]);
    expect(rows).toEqual([["Label", "Jumlah"], ["a", "0"], ["Jumlah", "0"]]);
  });
});
