// Declarative cases, OpenFisca style: a worker, a month, the expected lines; the arithmetic in a comment.
import { describe, expect, it } from "vitest";
import { monthlyContribution, PricingError } from "../../src/domain/contribution.js";
import type { RoundingMode } from "../../src/domain/money.js";
import { parseMonth } from "../../src/domain/month.js";
import type { Program } from "../../src/domain/program.js";
import { DEFAULT_INCOME, type WorkerTerms } from "../../src/domain/worker.js";
import { bundledFundingVocabulary } from "../../src/io/funding-file.js";
import { book } from "../helpers/tariffs.js";

/** A worker as a roster row states it: the funding text is read into its category as the CLI reads it. */
function worker(overrides: Partial<WorkerTerms> = {}): WorkerTerms {
  const terms = { segment: "BPU" as const, programs: ["JKK", "JKM"] as const, income: DEFAULT_INCOME, wage: null, riskClass: null, sector: "", funding: "", ...overrides };
  const funding = bundledFundingVocabulary().resolve(terms.funding);
  if (!funding.ok) throw new Error(`test funding ${terms.funding}: ${funding.reason}`);
  return { ...terms, funding: funding.source };
}

function price(month: string, terms: WorkerTerms, rounding: RoundingMode = "half-up") {
  const lines = monthlyContribution(book, terms, parseMonth(month)!, rounding);
  return Object.fromEntries(lines.map((line) => [line.program, line.amount])) as Partial<Record<Program, bigint>>;
}

interface Case {
  name: string;
  month: string;
  terms: Partial<WorkerTerms>;
  expected: Partial<Record<Program, bigint>>;
  rounding?: RoundingMode;
}

const cases: Case[] = [
  // 1% × 1,000,000 = 10,000; flat 6,800; 2% × 1,000,000 = 20,000; total 36,800
  { name: "BPU minimum package with JHT, July 2025", month: "2025-07", terms: { programs: ["JKK", "JKM", "JHT"] }, expected: { JKK: 10_000n, JKM: 6_800n, JHT: 20_000n } },
  // PP 49/2020: 10,000 × 0.01 = 100; 6,800 × 0.01 = 68; total 168
  { name: "COVID relief, September 2020", month: "2020-09", terms: {}, expected: { JKK: 100n, JKM: 68n } },
  { name: "before the COVID relief, July 2020", month: "2020-07", terms: {}, expected: { JKK: 10_000n, JKM: 6_800n } },
  { name: "after the COVID relief, February 2021", month: "2021-02", terms: {}, expected: { JKK: 10_000n, JKM: 6_800n } },
  // PP 50/2025 other sectors, Apr–Dec 2026; APB Nagari is not excluded by default: 5,000 + 3,400 = 8,400
  { name: "farmer paid by APB Nagari, May 2026", month: "2026-05", terms: { sector: "pertanian", funding: "APB Nagari" }, expected: { JKK: 5_000n, JKM: 3_400n } },
  { name: "farmer paid by APBD, May 2026 (PP 50/2025 excludes APBD)", month: "2026-05", terms: { sector: "pertanian", funding: "APBD" }, expected: { JKK: 10_000n, JKM: 6_800n } },
  { name: "APBN is excluded too, whatever its spelling", month: "2026-05", terms: { funding: "apbn" }, expected: { JKK: 10_000n, JKM: 6_800n } },
  // PP 50/2025 excludes "APBN atau APBD": every way officers write a regency's or a province's budget is APBD.
  ...["APBD Kabupaten", "APBD Kab. Tanah Datar", "APBD II", "APBD-P", "APBD Perubahan", "APBD Provinsi", "APBD Sumatera Barat", "Pemkab Sijunjung", "Dana APBD"].map(
    (spelling): Case => ({ name: `"${spelling}" is APBD: no relief in May 2026`, month: "2026-05", terms: { funding: spelling }, expected: { JKK: 10_000n, JKM: 6_800n } }),
  ),
  // Village budgets are not APBD under the bundled reading: 16,800 × 0.5.
  ...["Dana Desa", "ADD", "PADes", "APBDes", "APB Nagari Koto Tuo"].map(
    (spelling): Case => ({ name: `"${spelling}" is a village budget: relief in May 2026`, month: "2026-05", terms: { funding: spelling }, expected: { JKK: 5_000n, JKM: 3_400n } }),
  ),
  { name: "farmer, March 2026 (other sectors start in April)", month: "2026-03", terms: { sector: "pertanian" }, expected: { JKK: 10_000n, JKM: 6_800n } },
  { name: "transport worker, January 2026", month: "2026-01", terms: { sector: "transport" }, expected: { JKK: 5_000n, JKM: 3_400n } },
  { name: "transport worker, February 2027", month: "2027-02", terms: { sector: "transport" }, expected: { JKK: 5_000n, JKM: 3_400n } },
  { name: "an online ojek driver is in transport, February 2027", month: "2027-02", terms: { sector: "Ojek Online" }, expected: { JKK: 5_000n, JKM: 3_400n } },
  { name: "a courier is in transport, and out of the other-sector relief, May 2026", month: "2026-05", terms: { sector: "kurir" }, expected: { JKK: 5_000n, JKM: 3_400n } },
  { name: "transport worker, April 2027 (relief over)", month: "2027-04", terms: { sector: "Transportasi" }, expected: { JKK: 10_000n, JKM: 6_800n } },
  { name: "farmer, February 2027", month: "2027-02", terms: { sector: "pertanian" }, expected: { JKK: 10_000n, JKM: 6_800n } },
  // PU risk group III, wage 5,000,000: 0.89% → 44,500; 0.30% → 15,000; 5.7% → 285,000; 3% → 150,000
  {
    name: "PU risk group III, July 2025",
    month: "2025-07",
    terms: { segment: "PU", wage: 5_000_000n, riskClass: 3, programs: ["JKK", "JKM", "JHT", "JP"] },
    expected: { JKK: 44_500n, JKM: 15_000n, JHT: 285_000n, JP: 150_000n },
  },
  // JP on the capped wage: 3% × 10,547,400 = 316,422
  { name: "PU pension above the wage cap, July 2025", month: "2025-07", terms: { segment: "PU", wage: 12_000_000n, programs: ["JP"] }, expected: { JP: 316_422n } },
  // 3% × 10,042,300 = 301,269
  { name: "PU pension cap of 2024, February 2025", month: "2025-02", terms: { segment: "PU", wage: 12_000_000n, programs: ["JP"] }, expected: { JP: 301_269n } },
  // PP 7/2025: 0.24% × 4,000,000 = 9,600 × 0.5 = 4,800
  { name: "PU labour-intensive industry, JKK halved, July 2025", month: "2025-07", terms: { segment: "PU", wage: 4_000_000n, riskClass: 1, sector: "padat karya", programs: ["JKK"] }, expected: { JKK: 4_800n } },
  // 1% × 1,234,567 = 12,345.67
  { name: "half-up rounds 12,345.67 up", month: "2025-07", terms: { income: 1_234_567n, programs: ["JKK"] }, expected: { JKK: 12_346n } },
  { name: "down drops 12,345.67 to 12,345", month: "2025-07", terms: { income: 1_234_567n, programs: ["JKK"] }, expected: { JKK: 12_345n }, rounding: "down" },
  // 1% × 1,000,050 = 10,000.5: the half case for each mode
  { name: "half-up: 10,000.5 → 10,001", month: "2025-07", terms: { income: 1_000_050n, programs: ["JKK"] }, expected: { JKK: 10_001n } },
  { name: "half-even: 10,000.5 → 10,000", month: "2025-07", terms: { income: 1_000_050n, programs: ["JKK"] }, expected: { JKK: 10_000n }, rounding: "half-even" },
  { name: "half-even: 10,001.5 → 10,002", month: "2025-07", terms: { income: 1_000_150n, programs: ["JKK"] }, expected: { JKK: 10_002n }, rounding: "half-even" },
  { name: "up: 10,000.5 → 10,001", month: "2025-07", terms: { income: 1_000_050n, programs: ["JKK"] }, expected: { JKK: 10_001n }, rounding: "up" },
  // 1% × 1,000,100 × 0.5 = 5,000.5 → 5,001 half-up
  { name: "relief applied before the single rounding", month: "2026-05", terms: { income: 1_000_100n, sector: "transport", programs: ["JKK"] }, expected: { JKK: 5_001n } },
  // Rounded once, after the relief: 1% × 1,000,130 × 0.5 = 5,000.65 → 5,001.
  // Rounding twice would give 10,001 × 0.5 = 5,000.5 → 5,000 (half-even): the case tells the two apart.
  { name: "one rounding, after the relief", month: "2026-05", terms: { income: 1_000_130n, sector: "transport", programs: ["JKK"] }, expected: { JKK: 5_001n }, rounding: "half-even" },
];

