// Rosters as they arrive from nagari and dinas offices: Excel exports, other encodings and delimiters, unknown
// headers, invalid rows; and what leaves: masked NIKs, Excel CSV, JSON errors.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const PLAIN = "fixtures/sijunjung-2022/roster.csv";
const EXCEL = "fixtures/sijunjung-2022/roster-excel.csv";
const PERIOD = ["--start", "2022-04", "--months", "9"];
const folder = mkdtempSync(join(tmpdir(), "iuran-real-"));
function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** The budget without meta (which names the file and its hash). */
function figures(roster: string, ...more: string[]) {
  const result = iuran(["budget", roster, ...PERIOD, "--by", "district,village", "--format", "json", ...more]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const { groups, total } = JSON.parse(result.stdout);
  return { groups, total };
}

describe("the same roster however it was exported", () => {
  const plain = figures(PLAIN);

  it("a semicolon, BOM, CRLF, Rp 1.000.000,00 Excel export gives exactly the same budget", () => {
    expect(figures(EXCEL)).toEqual(plain);
    expect(plain.total.total).toBe("201549600");
  });

  it("UTF-16 LE with BOM, tab-separated", () => {
    const text = readFileSync(PLAIN, "utf8").replaceAll(",", "\t");
    expect(figures(file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])))).toEqual(plain);
  });

  it("UTF-16 BE with BOM", () => {
    const bytes = Buffer.from(readFileSync(PLAIN, "utf8"), "utf16le");
    for (let index = 0; index < bytes.length; index += 2) [bytes[index], bytes[index + 1]] = [bytes[index + 1]!, bytes[index]!];
    expect(figures(file("utf16be.csv", Buffer.concat([Buffer.from([0xfe, 0xff]), bytes])))).toEqual(plain);
  });

  it("a forced delimiter", () => {
    expect(figures(file("pipes.csv", readFileSync(PLAIN, "utf8").replaceAll(",", ";")), "--delimiter", ";")).toEqual(plain);
  });
});

describe("encodings, headers and amounts", () => {
  const latin = file("latin.csv", Buffer.from("nik,nama,kecamatan\n1303064101800002,Rosémary,Kamang Baru\n", "latin1"));

  it("Windows-1252 needs --encoding, and is then read right", () => {
    expect(iuran(["budget", latin, "--start", "2026-01"]).stderr).toMatch(/:2: error INVALID_ENCODING: .*--encoding windows-1252/);
    const result = iuran(["budget", latin, "--start", "2026-01", "--encoding", "windows-1252", "--by", "nama", "--format", "csv"]);
    expect(result.stdout.split("\n")[1]).toMatch(/^Rosémary,1,/);
  });

  it("an unknown header: the closest one is suggested, and --map reads it", () => {
    const roster = file("mapped.csv", "NIK,Nama,Kecamtan Domisili\n1303060101800001,Afrizal,Kamang Baru\n");
    const refused = iuran(["budget", roster, "--start", "2026-01"]);
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain(`${roster}:1: error MISSING_COLUMN: required column "district" (or Kecamatan) not found; the header has: "NIK", "Nama", "Kecamtan Domisili"`);
    const mapped = iuran(["budget", roster, "--start", "2026-01", "--map", "district=Kecamtan Domisili", "--by", "district", "--format", "csv"]);
    expect(mapped.stdout.split("\n")[1]).toMatch(/^Kamang Baru,1,/);
  });

  it("the closest match of a misspelt header", () => {
    const roster = file("typo.csv", "NIK,Nama,Kecamtan\n1303060101800001,Afrizal,Kamang Baru\n");
    expect(iuran(["budget", roster, "--start", "2026-01"]).stderr).toContain('closest to district: "Kecamtan" (if that is it, add --map district="Kecamtan")');
  });

  it("--decimal-mark says how the whole file writes amounts", () => {
    const english = file("english.csv", 'nik,nama,kecamatan,penghasilan\n1303060101800001,Afrizal,Kamang Baru,"1,500,000"\n1303060101800002,Budi,Kamang Baru,"2,000,000.00"\n');
    const args = (roster: string, ...more: string[]) => ["budget", roster, "--start", "2026-01", "--months", "1", "--funding", "APBD", "--format", "csv", ...more];
    // 1 % × 1,500,000 + 1 % × 2,000,000 = 35,000; 2 × 6,800 = 13,600
    expect(iuran(args(english)).stdout).toBe("workers,worker_months,jkk,jkm,total\n2,2,35000,13600,48600\n");
    expect(iuran(args(english, "--decimal-mark", ".")).stdout).toBe("workers,worker_months,jkk,jkm,total\n2,2,35000,13600,48600\n");
    const refused = iuran(args(english, "--decimal-mark", ","));
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain('income "1,500,000" is not an amount with "," as the decimal mark');
  });
});

