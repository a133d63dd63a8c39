import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, AllocationError } from "../../src/domain/allocate.js";
import { Dec } from "../../src/domain/money.js";

const claims = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), weight: fc.integer({ min: 0, max: 100_000 }) }), {
  minLength: 1,
  maxLength: 30,
  selector: (claim) => claim.key,
});

function run(total: number, list: { key: string; weight: number }[]) {
  return allocate(total, list.map((claim) => ({ key: claim.key, weight: new Dec(claim.weight) })));
}

describe("allocate (largest remainder)", () => {
  it("parts sum exactly to the whole, each within one of its exact share, zero weight gets zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), claims, (total, list) => {
        fc.pre(list.some((claim) => claim.weight > 0));
        const parts = run(total, list);
        expect(parts.reduce((sum, part) => sum + part.allocated, 0)).toBe(total);
        for (const part of parts) {
          expect(part.exactShare.minus(part.allocated).abs().lessThan(1)).toBe(true);
          if (part.weight.isZero()) expect(part.allocated).toBe(0);
        }
      }),
    );
  });

  it("reordering the input changes nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), claims.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), (total, [list, shuffled]) => {
        fc.pre(list.some((claim) => claim.weight > 0));
        const byKey = (parts: ReturnType<typeof run>) => Object.fromEntries(parts.map((part) => [part.key, part.allocated]));
        expect(byKey(run(total, shuffled))).toEqual(byKey(run(total, list)));
      }),
    );
  });

  it("respects min and max and still sums exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), weight: fc.integer({ min: 1, max: 1000 }), min: fc.integer({ min: 0, max: 50 }), span: fc.integer({ min: 0, max: 5000 }) }), {
          minLength: 1,
          maxLength: 12,
          selector: (claim) => claim.key,
        }),
        (total, list) => {
          const bounded = list.map((claim) => ({ key: claim.key, weight: new Dec(claim.weight), min: claim.min, max: claim.min + claim.span }));
          const feasible = list.reduce((sum, claim) => sum + claim.min, 0) <= total && list.reduce((sum, claim) => sum + claim.min + claim.span, 0) >= total;
          if (!feasible) {
            expect(() => allocate(total, bounded)).toThrow(AllocationError);
            return;
          }
          const parts = allocate(total, bounded);
          expect(parts.reduce((sum, part) => sum + part.allocated, 0)).toBe(total);
          parts.forEach((part, index) => {
            expect(part.allocated).toBeGreaterThanOrEqual(bounded[index]!.min);
            expect(part.allocated).toBeLessThanOrEqual(bounded[index]!.max);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("allocate: worked cases", () => {
  it("breaks equal remainders by the key in ascending order", () => {
    // 10 over three equal weights: 3.33… each; floors 3+3+3, one left, to the smallest key "A".
    const parts = run(10, [
      { key: "C", weight: 1 },
      { key: "A", weight: 1 },
      { key: "B", weight: 1 },
    ]);
    expect(parts.map((part) => [part.key, part.allocated])).toEqual([
      ["C", 3],
      ["A", 4],
      ["B", 3],
    ]);
  });

  it("gives the leftover to the largest remainders", () => {
    // 100 by 1:2:3:4 → 10, 20, 30, 40 exactly; 101 → shares 10.1, 20.2, 30.3, 40.4 → floors 100, one to 40.4.
    expect(run(101, [{ key: "a", weight: 1 }, { key: "b", weight: 2 }, { key: "c", weight: 3 }, { key: "d", weight: 4 }]).map((part) => part.allocated)).toEqual([10, 20, 30, 41]);
  });

  it("holds a part at its minimum and shares the rest", () => {
    const parts = allocate(100, [
      { key: "a", weight: new Dec(1), min: 20 },
      { key: "b", weight: new Dec(9) },
    ]);
    expect(parts.map((part) => part.allocated)).toEqual([20, 80]);
  });
});