describe("monthly contribution", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(price(testCase.month, worker(testCase.terms), testCase.rounding)).toEqual(testCase.expected);
    });
  }

  it("names the tariff row and the relief behind each line", () => {
    const [jkk] = monthlyContribution(book, worker({ sector: "transport" }), parseMonth("2026-05")!, "half-up");
    expect(jkk?.tariff.id).toBe("bpu-jkk");
    expect(jkk?.relief?.id).toBe("pp50-2025-transport");
    expect(jkk?.exact.toString()).toBe("5000");
  });
});

describe("what cannot be priced is an error, never a zero", () => {
  const failures: [string, string, Partial<WorkerTerms>, string][] = [
    ["before any tariff row", "2015-06", {}, "NO_TARIFF"],
    ["JP for an informal worker", "2025-07", { programs: ["JP"] }, "NO_TARIFF"],
    ["JP after the last known wage cap", "2026-03", { segment: "PU", wage: 5_000_000n, programs: ["JP"] }, "NO_TARIFF"],
    ["income below the floor", "2025-07", { income: 999_999n }, "INCOME_BELOW_FLOOR"],
    ["income above the ceiling", "2025-07", { income: 20_700_001n }, "INCOME_ABOVE_CEILING"],
    ["a wage earner without a wage", "2025-07", { segment: "PU" }, "MISSING_WAGE"],
    ["a wage earner without a risk class", "2025-07", { segment: "PU", wage: 5_000_000n }, "MISSING_RISK_CLASS"],
  ];
  for (const [name, month, terms, code] of failures) {
    it(name, () => {
      let caught: unknown;
      try {
        monthlyContribution(book, worker(terms), parseMonth(month)!, "half-up");
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PricingError);
      expect((caught as PricingError).code).toBe(code);
    });
  }

  it("the NO_TARIFF message names the programme and the month", () => {
    expect(() => monthlyContribution(book, worker(), parseMonth("2015-06")!, "half-up")).toThrow(/JKK for BPU in 2015-06/);
  });

  it("accepts the floor and the ceiling themselves", () => {
    expect(price("2025-07", worker({ income: 1_000_000n, programs: ["JKK"] }))).toEqual({ JKK: 10_000n });
    expect(price("2025-07", worker({ income: 20_700_000n, programs: ["JKK"] }))).toEqual({ JKK: 207_000n });
  });
});
