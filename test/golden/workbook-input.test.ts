// Rosters and tables read from .xlsx workbooks: the same budget as the CSV they hold, positions as file[Sheet]!C14,
// .xls/.ods refused by their bytes whatever their name, --sheet, standard input, and workbooks other programs write.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";
import { book } from "../helpers/workbook.js";

const XLSX = "fixtures/workbooks/sijunjung-2022.xlsx";
const CSV = "fixtures/sijunjung-2022/roster.csv";
const PERIOD = ["--months", "9"];

/** A JSON report without what names its inputs and command. */
function figures(stdout: string): unknown {
  const { meta: _meta, ...report } = JSON.parse(stdout) as { meta: unknown };
  return report;
}

const temporary = () => mkdtempSync(join(tmpdir(), "iuran-workbook-"));

describe("a roster workbook", () => {
  it("gives exactly the CSV roster's budget: JSON figures and the CSV by district", () => {
    const fromBook = iuran(["budget", XLSX, ...PERIOD, "--by", "district", "--format", "json"]);
    const fromCsv = iuran(["budget", CSV, "--start", "2022-04", ...PERIOD, "--by", "district", "--format", "json"]);
    expect(fromBook.code).toBe(0);
    expect(figures(fromBook.stdout)).toEqual(figures(fromCsv.stdout));
    expect(JSON.parse(fromBook.stdout).total.total).toBe("201549600");
    const csvBook = iuran(["budget", XLSX, ...PERIOD, "--by", "district", "--format", "csv"]);
    const csvCsv = iuran(["budget", CSV, "--start", "2022-04", ...PERIOD, "--by", "district", "--format", "csv"]);
    expect(csvBook.stdout).toBe(csvCsv.stdout);
    expect(csvBook.stdout).toContain("Kamang Baru");
  });

  it("says which sheet it read, and skips the title and the footer with warnings; a NIK stored as a number is one warning", () => {
    const result = iuran(["budget", XLSX, ...PERIOD, "--format", "json"]);
    const input = JSON.parse(result.stdout).meta.inputs[0];
    expect(input).toMatchObject({ file: XLSX, encoding: "xlsx", sheet: "Daftar", rowsRead: 1338, rowsAccepted: 1333, rowsSkipped: 5 });
    expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.stderr).toBe(
      [
        `iuran: warning: ${XLSX}: the header is on line 4; the 2 lines above it hold no NIK and were skipped as a title`,
        `iuran: warning: ${XLSX}: 3 rows under the data were read as the roster's footer (JUMLAH, place and date, signatures) and skipped: lines 1338–1343`,
        `iuran: warning: ${XLSX}: 1 NIK is stored as a number, not as text, in column "NIK" (first at ${XLSX}[Daftar]!5); it reads as 16 digits, but Excel keeps only 15 digits of a number and a NIK typed into a number cell loses its last digit: check it against the KTP and format the column as Text`,
        "",
      ].join("\n"),
    );
    expect(JSON.parse(result.stdout).meta.warnings.map((warning: { code: string }) => warning.code)).toContain("NIK_STORED_AS_NUMBER");
  });

  it("is known by its bytes under a CSV's name, and read from standard input", () => {
    const renamed = iuran(["budget", "fixtures/workbooks/saved-as.csv", ...PERIOD, "--format", "json"]);
    const named = iuran(["budget", XLSX, ...PERIOD, "--format", "json"]);
    expect(renamed.code).toBe(0);
    expect(figures(renamed.stdout)).toEqual(figures(named.stdout));
    const piped = spawnSync(process.execPath, ["bin/iuran.js", "budget", "-", ...PERIOD, "--format", "json"], { cwd: ROOT, input: readFileSync(XLSX), encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: "C" } });
    expect(piped.status).toBe(0);
    expect(figures(piped.stdout)).toEqual(figures(named.stdout));
    expect(JSON.parse(piped.stdout).meta.inputs[0].sha256).toBe(JSON.parse(named.stdout).meta.inputs[0].sha256);
  });

  it("--sheet reads another sheet, matched without case", () => {
    const result = iuran(["budget", XLSX, "--sheet", "tambahan", "--months", "3", "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.meta.inputs[0].sheet).toBe("Tambahan");
    expect(report.total.workers).toBe(3);
    expect(report.meta.period.start).toBe("2022-10");
  });

  it("dates of the 1904 system and Strict OOXML namespaces read like the others", () => {
    for (const file of ["fixtures/workbooks/date-1904.xlsx", "fixtures/workbooks/strict.xlsx"]) {
      const result = iuran(["budget", file, "--months", "3", "--funding", "APBD", "--format", "json"]);
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.meta.period.start).toBe("2026-01");
      expect(report.total.workers).toBe(3);
    }
  });
});

