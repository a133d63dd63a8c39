// Claim checks: implied figures as reported ÷ the cost of one worker-month, claims without workers or months, and
// implausible readings flagged. Worked cases with the arithmetic in comments.
import { describe, expect, it } from "vitest";
import { checkClaim, firstRateChange, MONTHS_A_BUDGET_YEAR, PLAUSIBLE_MONTHS_WITHOUT_PERIOD, type Claim } from "../../src/domain/check.js";
import { Pricer } from "../../src/domain/contribution.js";
import { Dec } from "../../src/domain/money.js";
import { parseMonth } from "../../src/domain/month.js";
import { publishedAmount, readPublishedAmount, type PublishedAmount } from "../../src/domain/published-amount.js";
import type { WorkerTerms } from "../../src/domain/worker.js";
import { book } from "../helpers/tariffs.js";

const regency: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "pertanian", funding: "APBD" };
const csr: WorkerTerms = { ...regency, funding: "CSR" };
const month = (text: string) => parseMonth(text)!;
type ClaimFields = Partial<Omit<Claim, "reported">> & { reported: bigint | PublishedAmount };
// A bigint is a figure written in full (exact); a PublishedAmount keeps the precision of its text.
const claimOf = ({ reported, ...fields }: ClaimFields): Claim => ({
  label: "x",
  workers: null,
  months: null,
  start: month("2022-04"),
  terms: regency,
  tolerance: 0n,
  ...fields,
  reported: typeof reported === "bigint" ? publishedAmount(reported, 1n) : reported,
});
const check = (fields: ClaimFields) => checkClaim(new Pricer(book, "half-up"), claimOf(fields));
const text = (value: Dec | null) => value?.toString() ?? null;

describe("a uniform rate", () => {
  // 1,333 × 9 × 16,800 = 201,549,600: 11,997 worker-months at Rp 16,800 each.
  it("stated workers and months: OK, 11,997 worker-months, 9 months, 1,333 workers", () => {
    const result = check({ reported: 201_549_600n, workers: 1333, months: 9 });
    expect(result.status).toBe("OK");
    expect(result.computed).toBe(201_549_600n);
    expect(result.rateBasis).toBe("uniform");
    expect([text(result.workerMonthCost), text(result.impliedWorkerMonths), text(result.impliedMonths), text(result.impliedWorkers)]).toEqual(["16800", "11997", "9", "1333"]);
  });

  it("months only: 201,549,600 ÷ (9 × 16,800 = 151,200) = 1,333 workers, OK (implied)", () => {
    const result = check({ reported: 201_549_600n, months: 9 });
    expect(result.status).toBe("OK");
    expect([result.computed, result.difference]).toEqual([null, null]);
    expect([text(result.impliedWorkerMonths), text(result.impliedWorkers), text(result.impliedMonths)]).toEqual(["11997", "1333", null]);
    expect(result.nearest).toEqual([{ workers: 1333, months: 9, total: 201_549_600n, difference: 0n }]);
  });

  it("a total and a start: 201,549,600 ÷ 16,800 = 11,997 worker-months; APBD pays, so the rate never changes", () => {
    const result = check({ reported: 201_549_600n });
    expect(result.status).toBe("OK");
    expect(result.rateBasis).toBe("start-month");
    expect(text(result.impliedWorkerMonths)).toBe("11997");
    expect(result.rateChange).toBeNull();
  });

  it("a total and a start that no whole number of worker-months gives, at a rate that never changes: MISMATCH", () => {
    // 201,594,600 ÷ 16,800 = 11,999.678…
    const result = check({ reported: 201_594_600n });
    expect(result.status).toBe("MISMATCH");
    expect(result.impliedWorkerMonths.toDecimalPlaces(4).toString()).toBe("11999.6786");
  });

  it("the same total, with nobody saying who pays: the rate changes in April 2026, but no mix of rates gives it", () => {
    // Worker-months at 16,800 and at 8,400 add up to multiples of 8,400; 201,594,600 ÷ 8,400 = 23,999.36.
    const result = check({ reported: 201_594_600n, terms: { ...regency, funding: "" } });
    expect(result.status).toBe("MISMATCH");
    expect(result.rateChange).toEqual({ month: month("2026-04"), rate: 8_400n, references: ["PP 50/2025"] });
  });

  it("a total that a mix of the rates can give is implied: 25,200 = 16,800 + 8,400", () => {
    expect(check({ reported: 25_200n, terms: { ...regency, funding: "" } }).status).toBe("OK");
    // Nothing gives Rp 12,345 or Rp 1: every rate from the start is a multiple of 8,400.
    expect(check({ reported: 12_345n, terms: { ...regency, funding: "" } }).status).toBe("MISMATCH");
    expect(check({ reported: 1n, terms: { ...regency, funding: "" } }).status).toBe("MISMATCH");
  });

  it("workers only: 201,549,600 ÷ 16,800 ÷ 1,333 = 9 months", () => {
    const result = check({ reported: 201_549_600n, workers: 1333 });
    expect(result.status).toBe("OK");
    expect(text(result.impliedMonths)).toBe("9");
    expect(result.nearest).toEqual([{ workers: 1333, months: 9, total: 201_549_600n, difference: 0n }]);
  });

  it("workers only, 9.002… months: no whole number of months gives the figure", () => {
    const result = check({ reported: 201_594_600n, workers: 1333 });
    expect(result.status).toBe("MISMATCH");
    expect(result.nearest.map((combination) => [combination.months, combination.difference])).toEqual([
      [9, 45_000n],
      [10, -22_349_400n],
    ]);
  });
});

