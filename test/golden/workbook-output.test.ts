// Workbooks out (--format xlsx, -o FILE.xlsx, --rejects FILE.xlsx), read back with exceljs's full reader: the
// numbers, number formats, SUM formulas and their cached values are what the same run's JSON says; the header is
// frozen, widths fitted, the provenance sheet names the inputs by their SHA-256; NIKs stay masked.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const PERIOD = ["--start", "2022-04", "--months", "9"];
const RUPIAH_FORMAT = '"Rp "#,##0';

const folder = mkdtempSync(join(tmpdir(), "iuran-xlsx-"));
let made = 0;

/** Runs iuran with -o a new .xlsx and reads the workbook back. */
async function workbookOf(args: readonly string[]): Promise<{ workbook: ExcelJS.Workbook; path: string; stderr: string }> {
  const path = join(folder, `out-${++made}.xlsx`);
  const result = iuran([...args, "-o", path]);
  expect(result.stdout).toBe("");
  expect(result.code, result.stderr).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { workbook, path, stderr: result.stderr };
}

function json(args: readonly string[]) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    total: { workers: number; workerMonths: number; amounts: Record<string, string>; total: string };
    groups: { workers: number; workerMonths: number; amounts: Record<string, string>; total: string }[];
    subtotals?: { key: Record<string, string>; workers: number | null; workerMonths: number; amounts: Record<string, string>; total: string }[];
  };
}

function rows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const all: ExcelJS.Row[] = [];
  sheet.eachRow((row) => all.push(row));
  return all;
}

function headings(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** A cell's formula and cached value, or undefined when it holds a plain value. */
function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } | undefined {
  const value = cell.value as { formula?: string; result?: unknown } | null;
  return value !== null && typeof value === "object" && typeof value.formula === "string" ? { formula: value.formula, result: value.result } : undefined;
}

function numberOf(cell: ExcelJS.Cell): number {
  const formula = formulaOf(cell);
  const value = formula ? formula.result : cell.value;
  expect(typeof value, `${cell.address}`).toBe("number");
  return value as number;
}

function expectFrozenHeader(sheet: ExcelJS.Worksheet) {
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
}