describe("positions in a workbook", () => {
  it("a NIK Excel destroyed is NIK_SCIENTIFIC at file[Sheet]!A3, with line and column numbers in JSON", () => {
    const text = iuran(["budget", "fixtures/workbooks/nik-destroyed.xlsx", "--months", "3"]);
    expect(text.code).toBe(65);
    expect(text.stderr).toContain("fixtures/workbooks/nik-destroyed.xlsx[Sheet1]!A3: error NIK_SCIENTIFIC: ");
    const json = iuran(["budget", "fixtures/workbooks/nik-destroyed.xlsx", "--months", "3", "--errors", "json"]);
    const error = JSON.parse(json.stderr.split("\n")[0]!);
    expect(error).toMatchObject({ type: "error", file: "fixtures/workbooks/nik-destroyed.xlsx", sheet: "Sheet1", line: 3, column: 1, code: "NIK_SCIENTIFIC" });
  });

  it("a worker in a workbook and a CSV is placed by sheet and row", () => {
    const result = iuran(["budget", XLSX, CSV, ...PERIOD, "--start", "2022-04"]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`${CSV}:2:1: error DUPLICATE_NIK: NIK 130306******0001 is also on ${XLSX}[Daftar]!5: a worker listed twice is paid twice`);
  });
});

describe("files that are no .xlsx", () => {
  it("an .ods and an .xls renamed .csv get what to do, never binary or the Windows-1252 advice", () => {
    const directory = temporary();
    const renamed = join(directory, "roster.csv");
    copyFileSync("fixtures/bad/unsupported_workbook.xls", renamed);
    for (const [file, phrase] of [
      ["fixtures/workbooks/roster.ods", "OpenDocument spreadsheet (.ods)"],
      [renamed, "Excel 97–2003 workbook (.xls)"],
    ] as const) {
      const result = iuran(["budget", file, "--start", "2026-01"]);
      expect(result.code).toBe(65);
      expect(result.stderr).toContain(`${file}: error UNSUPPORTED_WORKBOOK: `);
      expect(result.stderr).toContain(phrase);
      expect(result.stderr).not.toMatch(/windows-1252/i);
      expect(result.stderr).not.toMatch(/[\x00-\x08\uFFFD]/);
    }
  });
});

describe("small tables as workbooks", () => {
  const cases: [string, string[], string[]][] = [
    ["claims", ["check", "--claims", "fixtures/workbooks/claims.xlsx"], ["check", "--claims", "fixtures/claims/published.csv"]],
    [
      "weights",
      ["allocate", "--workers", "1000", "--weights", "fixtures/workbooks/weights.xlsx", "--key", "kecamatan", "--weight", "potential", "--min", "minimum", "--max", "maximum", "--start", "2027-01", "--format", "csv"],
      ["allocate", "--workers", "1000", "--weights", "fixtures/plan-fit/weights-bounds.csv", "--key", "kecamatan", "--weight", "potential", "--min", "minimum", "--max", "maximum", "--start", "2027-01", "--format", "csv"],
    ],
    [
      "units",
      ["allocate", "--per-unit", "100", "--units", "fixtures/workbooks/units.xlsx", "--key", "nagari", "--start", "2027-01", "--format", "csv"],
      ["allocate", "--per-unit", "100", "--units", "fixtures/sijunjung-2022/nagari.csv", "--key", "nagari", "--start", "2027-01", "--format", "csv"],
    ],
  ];
  for (const [name, fromBook, fromCsv] of cases) {
    it(`${name}: the same report as from the CSV`, () => {
      const book = iuran(fromBook);
      const csv = iuran(fromCsv);
      expect(book.code).toBe(csv.code);
      expect(book.stdout).not.toBe("");
      expect(book.stdout).toBe(csv.stdout);
    });
  }
});

