// Whole-CLI runs of the planning and checking commands: the figures that must hold, exit codes, golden files.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { exampleFile } from "../../src/io/examples.js";
import { iuran, stableJson } from "../helpers/cli.js";

const golden = (name: string) => `./expected/${name}`;
const NAGARI = "fixtures/sijunjung-2022/nagari.csv";
const POTENTIAL = "fixtures/sijunjung-2022/potential.csv";
const QUOTA = ["allocate", "--workers", "6200", "--per-unit", "100", "--units", NAGARI, "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01", "--funding", "APB Nagari"];
const WEIGHTED = ["allocate", "--workers", "1333", "--weights", POTENTIAL, "--key", "kecamatan", "--weight", "potential", "--start", "2022-04", "--months", "9"];

function json(args: string[], code = 0) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code).toBe(code);
  return JSON.parse(result.stdout);
}

describe("capacity", () => {
  it("Rp 201,549,600 from April 2022 for 9 months covers 1,333 workers with Rp 0 left", () => {
    expect(json(["capacity", "--budget", "201549600", "--start", "2022-04", "--months", "9"])).toMatchObject({ workers: 1333, months: 9, cost: "201549600", leftover: "0" });
  });

  it("with --workers the answer is a number of months, priced across the April 2026 relief", () => {
    // 1,333 village-paid workers: 3 × 22,394,400 + 9 × 11,197,200 = 167,958,000; January 2027 would need 22,394,400 more.
    expect(json(["capacity", "--budget", "180000000", "--start", "2026-01", "--workers", "1333", "--funding", "APB Nagari"])).toMatchObject({ months: 12, cost: "167958000", leftover: "12042000" });
  });
});

describe("allocate", () => {
  it("quota mode: 6,200 workers over Sijunjung's 62 nagari is 100 each, rolled up by the nagari count of each kecamatan", () => {
    const report = json(QUOTA);
    expect(report.groups).toHaveLength(62);
    expect(report.groups.every((group: { workers: number }) => group.workers === 100)).toBe(true);
    // The nagari of each kecamatan, counted from the bundled region data.
    const counts = new Map<string, number>();
    for (const line of readFileSync("src/data/wilayah/desa-sumatera-barat.csv", "utf8").split(/\r?\n/)) {
      const [, , district, regency] = line.split(",");
      if (regency === "Kabupaten Sijunjung") counts.set(district!, (counts.get(district!) ?? 0) + 1);
    }
    expect(Object.fromEntries(report.rollup.map((entry: { key: { district: string }; units: number; workers: number }) => [entry.key.district, [entry.units, entry.workers]]))).toEqual(
      Object.fromEntries([...counts].map(([district, nagari]) => [district, [nagari, nagari * 100]])),
    );
    expect(report.total.workers).toBe(6200);
    const rollupSum = report.rollup.reduce((sum: bigint, entry: { total: string }) => sum + BigInt(entry.total), 0n);
    expect(rollupSum.toString()).toBe(report.total.total);
  });

  it("weights: parts add up exactly to the whole and to the budget's cost", () => {
    const report = json(WEIGHTED);
    expect(report.groups.reduce((sum: number, group: { workers: number }) => sum + group.workers, 0)).toBe(1333);
    expect(report.total.total).toBe("201549600");
    for (const group of report.groups) expect(Math.abs(Number(group.exactShare) - group.workers)).toBeLessThan(1);
  });

  it("from a budget: first its capacity, then the split", () => {
    const report = json(["allocate", "--budget", "201549600", "--weights", POTENTIAL, "--key", "kecamatan", "--weight", "potential", "--start", "2022-04", "--months", "9"]);
    expect(report.total.workers).toBe(1333);
    expect([report.budget, report.total.total, report.leftover]).toEqual(["201549600", "201549600", "0"]);
  });
});

