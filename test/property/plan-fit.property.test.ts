// Plans that fit: shares add up to the whole, the equal split to what the budget buys, and the fitted quota is the
// largest that fits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equalSplit, quotaThatFits } from "../../src/domain/allocate.js";
import { workersForBudget } from "../../src/domain/capacity.js";
import { assignClasses, splitWorkers, type PayerShare } from "../../src/domain/share.js";
import { iuran } from "../helpers/cli.js";

/** Two to five payers with integer percentages adding up to 100. */
const percentages = fc
  .array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 })
  .map((cuts) => [...new Set(cuts)].sort((a, b) => a - b))
  .map((cuts) => [...cuts, 100].map((cut, index, all) => cut - (index === 0 ? 0 : all[index - 1]!)));

function sharesOf(parts: number[]): PayerShare[] {
  return parts.map((part, index) => ({ payer: `P${index}`, numerator: BigInt(part), denominator: 100n, written: String(part) }));
}

describe("splitWorkers", () => {
  it("parts add up to the total; each is the floor or ceiling of its exact share; a rounded-up payer gets the ceiling", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), percentages, fc.option(fc.nat(4)), (total, parts, roundUpIndex) => {
        const shares = sharesOf(parts);
        const roundUp = roundUpIndex === null || roundUpIndex >= shares.length ? undefined : shares[roundUpIndex]!.payer;
        const split = splitWorkers(total, shares, roundUp);
        expect(split.reduce((sum, part) => sum + part.workers, 0)).toBe(total);
        for (const [index, part] of split.entries()) {
          const exact = BigInt(total) * BigInt(parts[index]!);
          const floor = Number(exact / 100n);
          const ceiling = Number((exact + 99n) / 100n);
          if (part.payer === roundUp) expect(part.workers).toBe(ceiling);
          // Others may give one up to the rounded-up payer.
          else expect(part.workers).toBeGreaterThanOrEqual(roundUp === undefined ? floor : floor - 1);
          expect(part.workers).toBeLessThanOrEqual(ceiling);
        }
      }),
    );
  });

  it("classes handed to payers add up, class by class and payer by payer", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }), percentages, (counts, parts) => {
        const classes = counts.map((count, index) => ({ item: index, count }));
        const total = counts.reduce((sum, count) => sum + count, 0);
        const split = splitWorkers(total, sharesOf(parts));
        const assigned = assignClasses(classes, split);
        for (const [index, part] of split.entries()) expect(assigned[index]!.reduce((sum, piece) => sum + piece.count, 0)).toBe(part.workers);
        for (const workerClass of classes) {
          const handed = assigned.flat().filter((piece) => piece.item === workerClass.item);
          expect(handed.reduce((sum, piece) => sum + piece.count, 0)).toBe(workerClass.count);
        }
      }),
    );
  });
});

describe("equalSplit and quotaThatFits", () => {
  it("the equal split adds up to what the budget buys, no two units more than one apart, the larger ones first", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.integer({ min: 1, max: 500 }), fc.bigInt({ min: 1_000n, max: 500_000n }), (budget, units, cost) => {
        const bought = workersForBudget(budget, cost, 12).workers;
        const split = equalSplit(bought, units);
        expect(split.reduce((sum, count) => sum + count, 0)).toBe(bought);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
        expect([...split].sort((a, b) => b - a)).toEqual(split);
      }),
    );
  });

  it("the fitted quota fits the budget and one more per unit does not (unless it is the quota asked)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.integer({ min: 1, max: 500 }), fc.bigInt({ min: 1n, max: 500_000n }), fc.integer({ min: 0, max: 1000 }), (budget, units, cost, asked) => {
        const fit = quotaThatFits(budget, units, cost, asked);
        expect(fit.quota).toBeLessThanOrEqual(asked);
        expect(fit.cost).toBe(BigInt(fit.quota) * BigInt(units) * cost);
        expect(fit.cost + fit.leftover).toBe(budget);
        expect(fit.leftover >= 0n).toBe(true);
        if (fit.quota < asked) expect(BigInt(fit.quota + 1) * BigInt(units) * cost > budget).toBe(true);
      }),
    );
  });
});

describe("budget --share through the CLI", () => {
  it("the payers' workers, worker-months and amounts add up to the budget's total exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), percentages, fc.constantFrom("2026-01", "2026-04", "2027-01"), fc.integer({ min: 1, max: 15 }), (workers, parts, start, months) => {
        const payers = ["APBD", "APB Nagari", "CSR", "BAZNAS", "APBD Provinsi"].slice(0, parts.length);
        const share = payers.map((payer, index) => `${payer}=${parts[index]}`).join(",");
        const result = iuran(["budget", "--workers", String(workers), "--start", start, "--months", String(months), "--share", share, "--format", "json"]);
        expect(result.code, `${share}: ${result.stderr}`).toBe(0);
        const report = JSON.parse(result.stdout);
        const sum = (field: (payer: Record<string, unknown>) => bigint) => report.payers.reduce((total: bigint, payer: Record<string, unknown>) => total + field(payer), 0n);
        expect(sum((payer) => BigInt(payer.workers as number))).toBe(BigInt(report.total.workers));
        expect(sum((payer) => BigInt(payer.workerMonths as number))).toBe(BigInt(report.total.workerMonths));
        expect(sum((payer) => BigInt(payer.total as string))).toBe(BigInt(report.total.total));
        for (const program of Object.keys(report.total.amounts)) {
          expect(sum((payer) => BigInt((payer.amounts as Record<string, string>)[program] ?? "0"))).toBe(BigInt(report.total.amounts[program]));
        }
      }),
      { numRuns: 15 },
    );
  });
});