describe("a small table's cells", () => {
  it("an error value anywhere in a table is CELL_ERROR at its cell; a formula never calculated, FORMULA_NOT_CALCULATED", async () => {
    const directory = temporary();
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>kecamatan</t></is></c><c r="B1" t="inlineStr"><is><t>potential</t></is></c></row>';
    const kamang = '<row r="2"><c r="A2" t="inlineStr"><is><t>Kamang Baru</t></is></c><c r="B2"><v>6120</v></c></row>';
    for (const [name, cell, expected] of [
      ["error.xlsx", '<c r="B3" t="e"><f>VLOOKUP(A3,X!A:B,2,FALSE)</f><v>#N/A</v></c>', "[Sheet1]!B3: error CELL_ERROR: "],
      ["uncalculated.xlsx", '<c r="B3"><f>B2*2</f></c>', "[Sheet1]!B3: error FORMULA_NOT_CALCULATED: "],
    ] as const) {
      const file = join(directory, name);
      writeFileSync(file, await book({ sheets: [{ name: "Sheet1", rows: `${header}${kamang}<row r="3"><c r="A3" t="inlineStr"><is><t>Sijunjung</t></is></c>${cell}</row>` }] }));
      const result = iuran(["allocate", "--workers", "100", "--weights", file, "--key", "kecamatan", "--weight", "potential", "--start", "2027-01"]);
      expect(result.code).toBe(65);
      expect(result.stderr).toContain(`${file}${expected}`);
    }
  });
});

describe("workbooks other programs write", () => {
  it("exceljs's streaming writer (shared strings stored after the sheet) reads correctly", async () => {
    const directory = temporary();
    const file = join(directory, "exceljs.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    const sheet = writer.addWorksheet("Daftar");
    const lines = readFileSync(CSV, "utf8").trimEnd().split("\n");
    sheet.addRow([...lines[0]!.split(","), "Mulai"]).commit();
    for (const line of lines.slice(1)) {
      const [nik, name, district, village, job, sector, income, funding] = line.split(",");
      sheet.addRow([nik, name, district, village, job, sector, Number(income), funding, new Date(Date.UTC(2022, 3, 1))]).commit();
    }
    sheet.commit();
    await writer.commit();
    // The layout that trips streaming readers: the sheet before the shared strings in the archive.
    const bytes = readFileSync(file).toString("latin1");
    expect(bytes.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(bytes.indexOf("xl/sharedStrings.xml"));
    const fromBook = iuran(["budget", file, ...PERIOD, "--by", "district", "--format", "csv"]);
    const fromCsv = iuran(["budget", CSV, "--start", "2022-04", ...PERIOD, "--by", "district", "--format", "csv"]);
    expect(fromBook.stderr).toBe("");
    expect(fromBook.stdout).toBe(fromCsv.stdout);
  });
});

describe("the workbook fixtures", () => {
  it("are what fixtures/workbooks/make-workbooks.mjs writes, byte for byte", () => {
    const [books, bad] = [temporary(), temporary()];
    const run = spawnSync(process.execPath, ["fixtures/workbooks/make-workbooks.mjs", books, bad], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    const written = [...readdirSync(books).map((name) => [join(books, name), `fixtures/workbooks/${name}`]), ...readdirSync(bad).map((name) => [join(bad, name), `fixtures/bad/${name}`])];
    expect(written.length).toBe(14);
    for (const [fresh, committed] of written) expect(readFileSync(fresh!).equals(readFileSync(join(ROOT, committed!))), committed).toBe(true);
  });
});
