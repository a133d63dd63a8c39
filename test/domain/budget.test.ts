import { describe, expect, it } from "vitest";
import { BudgetBuilder, totalOf } from "../../src/domain/budget.js";
import { Pricer } from "../../src/domain/contribution.js";
import { parseMonth } from "../../src/domain/month.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const farmer: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "pertanian", funding: "APB Nagari" };

describe("BudgetBuilder", () => {
  it("prices the reported Sijunjung case: 1,333 × 9 × 16,800 = 201,549,600", () => {
    const pricer = new Pricer(book, "half-up");
    const builder = new BudgetBuilder([]);
    const start = parseMonth("2022-04")!;
    builder.add([], farmer.programs, pricer.period(farmer, termsKey(farmer), start, 9), start, 9, 1333);
    const report = builder.report();
    expect(totalOf(report.total.amounts)).toBe(201_549_600n);
    expect(report.total.workerMonths).toBe(11_997);
  });

  it("prices month by month across the April 2026 relief", () => {
    const pricer = new Pricer(book, "half-up");
    const builder = new BudgetBuilder(["month"]);
    const start = parseMonth("2026-01")!;
    builder.add([""], farmer.programs, pricer.period(farmer, termsKey(farmer), start, 12), start, 12);
    const report = builder.report();
    const byMonth = report.groups.map((group) => [group.key[0], totalOf(group.amounts)]);
    // Jan–Mar full (16,800), Apr–Dec halved (8,400): 3 × 16,800 + 9 × 8,400 = 126,000
    expect(byMonth.slice(0, 4)).toEqual([
      ["2026-01", 16_800n],
      ["2026-02", 16_800n],
      ["2026-03", 16_800n],
      ["2026-04", 8_400n],
    ]);
    expect(totalOf(report.total.amounts)).toBe(126_000n);
    expect(report.total.workers).toBe(1);
    expect(pricer.used().reliefs.map((relief) => relief.id)).toEqual(["pp50-2025-other"]);
  });

  it("groups by several columns, sorted by key", () => {
    const pricer = new Pricer(book, "half-up");
    const builder = new BudgetBuilder(["district", "village"]);
    const start = parseMonth("2022-04")!;
    const period = pricer.period(farmer, termsKey(farmer), start, 1);
    builder.add(["Kupitan", "Padang Sibusuk"], farmer.programs, period, start, 1);
    builder.add(["IV Nagari", "Palangki"], farmer.programs, period, start, 1, 2);
    builder.add(["Kupitan", "Padang Sibusuk"], farmer.programs, period, start, 1);
    const report = builder.report();
    expect(report.groups.map((group) => [...group.key, group.workers])).toEqual([
      ["IV Nagari", "Palangki", 2],
      ["Kupitan", "Padang Sibusuk", 2],
    ]);
  });
});