describe("a period across the PP 50/2025 relief start", () => {
  // A non-transport worker funded by CSR, 2026-01 … 2026-12: 3 × 16,800 + 9 × 8,400 = 50,400 + 75,600 = 126,000,
  // on average 126,000 ÷ 12 = 10,500 a worker-month.
  const year = { start: month("2026-01"), months: 12, terms: csr };

  it("1,333 workers: 1,333 × 126,000 = 167,958,000, OK; 167,958,000 ÷ 10,500 = 15,996 worker-months", () => {
    const result = check({ ...year, reported: 167_958_000n, workers: 1333 });
    expect(result.status).toBe("OK");
    expect(result.rateBasis).toBe("average");
    expect(result.periodRates).toEqual([
      { from: month("2026-01"), months: 3, rate: 16_800n },
      { from: month("2026-04"), months: 9, rate: 8_400n },
    ]);
    expect([text(result.workerMonthCost), text(result.impliedWorkerMonths), text(result.impliedMonths), text(result.impliedWorkers)]).toEqual(["10500", "15996", "12", "1333"]);
  });

  it("months only: 167,958,000 ÷ 126,000 = 1,333 workers", () => {
    const result = check({ ...year, reported: 167_958_000n });
    expect(result.status).toBe("OK");
    expect(text(result.impliedWorkers)).toBe("1333");
  });

  it("one worker, no months: 126,000 ÷ 16,800 = 7.5 months at January's rate, but 12 months priced at their own rates give it", () => {
    const result = check({ start: month("2026-01"), terms: csr, reported: 126_000n, workers: 1 });
    expect(text(result.impliedMonths)).toBe("7.5");
    expect(result.rateChangesWithinReading).toBe(true);
    expect(result.status).toBe("OK");
    expect(result.nearest).toEqual([{ workers: 1, months: 12, total: 126_000n, difference: 0n }]);
  });

  it("one worker, no months, 134,400: 8 months at January's rate, yet no whole number of months priced at their rates gives it", () => {
    // 8 months: 3 × 16,800 + 5 × 8,400 = 92,400; 12 months: 126,000; 13 months: 126,000 + 16,800 = 142,800.
    const result = check({ start: month("2026-01"), terms: csr, reported: 134_400n, workers: 1 });
    expect(text(result.impliedMonths)).toBe("8");
    expect(result.status).toBe("MISMATCH");
    expect(result.nearest.slice(0, 2).map((combination) => [combination.months, combination.total])).toEqual([
      [12, 126_000n],
      [13, 142_800n],
    ]);
  });
});