describe("nothing lost: --skip-invalid, --rejects, --errors json", () => {
  const roster = file(
    "mixed.csv",
    [
      "nik,name,district,income",
      "1303060101800001,Afrizal,Kamang Baru,1000000",
      "1303060101800002,Budi,Kamang Baru,satu juta",
      "1303060101800003,Citra,Kupitan,1000000",
      "1303060101800001,Afrizal again,Kupitan,1000000",
      "",
      "1303063202800005,Dedi,Kupitan,1000000",
    ].join("\n"),
  );

  it("strict by default: exit 65, every error, no report", () => {
    const result = iuran(["budget", roster, "--start", "2026-01"]);
    expect(result.code).toBe(65);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(4);
  });

  it("--skip-invalid: rows read = accepted + rejected, rejects written with masked NIKs", () => {
    const rejects = join(folder, "rejects.csv");
    const result = iuran(["budget", roster, "--start", "2026-01", "--funding", "APBD", "--skip-invalid", "--rejects", rejects, "--format", "json"]);
    expect(result.code).toBe(0);
    const { meta, total } = JSON.parse(result.stdout);
    expect(meta.inputs[0]).toMatchObject({ rowsRead: 5, rowsAccepted: 2, rowsRejected: 3 });
    expect(total.workers).toBe(2);
    expect(total.total).toBe(String(2 * 12 * 16_800));
    const rows: Record<string, string>[] = parse(readFileSync(rejects, "utf8"), { columns: true });
    expect(rows.map((row) => [row.nik, row.line, row.error!.split(":")[0]])).toEqual([
      ["130306******0002", "3", "INVALID_AMOUNT"],
      ["130306******0001", "5", "DUPLICATE_NIK"],
      ["130306******0005", "7", "NIK_BAD_DATE"],
    ]);
    expect(result.stderr).toContain("iuran: 3 rows rejected and left out of the budget; written to");
  });

  it("--show-nik reveals NIKs where the user asks", () => {
    const rejects = join(folder, "rejects-shown.csv");
    iuran(["budget", roster, "--start", "2026-01", "--skip-invalid", "--rejects", rejects, "--show-nik", "--format", "csv"]);
    expect(readFileSync(rejects, "utf8")).toContain("1303060101800002,Budi");
  });

  it("--errors json: one JSON object per line", () => {
    const result = iuran(["budget", roster, "--start", "2026-01", "--errors", "json"]);
    const lines = result.stderr.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ type: "error", file: roster, line: 3, column: 4, code: "INVALID_AMOUNT", message: 'income "satu juta" is not an amount' });
    expect(lines.at(-1).type).toBe("summary");
  });

  it("audit checks several rosters together and finds a worker in both", () => {
    const other = file("other.csv", "nik,name,district\n1303060101800003,Citra,Koto VII\n");
    const result = iuran(["audit", PLAIN, other, roster.replace("mixed", "mixed"), "--format", "json"]);
    expect(result.code).toBe(65);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((entry: { rowsRead: number; rowsRejected: number }) => [entry.rowsRead, entry.rowsRejected])).toEqual([
      [1333, 0],
      [1, 0],
      [5, 4],
    ]);
    expect(report.errors.find((error: { code: string; line: number }) => error.code === "DUPLICATE_NIK" && error.line === 4).message).toContain(`is also on ${other}:2`);
    expect(iuran(["audit", PLAIN]).code).toBe(0);
  });
});

