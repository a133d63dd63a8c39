// Every count, period and total has a documented upper bound (docs/options.md, "Bounds of counts, periods and totals"):
// the bound itself is accepted and computed exactly, one more is refused with a message that states the bound.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-bounds-"));
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

// Sixteen digits in a message are masked like a NIK, whatever they were meant as: a figure past the bound is echoed
// as 100000******0001, the bound itself is written with separators that no NIK has.
const usage = (message: string) => `iuran: ${message}\n(add "--help" for usage)\n`;

function refused(args: string[], message: string) {
  const result = iuran(args);
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(usage(message));
  expect(result.code).toBe(2);
}

function csv(args: string[]): string {
  const result = iuran([...args, "--format", "csv"]);
  // Warnings (a relief applied, a target already met) may come; errors may not.
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return result.stdout;
}

const HEADCOUNT = ["budget", "--start", "2026-01", "--funding", "APBD"];

describe("workers: at most 300,000,000", () => {
  it("--workers 300000000 for 1200 months is priced exactly", () => {
    // 300,000,000 × 1,200 = 360,000,000,000 worker-months at Rp 16,800 (APBD pays, no relief): Rp 6,048,000,000,000,000.
    expect(csv([...HEADCOUNT, "--workers", "300000000", "--months", "1200"])).toBe("workers,worker_months,jkk,jkm,total\n300000000,360000000000,3600000000000000,2448000000000000,6048000000000000\n");
  });

  it("--workers 300000001 is refused", () => {
    refused([...HEADCOUNT, "--workers", "300000001"], '--workers: expected a whole number from 1 to 300,000,000, got "300000001"');
  });

  it("target: --enrolled, --potential and --target at the bound, and one above", () => {
    const target = ["target", "--enrolled", "300000000", "--potential", "300000000", "--target", "300000000", "--start", "2027-01"];
    expect(csv(target)).toMatch(/^enrolled,potential,target,additional_workers,.*\n300000000,300000000,300000000,0,/);
    refused(["target", "--enrolled", "0", "--potential", "300.000.001", "--target", "1", "--start", "2027-01"], '--potential: expected a whole number from 0 to 300,000,000, got "300.000.001"');
  });

  it("a potential file's cell: 300000000 read, 300000001 refused at its line and column", () => {
    const budget = ["budget", "fixtures/sijunjung-2022/roster.csv", "--start", "2022-04", "--months", "9", "--by", "kecamatan", "--potential"];
    expect(iuran([...budget, file("potential-ok.csv", "kecamatan,potential\nSijunjung,300000000\n"), "--format", "csv"]).code).toBe(0);
    const result = iuran([...budget, file("potential-over.csv", "kecamatan,potential\nSijunjung,300000001\n")]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(':2:2: error INVALID_COUNT: potential "300000001" is above the bound of 300,000,000 workers (more than Indonesia\'s population)\n');
  });

  it("capacity: a budget that buys exactly 300,000,000 workers, and one that buys one more", () => {
    // 300,000,000 × Rp 16,800 = Rp 5,040,000,000,000.
    const capacity = ["capacity", "--start", "2026-01", "--months", "1", "--funding", "APBD", "--budget"];
    expect(csv([...capacity, "5040000000000"])).toBe("budget,start,workers,months,cost_per_worker,cost,leftover\n5040000000000,2026-01,300000000,1,16800,5040000000000,0\n");
    const over = iuran([...capacity, "5040000016800"]);
    expect(over.code).toBe(2);
    expect(over.stderr).toBe("iuran: the budget covers 300,000,001 workers, above the bound of 300,000,000 workers (more than Indonesia's population); check the budget\n");
  });

  it("allocate quota: per-unit × units at the bound, and above it", () => {
    const quota = ["allocate", "--key", "nagari", "--start", "2027-01", "--per-unit", "300000000", "--units"];
    expect(csv([...quota, file("one-unit.csv", "nagari\nTimbulun\n")])).toMatch(/\nTimbulun,300000000,3600000000,/);
    refused([...quota, file("two-units.csv", "nagari\nTimbulun\nTanjung Gadang\n")], "--per-unit: 300,000,000 workers for each of 2 units is 600,000,000, above the bound of 300,000,000 workers (more than Indonesia's population)");
  });

  it("allocate: a minimum above the bound is refused at its cell", () => {
    const weights = file("weights-min.csv", "kecamatan,potential,minimum\nA,1,300000001\nB,1,0\n");
    const result = iuran(["allocate", "--workers", "10", "--weights", weights, "--key", "kecamatan", "--weight", "potential", "--min", "minimum", "--start", "2027-01"]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(':2:3: error INVALID_COUNT: minimum "300000001" is above the bound of 300,000,000 workers (more than Indonesia\'s population)\n');
  });
});

describe("months: at most 1200", () => {
  it("--months 1200 is accepted, 1201 refused", () => {
    expect(csv([...HEADCOUNT, "--workers", "1", "--months", "1200"])).toBe("workers,worker_months,jkk,jkm,total\n1,1200,12000000,8160000,20160000\n");
    refused([...HEADCOUNT, "--workers", "1", "--months", "1201"], '--months: months must be a whole number from 1 to 1200, got "1201"');
  });
});

describe("totals in rupiah: at most Rp 1,000,000,000,000,000", () => {
  it("--budget at the bound is accepted, one rupiah more refused", () => {
    // Rp 10^15 over 1,200 months at Rp 16,800 (Rp 20,160,000 a worker): 49,603,174 workers, Rp 14,400,000 left.
    expect(csv(["capacity", "--start", "2027-01", "--months", "1200", "--funding", "APBD", "--budget", "1000000000000000"])).toBe(
      "budget,start,workers,months,cost_per_worker,cost,leftover\n1000000000000000,2027-01,49603174,1200,20160000,999999987840000,12160000\n",
    );
    refused(["capacity", "--start", "2027-01", "--months", "1", "--budget", "1.000.000.000.000.001"], '--budget: "100000******0001" is more than Rp 1,000 trillion, the largest total iuran takes');
  });

  it("--tolerance and --expect-total share the bound", () => {
    refused(["check", "--reported", "1", "--workers", "1", "--start", "2027-01", "--months", "1", "--tolerance", "1000000000000001"], '--tolerance: "100000******0001" is more than Rp 1,000 trillion, the largest total iuran takes');
    refused([...HEADCOUNT, "--workers", "1", "--expect-total", "1000000000000001"], '--expect-total: "100000******0001" is more than Rp 1,000 trillion, the largest total iuran takes');
  });
});

describe("the bound in Indonesian is written in words, not as a sixteen-digit number a NIK mask would hide", () => {
  it("lebih dari Rp 1.000 triliun", () => {
    const result = iuran(["capacity", "--start", "2027-01", "--months", "1", "--budget", "2000000000000000", "--lang", "id"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("lebih dari Rp 1.000 triliun, jumlah terbesar");
    expect(result.stderr).not.toContain("Rp 100000*");
  });
});

describe("declared amounts: at most Rp 1,000,000,000,000,000", () => {
  it("--wage at the bound is priced exactly, one rupiah more refused", () => {
    const premium = ["premium", "--month", "2025-07", "--segment", "pu", "--risk", "1", "--programs", "jkk,jkm"];
    // JKK risk class 1 is 0.24 % and JKM 0.30 % of the wage: Rp 2,400,000,000,000 and Rp 3,000,000,000,000.
    expect(csv([...premium, "--wage", "1000000000000000"])).toMatch(/\n2025-07,JKK,2400000000000,.*\n2025-07,JKM,3000000000000,/);
    refused([...premium, "--wage", "1000000000000001"], '--wage: wage "100000******0001" is more than Rp 1,000 trillion, the largest amount iuran takes');
  });
});

describe("projections: at most 50 years, growth above -100% and at most +1000%", () => {
  const project = ["project", "--from", "2026", "--workers", "1"];

  it("--years 50 is accepted, 51 refused", () => {
    expect(csv([...project, "--years", "50"]).trim().split("\n")).toHaveLength(51);
    refused([...project, "--years", "51"], '--years: expected a whole number of years from 1 to 50, got "51"');
  });

  it("--growth 1000% is accepted and compounds exactly, 1001% refused", () => {
    // 1 × 11^4 = 14,641.
    const years = csv([...project, "--years", "5", "--growth", "1000%"]).trim().split("\n").slice(1);
    expect(years.map((line) => line.split(",")[2])).toEqual(["1", "11", "121", "1331", "14641"]);
    refused([...project, "--growth", "1001%"], "--growth: a growth of 1001% is more than +1000% a year (eleven times the workers each year); check the figure");
  });

  it("--growth with 6 decimal places is accepted, with 7 refused", () => {
    expect(iuran([...project, "--growth", "0.000001%", "--format", "csv"]).code).toBe(0);
    refused([...project, "--growth", "0.0000001%"], "--growth: a growth of 0.0000001% has more than 6 decimal places");
  });

  it("a year that grows past 300,000,000 workers is refused, naming the year", () => {
    expect(iuran(["project", "--from", "2026", "--years", "2", "--workers", "300000000", "--format", "csv"]).code).toBe(0);
    // 300,000,000 × 1.00000001 = 300,000,003.
    refused(
      ["project", "--from", "2026", "--years", "2", "--workers", "300000000", "--growth", "0.000001%"],
      "--growth: in 2027 the projection reaches 300,000,003 workers, above the bound of 300,000,000 workers (more than Indonesia's population)",
    );
  });

  it("--from runs from 1900 to 2199, and the years must end by 2199", () => {
    expect(iuran(["project", "--from", "2199", "--years", "1", "--workers", "1", "--format", "csv"]).code).toBe(0);
    refused(["project", "--from", "2200", "--workers", "1"], '--from: expected a year from 1900 to 2199, like 2026, got "2200"');
    refused(["project", "--from", "2190", "--years", "11", "--workers", "1"], "--years: 11 years from 2190 run past 2199, the last year iuran prices");
  });

  it("a scenario of 50 years is read, the 51st year refused at its line", () => {
    const rows = (count: number) => `year,workers\n${Array.from({ length: count }, (_, index) => `${2026 + index},100`).join("\n")}\n`;
    expect(iuran(["project", "--scenario", file("fifty.csv", rows(50)), "--format", "csv"]).code).toBe(0);
    const result = iuran(["project", "--scenario", file("fifty-one.csv", rows(51))]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("fifty-one.csv:52:1: error INVALID_MONTH: year 2076 is year 51 of the scenario; a projection covers at most 50 years\n");
  });

  it("a scenario's income is read as a roster's income: 0 is refused at its cell", () => {
    const result = iuran(["project", "--scenario", file("income-zero.csv", "year,workers,income\n2026,100,0\n")]);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("income-zero.csv:2:3: error INVALID_AMOUNT: income is 0; a declared income is at least Rp 1\n");
  });
});

describe("target percentages", () => {
  it("at most 6 decimal places", () => {
    const target = ["target", "--enrolled", "0", "--potential", "300000000", "--start", "2027-01", "--target-percent"];
    // 300,000,000 × 33.333333 % = 99,999,999 exactly.
    expect(csv([...target, "33.333333"])).toMatch(/^enrolled,potential,target,.*\n0,300000000,99999999,99999999,/);
    refused([...target, "33.3333333"], '--target-percent: expected a percentage from 0 to 100 with at most 6 decimal places, got "33.3333333"');
  });
});
