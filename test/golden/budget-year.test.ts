// The officer's budget year end to end, on a roster as Excel leaves it (fixtures/sijunjung-2027): a title above the
// header, start months in Excel's forms, kecamatan spelt several ways, a JUMLAH row and a signature block under the
// data, three workers running into 2028. The expected figures come from the fixture through the small reader below,
// not from iuran.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2027/roster-excel.csv";
const RATE = 16_800n; // JKK 10,000 + JKM 6,800: APBD-paid workers get no 2027 relief.
const golden = (name: string) => `./expected/budget-year/${name}`;

/** The start month of each form the fixture uses, as a month number of 2027 (written out by hand). */
const START_OF: Record<string, number> = {
  "01/01/2027": 1,
  "1/1/2027": 1,
  "Jan-27": 1,
  "Januari 2027": 1,
  "01/04/2027": 4,
  "2027-07-01": 7,
  "Okt-27": 10,
};
const OFFICIAL = ["IV Nagari", "Kamang Baru", "Koto VII", "Kupitan", "Lubuk Tarok", "Sijunjung", "Sumpur Kudus", "Tanjung Gadang"];

/** Worker rows of the fixture: kecamatan as an official name (by folding case, spaces and the Kec. prefix), start, months. */
function workers(): { district: string; start: number; months: number }[] {
  const lines = readFileSync(join(ROOT, ROSTER), "utf8").replace(/^\uFEFF/, "").split("\r\n");
  const fold = (text: string) => text.toLowerCase().replace(/^(kecamatan|kec\.?)\s+/, "").replace(/\s+/g, " ").trim();
  return lines
    .map((line) => line.split(";"))
    .filter((fields) => /^\d{16}$/.test(fields[1] ?? ""))
    .map((fields) => ({ district: OFFICIAL.find((name) => fold(name) === fold(fields[3]!))!, start: START_OF[fields[9]!]!, months: Number(fields[10]) }));
}