describe("budget --by district -o budget.xlsx (Sijunjung 2022)", async () => {
  const args = ["budget", ROSTER, ...PERIOD, "--by", "district", "--lang", "en"];
  const { workbook } = await workbookOf(args);
  const report = json(args);
  const sheet = workbook.worksheets[0]!;

  it("a budget sheet and a provenance sheet, named in the report's language", () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual(["Budget", "Provenance"]);
    expect(headings(sheet)).toEqual(["District", "Workers", "Worker-months", "JKK", "JKM", "Total"]);
  });

  it("one row per district, numbers as numbers with their formats, the header frozen", () => {
    const data = rows(sheet).slice(1, -1);
    expect(data).toHaveLength(report.groups.length);
    data.forEach((row, index) => {
      const group = report.groups[index]!;
      expect(row.getCell(2).value).toBe(group.workers);
      expect(row.getCell(2).numFmt).toBe("#,##0");
      expect(row.getCell(3).value).toBe(group.workerMonths);
      expect(row.getCell(4).value).toBe(Number(group.amounts.JKK));
      expect(row.getCell(6).value).toBe(Number(group.total));
      for (const column of [4, 5, 6]) expect(row.getCell(column).numFmt).toBe(RUPIAH_FORMAT);
    });
    expectFrozenHeader(sheet);
  });

  it("the totals row: SUM formulas over the data rows, cached values equal to iuran's totals (Rp 201,549,600)", () => {
    const total = sheet.getRow(report.groups.length + 2);
    const last = report.groups.length + 1;
    expect(total.getCell(1).value).toBe("Total");
    expect(formulaOf(total.getCell(2))).toEqual({ formula: `SUM(B2:B${last})`, result: report.total.workers });
    expect(formulaOf(total.getCell(3))).toEqual({ formula: `SUM(C2:C${last})`, result: report.total.workerMonths });
    expect(formulaOf(total.getCell(4))).toEqual({ formula: `SUM(D2:D${last})`, result: Number(report.total.amounts.JKK) });
    expect(formulaOf(total.getCell(5))).toEqual({ formula: `SUM(E2:E${last})`, result: Number(report.total.amounts.JKM) });
    expect(formulaOf(total.getCell(6))).toEqual({ formula: `SUM(F2:F${last})`, result: 201_549_600 });
    expect(report.total.total).toBe("201549600");
    expect(total.getCell(6).numFmt).toBe(RUPIAH_FORMAT);
  });

  it("column widths fitted to the content, within bounds", () => {
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(widths).toHaveLength(6);
    // "Rp 201.549.600" is 14 characters; the longest district name in the roster fits too.
    expect(widths[5]).toBeGreaterThanOrEqual(14);
    const longestDistrict = Math.max(...rows(sheet).map((row) => String(row.getCell(1).value).length));
    expect(widths[0]).toBeGreaterThanOrEqual(longestDistrict);
    for (const width of widths) expect(width).toBeLessThanOrEqual(60);
  });

  it("the provenance sheet: version, command line, the roster's SHA-256 and rows, tariffs with their regulations, rounding", () => {
    const provenance = workbook.worksheets[1]!;
    expectFrozenHeader(provenance);
    expect(headings(provenance)).toEqual(["Item", "Value", "Detail", "Reference or note"]);
    const lines = rows(provenance).map((row) => (row.values as unknown[]).slice(1).map((value) => (value === undefined ? "" : String(value))));
    const find = (item: string) => lines.filter((line) => line[0] === item);
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(find("Tool")).toEqual([["Tool", `iuran ${version}`]]);
    expect(find("Command")[0]![1]).toBe(`iuran ${args.join(" ")} -o ${join(folder, `out-1.xlsx`)}`);
    const sha256 = createHash("sha256").update(readFileSync(join(ROOT, ROSTER))).digest("hex");
    expect(find("Input file")).toEqual([["Input file", ROSTER, sha256, "1,333 rows read, 1,333 accepted, 0 rejected, 0 skipped"]]);
    const tariffs = find("Tariff");
    expect(tariffs.map((line) => line[1])).toEqual(["JKK BPU", "JKM BPU"]);
    for (const line of tariffs) expect(line[3]).toMatch(/PP 44\/2015/);
    expect(find("Rounding")[0]!.slice(0, 2)).toEqual(["Rounding", "half-up"]);
    expect(find("Made")[0]![1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});

describe("budget --by kecamatan,nagari: subtotal rows", async () => {
  const args = ["budget", ROSTER, ...PERIOD, "--by", "kecamatan,nagari", "--lang", "id"];
  const { workbook } = await workbookOf(args);
  const report = json(args);
  const sheet = workbook.worksheets[0]!;
  const all = rows(sheet).slice(1);

  it("in Indonesian: sheet and column names", () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual(["Anggaran", "Asal-usul"]);
    expect(headings(sheet)).toEqual(["Kecamatan", "Nagari/desa", "Pekerja", "Orang-bulan", "JKK", "JKM", "Jumlah"]);
  });

  it("each subtotal is a SUM over its nagari rows, cached as iuran's subtotal; the total sums the nagari rows only", () => {
    const subtotals = all.filter((row) => String(row.getCell(1).value).startsWith("Jumlah "));
    expect(subtotals.map((row) => row.getCell(1).value)).toEqual(report.subtotals!.map((subtotal) => `Jumlah ${Object.values(subtotal.key)[0]}`));
    let first = 2;
    subtotals.forEach((row, index) => {
      const expected = report.subtotals![index]!;
      const formula = formulaOf(row.getCell(7))!;
      expect(formula).toEqual({ formula: `SUM(G${first}:G${row.number - 1})`, result: Number(expected.total) });
      expect(formulaOf(row.getCell(4))?.result).toBe(expected.workerMonths);
      // The cached value is the sum of the rows the formula names.
      let sum = 0n;
      for (let number = first; number < row.number; number++) sum += BigInt(sheet.getRow(number).getCell(7).value as number);
      expect(sum).toBe(BigInt(expected.total));
      first = row.number + 1;
    });
    const total = all[all.length - 1]!;
    expect(total.getCell(1).value).toBe("Jumlah");
    const formula = formulaOf(total.getCell(7))!;
    expect(formula.result).toBe(201_549_600);
    // Ranges of nagari rows, skipping each subtotal row.
    const ranges = formula.formula.replace(/^SUM\(|\)$/g, "").split(",");
    expect(ranges).toHaveLength(report.subtotals!.length);
    for (const row of subtotals) expect(ranges.some((range) => range.endsWith(`:G${row.number}`) || range.startsWith(`G${row.number}:`))).toBe(false);
  });
});

describe("budget --by district,month: workers per month do not add up", async () => {
  const args = ["budget", ROSTER, ...PERIOD, "--by", "district,month", "--lang", "en"];
  const { workbook } = await workbookOf(args);
  const report = json(args);
  const sheet = workbook.worksheets[0]!;
  const total = rows(sheet).at(-1)!;

  it("the total's workers are iuran's count (a value, no formula), its worker-months and rupiah SUMs", () => {
    expect(total.getCell(3).value).toBe(report.total.workers);
    expect(formulaOf(total.getCell(3))).toBeUndefined();
    expect(formulaOf(total.getCell(4))?.result).toBe(report.total.workerMonths);
    expect(formulaOf(total.getCell(7))?.result).toBe(Number(report.total.total));
    // A district's subtotal has no worker count (a worker is in nine month rows) and a SUM for the rest.
    const subtotal = rows(sheet).find((row) => String(row.getCell(1).value).startsWith("Total "))!;
    expect(subtotal.getCell(3).value).toBeNull();
    expect(formulaOf(subtotal.getCell(7))?.formula).toMatch(/^SUM\(G2:G10\)$/);
  });
});

describe("every command that prints a table writes a workbook", () => {
  const commands: [string, string[], string][] = [
    ["premium", ["premium", "--income", "1000000", "--month", "2025-07", "--programs", "jkk,jkm,jht"], "Amount"],
    ["capacity", ["capacity", "--budget", "201549600", "--start", "2022-04", "--months", "9"], "Value"],
    ["target", ["target", "--enrolled", "17143", "--potential", "48838", "--target-percent", "60", "--start", "2027-01", "--funding", "APBD"], "Value"],
    ["allocate", ["allocate", "--workers", "1333", "--weights", "fixtures/sijunjung-2022/potential.csv", "--key", "kecamatan", "--weight", "potential", ...PERIOD], "Total"],
    ["project", ["project", "--from", "2026", "--years", "3", "--workers", "16590", "--growth", "10%", "--funding", "APBD"], "Total"],
    ["check", ["check", "--reported", "Rp 2,7 miliar", "--workers", "16000", "--months", "10", "--start", "2025-01", "--funding", "APBD"], "Reported"],
    ["benefits", ["benefits", "--event", "jkk-death", "--income", "1000000", "--month", "2026-01"], "Amount"],
    ["audit", ["audit", ROSTER], "Rows read"],
  ];
  for (const [name, args, heading] of commands) {
    it(name, async () => {
      const { workbook } = await workbookOf([...args, "--lang", "en"]);
      expect(workbook.worksheets.at(-1)!.name).toBe("Provenance");
      const sheet = workbook.worksheets[0]!;
      expectFrozenHeader(sheet);
      expect(headings(sheet)).toContain(heading);
      // At least one number cell, typed.
      const numbers = rows(sheet)
        .slice(1)
        .flatMap((row) => (row.values as unknown[]).filter((value) => typeof value === "number" || formulaOf({ value } as ExcelJS.Cell)));
      expect(numbers.length).toBeGreaterThan(0);
    });
  }

  it("capacity: the budget in rupiah, workers as a count, label and value", async () => {
    const { workbook } = await workbookOf(["capacity", "--budget", "201549600", ...PERIOD, "--lang", "en"]);
    const sheet = workbook.worksheets[0]!;
    const byLabel = new Map(rows(sheet).map((row) => [String(row.getCell(1).value), row.getCell(2)]));
    expect(byLabel.get("Budget")!.value).toBe(201_549_600);
    expect(byLabel.get("Budget")!.numFmt).toBe(RUPIAH_FORMAT);
    expect(byLabel.get("Workers")!.value).toBe(1333);
    expect(byLabel.get("Workers")!.numFmt).toBe("#,##0");
  });

  it("allocate: subtotal-free budget sheet whose total is a SUM equal to the JSON total", async () => {
    const args = ["allocate", "--workers", "1333", "--weights", "fixtures/sijunjung-2022/potential.csv", "--key", "kecamatan", "--weight", "potential", ...PERIOD, "--lang", "en"];
    const { workbook } = await workbookOf(args);
    const report = json(args);
    const total = rows(workbook.worksheets[0]!).at(-1)!;
    expect(total.getCell(1).value).toBe("Total");
    expect(formulaOf(total.getCell(total.cellCount))?.result).toBe(Number(report.total.total));
  });
});

describe("exactness: amounts below 10^15 are exact, anything beyond is refused", () => {
  // check writes its report, then exits 1 since a reported Rp 999,999,999,999,999 is no Sijunjung budget.
  const claim = (reported: string, path: string) => iuran(["check", "--reported", reported, "--workers", "1333", ...PERIOD, "--lang", "en", "-o", path]);

  it("check --reported 999999999999999: the reported amount reads back to the rupiah", async () => {
    const path = join(folder, "largest.xlsx");
    expect(claim("999999999999999", path).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    const reported = sheet.getRow(2).getCell(headings(sheet).indexOf("Reported") + 1);
    expect(reported.value).toBe(999_999_999_999_999);
    expect(BigInt(numberOf(reported))).toBe(999_999_999_999_999n);
    expect(reported.numFmt).toBe(RUPIAH_FORMAT);
  });

  it("check --reported 1000000000000000: refused (exit 73), nothing written", () => {
    const path = join(folder, "too-large.xlsx");
    const result = claim("1000000000000000", path);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(
      "iuran: cannot write the workbook: Report!D2 would hold 1,000,000,000,000,000, and a spreadsheet holds whole numbers exactly only up to 999,999,999,999,999. Write the report as CSV or JSON (--format csv), which keep every digit.\n",
    );
    expect(existsSync(path)).toBe(false);
  });
});

describe("where a workbook may go", () => {
  it("to a terminal: refused with a usage message (exit 2)", () => {
    const run = spawnSync("script", ["-qec", `node bin/iuran.js budget ${ROSTER} ${PERIOD.join(" ")} --format xlsx --lang en`, "/dev/null"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", LANG: "C", TERM: "dumb" },
    });
    if (run.error) return; // no `script` here: nothing to run the terminal case with
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("a workbook is not text and would garble the terminal: write it to a file with -o FILE.xlsx");
    expect(run.stdout).not.toContain("PK");
  });

  it("through a pipe: the workbook's bytes", async () => {
    const run = spawnSync(process.execPath, ["bin/iuran.js", "budget", ROSTER, ...PERIOD, "--format", "xlsx"], { cwd: ROOT, env: { PATH: process.env.PATH ?? "" } });
    expect(run.status).toBe(0);
    expect(run.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
    const path = join(folder, "piped.xlsx");
    writeFileSync(path, run.stdout);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(numberOf(rows(workbook.worksheets[0]!).at(-1)!.getCell(5))).toBe(201_549_600);
  });

  it("--format xlsx --excel: a contradiction (exit 2)", () => {
    const result = iuran(["budget", ROSTER, ...PERIOD, "--format", "xlsx", "--excel"]);
    expect(result.code).toBe(2);
  });

  it("-o over the roster itself: refused (exit 73), the roster untouched", () => {
    const copy = join(folder, "roster-copy.xlsx");
    writeFileSync(copy, readFileSync(join(ROOT, ROSTER)));
    const result = iuran(["budget", copy, ...PERIOD, "-o", copy]);
    expect(result.code).toBe(73);
    expect(readFileSync(copy)).toEqual(readFileSync(join(ROOT, ROSTER)));
  });
});

describe("NIKs in a workbook", () => {
  const roster = join(folder, "niks.csv");
  writeFileSync(roster, "nik,name,district\n1303060101800001,Afrizal,Kamang Baru\n1303060101800002,Budi,Kupitan\n");

  it("--by nik: masked unless --show-nik, in the sheet and in the provenance", async () => {
    const masked = await workbookOf(["budget", roster, ...PERIOD, "--by", "nik", "--lang", "en"]);
    const cells = rows(masked.workbook.worksheets[0]!).map((row) => String(row.getCell(1).value));
    expect(cells).toContain("130306******0001");
    const everything = masked.workbook.worksheets.flatMap((sheet) => rows(sheet).flatMap((row) => (row.values as unknown[]).map(String)));
    expect(everything.join("\n")).not.toMatch(/1303060101800001/);
    const shown = await workbookOf(["budget", roster, ...PERIOD, "--by", "nik", "--show-nik", "--lang", "en"]);
    expect(rows(shown.workbook.worksheets[0]!).map((row) => String(row.getCell(1).value))).toContain("1303060101800001");
  });
});

describe("--rejects rejected.xlsx", () => {
  it("the rejected rows as read, the line as a number, the reasons, NIKs masked", async () => {
    const rejects = join(folder, "rejected.xlsx");
    const result = iuran(["budget", "fixtures/bad/several_errors.csv", ...PERIOD, "--skip-invalid", "--rejects", rejects, "--format", "json", "--lang", "en"]);
    expect(result.code, result.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(rejects);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Rejected rows");
    expectFrozenHeader(sheet);
    expect(headings(sheet)).toEqual(["nik", "name", "district", "income", "line", "error"]);
    const data = rows(sheet).slice(1);
    expect(data.map((row) => row.getCell(5).value)).toEqual([3, 4, 5]);
    expect(data[0]!.getCell(1).value).toBe("130306******0002");
    expect(data[0]!.getCell(4).value).toBe("1,000");
    expect(String(data[0]!.getCell(6).value)).toMatch(/^INVALID_AMOUNT: /);
    expect(String(data[1]!.getCell(6).value)).toMatch(/^INVALID_NIK: .*; MISSING_VALUE: /);
    const text = readFileSync(join(ROOT, "fixtures/bad/several_errors.csv"), "utf8");
    expect(text).toContain("1303060101800002");
  });

  it("no rejected row: a workbook with the line and error columns only", async () => {
    const rejects = join(folder, "none.xlsx");
    expect(iuran(["budget", ROSTER, ...PERIOD, "--skip-invalid", "--rejects", rejects, "--format", "json", "--lang", "id"]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(rejects);
    expect(workbook.worksheets[0]!.name).toBe("Baris ditolak");
    expect(headings(workbook.worksheets[0]!)).toEqual(["baris", "kesalahan"]);
  });
});

// LibreOffice, where installed (CI installs libreoffice-calc-nogui): the rupiah format shows "Rp 201.549.600" in an
// Indonesian locale. Excel itself cannot run here; LibreOffice reads the same format codes.
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
describe.skipIf(soffice === "")("as LibreOffice shows it in an Indonesian locale", () => {
  it('"Rp "#,##0 shows Rp 201.549.600, counts 1.333', async () => {
    const { path } = await workbookOf(["budget", ROSTER, ...PERIOD, "--by", "kecamatan,nagari", "--lang", "id"]);
    const profile = join(folder, "lo-profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(
      join(profile, "user", "registrymodifications.xcu"),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item></oor:items>\n',
    );
    const out = join(folder, "lo-out");
    // CSV "as shown" (token 9), every sheet (token 12 = -1): one file per sheet.
    const run = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", out, path],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const budget = readdirSync(out).find((name) => name.endsWith("-Anggaran.csv"))!;
    const lines = readFileSync(join(out, budget), "utf8").trim().split(/\r?\n/);
    expect(lines.at(-1)).toBe("Jumlah,,1.333,11.997,Rp 119.970.000,Rp 81.579.600,Rp 201.549.600");
    expect(lines).toContain("Jumlah Kamang Baru,,233,2.097,Rp 20.970.000,Rp 14.259.600,Rp 35.229.600");
  }, 180_000);
});
