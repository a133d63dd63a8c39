// Capacity, coverage, projections, claim checks and explanations: worked cases with the arithmetic in comments.
import { publishedAmount } from "../../src/domain/published-amount.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetBuilder, totalOf } from "../../src/domain/budget.js";
import { monthsForBudget, workersForBudget } from "../../src/domain/capacity.js";
import { checkClaim } from "../../src/domain/check.js";
import { Pricer } from "../../src/domain/contribution.js";
import { coveragePercent, targetPlan, workersForPercent } from "../../src/domain/coverage.js";
import { Explanation, segmentTotal } from "../../src/domain/explain.js";
import { Dec } from "../../src/domain/money.js";
import { monthOf, parseMonth } from "../../src/domain/month.js";
import { growthPlans, grownWorkers, project } from "../../src/domain/projection.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const regency: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "pertanian", funding: "APBD" };
const village: WorkerTerms = { ...regency, funding: "APB Nagari" };

describe("capacity", () => {
  it("Rp 201,549,600 over 9 months at Rp 151,200 a worker buys 1,333 workers, nothing left", () => {
    expect(workersForBudget(201_549_600n, 151_200n, 9)).toEqual({ workers: 1333, months: 9, cost: 201_549_600n, leftover: 0n });
  });

  it("one rupiah less buys one worker less and leaves Rp 151,199", () => {
    expect(workersForBudget(201_549_599n, 151_200n, 9)).toEqual({ workers: 1332, months: 9, cost: 201_398_400n, leftover: 151_199n });
  });

  it("counts months one by one across a relief", () => {
    // 100 village-paid farmers from January 2026: 3 × 1,680,000 then 840,000 a month from April.
    const pricer = new Pricer(book, "half-up");
    const start = parseMonth("2026-01")!;
    const monthly = (offset: number) => totalOf(pricer.period(village, termsKey(village), start + offset, 1).total) * 100n;
    // 5,040,000 + 840,000 × 3 = 7,560,000 ≤ 8,000,000 < 7,560,000 + 840,000
    expect(monthsForBudget(8_000_000n, 100, monthly)).toEqual({ workers: 100, months: 6, cost: 7_560_000n, leftover: 440_000n });
  });
});

describe("coverage", () => {
  it("17,143 of 48,838 is 35.10 % (35.1015… rounded half up to two places)", () => {
    expect(coveragePercent(17_143, 48_838)?.toFixed(2)).toBe("35.10");
  });

  it("rounds the half up: 1 of 32 is 3.125 % → 3.13", () => {
    expect(coveragePercent(1, 32)?.toFixed(2)).toBe("3.13");
  });

  it("a percentage target rounds up to whole workers: 60 % of 48,838 = 29,302.8 → 29,303", () => {
    expect(workersForPercent(48_838, new Dec(60))).toBe(29_303);
    expect(targetPlan(17_143, 48_838, 29_303)).toMatchObject({ additionalWorkers: 12_160 });
  });

  it("a target already met needs nobody more", () => {
    expect(targetPlan(500, 1000, 400).additionalWorkers).toBe(0);
  });
});

describe("projection", () => {
  it("grows 16,590 workers by 10 % a year, rounding half up", () => {
    // 16,590 × 1.1 = 18,249; × 1.1 = 20,073.9 → 20,074; × 1.1 = 22,081.4 → 22,081
    expect(growthPlans(2026, 4, 16_590, new Dec("0.1"), 12, regency).map((plan) => plan.workers)).toEqual([16_590, 18_249, 20_074, 22_081]);
    expect(grownWorkers(5, new Dec("0.1"))).toBe(6); // 5.5 → 6
  });

  it("prices each year month by month and reports the change", () => {
    const pricer = new Pricer(book, "half-up");
    const years = project(pricer, growthPlans(2026, 2, 100, new Dec(0), 12, village));
    // 2026: 100 × (3 × 16,800 + 9 × 8,400) = 12,600,000; 2027: 100 × 12 × 16,800 = 20,160,000
    expect(years.map((year) => [year.year, year.total, year.change])).toEqual([
      [2026, 12_600_000n, null],
      [2027, 20_160_000n, 7_560_000n],
    ]);
  });
});

describe("check", () => {
  const pricer = new Pricer(book, "half-up");
  const base = { label: "x", workers: 1333, months: 9, start: parseMonth("2022-04")!, terms: regency, tolerance: 0n };
  // Figures written in full: exact.
  const claim = { ...base, reported: publishedAmount(0n, 1n) };
  const exact = (rupiah: bigint) => publishedAmount(rupiah, 1n);

  it("holds for the reported Sijunjung total", () => {
    expect(checkClaim(pricer, { ...claim, reported: exact(201_549_600n) }).status).toBe("OK");
  });

  it("explains eight months paid for nine: 10,664 worker-months, 8 months for 1,333 workers", () => {
    const result = checkClaim(pricer, { ...claim, reported: exact(179_155_200n) });
    expect(result.status).toBe("MISMATCH");
    expect(result.impliedWorkerMonths.toString()).toBe("10664");
    expect(result.impliedMonths?.toString()).toBe("8");
    expect(result.nearest[0]).toEqual({ workers: 1333, months: 8, total: 179_155_200n, difference: 0n });
  });

  it("finds the relief that explains a regency figure: PP 50/2025 applied although APBD pays", () => {
    // 1,333 × (3 × 16,800 + 9 × 8,400) = 167,958,000
    const result = checkClaim(pricer, { ...claim, months: 12, start: parseMonth("2026-01")!, reported: exact(167_958_000n) });
    expect(result.slips.map((slip) => [slip.code, slip.reading?.funding, slip.total])).toEqual([["RELIEF_APPLIED", "unstated", 167_958_000n]]);
  });

  it("accepts a difference within the tolerance", () => {
    expect(checkClaim(pricer, { ...claim, reported: exact(201_549_700n), tolerance: 100n }).status).toBe("OK");
    expect(checkClaim(pricer, { ...claim, reported: exact(201_549_701n), tolerance: 100n }).status).toBe("MISMATCH");
  });
});

describe("explanation", () => {
  it("segments add up to the budget, split at every tariff change", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: monthOf(2020, 1), max: monthOf(2027, 6) }), months: fc.integer({ min: 1, max: 24 }), count: fc.integer({ min: 1, max: 50 }), terms: fc.constantFrom(regency, village, { ...village, sector: "transport" }) }), { minLength: 1, maxLength: 10 }),
        (rows) => {
          const pricer = new Pricer(book, "half-up");
          const builder = new BudgetBuilder([]);
          const explanation = new Explanation(book, "half-up");
          for (const row of rows) {
            const key = termsKey(row.terms);
            builder.add([], row.terms.programs, pricer.period(row.terms, key, row.start, row.months), row.start, row.months, row.count);
            explanation.add(row.terms, key, row.start, row.months, row.count);
          }
          const segments = explanation.result();
          expect(segments.reduce((sum, segment) => sum + segmentTotal(segment), 0n)).toBe(totalOf(builder.report().total.amounts));
          for (const segment of segments) expect(new Set(segment.lines.map((line) => line.tariff.id)).size).toBe(segment.lines.length);
        },
      ),
    );
  });

  it("splits a village-paid year at the April 2026 relief", () => {
    const explanation = new Explanation(book, "half-up");
    explanation.add(village, termsKey(village), parseMonth("2026-01")!, 12, 1333);
    expect(explanation.result().map((segment) => [segment.lastMonth - segment.firstMonth + 1, segment.perWorkerMonth])).toEqual([
      [3, 16_800n],
      [9, 8_400n],
    ]);
  });
});