describe("a budget year from a roster as Excel leaves it", () => {
  const roster = workers();
  const insideMonths = (worker: { start: number; months: number }) => Math.min(worker.start + worker.months - 1, 12) - worker.start + 1;

  it("reads every worker row, each kecamatan under its official name", () => {
    expect(roster).toHaveLength(24);
    expect(roster.every((worker) => worker.district !== undefined && worker.start !== undefined)).toBe(true);
  });

  it.each(["id", "en"])("--year 2027 by kecamatan: the year's months only, what fell after counted (%s)", async (lang) => {
    const result = iuran(["budget", ROSTER, "--year", "2027", "--by", "kecamatan", "--lang", lang, "--width", "80"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split("\n").filter((line) => [...line].length > 80)).toEqual([]);
    await expect(result.stdout).toMatchFileSnapshot(golden(`budget-2027.${lang}.txt`));
    await expect(result.stderr).toMatchFileSnapshot(golden(`budget-2027.${lang}.stderr`));
  });

  it("--year 2027 CSV: each kecamatan's figures from the fixture, the months after 2027 left out", () => {
    const result = iuran(["budget", ROSTER, "--year", "2027", "--by", "kecamatan", "--format", "csv", "--quiet"]);
    expect(result.code, result.stderr).toBe(0);
    const expected = OFFICIAL.map((district) => {
      const own = roster.filter((worker) => worker.district === district);
      const months = own.reduce((sum, worker) => sum + insideMonths(worker), 0);
      return `${district},${own.length},${months},${BigInt(months) * 10_000n},${BigInt(months) * 6_800n},${BigInt(months) * RATE}`;
    });
    expect(result.stdout.trim().split("\n").slice(1)).toEqual(expected);
  });

  it("JSON states the window: 9 worker-months after it, none before", () => {
    const result = iuran(["budget", ROSTER, "--year", "2027", "--format", "json", "--quiet"]);
    const report = JSON.parse(result.stdout);
    const after = roster.reduce((sum, worker) => sum + worker.months - insideMonths(worker), 0);
    expect(after).toBe(9);
    expect(report.meta.window).toMatchObject({ first: "2027-01", last: "2027-12", workerMonthsBefore: 0, workerMonthsAfter: after, workersOutside: 0 });
    // Rows read = accepted + rejected + skipped: 24 workers, a two-line title, six footer lines.
    expect(report.meta.inputs[0]).toMatchObject({ rowsRead: 32, rowsAccepted: 24, rowsRejected: 0, rowsSkipped: 8 });
  });

  it("without --year: the whole period (243 worker-months, as the JUMLAH row says) and a warning that it spans two fiscal years", () => {
    const result = iuran(["budget", ROSTER, "--format", "csv", "--lang", "en"]);
    expect(result.code, result.stderr).toBe(0);
    const months = roster.reduce((sum, worker) => sum + worker.months, 0);
    expect(months).toBe(243);
    expect(result.stdout.trim().split("\n")[1]).toBe(`24,${months},${BigInt(months) * 10_000n},${BigInt(months) * 6_800n},${BigInt(months) * RATE}`);
    expect(result.stderr).toContain("the total spans two fiscal years, 2027 and 2028");
    expect(result.stderr).not.toContain("does not match");
  });

  it("the footer's JUMLAH row agrees with the months as written, also when --year cuts them", () => {
    const result = iuran(["budget", ROSTER, "--year", "2027", "--lang", "en"]);
    expect(result.stderr).toContain("6 rows under the data were read as the roster's footer");
    expect(result.stderr).not.toContain("does not match");
  });

  it("--excel: a spreadsheet CSV in the report's language, with its totals row", () => {
    const result = iuran(["budget", ROSTER, "--year", "2027", "--by", "kecamatan", "--excel", "--lang", "id", "--quiet"]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Kecamatan;Pekerja;Orang-bulan;JKK;JKM;Jumlah");
    const months = roster.reduce((sum, worker) => sum + insideMonths(worker), 0);
    expect(lines.at(-1)).toBe(`Jumlah;24;${months};${BigInt(months) * 10_000n};${BigInt(months) * 6_800n};${BigInt(months) * RATE}`);
  });

  it("--by kecamatan,nagari: each kecamatan's subtotal adds up its nagari, and the subtotals the whole", () => {
    const report = JSON.parse(iuran(["budget", ROSTER, "--year", "2027", "--by", "kecamatan,nagari", "--format", "json", "--quiet"]).stdout);
    type Key = { district: string; village?: string };
    expect(report.subtotals.map((subtotal: { key: Key }) => subtotal.key.district)).toEqual(OFFICIAL);
    for (const subtotal of report.subtotals) {
      const own = report.groups.filter((group: { key: Key }) => group.key.district === subtotal.key.district);
      expect(BigInt(subtotal.total)).toBe(own.reduce((sum: bigint, group: { total: string }) => sum + BigInt(group.total), 0n));
    }
    expect(report.subtotals.reduce((sum: bigint, subtotal: { total: string }) => sum + BigInt(subtotal.total), 0n)).toBe(BigInt(report.total.total));
  });
});

describe("the budget year's edges", () => {
  const dir = mkdtempSync(join(tmpdir(), "iuran-budget-year-"));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const header = "NIK,Nama,Kecamatan,Nagari,Penghasilan,Mulai,Jumlah Bulan,Sumber Dana\n";

  it("a row with a start and no months runs to the window's last month, as a headcount does", () => {
    const roster = write("open-ended.csv", `${header}1303060708010004,Zulkifli Pitopang,Kamang Baru,Kunangan Parik Rantang,1000000,10/2026,,APBD\n`);
    const fromRoster = iuran(["budget", roster, "--year", "2027", "--format", "csv", "--quiet"]);
    const fromFlags = iuran(["budget", "--workers", "1", "--start", "2026-10", "--year", "2027", "--funding", "APBD", "--format", "csv", "--quiet"]);
    expect(fromRoster.stdout).toBe("workers,worker_months,jkk,jkm,total\n1,12,120000,81600,201600\n");
    expect(fromRoster.stdout).toBe(fromFlags.stdout);
  });

  it("a roster with no month in the window says so (NOTHING_IN_WINDOW), not a quiet Rp 0", () => {
    const result = iuran(["budget", ROSTER, "--year", "2029", "--format", "json", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).meta.warnings.map((entry: { code: string }) => entry.code)).toContain("NOTHING_IN_WINDOW");
    expect(result.stderr).toContain("none of the 24 workers accepted has a month in the budget window (243 worker-months fall before it, 0 after it)");
  });

  it("--until alone still warns when what it leaves crosses a 31 December", () => {
    const result = iuran(["budget", ROSTER, "--until", "2028-02", "--format", "csv", "--lang", "en"]);
    expect(result.stderr).toContain("the total spans two fiscal years, 2027 and 2028");
  });

  it("workers without a NIK at the end of a roster are rejected, not skipped as its footer", () => {
    const roster = write("lost.csv", `${header}1303061112820001,Asril,Kamang Baru,Aie Amo,1000000,2027-01,12,APBD\n,,Kamang Baru,Aie Amo,1000000,2027-01,12,APBD\n`);
    const result = iuran(["budget", roster, "--year", "2027", "--lang", "en"]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("lost.csv:3:1: error INVALID_NIK");
  });

  it("--share with --rollup: the payers' CSV rows say what they are, under the same columns", () => {
    const result = iuran(["budget", ROSTER, "--year", "2027", "--by", "kecamatan,nagari", "--rollup", "kecamatan", "--share", "APBD=70,APBD Provinsi=30", "--format", "csv", "--quiet"]);
    // The roster states its funding (APBD Kab. Sijunjung), which a share would overrule: refused.
    expect(result.code).toBe(2);
    const headcount = iuran(["budget", "fixtures/plan-fit/roster.csv", "--by", "kecamatan,nagari", "--rollup", "kecamatan", "--share", "APBD=70,CSR=30", "--format", "csv", "--quiet"]);
    expect(headcount.code, headcount.stderr).toBe(0);
    const lines = headcount.stdout.trim().split("\n");
    const width = lines[0]!.split(",").length;
    expect(lines.every((line) => line.split(",").length === width)).toBe(true);
    expect(lines.filter((line) => line.startsWith("payer,"))).toHaveLength(2);
  });
});

describe("--excel headers are written for people", () => {
  // A header cell in snake_case is a script's column name that reached a file meant for people.
  it.each([
    ["capacity", ["capacity", "--budget", "100 jt", "--year", "2027", "--funding", "APBD"]],
    ["target", ["target", "--enrolled", "100", "--potential", "500", "--target", "200", "--year", "2027", "--funding", "APBD"]],
    ["allocate shortfall", ["allocate", "--per-unit", "10", "--budget", "18 jt", "--units", "fixtures/plan-fit/nagari-tanjung-gadang.csv", "--key", "nagari", "--year", "2027", "--funding", "APBD"]],
    ["budget by kecamatan,nagari", ["budget", ROSTER, "--year", "2027", "--by", "kecamatan,nagari"]],
  ])("%s", (_, args) => {
    for (const lang of ["id", "en"]) {
      const result = iuran([...args, "--excel", "--lang", lang, "--quiet"]);
      const header = result.stdout.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(";");
      expect(header.filter((cell) => /^[a-z]+(_[a-z]+)*$/.test(cell)), `${lang}: ${header.join(";")}`).toEqual([]);
    }
  });
});

describe("shares as officers write them", () => {
  it("a percent sign after a share is read as the bare number", () => {
    const withSign = iuran(["budget", "--workers", "10", "--year", "2027", "--share", "APBD=70%,APBD Provinsi=30%", "--format", "csv"]);
    const bare = iuran(["budget", "--workers", "10", "--year", "2027", "--share", "APBD=70,APBD Provinsi=30", "--format", "csv"]);
    expect(withSign.code, withSign.stderr).toBe(0);
    expect(withSign.stdout).toBe(bare.stdout);
  });
  it("an unknown payer is named once", () => {
    const result = iuran(["budget", "--workers", "10", "--year", "2027", "--share", "APBD=70,Foo=30", "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iuran: --share: "Foo" is not a funding source iuran knows; /);
  });
});

describe("allocate's equal split", () => {
  it("names its tie-break under the table", () => {
    const result = iuran(["allocate", "--budget", "18000000", "--units", "fixtures/plan-fit/nagari-tanjung-gadang.csv", "--key", "nagari", "--start", "2027-01", "--funding", "APBD", "--lang", "en", "--width", "200"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Split: equal split over the units in whole workers; the workers that do not divide evenly go one each to the first units in the units file's order.");
  });
});