describe("what leaves", () => {
  it("NIKs are masked in reports grouped by NIK", () => {
    const csv = iuran(["budget", PLAIN, ...PERIOD, "--by", "nik", "--format", "csv"]).stdout;
    expect(csv.split("\n")[1]).toMatch(/^\d{6}\*{6}\d{4},1,9,/);
    expect(csv).not.toMatch(/\b\d{16}\b/);
  });

  it("--excel: semicolons, BOM, decimal comma; numbers keep their digits; formulas are neutralised", () => {
    const roster = file("formula.csv", 'nik,name,district\n1303060101800001,Afrizal,"=HYPERLINK(""http://x"")"\n1303060101800002,Budi,-Koto\n');
    const result = iuran(["budget", roster, "--start", "2026-01", "--by", "district", "--funding", "APBD", "--format", "csv", "--excel"]);
    expect(result.stdout.startsWith("\uFEFFDistrict;Workers;Worker-months;JKK;JKM;Total\r\n")).toBe(true);
    expect(result.stdout).toContain("'-Koto;1;12;120000;81600;201600");
    expect(result.stdout).toContain(`"'=HYPERLINK(""http://x"")";1;12;`);
    const coverage = iuran(["budget", PLAIN, ...PERIOD, "--by", "kecamatan", "--potential", "fixtures/sijunjung-2022/potential.csv", "--format", "csv", "--excel"]).stdout;
    expect(coverage).toContain("IV Nagari;100;100;2050;4,88;900;9000000;6120000;15120000");
  });
});

