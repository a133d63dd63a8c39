// budget --expect-total as a published figure: read at its written precision, through the built CLI.
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

// 1,333 workers × 9 months × Rp 16,800 = Rp 201,549,600.
const BUDGET = ["budget", "--workers", "1333", "--start", "2022-04", "--months", "9"];

describe("budget --expect-total", () => {
  it("a rounded figure holds when the total rounds to it: exit 0, the interval stated", () => {
    const result = iuran([...BUDGET, "--expect-total", "Rp 201,5 juta", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Expected total Rp 201,500,000 (a rounded figure: Rp 201,450,000 to Rp 201,549,999): OK, computed Rp 201,549,600");
  });

  it("a rounded figure the total does not round to: exit 1", () => {
    const result = iuran([...BUDGET, "--expect-total", "Rp 201,6 juta", "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("MISMATCH, computed Rp 201,549,600");
  });

  it("a figure written in full that holds only rounded: INCONSISTENT-PRECISION, exit 1, in JSON with its interval", () => {
    const result = iuran([...BUDGET, "--expect-total", "Rp 201.500.000", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).expectation).toEqual({
      expected: "201500000",
      expectedExact: true,
      expectedLow: "201500000",
      expectedHigh: "201500001",
      computed: "201549600",
      difference: "-49600",
      status: "INCONSISTENT-PRECISION",
      holdsRoundedTo: "100000",
    });
  });

  it("the exact total: exit 0", () => {
    expect(iuran([...BUDGET, "--expect-total", "201549600"]).code).toBe(0);
  });
});
