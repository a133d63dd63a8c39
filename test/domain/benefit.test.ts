// The benefit schedule, each amount pinned to its regulation (PP 44/2015 as amended by PP 82/2019; Permenaker 5/2021),
// with the arithmetic in a comment. The bundled table is read as the command reads it.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benefitFor, benefitSchedule, type BenefitEvent, type BenefitQuestion } from "../../src/domain/benefit.js";
import { parseMonth } from "../../src/domain/month.js";
import { readBenefitTable } from "../../src/io/benefit-file.js";

const schedule = readBenefitTable("benefits.csv", readFileSync("src/data/benefits/benefits.csv"));
const JANUARY_2026 = parseMonth("2026-01")!;

function ask(event: BenefitEvent, more: Partial<BenefitQuestion> = {}) {
  return benefitFor(schedule, { event, income: 1_000_000n, month: JANUARY_2026, monthsPaid: null, monthsOff: null, children: null, ...more });
}
const amounts = (result: ReturnType<typeof ask>) => result.lines.map((line) => [line.row.component, line.amount]);

describe("JKM: death not from work (PP 82/2019)", () => {
  it("pays Rp 42,000,000 = 20,000,000 lump sum + 24 × 500,000 periodic + 10,000,000 funeral", () => {
    const result = ask("jkm-death");
    expect(amounts(result)).toEqual([
      ["lump-sum", 20_000_000n],
      ["periodic", 12_000_000n], // 24 × 500,000, paid at once
      ["funeral", 10_000_000n],
    ]);
    expect(result.total).toBe(42_000_000n);
    expect(result.paidAs).toBe("jkm-death");
  });

  it("does not depend on the declared income (JKM is flat for BPU)", () => {
    expect(ask("jkm-death", { income: 20_700_000n }).total).toBe(42_000_000n);
  });

  it("within the first 3 months of membership pays the secondary Rp 10,000,000 instead, and says so", () => {
    for (const monthsPaid of [0, 1, 3]) {
      const result = ask("jkm-death", { monthsPaid });
      expect(result.paidAs).toBe("jkm-death-early");
      expect(result.total).toBe(10_000_000n);
      expect(result.lines[0]!.row.status).toBe("secondary");
    }
    expect(ask("jkm-death", { monthsPaid: 4 }).total).toBe(42_000_000n);
  });

  it("without the months paid, names the early-death amount as the alternative", () => {
    expect(ask("jkm-death").earlyAlternative).toMatchObject({ total: 10_000_000n, maxMonthsPaid: 3 });
    expect(ask("jkm-death", { monthsPaid: 24 }).earlyAlternative).toBeNull();
  });
});

describe("JKK (PP 44/2015 jo. PP 82/2019)", () => {
  it("death from a work accident at Rp 1,000,000: 48 × 1,000,000 + 12,000,000 + 10,000,000 = 70,000,000", () => {
    const result = ask("jkk-death");
    expect(amounts(result)).toEqual([
      ["lump-sum", 48_000_000n],
      ["periodic", 12_000_000n],
      ["funeral", 10_000_000n],
    ]);
    expect(result.total).toBe(70_000_000n);
  });

  it("death at the income ceiling: 48 × 20,700,000 = 993,600,000, + 22,000,000 = 1,015,600,000", () => {
    expect(ask("jkk-death", { income: 20_700_000n }).total).toBe(1_015_600_000n);
  });

  it("permanent total disability: 56 × income (56 × 1,000,000; 56 × 2,500,000 = 140,000,000)", () => {
    expect(ask("disability-total").total).toBe(56_000_000n);
    expect(ask("disability-total", { income: 2_500_000n }).total).toBe(140_000_000n);
  });

  it("temporary disability: 100% for the first 12 months, then 50%", () => {
    // 18 months off at 2,000,000: 12 × 2,000,000 + 6 × 1,000,000 = 30,000,000
    const result = ask("disability-temporary", { income: 2_000_000n, monthsOff: 18 });
    expect(result.lines.map((line) => [line.perMonth, line.monthsCovered, line.amount])).toEqual([
      [2_000_000n, 12, 24_000_000n],
      [1_000_000n, 6, 6_000_000n],
    ]);
    expect(result.total).toBe(30_000_000n);
    // 5 months off: 5 × 1,000,000, nothing at 50%
    expect(ask("disability-temporary", { monthsOff: 5 }).lines.map((line) => line.amount)).toEqual([5_000_000n, 0n]);
    // 50% of an odd income stays exact: 50% × 1,000,001 = 500,000.5 → 500,001 (half up)
    expect(ask("disability-temporary", { income: 1_000_001n, monthsOff: 13 }).lines[1]!.perMonth).toBe(500_001n);
  });

  it("temporary disability without months off has monthly amounts and no total", () => {
    const result = ask("disability-temporary");
    expect(result.lines.map((line) => line.perMonth)).toEqual([1_000_000n, 500_000n]);
    expect(result.total).toBeNull();
    expect(result.openTotal).toBe("months-off-needed");
  });

  it("medical care has no ceiling: no amount, no total, never a number", () => {
    const result = ask("medical-care", { income: 20_700_000n });
    expect(result.lines.map((line) => line.amount)).toEqual([null]);
    expect(result.total).toBeNull();
    expect(result.openTotal).toBe("no-ceiling");
  });
});