describe("check", () => {
  it("exits 0 when the reported figure holds", () => {
    const result = iuran(["check", "--reported", "201549600", "--workers", "1333", "--start", "2022-04", "--months", "9"]);
    expect(result.code).toBe(0);
  });

  it("exits 1 on a wrong figure and prints the implied worker-months", () => {
    const result = iuran(["check", "--reported", "201594600", "--workers", "1333", "--start", "2022-04", "--months", "9", "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/implied worker-months: 11,999\.6786 \(not a whole number\)/);
    expect(result.stderr).toBe("iuran: 1 of 1 claim does not hold\n");
  });

  it("checks many claims from a CSV", () => {
    const report = json(["check", "--claims", "fixtures/claims/reported.csv"], 1);
    expect(report.claims.map((claim: { status: string }) => claim.status)).toEqual(["OK", "MISMATCH", "MISMATCH", "MISMATCH", "MISMATCH"]);
    expect(report.claims[2]).toMatchObject({ impliedWorkerMonths: "10664", impliedWorkerMonthsWhole: true, impliedMonths: "8" });
  });

  it("a claim may leave out --workers, --months and --start, not --reported", () => {
    expect(json(["check", "--reported", "201549600", "--start", "2022-04", "--funding", "APBD"])).toMatchObject({ summary: { claims: 1, ok: 1, mismatches: 0, inconsistentPrecision: 0 }, claims: [{ status: "OK", basis: "implied" }] });
    // --explain then writes out what the total is divided by: one worker-month at the start.
    const explained = json(["check", "--reported", "1680000", "--start", "2026-03", "--funding", "CSR", "--explain"]);
    expect(explained.claims[0].explanation).toMatchObject([{ from: "2026-03", to: "2026-03", workers: 1, months: 1, total: "16800" }]);
    // Without a start: the full rate, no relief, and the start left empty.
    expect(json(["check", "--reported", "201549600", "--workers", "1333", "--months", "9"]).claims[0]).toMatchObject({ status: "OK", basis: "computed", start: null, fullRate: { from: "2015-07", rate: "16800" } });
    const result = iuran(["check", "--workers", "1333", "--months", "9"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a claim needs --reported, with --workers, --months and --start when the report states them (or a claims file)");
    const twice = iuran(["check", "fixtures/claims/reported.csv", "--claims", "fixtures/claims/reported.csv", "--lang", "en"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("give the claims file once");
  });

  it("a total read as one worker covered for 604 months is flagged, in JSON and in the table", () => {
    // 10,147,200 ÷ 16,800 = 604 worker-months, and one worker.
    const args = ["check", "--reported", "10147200", "--workers", "1", "--start", "2022-04", "--funding", "APBD"];
    expect(json(args).claims[0]).toMatchObject({ status: "OK", basis: "implied", impliedMonths: "604", flags: [{ code: "MONTHS_BEYOND_PLAUSIBLE" }] });
    expect(iuran([...args, "--lang", "en"]).stdout).toContain("flagged: 604 months per worker, more than 120 months (10 years): no plausible programme");
  });

  it("the same total implies the same worker-months whatever headcount is stated", () => {
    const figures = ["1", "1333", "1000000"].map((workers) => json(["check", "--reported", "201594600", "--workers", workers, "--start", "2022-04", "--months", "9"], 1).claims[0].impliedWorkerMonths);
    expect(figures).toEqual(["11999.6786", "11999.6786", "11999.6786"]);
  });

  it("an implied figure that only looks whole after rounding says so", () => {
    // 167,958,001 ÷ 10,500 ÷ 1,333 = 12.00000000071… months, shown to 4 places as 12.0000.
    const result = iuran(["check", "--reported", "167958001", "--workers", "1333", "--months", "12", "--start", "2026-01", "--funding", "APB Nagari", "--lang", "en"]);
    expect(result.stdout).toContain("with 1,333 workers: ≈12 months; with 12 months: ≈1,333 workers");
  });

  it("the help's examples name claims files that exist", () => {
    const help = iuran(["check", "--help"]).stdout;
    const names = [...help.matchAll(/--example (\S+)/g)].map((match) => match[1]!).filter((name) => name !== "<name>");
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(existsSync(exampleFile(name, "claims") ?? ""), name).toBe(true);
  });

  it("budget --expect-total exits 1 on a different total, after writing the report", () => {
    const result = iuran(["budget", "--workers", "1333", "--start", "2022-04", "--months", "9", "--expect-total", "201549601", "--format", "csv"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("workers,worker_months,jkk,jkm,total\n1333,11997,119970000,81579600,201549600\n");
    expect(iuran(["budget", "--workers", "1333", "--start", "2022-04", "--months", "9", "--expect-total", "201.549.600"]).code).toBe(0);
  });
});

describe("target and project", () => {
  it("target: 60 % of 48,838 from 17,143 enrolled", () => {
    expect(json(["target", "--enrolled", "17143", "--potential", "48838", "--target-percent", "60", "--start", "2027-01", "--funding", "APBD"])).toMatchObject({
      target: 29303,
      additionalWorkers: 12160,
      cost: "2451456000",
      coverageBefore: "35.10",
      coverageAfter: "60.00",
    });
  });

  it("project: growth rounded to whole workers, change against the previous year", () => {
    const report = json(["project", "--from", "2027", "--years", "3", "--workers", "16590", "--growth", "10%", "--funding", "APBD"]);
    expect(report.years.map((year: { workers: number; total: string; change: string | null }) => [year.workers, year.total, year.change])).toEqual([
      [16590, "3344544000", null],
      [18249, "3678998400", "334454400"],
      [20074, "4046918400", "367920000"],
    ]);
  });

  it("project: scenarios side by side, differences against the first", () => {
    const report = json(["project", "--scenario", "fixtures/scenarios/steady.csv", "--scenario", "fixtures/scenarios/expand.csv"]);
    expect(report.scenarios[1].totalDifferenceFromFirst).toBe("2382912000");
  });
});

describe("golden outputs", () => {
  const runs: [string, string[], number?][] = [
    ["capacity.json", ["capacity", "--budget", "201549600", "--start", "2022-04", "--months", "9", "--explain", "--format", "json"]],
    ["capacity.csv", ["capacity", "--budget", "180000000", "--start", "2026-01", "--workers", "1333", "--funding", "APB Nagari", "--format", "csv"]],
    ["allocate-weights.json", [...WEIGHTED, "--potential", POTENTIAL, "--format", "json"]],
    ["allocate-weights.csv", [...WEIGHTED, "--format", "csv"]],
    ["allocate-quota.csv", [...QUOTA, "--format", "csv"]],
    ["allocate-quota.id.txt", [...QUOTA, "--lang", "id"]],
    ["target.json", ["target", "--enrolled", "17143", "--potential", "48838", "--target", "30000", "--start", "2027-01", "--format", "json"]],
    ["target.csv", ["target", "--enrolled", "17143", "--potential", "48838", "--target-percent", "60", "--start", "2027-01", "--funding", "APBD", "--format", "csv"]],
    ["check-claims.csv", ["check", "--claims", "fixtures/claims/reported.csv", "--format", "csv"], 1],
    ["check-claims.json", ["check", "--claims", "fixtures/claims/reported.csv", "--format", "json"], 1],
    ["check-claims.en.txt", ["check", "--claims", "fixtures/claims/reported.csv", "--lang", "en"], 1],
    // Claims without workers or months: from a CSV with empty cells, and from flags.
    ["check-partial.en.txt", ["check", "--claims", "fixtures/claims/partial.csv", "--lang", "en"], 1],
    ["check-partial.csv", ["check", "--claims", "fixtures/claims/partial.csv", "--format", "csv"], 1],
    ["check-partial.json", ["check", "--claims", "fixtures/claims/partial.csv", "--format", "json"], 1],
    ["check-total-only.id.txt", ["check", "--reported", "1680000", "--start", "2026-03", "--funding", "CSR", "--lang", "id"]],
    ["check-workers-only.csv", ["check", "--reported", "126000", "--workers", "1", "--start", "2026-01", "--funding", "CSR", "--format", "csv"]],
    ["check-months-only.json", ["check", "--reported", "167958000", "--months", "12", "--start", "2026-01", "--funding", "APBD", "--format", "json"], 1],
    ["check-months-only.en.txt", ["check", "--reported", "167958000", "--months", "12", "--start", "2026-01", "--funding", "APBD", "--lang", "en"], 1],
    ["project-growth.csv", ["project", "--from", "2026", "--years", "5", "--workers", "16590", "--growth", "10%", "--funding", "APBD", "--format", "csv"]],
    ["project-scenarios.json", ["project", "--scenario", "fixtures/scenarios/steady.csv", "--scenario", "fixtures/scenarios/expand.csv", "--format", "json"]],
    ["budget-explain.id.txt", ["budget", "fixtures/mixed-2026/roster.csv", "--start", "2026-01", "--explain", "--lang", "id"]],
    ["budget-coverage.csv", ["budget", "fixtures/sijunjung-2022/roster.csv", "--start", "2022-04", "--months", "9", "--by", "kecamatan", "--potential", POTENTIAL, "--format", "csv"]],
  ];
  for (const [name, args, code = 0] of runs) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code).toBe(code);
      await expect(stableJson(result.stdout)).toMatchFileSnapshot(golden(name));
    });
  }

  it("CSV outputs parse back to the same totals", () => {
    const rows: Record<string, string>[] = parse(iuran([...QUOTA, "--format", "csv"]).stdout, { columns: true });
    expect(rows.reduce((sum, row) => sum + BigInt(row.total!), 0n).toString()).toBe(json(QUOTA).total.total);
  });
});

describe("planning errors", () => {
  const failures: [string, string[], number, string][] = [
    ["quota with more workers than it places: 2", ["allocate", "--workers", "7000", "--per-unit", "100", "--units", NAGARI, "--key", "nagari", "--start", "2027-01"], 2, "quota-mismatch.stderr"],
    ["capacity needs --months or --workers: 2", ["capacity", "--budget", "1000000", "--start", "2027-01"], 2, "capacity-usage.stderr"],
    ["a weights file without the key column: 65", ["allocate", "--workers", "10", "--weights", NAGARI, "--key", "district", "--weight", "potential", "--start", "2027-01"], 65, "weights-missing-column.stderr"],
  ];
  for (const [name, args, code, file] of failures) {
    it(name, async () => {
      const result = iuran(args);
      expect(result.code).toBe(code);
      await expect(result.stderr).toMatchFileSnapshot(golden(file));
    });
  }
});

describe("what an officer might plausibly type", () => {
  const folder = mkdtempSync(join(tmpdir(), "iuran-plan-"));
  const file = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  it("decimal weights are read as decimals; a dotted count that could be either is refused", () => {
    const weights = file("shares.csv", "kecamatan,share\nA,0.125\nB,0.5\nC,0.375\n");
    const report = json(["allocate", "--workers", "800", "--weights", weights, "--key", "kecamatan", "--weight", "share", "--start", "2027-01"]);
    expect(report.groups.map((group: { workers: number }) => group.workers)).toEqual([100, 400, 300]);
    const dotted = file("dotted.csv", "kecamatan,potential\nA,4.500\nB,1500\n");
    const refused = iuran(["allocate", "--workers", "10", "--weights", dotted, "--key", "kecamatan", "--weight", "potential", "--start", "2027-01"]);
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain('weight "4.500" is ambiguous: 4500 with a dot for thousands, or 4.500; add --decimal-mark');
    expect(json(["allocate", "--workers", "10", "--weights", dotted, "--key", "kecamatan", "--weight", "potential", "--start", "2027-01", "--decimal-mark", ","]).groups[0].workers).toBe(8);
  });

  it("project refuses growth without a percent sign, growth that leaves no one, and more than 12 months a year", () => {
    const base = ["project", "--from", "2027", "--workers", "100"];
    expect(iuran([...base, "--growth", "0.1"]).stderr).toContain("expected a yearly growth in percent like 10% or -2.5%");
    expect(iuran([...base, "--growth", "-100%"]).stderr).toContain("it must be above -100%");
    expect(iuran([...base, "--months", "13"]).stderr).toContain("expected 1 to 12 months within a year");
  });

  it("scenario years must follow each other, once each", () => {
    const twice = file("twice.csv", "year,workers\n2026,100\n2026,200\n");
    expect(iuran(["project", "--scenario", twice]).stderr).toContain(":3:1: error DUPLICATE_KEY: year 2026 appears twice");
    const gap = file("gap.csv", "year,workers\n2026,100\n2028,200\n");
    expect(iuran(["project", "--scenario", gap]).stderr).toContain(":3:1: error INVALID_MONTH: years must follow each other: 2028 comes after 2026");
  });

  it("an empty claims file does not pass a gate", () => {
    const empty = file("claims.csv", "label,reported_total,workers,months,start\n");
    const result = iuran(["check", "--claims", empty]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("the claims file has no claims");
  });

  it("a claims file leaves figures out with empty cells or by leaving out their columns", () => {
    const empty = file("empty-cells.csv", "label,reported_total,workers,months,start,funding\nA total and a start,1680000,,,2026-03,CSR\n");
    expect(json(["check", "--claims", empty]).claims[0]).toMatchObject({ status: "OK", basis: "implied", workers: null, months: null, impliedWorkerMonths: "100", rateChange: { month: "2026-04", rate: "8400" } });
    const noColumn = file("no-months.csv", "label,reported_total\nA total alone,Rp 969 juta\n");
    expect(json(["check", noColumn]).claims[0]).toMatchObject({ status: "OK", basis: "implied", workers: null, months: null, start: null, published: { step: "1000000" } });
    // A bad figure is reported at its line and column.
    const bad = file("bad-total.csv", "label,reported_total\nA total alone,Rp 969 juta\nA typo,Rp 9x9 juta\n");
    expect(iuran(["check", bad]).stderr).toContain("bad-total.csv:3:2: error INVALID_AMOUNT: reported_total");
  });

  it("a tolerance shows next to an OK", () => {
    const result = iuran(["check", "--reported", "201549700", "--workers", "1333", "--start", "2022-04", "--months", "9", "--tolerance", "100", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("OK (± Rp 100)");
  });

  it("capacity says when the budget outlasts a century, or buys nobody", () => {
    expect(iuran(["capacity", "--budget", "5000000000", "--start", "2026-01", "--workers", "10"]).stderr).toContain("the budget covers more than 1200 months (100 years) for 10 workers");
    expect(json(["capacity", "--budget", "1000", "--start", "2026-01", "--months", "12", "--funding", "APBD"]).meta.warnings).toEqual([{ code: "BUDGET_BUYS_NOTHING", message: "the budget does not cover a single worker for a single month of this period" }]);
  });

  it("coverage matches keys without case, and says which groups have no potential", () => {
    const potential = file("potential.csv", "kecamatan,potential\nKAMANG BARU,1000\nSijunjung,1000\n");
    const report = json(["budget", "fixtures/sijunjung-2022/roster.csv", "--start", "2022-04", "--months", "9", "--by", "kecamatan", "--potential", potential]);
    expect(report.groups.find((group: { key: { district: string } }) => group.key.district === "Kamang Baru")).toMatchObject({ potential: 1000, coveragePercent: "23.30" });
    // Only Kamang Baru (233) and Sijunjung (222) have a potential: (233 + 222) / 2,000 = 22.75 %.
    expect(report.total).toMatchObject({ potential: 2000, coveragePercent: "22.75" });
    expect(report.meta.warnings[0].code).toBe("POTENTIAL_KEYS_UNMATCHED");
    expect(report.meta.warnings[0].message).toMatch(/^6 groups have no potential in .*potential\.csv \(IV Nagari, Koto VII, Kupitan, Lubuk Tarok, Sumpur Kudus, …\); the total coverage leaves them out$/);
  });
});
