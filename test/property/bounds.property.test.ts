// Near the documented bounds, every product iuran forms from counts and periods equals the same product in bigint:
// nothing is rounded by JavaScript's floating point on the way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "../../src/domain/allocate.js";
import { BudgetBuilder, totalOf } from "../../src/domain/budget.js";
import { MAX_BUDGET, workersForBudget } from "../../src/domain/capacity.js";
import { Pricer } from "../../src/domain/contribution.js";
import { MAX_WORKERS } from "../../src/domain/count.js";
import { Dec } from "../../src/domain/money.js";
import { MAX_MONTHS, monthOf } from "../../src/domain/month.js";
import { GROWTH_PLACES, grownWorkers, MAX_GROWTH_PERCENT, project } from "../../src/domain/projection.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { iuran } from "../helpers/cli.js";
import { book } from "../helpers/tariffs.js";

const terms: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM", "JHT"], income: 20_700_000n, wage: null, riskClass: null, sector: "transport", funding: "" };
const nearMaxWorkers = fc.integer({ min: MAX_WORKERS - 1_000_000, max: MAX_WORKERS });
const nearMaxMonths = fc.integer({ min: MAX_MONTHS - 24, max: MAX_MONTHS });
const pricer = new Pricer(book, "half-up");

describe("products near the bounds equal their bigint products", () => {
  it("a budget of the most workers over the most months: worker-months and amounts", () => {
    fc.assert(
      fc.property(nearMaxWorkers, nearMaxMonths, fc.integer({ min: monthOf(2015, 7), max: monthOf(2099, 1) }), (workers, months, start) => {
        const period = pricer.period(terms, termsKey(terms), start, months);
        const builder = new BudgetBuilder(["month"]);
        builder.add([""], terms.programs, period, start, months, workers);
        const { total, groups } = builder.report();
        expect(BigInt(total.workerMonths)).toBe(BigInt(workers) * BigInt(months));
        expect(total.amounts).toEqual(period.total.map((amount) => amount * BigInt(workers)));
        expect(groups.reduce((sum, group) => sum + totalOf(group.amounts), 0n)).toBe(totalOf(period.total) * BigInt(workers));
      }),
      { numRuns: 20 },
    );
  });

  it("a projection year of the most workers", () => {
    fc.assert(
      fc.property(nearMaxWorkers, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2016, max: 2199 }), (workers, months, year) => {
        const [result] = project(pricer, [{ year, workers, months, terms }]);
        const period = pricer.period(terms, termsKey(terms), monthOf(year, 1), months);
        expect(BigInt(result!.workerMonths)).toBe(BigInt(workers) * BigInt(months));
        expect(result!.total).toBe(totalOf(period.total) * BigInt(workers));
      }),
      { numRuns: 30 },
    );
  });

  it("growth compounded from the most workers: previous × (1 + growth), rounded half up", () => {
    // Growth as an integer number of 10^-(GROWTH_PLACES + 2): the percent's GROWTH_PLACES decimals, then ÷ 100.
    const scale = 10n ** BigInt(GROWTH_PLACES + 2);
    const growthUnits = fc.bigInt({ min: -scale + 1n, max: (BigInt(MAX_GROWTH_PERCENT) * scale) / 100n });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_WORKERS }), growthUnits, (previous, units) => {
        const exact = BigInt(previous) * (scale + units);
        const rounded = exact / scale + ((exact % scale) * 2n >= scale ? 1n : 0n);
        const growth = new Dec(units.toString()).dividedBy(scale.toString());
        expect(BigInt(grownWorkers(previous, growth))).toBe(rounded);
      }),
    );
  });

  it("what a budget up to the largest total buys", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MAX_BUDGET - 10n ** 12n, max: MAX_BUDGET }), fc.bigInt({ min: 3_400_000n, max: 20_160_000n }), (budget, cost) => {
        const capacity = workersForBudget(budget, cost, MAX_MONTHS);
        expect(BigInt(capacity.workers)).toBe(budget / cost);
        expect(capacity.cost + capacity.leftover).toBe(budget);
        expect(capacity.cost).toBe(BigInt(capacity.workers) * cost);
      }),
    );
  });

  it("the most workers split by large and decimal weights: the bigint largest-remainder split", () => {
    const claims = fc.uniqueArray(
      fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), units: fc.bigInt({ min: 0n, max: 10n ** 30n }) }),
      { minLength: 1, maxLength: 20, selector: (claim) => claim.key },
    );
    fc.assert(
      fc.property(nearMaxWorkers, claims, fc.integer({ min: 0, max: 12 }), (total, list, places) => {
        fc.pre(list.some((claim) => claim.units > 0n));
        // Weights of up to 31 digits with `places` decimals: far more than Dec's 60 digits hold in a product.
        const weightOf = (units: bigint) => new Dec(units.toString()).dividedBy(new Dec(10).pow(places));
        const parts = allocate(total, list.map((claim) => ({ key: claim.key, weight: weightOf(claim.units) })));
        expect(Object.fromEntries(parts.map((part) => [part.key, part.allocated]))).toEqual(hamiltonOracle(BigInt(total), list));
      }),
    );
  });
});

/** Largest remainder in bigint, ties to the smaller key: the split allocate must give. */
function hamiltonOracle(total: bigint, list: { key: string; units: bigint }[]): Record<string, number> {
  const sum = list.reduce((acc, claim) => acc + claim.units, 0n);
  const floors = list.map((claim) => ({ key: claim.key, units: claim.units, floor: (claim.units * total) / sum, remainder: (claim.units * total) % sum }));
  let leftover = total - floors.reduce((acc, part) => acc + part.floor, 0n);
  const order = floors
    .filter((part) => part.units > 0n)
    .sort((a, b) => (a.remainder !== b.remainder ? (a.remainder > b.remainder ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const part of order) {
    if (leftover === 0n) break;
    part.floor++;
    leftover--;
  }
  return Object.fromEntries(floors.map((part) => [part.key, Number(part.floor)]));
}

describe("the CLI near the bounds", () => {
  it("budget --workers W --months M totals W × the cost of one worker over M months, exactly", () => {
    const cost = new Map<number, bigint>();
    const csvTotal = (workers: number, months: number) => {
      const result = iuran(["budget", "--workers", String(workers), "--start", "2027-01", "--months", String(months), "--programs", "jkk,jkm,jht", "--income", "20700000", "--format", "csv"]);
      expect(result.code).toBe(0);
      const [, row] = result.stdout.trim().split("\n");
      const cells = row!.split(",");
      return { workerMonths: BigInt(cells[1]!), total: BigInt(cells[cells.length - 1]!) };
    };
    fc.assert(
      fc.property(nearMaxWorkers, nearMaxMonths, (workers, months) => {
        if (!cost.has(months)) cost.set(months, csvTotal(1, months).total);
        const run = csvTotal(workers, months);
        expect(run.workerMonths).toBe(BigInt(workers) * BigInt(months));
        expect(run.total).toBe(BigInt(workers) * cost.get(months)!);
      }),
      { numRuns: 4 },
    );
  });
});
