// The common slips in published totals, each found only when it gives the figure exactly. Arithmetic in comments.
import { describe, expect, it } from "vitest";
import { checkClaim, type Claim } from "../../src/domain/check.js";
import { Pricer } from "../../src/domain/contribution.js";
import { parseMonth } from "../../src/domain/month.js";
import { publishedAmount, readPublishedAmount, type PublishedAmount } from "../../src/domain/published-amount.js";
import { SLIPS, UNIT_SLIPS } from "../../src/domain/rate-slip.js";
import type { WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const regency: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "pertanian", funding: "APBD" };
const sijunjung = { label: "Sijunjung 2022", workers: 1333, months: 9, start: parseMonth("2022-04")!, terms: regency, tolerance: 0n };
const exact = (rupiah: bigint) => publishedAmount(rupiah, 1n);
function read(text: string): PublishedAmount {
  const reading = readPublishedAmount(text);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.amount;
}
const check = (fields: Partial<Claim> & Pick<Claim, "reported">) => checkClaim(new Pricer(book, "half-up"), { ...sijunjung, ...fields });
const codes = (fields: Partial<Claim> & Pick<Claim, "reported">) => check(fields).slips.map((slip) => slip.code);

describe("slips that explain a figure exactly", () => {
  it("a budget computed at 16,000: 1,333 × 9 × 16,000 = 191,952,000 for Sijunjung 2022", () => {
    const result = check({ reported: exact(191_952_000n) });
    expect(result.status).toBe("MISMATCH");
    expect(result.slips).toEqual([
      { code: "ROUND_RATE", workers: 1333, months: 9, startShift: 0, perWorker: 144_000n, rate: 16_000n, trueRate: 16_800n, total: 191_952_000n, reading: null },
    ]);
  });

  it("17,000 the other way: 1,333 × 9 × 17,000 = 203,949,000", () => {
    expect(codes({ reported: exact(203_949_000n) })).toEqual(["ROUND_RATE"]);
  });

  it("only JKK priced: 1,333 × 9 × 10,000 (1% of Rp 1,000,000) = 119,970,000; only JKM: × 6,800 = 81,579,600", () => {
    expect(codes({ reported: exact(119_970_000n) })).toEqual(["JKK_ONLY"]);
    expect(codes({ reported: exact(81_579_600n) })).toEqual(["JKM_ONLY"]);
  });

  it('"Rp 5.040 juta" for Rp 5,040,000: 300 × 1 × 16,800 = 5,040,000, and the figure ÷ 1,000 holds', () => {
    const result = check({ reported: read("Rp 5040 juta"), workers: 300, months: 1 });
    expect(result.slips.map((slip) => [slip.code, slip.total])).toEqual([["JUTA_FOR_RIBU", 5_040_000n]]);
  });

  it('"ribu" for "juta": Rp 201.550 (in thousands) for Rp 201,549,600, the figure × 1,000 holds to the thousand', () => {
    // 201,549,600 ÷ 1,000 = 201,549.6: written as "Rp 201.550 ribu" (to the thousand), × 1,000 stands for 201,549,600.
    expect(codes({ reported: read("Rp 201.550") })).toContain("RIBU_FOR_JUTA");
  });

  it("12 months for 9: 1,333 × 12 × 16,800 = 268,732,800", () => {
    expect(codes({ reported: exact(268_732_800n) })).toEqual(["FULL_YEAR"]);
  });

  it("a start earlier than stated: June 2022 for 6 months is 100,800 a worker; from January, 11 × 16,800 = 184,800", () => {
    expect(codes({ reported: exact(1333n * 184_800n), months: 6, start: parseMonth("2022-06")! })).toEqual(["EARLIER_START"]);
  });

  it("the relief applied to a regency budget (APBD): 1,333 × (3 × 16,800 + 9 × 8,400) = 167,958,000", () => {
    expect(codes({ reported: exact(167_958_000n), months: 12, start: parseMonth("2026-01")! })).toEqual(["RELIEF_APPLIED"]);
  });

  it("no start: a CSR-paid worker's 126,000 is no full-rate year (12 × 16,800 = 201,600), but 2026 from January is", () => {
    // January–March 2026 at 16,800, April–December at PP 50/2025's 8,400: 3 × 16,800 + 9 × 8,400 = 126,000.
    const result = check({ reported: exact(126_000n), workers: 1, months: 12, start: null, terms: { ...regency, funding: "CSR" } });
    expect(result.status).toBe("MISMATCH");
    expect(result.slips.map((slip) => [slip.code, slip.reading?.relief, slip.total])).toEqual([["RELIEF_PERIOD", "PP 50/2025", 126_000n]]);
  });

  it("nothing close counts: 191,952,001 is no slip's total", () => {
    const result = check({ reported: exact(191_952_001n) });
    expect(result.status).toBe("MISMATCH");
    expect(result.slips).toEqual([]);
  });

  it("a rounded figure is explained when the slip's total is one it stands for: Rp 192 juta for 191,952,000", () => {
    expect(codes({ reported: read("Rp 192 juta") })).toEqual(["ROUND_RATE"]);
  });

  it("a figure that holds has no slips", () => {
    expect(check({ reported: exact(201_549_600n) }).slips).toEqual([]);
  });

  it("every slip says where it comes from", () => {
    for (const rule of [...SLIPS, ...UNIT_SLIPS]) expect(rule.source.length).toBeGreaterThan(20);
  });
});