describe("a total with a start in 2026-03", () => {
  it("is read at March's rate, Rp 16,800, and says the rate changes in 2026-04 to Rp 8,400 (PP 50/2025)", () => {
    // 1,680,000 ÷ 16,800 = 100 worker-months, true only for months before April 2026.
    const result = check({ start: month("2026-03"), terms: csr, reported: 1_680_000n });
    expect(result.status).toBe("OK");
    expect([result.monthlyRate, text(result.impliedWorkerMonths)]).toEqual([16_800n, "100"]);
    expect(result.rateChange).toEqual({ month: month("2026-04"), rate: 8_400n, references: ["PP 50/2025"] });
  });

  it("the next change after the relief months is its end: January 2027, back to Rp 16,800", () => {
    expect(firstRateChange(new Pricer(book, "half-up"), csr, month("2026-04"), 8_400n)).toEqual({ month: month("2027-01"), rate: 16_800n, references: ["PP 50/2025"] });
  });
});

describe("the same reported total yields the same worker-months whatever headcount is stated", () => {
  it("one worker or 1,333: 201,594,600 ÷ 16,800 = 11,999.678… worker-months (once clamped at 1,200 for one worker)", () => {
    for (const months of [9, null]) {
      const figures = [1, 1333, 1_000_000, null].map((workers) => text(check({ reported: 201_594_600n, workers, months }).impliedWorkerMonths));
      expect(new Set(figures).size).toBe(1);
    }
  });

  it("ojek drivers in 2026, all 12 months at the relief's Rp 8,400: 40,320,000 ÷ 8,400 = 4,800 worker-months, not a walk into 2027", () => {
    const result = check({ reported: 40_320_000n, workers: 200, months: 12, start: month("2026-01"), terms: { ...regency, sector: "transport", funding: "APB Nagari" } });
    expect([text(result.impliedWorkerMonths), text(result.impliedMonths), text(result.impliedWorkers)]).toEqual(["4800", "24", "400"]);
  });
});

