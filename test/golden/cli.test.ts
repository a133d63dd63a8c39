// Whole-CLI runs on fixtures/: the figures that must hold, exit codes, and golden outputs compared with files.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, ROOT, stableJson } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const MIXED = "fixtures/mixed-2026/roster.csv";
const SIJUNJUNG_2022 = ["--start", "2022-04", "--months", "9"];
// Reported counts per kecamatan (DOMAIN: Sijunjung 2022).
const REPORTED: Record<string, number> = {
  "Kamang Baru": 233,
  Sijunjung: 222,
  "Sumpur Kudus": 224,
  "Tanjung Gadang": 175,
  "Koto VII": 175,
  "Lubuk Tarok": 97,
  "IV Nagari": 100,
  Kupitan: 107,
};

function json(args: string[]) {
  const result = iuran([...args, "--format", "json"]);
  // Warnings may come on standard error too; errors may not.
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const golden = (name: string) => `./expected/${name}`;

describe("Sijunjung 2022: the reported case", () => {
  it("budget by kecamatan totals Rp 201,549,600, each kecamatan its count × Rp 151,200", () => {
    const report = json(["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district"]);
    expect(report.total.total).toBe("201549600");
    expect(report.total.workers).toBe(1333);
    expect(report.total.workerMonths).toBe(11997);
    const byDistrict = Object.fromEntries(report.groups.map((group: { key: { district: string }; total: string }) => [group.key.district, group.total]));
    expect(byDistrict).toEqual(Object.fromEntries(Object.entries(REPORTED).map(([district, count]) => [district, String(count * 151_200)])));
  });

  it("headcount mode gives the same total", () => {
    expect(json(["budget", "--workers", "1333", ...SIJUNJUNG_2022]).total.total).toBe("201549600");
  });

  it("group totals add up exactly to the grand total, in JSON and in CSV", () => {
    const report = json(["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district,village"]);
    const sum = report.groups.reduce((total: bigint, group: { total: string }) => total + BigInt(group.total), 0n);
    expect(sum.toString()).toBe(report.total.total);
    const csv = iuran(["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district,village", "--format", "csv"]);
    const rows: Record<string, string>[] = parse(csv.stdout, { columns: true });
    expect(rows).toHaveLength(62);
    expect(rows.reduce((total, row) => total + BigInt(row.total!), 0n)).toBe(201_549_600n);
  });

  it("meta names the tariffs, the rounding rule, the command and the roster's SHA-256", async () => {
    const { meta } = json(["budget", ROSTER, ...SIJUNJUNG_2022]);
    const { createHash } = await import("node:crypto");
    const sha = createHash("sha256").update(readFileSync(ROSTER)).digest("hex");
    expect(meta.inputs).toEqual([{ file: ROSTER, sha256: sha, encoding: "utf-8", delimiter: ",", rowsRead: 1333, rowsAccepted: 1333, rowsRejected: 0, rowsSkipped: 0 }]);
    expect(meta.tariffs.map((row: { id: string }) => row.id)).toEqual(["bpu-jkk", "bpu-jkm"]);
    expect(meta.rounding.mode).toBe("half-up");
    expect(meta.rounding.rule).toMatch(/rounded once to whole rupiah, half up/);
    expect(meta.command).toEqual(["iuran", "budget", ROSTER, ...SIJUNJUNG_2022, "--format", "json"]);
  });
});

describe("premium: the figures that must hold", () => {
  const cases: [string, string[], string][] = [
    ["JKK+JKM+JHT, July 2025: 10,000 + 6,800 + 20,000", ["--income", "1000000", "--month", "2025-07", "--programs", "jkk,jkm,jht"], "36800"],
    ["September 2020 under PP 49/2020", ["--month", "2020-09"], "168"],
    ["May 2026, farmer paid by APB Nagari", ["--month", "2026-05", "--sector", "pertanian", "--funding", "APB Nagari"], "8400"],
    ["May 2026, farmer paid by APBD", ["--month", "2026-05", "--sector", "pertanian", "--funding", "APBD"], "16800"],
    ["February 2027, transport worker", ["--month", "2027-02", "--sector", "transport"], "8400"],
    ["February 2027, farmer", ["--month", "2027-02", "--sector", "pertanian"], "16800"],
  ];
  for (const [name, args, total] of cases) {
    it(name, () => expect(json(["premium", ...args]).total).toBe(total));
  }

  it("lists a line per programme with its basis and reference", () => {
    const report = json(["premium", "--month", "2025-07", "--programs", "jkk,jkm,jht"]);
    expect(report.month).toBe("2025-07");
    expect(report.lines.map((line: { program: string; amount: string; basis: string }) => [line.program, line.amount, line.basis])).toEqual([
      ["JKK", "10000", "1% × 1000000"],
      ["JKM", "6800", "flat 6800"],
      ["JHT", "20000", "2% × 1000000"],
    ]);
    expect(report.lines[0].reference).toMatch(/PP 44\/2015/);
  });

  it("prices a PU worker", () => {
    const report = json(["premium", "--segment", "pu", "--wage", "5000000", "--risk", "3", "--month", "2025-07", "--programs", "jkk,jkm,jht,jp"]);
    expect(report.total).toBe("494500");
  });
});

describe("a roster spanning a tariff change", () => {
  it("is priced month by month, and --by month shows it", () => {
    const report = json(["budget", MIXED, "--start", "2026-01", "--by", "month"]);
    const byMonth = Object.fromEntries(report.groups.map((group: { key: { month: string }; total: string }) => [group.key.month, group.total]));
    // March → April 2026 (PP 50/2025, other sectors): the farmer paid by APB Nagari drops by 8,400; the self-paid
    // trader on Rp 2,000,000 by 10,000 + 3,400 (JHT is not relieved); APBD and the transport worker do not change.
    expect(BigInt(byMonth["2026-03"]) - BigInt(byMonth["2026-04"])).toBe(8_400n + 13_400n);
    const sum = report.groups.reduce((total: bigint, group: { total: string }) => total + BigInt(group.total), 0n);
    expect(sum.toString()).toBe(report.total.total);
    expect(report.meta.reliefs.map((relief: { id: string }) => relief.id)).toEqual(["pp50-2025-transport", "pp50-2025-other"]);
    // The roster runs into 2027: first the warning that the total spans two fiscal years.
    expect(report.meta.warnings[0]).toMatchObject({ code: "FISCAL_YEARS_SPANNED", message: expect.stringMatching(/2026 and 2027/) });
    expect(report.meta.warnings[1]).toMatchObject({ code: "FUNDING_NOT_STATED", message: expect.stringMatching(/funding not stated/) });
  });
});

describe("golden outputs", () => {
  const runs: [string, string[]][] = [
    ["budget-district.json", ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district", "--format", "json"]],
    ["budget-district.csv", ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district", "--format", "csv"]],
    ["budget-district.id.txt", ["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district", "--lang", "id"]],
    ["budget-month.en.txt", ["budget", MIXED, "--start", "2026-01", "--by", "month", "--lang", "en"]],
    ["budget-month.csv", ["budget", MIXED, "--start", "2026-01", "--by", "month", "--format", "csv"]],
    ["budget-mixed-funding.json", ["budget", MIXED, "--start", "2026-01", "--by", "funding,district", "--format", "json"]],
    ["budget-headcount.en.txt", ["budget", "--workers", "1333", ...SIJUNJUNG_2022, "--lang", "en"]],
    ["premium-2025-07.json", ["premium", "--month", "2025-07", "--programs", "jkk,jkm,jht", "--format", "json"]],
    ["premium-2025-07.csv", ["premium", "--month", "2025-07", "--programs", "jkk,jkm,jht", "--format", "csv"]],
    ["premium-transport-2026-05.id.txt", ["premium", "--month", "2026-05", "--sector", "transport", "--lang", "id"]],
    ["premium-pu.en.txt", ["premium", "--segment", "pu", "--wage", "12000000", "--risk", "2", "--programs", "jkk,jkm,jht,jp", "--month", "2025-07", "--lang", "en"]],
  ];
  for (const [name, args] of runs) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code).toBe(0);
      await expect(stableJson(result.stdout)).toMatchFileSnapshot(golden(name));
    });
  }
});