describe("audit golden outputs", () => {
  for (const format of ["csv", "json"]) {
    it(`audit.${format}`, async () => {
      const result = iuran(["audit", PLAIN, "fixtures/bad/several_errors.csv", "--format", format]);
      expect(result.code).toBe(65);
      await expect(result.stdout.replace(/"version": "[^"]+"/, '"version": "<version>"')).toMatchFileSnapshot(`./expected/audit.${format}`);
    });
  }
});

describe("the edges a finance office finds", () => {
  it("--rejects over a roster is refused before anything is written", () => {
    const roster = file("keep.csv", "nik,name,district\n1303060101800001,A,Kupitan\n");
    const result = iuran(["budget", roster, "--start", "2026-01", "--skip-invalid", "--rejects", roster]);
    expect(result.code).toBe(73);
    expect(readFileSync(roster, "utf8")).toBe("nik,name,district\n1303060101800001,A,Kupitan\n");
  });

  it("a broken file after more than 50 row errors still stops --skip-invalid, and its error is shown", () => {
    const bad = Array.from({ length: 60 }, (_, index) => `13030601018${String(index).padStart(4, "0")},X,Kupitan`);
    const good = Array.from({ length: 20 }, (_, index) => `13030601018001${String(index).padStart(2, "0")},Y,Kupitan`);
    const roster = file("late.csv", Buffer.concat([Buffer.from(["nik,name,district", ...bad, ...good].join("\n") + "\n"), Buffer.from([0x41, 0xe9, 0x0a])]));
    const result = iuran(["budget", roster, "--start", "2026-01", "--skip-invalid"]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("error INVALID_ENCODING");
  });

  it("a column that looks meant but is not read gets a warning", () => {
    const roster = file("units.csv", "NIK,Nama,Kecamatan,Penghasilan Kotor\n1303060101800001,A,Kupitan,5000000\n");
    const result = iuran(["budget", roster, "--start", "2026-01", "--funding", "APBD", "--format", "csv"]);
    expect(result.stderr).toContain('column "Penghasilan Kotor" is not read; if it holds income, add --map income="Penghasilan Kotor"');
    const priced = file("priced.csv", "NIK,Nama,Kecamatan,Penghasilan (Rp),Jml Bulan\n1303060101800001,A,Kupitan,5000000,3\n");
    expect(iuran(["budget", priced, "--start", "2026-01", "--funding", "APBD", "--format", "csv"]).stdout).toBe("workers,worker_months,jkk,jkm,total\n1,3,150000,20400,170400\n");
  });

  it("NIK-like cells are masked in rejects however they were typed", () => {
    const roster = file("typed.csv", "nik,name,district\n'1303061112820001X,A,Kupitan\n1303 0611 1282 0002 9,B,Kupitan\n");
    const rejects = join(folder, "typed-rejects.csv");
    iuran(["budget", roster, "--start", "2026-01", "--skip-invalid", "--rejects", rejects, "--format", "csv"]);
    const text = readFileSync(rejects, "utf8");
    expect(text).not.toMatch(/\d{7}/);
    expect(text).toContain("130306******0001,A");
    expect(text).toContain("130306*******0029,B");
  });

  it("grouping by NIK keeps two workers apart even when their masked forms are alike", () => {
    const roster = file("alike.csv", "nik,name,district\n1303061112820001,A,Kupitan\n1303064106920001,B,Kupitan\n");
    const csv = iuran(["budget", roster, "--start", "2026-01", "--months", "1", "--by", "nik", "--funding", "APBD", "--format", "csv"]).stdout;
    expect(csv).toBe("nik,workers,worker_months,jkk,jkm,total\n130306******0001,1,1,10000,6800,16800\n130306******0001,1,1,10000,6800,16800\n");
  });

  it("--excel goes with CSV, and leaves text columns as text", () => {
    expect(iuran(["budget", PLAIN, ...PERIOD, "--excel", "--format", "table"]).code).toBe(2);
    const roster = file("numbery.csv", "nik,name,district\n1303060101800001,A,1.5\n1303060101800002,B,-5\n");
    const csv = iuran(["budget", roster, "--start", "2026-01", "--months", "1", "--by", "district", "--funding", "APBD", "--format", "csv", "--excel"]).stdout;
    expect(csv).toContain("\r\n'-5;1;1;10000;6800;16800\r\n1.5;1;1;10000;6800;16800\r\n");
  });

  it("--errors json covers usage errors and missing files too", () => {
    expect(JSON.parse(iuran(["budget", "--bogus", "--errors", "json"]).stderr)).toEqual({ type: "error", code: "USAGE", message: "unknown option '--bogus'" });
    expect(JSON.parse(iuran(["budget", "none.csv", "--start", "2026-01", "--errors=json"]).stderr)).toMatchObject({ type: "error", code: "INPUT_MISSING" });
  });

  it("--encoding windows-1252 does not garble a UTF-8 roster given with it", () => {
    const utf8 = file("utf8-names.csv", "nik,nama,kecamatan\n1303064101800002,José,Kamang Baru\n");
    const latin = file("latin-names.csv", Buffer.from("nik,nama,kecamatan\n1303064101800003,Rosémary,Kamang Baru\n", "latin1"));
    const csv = iuran(["budget", utf8, latin, "--start", "2026-01", "--encoding", "windows-1252", "--by", "nama", "--format", "csv"]).stdout;
    expect(csv.split("\n").slice(1, 3).map((row) => row.split(",")[0])).toEqual(["José", "Rosémary"]);
  });

  it("a title above the header is skipped with a warning, never read as a worker", () => {
    const roster = file("title.csv", "DAFTAR PEKERJA RENTAN NAGARI AIE AMO 2026,,\nDibuat oleh: Wali Nagari,,\nNIK,Nama,Kecamatan\n1303060101800001,A,Kamang Baru\n1303060101800002,B,Kamang Baru,x\n");
    const result = iuran(["budget", roster, "--start", "2026-01", "--funding", "APBD"]);
    expect(result.code).toBe(65);
    // Line numbers stay those of the file.
    expect(result.stderr).toContain(`${roster}:5:4: error TOO_MANY_FIELDS`);
    const fixed = file("title-ok.csv", "DAFTAR PEKERJA RENTAN NAGARI AIE AMO 2026,,\n\nNIK,Nama,Kecamatan\n1303060101800001,A,Kamang Baru\n");
    const ok = iuran(["budget", fixed, "--start", "2026-01", "--funding", "APBD", "--format", "json"]);
    const report = JSON.parse(ok.stdout);
    // The title is not quoted: a warning carries no cell of the roster.
    expect(report.meta.warnings).toEqual([{ code: "TITLE_SKIPPED", message: `${fixed}: the header is on line 3; the line above it holds no NIK and was skipped as a title` }]);
    // read = accepted + rejected + skipped
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 0, rowsSkipped: 1 });
  });

  it("a corrected copy of a rejected row is no duplicate", () => {
    const roster = file("corrected.csv", "nik,name,district,income\n1303060101800001,A,Kupitan,satu juta\n1303060101800001,A,Kupitan,1000000\n");
    const result = iuran(["budget", roster, "--start", "2026-01", "--skip-invalid", "--format", "json"]);
    expect(result.stderr).not.toContain("DUPLICATE_NIK");
    expect(JSON.parse(result.stdout).total.workers).toBe(1);
  });
});