describe("implausible readings are flagged", () => {
  it(`one worker, no months, 10,147,200 = 604 × 16,800: 604 months, more than ${PLAUSIBLE_MONTHS_WITHOUT_PERIOD}`, () => {
    const result = check({ reported: 10_147_200n, workers: 1 });
    expect(text(result.impliedMonths)).toBe("604");
    expect(result.flags).toEqual([{ code: "MONTHS_BEYOND_PLAUSIBLE", months: new Dec(604), limit: PLAUSIBLE_MONTHS_WITHOUT_PERIOD }]);
  });

  it("120 months for one worker is long, but not flagged", () => {
    expect(check({ reported: 120n * 16_800n, workers: 1 }).flags).toEqual([]);
  });

  it(`one worker for 12 months of 2022 reported at 10,147,200: 604 months, more than the ${MONTHS_A_BUDGET_YEAR} months of 2022`, () => {
    const result = check({ reported: 10_147_200n, workers: 1, months: 12, start: month("2022-01") });
    expect(result.status).toBe("MISMATCH");
    expect(result.flags.map((flag) => flag.code)).toContain("MONTHS_BEYOND_BUDGET_YEARS");
    expect(result.flags.find((flag) => flag.code === "MONTHS_BEYOND_BUDGET_YEARS")).toEqual({ code: "MONTHS_BEYOND_BUDGET_YEARS", months: new Dec(604), limit: 12, firstYear: 2022, lastYear: 2022 });
  });

  it("the budget years of the period bound the months: 12 months from July 2022 touch 2022 and 2023, 24 months", () => {
    // 24 × 16,800 = 403,200 for one worker: 24 months, not above 24; 25 months are.
    const base = { workers: 1, months: 12, start: month("2022-07") };
    expect(check({ ...base, reported: 24n * 16_800n }).flags.map((flag) => flag.code)).not.toContain("MONTHS_BEYOND_BUDGET_YEARS");
    expect(check({ ...base, reported: 25n * 16_800n }).flags.map((flag) => flag.code)).toContain("MONTHS_BEYOND_BUDGET_YEARS");
  });

  it("a fraction of a month over is a slip in the total, not a roster too long: at least one worker-month over is flagged", () => {
    // One worker, 12 months of 2022: 12.5 × 16,800 = 210,000 is half a worker-month over (not whole, not too long);
    // 13 × 16,800 = 218,400 is one whole worker-month over. Without months, the same at 120.5 and 121 months.
    const codes = (fields: ClaimFields) => check(fields).flags.map((flag) => flag.code);
    const year = { workers: 1, months: 12, start: month("2022-01") };
    expect(codes({ ...year, reported: 210_000n })).toEqual(["WORKERS_NOT_WHOLE", "RATE_MATCHES_NO_TARIFF"]);
    expect(codes({ ...year, reported: 218_400n })).toContain("MONTHS_BEYOND_BUDGET_YEARS");
    expect(codes({ workers: 1, reported: 120n * 16_800n + 8_400n })).toEqual([]);
    expect(codes({ workers: 1, reported: 121n * 16_800n })).toEqual(["MONTHS_BEYOND_PLAUSIBLE"]);
  });

  it("a typing slip: 201,594,600 ÷ 151,200 = 1,333.2976 workers, not whole, at Rp 16,803.75 a worker-month, no tariff's rate", () => {
    const result = check({ reported: 201_594_600n, workers: 1333, months: 9 });
    expect(result.flags.map((flag) => flag.code)).toEqual(["WORKERS_NOT_WHOLE", "RATE_MATCHES_NO_TARIFF"]);
  });

  it("Rp 10,500 a worker-month is a tariff's rate: the 2026 average with the relief applied", () => {
    // 167,958,000 ÷ (1,333 × 12) = 10,500 = (3 × 16,800 + 9 × 8,400) ÷ 12 when the funding is not stated.
    const result = check({ reported: 167_958_000n, workers: 1333, months: 12, start: month("2026-01") });
    expect(result.flags.map((flag) => flag.code)).toEqual(["WORKERS_NOT_WHOLE"]);
    expect(result.slips.map(({ code, workers, total, reading }) => ({ code, workers, total, funding: reading?.funding }))).toEqual([
      { code: "RELIEF_APPLIED", workers: 1333, total: 167_958_000n, funding: "unstated" },
    ]);
  });

  it("months only, not a whole number of workers: MISMATCH, and the reading that gives a whole one", () => {
    // 167,958,000 ÷ (12 × 16,800) = 833.125 workers; with the relief, ÷ 126,000 = 1,333.
    const result = check({ reported: 167_958_000n, months: 12, start: month("2026-01") });
    expect(result.status).toBe("MISMATCH");
    expect(result.flags).toEqual([{ code: "WORKERS_NOT_WHOLE", workers: new Dec("833.125"), months: 12 }]);
    expect(result.slips.map(({ code, workers, total, reading }) => ({ code, workers, total, funding: reading?.funding }))).toEqual([
      { code: "RELIEF_APPLIED", workers: 1333, total: 167_958_000n, funding: "unstated" },
    ]);
  });

  it("an OK claim carries no flags", () => {
    expect(check({ reported: 201_549_700n, workers: 1333, months: 9, tolerance: 100n }).flags).toEqual([]);
  });
});

describe("counts beyond 2^53", () => {
  it("workers × months is multiplied in bigint: 9,007,199,254,740,991 × 1,200 worker-months", () => {
    const workers = Number.MAX_SAFE_INTEGER;
    const computed = BigInt(workers) * 1200n * 16_800n;
    const result = check({ reported: computed + 1n, workers, months: 1200 });
    expect(result.computed).toBe(computed);
    // (computed + 1) ÷ 10,808,639,105,689,189,200 worker-months, exactly (a JavaScript number would round the count).
    expect(result.impliedMonthlyRate!.equals(new Dec((computed + 1n).toString()).dividedBy(new Dec("10808639105689189200")))).toBe(true);
  });
});