describe("exit codes and messages", () => {
  const failures: [string, string[], number, string][] = [
    ["invalid roster rows: 65, every error located", ["budget", "fixtures/bad/several_errors.csv", "--start", "2026-01"], 65, "roster-errors.stderr"],
    ["missing required column: 65", ["budget", "fixtures/bad/missing_column.csv", "--start", "2026-01"], 65, "missing-column.stderr"],
    ["bad tariff table: 65 with file:line:column", ["premium", "--month", "2025-07", "--tariff", "fixtures/bad/invalid_tariff.csv"], 65, "tariff-errors.stderr"],
    ["no tariff for the month: 65, naming programme and month", ["budget", "--workers", "10", "--start", "2010-01"], 65, "no-tariff.stderr"],
    ["bad month: 2", ["premium", "--month", "2026-13"], 2, "bad-month.stderr"],
    ["unknown format: 2", ["premium", "--format", "xml"], 2, "bad-format.stderr"],
    ["roster and --workers together: 2", ["budget", ROSTER, "--workers", "5", "--start", "2026-01"], 2, "roster-and-workers.stderr"],
    ["missing roster file: 66", ["budget", "fixtures/none.csv", "--start", "2026-01"], 66, "missing-file.stderr"],
    ["output folder missing: 73", ["budget", "--workers", "1", "--start", "2026-01", "--output", "no/such/folder/out.csv"], 73, "output-folder.stderr"],
    ["output over an input: 73", ["budget", MIXED, "--start", "2026-01", "--output", MIXED], 73, "output-over-input.stderr"],
    ["a value beyond the header: 65, not silently dropped", ["budget", "fixtures/bad/too_many_fields.csv", "--start", "2026-01"], 65, "too-many-fields.stderr"],
    ["errors of several rosters are reported together", ["budget", "fixtures/bad/several_errors.csv", "fixtures/bad/missing_column.csv", "--start", "2026-01"], 65, "several-rosters.stderr"],
    ["fractional months: 2", ["budget", "--workers", "10", "--start", "2026-01", "--months", "1.5"], 2, "fractional-months.stderr"],
    ["zero workers: 2", ["budget", "--workers", "0,0", "--start", "2026-01"], 2, "zero-workers.stderr"],
    ["a wage for an informal worker: 2", ["budget", "--workers", "10", "--start", "2026-01", "--wage", "5000000"], 2, "wage-for-bpu.stderr"],
    ["JP for an informal worker: 65", ["premium", "--month", "2025-07", "--programs", "jp"], 65, "jp-for-bpu.stderr"],
  ];
  for (const [name, args, code, file] of failures) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code).toBe(code);
      expect(result.stdout).toBe("");
      expect(result.stderr).not.toMatch(/\n\s+at /);
      await expect(result.stderr).toMatchFileSnapshot(golden(file));
    });
  }

  it("writes --output atomically and leaves no temporary file", () => {
    const folder = mkdtempSync(join(tmpdir(), "iuran-"));
    const target = join(folder, "budget.csv");
    const result = iuran(["budget", ROSTER, ...SIJUNJUNG_2022, "--by", "district", "--format", "csv", "--output", target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(target, "utf8")).toMatch(/^district,workers,worker_months,jkk,jkm,total\n/);
    // No temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(["budget.csv"]);
  });

  it("--help shows an example and --version the version", () => {
    expect(iuran(["budget", "--help"]).stdout).toMatch(/\$ iuran budget --example sijunjung-2022 /);
    expect(iuran(["premium", "--help"]).stdout).toMatch(/\$ iuran premium --income 1000000/);
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    expect(iuran(["--version"]).stdout.split("\n")[0]).toBe(`iuran ${manifest.version}`);
  });

  it("a header-only roster gives one row of zeros and a warning, not an error", () => {
    const result = iuran(["budget", "fixtures/bad/header_only.csv", "--start", "2026-01", "--format", "csv"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("workers,worker_months,total\n0,0,0\n");
    expect(JSON.parse(iuran(["budget", "fixtures/bad/header_only.csv", "--start", "2026-01", "--format", "json"]).stdout).meta.warnings).toEqual([
      { code: "ROSTER_EMPTY", message: "fixtures/bad/header_only.csv has no worker rows" },
    ]);
  });

  it("a reader that stops early (| head) ends quietly, without a stack trace", () => {
    const result = spawnSync("bash", ["-c", `node bin/iuran.js budget ${ROSTER} --start 2022-04 --by nik,month --format csv | head -1`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("nik,month,workers,worker_months,jkk,jkm,total\n");
    expect(result.stderr).toBe("");
  });

  it("an unexpected failure is printed as a bug with how to report it: exit 70, no stack trace", () => {
    // A copy of the built tool whose bundled region data has gone missing: nothing a user typed is wrong.
    const copy = mkdtempSync(join(tmpdir(), "iuran-broken-"));
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    rmSync(join(copy, "dist/data/wilayah/kecamatan.csv"));
    const result = spawnSync(process.execPath, ["bin/iuran.js", "budget", join(ROOT, ROSTER), "--start", "2022-04"], { cwd: copy, encoding: "utf8" });
    expect(result.status).toBe(70);
    expect(result.stderr).toMatch(/^iuran: internal error: .*kecamatan\.csv/);
    expect(result.stderr).toContain("This is a bug in iuran");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("follows LANG for the table language", () => {
    const indonesian = iuran(["budget", "--workers", "1333", ...SIJUNJUNG_2022], { env: { LANG: "id_ID.UTF-8" } });
    expect(indonesian.stdout).toMatch(/Rp 201\.549\.600/);
    const english = iuran(["budget", "--workers", "1333", ...SIJUNJUNG_2022], { env: { LANG: "en_US.UTF-8" } });
    expect(english.stdout).toMatch(/Rp 201,549,600/);
  });
});