describe("scholarship (PP 82/2019; Permenaker 5/2021)", () => {
  it("per child: TK 2 × 1.5M + SD 6 × 1.5M + SMP 3 × 2M + SMA 3 × 3M + higher 5 × 12M = 87,000,000", () => {
    const result = ask("scholarship");
    expect(result.lines.map((line) => [line.row.level, line.amount])).toEqual([
      ["tk", 3_000_000n],
      ["sd", 9_000_000n],
      ["smp", 6_000_000n],
      ["sma", 9_000_000n],
      ["higher", 60_000_000n],
    ]);
    expect(result.total).toBe(87_000_000n);
  });

  it("two children: 174,000,000; a third is not paid for, and that is said", () => {
    expect(ask("scholarship", { children: 2 }).total).toBe(174_000_000n);
    const three = ask("scholarship", { children: 3 });
    expect(three.total).toBe(174_000_000n);
    expect(three.childrenCapped).toEqual({ asked: 3, paid: 2 });
  });

  it("after a JKM death needs 3 years of contributions", () => {
    expect(ask("scholarship").qualifying).toEqual({ minMonthsPaid: 36, met: null });
    expect(ask("scholarship", { monthsPaid: 35 }).qualifying).toEqual({ minMonthsPaid: 36, met: false });
    expect(ask("scholarship", { monthsPaid: 36 }).qualifying).toEqual({ minMonthsPaid: 36, met: true });
  });
});

describe("the schedule in force", () => {
  it("lists every event in force, the early death apart", () => {
    const all = benefitSchedule(schedule, { income: 1_000_000n, month: JANUARY_2026, monthsPaid: null, monthsOff: null, children: null });
    expect(all.map((result) => [result.event, result.total])).toEqual([
      ["jkm-death", 42_000_000n],
      ["jkm-death-early", 10_000_000n],
      ["jkk-death", 70_000_000n],
      ["disability-total", 56_000_000n],
      ["disability-temporary", null],
      ["medical-care", null],
      ["scholarship", 87_000_000n],
    ]);
  });

  it("has no rows before PP 82/2019 (December 2019)", () => {
    expect(schedule.at(parseMonth("2019-11")!)).toEqual([]);
    expect(schedule.at(parseMonth("2019-12")!).length).toBe(16);
  });
});

describe("for every income in the JKK tariff's range", () => {
  const income = fc.bigInt({ min: 1_000_000n, max: 20_700_000n });

  it("a JKK death pays 48 × income + 22,000,000 and total disability 56 × income, exactly", () => {
    fc.assert(
      fc.property(income, (declared) => {
        expect(ask("jkk-death", { income: declared }).total).toBe(48n * declared + 22_000_000n);
        expect(ask("disability-total", { income: declared }).total).toBe(56n * declared);
      }),
    );
  });

  it("N months off work pay the sum of N one-month amounts (100% up to 12, then 50%)", () => {
    fc.assert(
      fc.property(income, fc.integer({ min: 0, max: 60 }), (declared, months) => {
        const total = ask("disability-temporary", { income: declared, monthsOff: months }).total!;
        let sum = 0n;
        for (let month = 1; month <= months; month++) {
          const line = ask("disability-temporary", { income: declared, monthsOff: month }).lines.find((entry) => entry.monthsCovered! > 0 && month >= entry.row.monthOffFrom! && (entry.row.monthOffTo === null || month <= entry.row.monthOffTo))!;
          sum += line.perMonth!;
        }
        expect(total).toBe(sum);
      }),
      { numRuns: 50 },
    );
  });
});
