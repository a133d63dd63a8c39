// Invariants of claim checks, under fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { totalOf } from "../../src/domain/budget.js";
import { checkClaim, type Claim } from "../../src/domain/check.js";
import { Pricer } from "../../src/domain/contribution.js";
import { Dec, rupiahToDec } from "../../src/domain/money.js";
import { monthOf } from "../../src/domain/month.js";
import { publishedAmount, roundedTo, stands, type PublishedAmount } from "../../src/domain/published-amount.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const terms: fc.Arbitrary<WorkerTerms> = fc.record({
  segment: fc.constant("BPU" as const),
  programs: fc.constantFrom(["JKK", "JKM"] as const, ["JKK", "JKM", "JHT"] as const),
  income: fc.bigInt({ min: 1_000_000n, max: 20_700_000n }),
  wage: fc.constant(null),
  riskClass: fc.constant(null),
  sector: fc.constantFrom("", "transport", "pertanian"),
  funding: fc.constantFrom("", "APBD", "APB Nagari", "CSR"),
});
// Through every relief: COVID-19 (2020–2021) and PP 50/2025 (2026–2027).
const start = fc.integer({ min: monthOf(2019, 1), max: monthOf(2028, 1) });
const headcount = fc.oneof(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));

/** A bigint is a figure written in full (exact). */
function claimOf({ reported, ...fields }: Omit<Claim, "label" | "tolerance" | "reported"> & { reported: bigint | PublishedAmount }): Claim {
  return { label: "x", tolerance: 0n, ...fields, reported: typeof reported === "bigint" ? publishedAmount(reported, 1n) : reported };
}

describe("check invariants", () => {
  it("implied worker-months do not depend on the stated headcount", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        headcount,
        headcount,
        fc.option(fc.integer({ min: 1, max: 24 })),
        start,
        terms,
        (reported, workers, otherWorkers, months, first, workerTerms) => {
          const pricer = new Pricer(book, "half-up");
          const base = { reported, months, start: first, terms: workerTerms };
          const stated = checkClaim(pricer, claimOf({ ...base, workers }));
          const other = checkClaim(pricer, claimOf({ ...base, workers: otherWorkers }));
          const none = checkClaim(pricer, claimOf({ ...base, workers: null }));
          expect(stated.impliedWorkerMonths.equals(other.impliedWorkerMonths)).toBe(true);
          expect(stated.impliedWorkerMonths.equals(none.impliedWorkerMonths)).toBe(true);
          // And it is the reported total ÷ the cost of one worker-month, nothing else (to 30 places: an average cost
          // such as 134,400 ÷ 7 has no finite decimal, so the two ways of dividing round at different digits).
          const places = (value: Dec) => value.toDecimalPlaces(30).toString();
          expect(places(stated.impliedWorkerMonths)).toBe(places(rupiahToDec(reported).dividedBy(stated.workerMonthCost)));
        },
      )
    );
  });

  it("over stated months, the cost of one worker-month is one worker's cost over them ÷ their number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 36 }), start, terms, (months, first, workerTerms) => {
        const pricer = new Pricer(book, "half-up");
        const perWorker = totalOf(pricer.period(workerTerms, termsKey(workerTerms), first, months).total);
        const result = checkClaim(pricer, claimOf({ reported: perWorker * 7n, workers: null, months, start: first, terms: workerTerms }));
        expect(result.workerMonthCost.equals(rupiahToDec(perWorker).dividedBy(months))).toBe(true);
        expect(result.rateBasis).toBe(result.rateVaries ? "average" : "uniform");
        // Seven workers' cost implies seven workers, whatever the rates inside the period.
        expect(result.impliedWorkers!.equals(new Dec(7))).toBe(true);
        expect(result.status).toBe("OK");
        expect(result.basis).toBe("implied");
      })
    );
  });

  it("a total the formula gives for stated workers and months is OK, and implies exactly those months", () => {
    fc.assert(
      fc.property(headcount, fc.integer({ min: 1, max: 24 }), start, terms, (workers, months, first, workerTerms) => {
        const pricer = new Pricer(book, "half-up");
        const reported = totalOf(pricer.period(workerTerms, termsKey(workerTerms), first, months).total) * BigInt(workers);
        const result = checkClaim(pricer, claimOf({ reported, workers, months, start: first, terms: workerTerms }));
        expect(result.status).toBe("OK");
        expect(result.impliedMonths!.equals(months)).toBe(true);
        expect(result.flags).toEqual([]);
      })
    );
  });

  it("a computed total published rounded to any step is OK; written in full at that rounding it is not", () => {
    fc.assert(
      fc.property(headcount, fc.integer({ min: 1, max: 24 }), start, terms, fc.integer({ min: 1, max: 9 }), (workers, months, first, workerTerms, places) => {
        const pricer = new Pricer(book, "half-up");
        const computed = totalOf(pricer.period(workerTerms, termsKey(workerTerms), first, months).total) * BigInt(workers);
        const step = 10n ** BigInt(places);
        const written = roundedTo(computed, step);
        const base = { workers, months, start: first, terms: workerTerms };
        const rounded = checkClaim(pricer, claimOf({ ...base, reported: publishedAmount(written, step) }));
        expect(rounded.status).toBe("OK");
        if (written !== computed) {
          // The same digits written to the rupiah claim a precision the figure does not have: never OK, and if the
          // figure holds at some coarser step, that step is at most the one it was rounded to.
          const full = checkClaim(pricer, claimOf({ ...base, reported: written }));
          expect(full.status).not.toBe("OK");
          if (full.status === "INCONSISTENT-PRECISION") expect(full.heldAt! <= step).toBe(true);
          else expect(full.heldAt).toBeNull();
        }
      }),
    );
  });

  it("every slip found gives the figure exactly: its computation is a total the figure stands for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 12 }), start, terms, fc.bigInt({ min: 1n, max: 10n ** 12n }), (workers, months, first, workerTerms, reported) => {
        const pricer = new Pricer(book, "half-up");
        const result = checkClaim(pricer, claimOf({ reported, workers, months, start: first, terms: workerTerms }));
        expect(["OK", "MISMATCH", "INCONSISTENT-PRECISION"]).toContain(result.status);
        if (result.status !== "MISMATCH") expect(result.slips).toEqual([]);
        for (const slip of result.slips) {
          if (slip.perWorker !== null) {
            expect(slip.perWorker * BigInt(slip.workers!)).toBe(slip.total);
            expect(stands(result.claim.reported, slip.total)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
