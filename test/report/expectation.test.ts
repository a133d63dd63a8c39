import { describe, expect, it } from "vitest";
import { readPublishedAmount, type PublishedAmount } from "../../src/domain/published-amount.js";
import { expectationAsJson, expectationOf } from "../../src/report/expectation.js";

function amount(text: string): PublishedAmount {
  const reading = readPublishedAmount(text);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.amount;
}

// Sijunjung 2022: 1,333 workers × 9 months × Rp 16,800 = Rp 201,549,600.
const COMPUTED = 201_549_600n;

describe("--expect-total reads the figure at its written precision", () => {
  it("an exact figure must be met to the rupiah", () => {
    expect(expectationOf(amount("Rp 201.549.600"), COMPUTED).status).toBe("OK");
    const off = expectationOf(amount("201549601"), COMPUTED);
    expect(off.status).toBe("MISMATCH");
    expect(off.difference).toBe(1n);
  });

  it("Rp 201,5 juta stands for 201,450,000 ≤ x < 201,550,000, which holds 201,549,600", () => {
    const expectation = expectationOf(amount("Rp 201,5 juta"), COMPUTED);
    expect(expectation.status).toBe("OK");
    expect(expectationAsJson(expectation)).toMatchObject({ expected: "201500000", expectedExact: false, expectedLow: "201450000", expectedHigh: "201550000" });
  });

  it("Rp 201,6 juta (201,550,000 ≤ x < 201,650,000) misses by 400 rupiah", () => {
    expect(expectationOf(amount("Rp 201,6 juta"), COMPUTED).status).toBe("MISMATCH");
  });

  it("Rp 201.500.000 written in full holds only as a rounding to Rp 100.000", () => {
    // 201,549,600 to the nearest 100,000 is 201,500,000; to the nearest 10,000 it is 201,550,000.
    const expectation = expectationOf(amount("Rp 201.500.000"), COMPUTED);
    expect(expectation.status).toBe("INCONSISTENT-PRECISION");
    expect(expectation.coarserStep).toBe(100_000n);
  });
});