describe("tolerance", () => {
  it("a claim without workers is whole within the tolerance: 201,549,700 is 100 from 11,997 worker-months", () => {
    expect(check({ reported: 201_549_700n, tolerance: 100n }).status).toBe("OK");
    expect(check({ reported: 201_549_700n, tolerance: 99n }).status).toBe("MISMATCH");
    expect(check({ reported: 201_549_700n, months: 9, tolerance: 100n }).status).toBe("OK");
  });
});

describe("published precision", () => {
  const speech = { workers: 16_000, months: 10, start: month("2025-01") };
  const read = (text: string) => {
    const reading = readPublishedAmount(text);
    if (!reading.ok) throw new Error(reading.reason);
    return reading.amount;
  };

  it("Rp 2,7 miliar for 16,000 workers × 10 months × 16,800 = 2,688,000,000: within 2,65–2,75 miliar, OK", () => {
    const result = check({ ...speech, reported: read("Rp 2,7 miliar") });
    expect(result.status).toBe("OK");
    expect(result.basis).toBe("computed");
    // 2,650,000,000 ÷ 16,800 = 157,738.095…; 2,750,000,000 ÷ 16,800 = 163,690.476…
    expect(result.impliedRange!.low.toDecimalPlaces(4).toString()).toBe("157738.0952");
    expect(result.impliedRange!.high.toDecimalPlaces(4).toString()).toBe("163690.4762");
  });

  it("Rp 2,7 miliar for 17,000 workers: 17,000 × 10 × 16,800 = 2,856,000,000, outside 2,65–2,75 miliar: MISMATCH", () => {
    const result = check({ ...speech, workers: 17_000, reported: read("Rp 2,7 miliar") });
    expect(result.status).toBe("MISMATCH");
    expect(result.heldAt).toBeNull();
  });

  it("Rp 2.700.000.000 written in full for 2,688,000,000: holds only at 10^8 (2,7 miliar), INCONSISTENT-PRECISION", () => {
    // To the rupiah it is 12,000,000 off; to 10^7 2,688,000,000 rounds to 2,690,000,000; to 10^8, to 2,700,000,000.
    const result = check({ ...speech, reported: 2_700_000_000n });
    expect(result.status).toBe("INCONSISTENT-PRECISION");
    expect(result.heldAt).toBe(100_000_000n);
    expect(result.slips).toEqual([]);
  });

  it("a rounded total without workers: Rp 969 juta over 10 months from January 2025 is 5,765–5,770 workers", () => {
    // 968,500,000 ÷ 168,000 = 5,764.88…; 969,500,000 ÷ 168,000 = 5,770.83…: whole workers 5,765 to 5,770.
    const result = check({ months: 10, start: month("2025-01"), reported: read("Rp 969 juta") });
    expect(result.status).toBe("OK");
    expect(result.basis).toBe("implied");
    expect(result.wholeRange).toEqual({ what: "workers", first: 5_765n, last: 5_770n });
  });

  it("no start: read at the full rate, 16,800 (the 2015 rows, no relief), and the reliefs named", () => {
    // 1,680,000 ÷ 16,800 = 100 worker-months; under PP 50/2025's 8,400, 200.
    const result = check({ start: null, terms: csr, reported: 1_680_000n });
    expect(result.status).toBe("OK");
    expect(result.monthlyRate).toBe(16_800n);
    expect(result.fullRate!.from).toBe(month("2015-07"));
    expect(result.fullRate!.reliefs.map((relief) => [relief.reference, relief.rate, relief.impliedWorkerMonths.toString()])).toContainEqual(["PP 50/2025", 8_400n, "200"]);
  });
});
