// The claims ratio, with the arithmetic in comments: exact figures, a rounded miliar figure as a range, per case,
// and what one event costs in worker-months of contributions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRatioClaim, claimsRatio, divideHalfUp, hundredthsText, workerMonthsHundredths, type PublishedRange } from "../../src/domain/claims-ratio.js";
import { parsePublishedPercent } from "../../src/domain/published-percent.js";

const exact = (amount: bigint) => ({ low: amount, high: amount + 1n });
/** "Rp 2,1 miliar": written 2,100,000,000 to the nearest 10^8, so 2,050,000,000 ≤ x < 2,150,000,000. */
const miliar21 = { low: 2_050_000_000n, high: 2_150_000_000n };

describe("claims ratio", () => {
  it("exact figures: 2,100,000,000 ÷ 5,460,000,000 = 38.4615…% → 38.46% (half up)", () => {
    const result = claimsRatio({ benefits: exact(2_100_000_000n), contributions: exact(5_460_000_000n), cases: null });
    expect(result.ratioHundredths).toEqual({ low: 3846n, high: 3846n });
    expect(hundredthsText(result.ratioHundredths.low)).toBe("38.46");
    expect(result.benefitsPerCase).toBeNull();
  });

  it("a half hundredth goes up: 1 ÷ 20,000 = 0.005% → 0.01%; 1 ÷ 8 = 12.5% exactly", () => {
    expect(claimsRatio({ benefits: exact(1n), contributions: exact(20_000n), cases: null }).ratioHundredths.low).toBe(1n);
    expect(claimsRatio({ benefits: exact(1n), contributions: exact(8n), cases: null }).ratioHundredths.low).toBe(1250n);
  });

  it("Rp 2,1 miliar against 5,460,000,000 is a range: 2,050,000,000 ÷ 5,460,000,000 = 37.55% to 2,149,999,999 ÷ 5,460,000,000 = 39.38%", () => {
    const result = claimsRatio({ benefits: miliar21, contributions: exact(5_460_000_000n), cases: 47 });
    expect(result.ratioHundredths).toEqual({ low: 3755n, high: 3938n });
    // per case: 2,050,000,000 ÷ 47 = 43,617,021.3 → 43,617,021; 2,149,999,999 ÷ 47 = 45,744,680.8 → 45,744,681
    expect(result.benefitsPerCase).toEqual({ low: 43_617_021n, high: 45_744_681n });
    // 5,460,000,000 ÷ 47 = 116,170,212.77 → 116,170,213
    expect(result.contributionsPerCase).toEqual({ low: 116_170_213n, high: 116_170_213n });
  });

  it("both rounded: the fewest benefits over the most contributions, and the other way round", () => {
    // "Rp 5,5 miliar": 5,450,000,000 ≤ x < 5,550,000,000
    const result = claimsRatio({ benefits: miliar21, contributions: { low: 5_450_000_000n, high: 5_550_000_000n }, cases: null });
    // 2,050,000,000 ÷ 5,549,999,999 = 36.94%; 2,149,999,999 ÷ 5,450,000,000 = 39.45%
    expect(result.ratioHundredths).toEqual({ low: 3694n, high: 3945n });
  });

  it("the range holds the rounded ratio of every pair of amounts the published figures allow", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (b, c, bWidth, cWidth) => {
        const range = claimsRatio({ benefits: { low: b, high: b + bWidth }, contributions: { low: c, high: c + cWidth }, cases: null }).ratioHundredths;
        for (const [benefits, contributions] of [[b, c], [b + bWidth - 1n, c + cWidth - 1n], [b + bWidth / 2n, c + cWidth / 2n]] as const) {
          const ratio = divideHalfUp(benefits * 10_000n, contributions);
          expect(range.low <= ratio && ratio <= range.high).toBe(true);
        }
      }),
    );
  });
});

describe("worker-months of contributions one event repays", () => {
  it("one JKM death: 42,000,000 ÷ 16,800 = 2,500 worker-months", () => {
    expect(hundredthsText(workerMonthsHundredths(42_000_000n, 16_800n))).toBe("2500.00");
  });

  it("one JKK death at Rp 1,000,000: 70,000,000 ÷ 16,800 = 4,166.67; at the 2026 relief rate 8,400: 8,333.33", () => {
    expect(hundredthsText(workerMonthsHundredths(70_000_000n, 16_800n))).toBe("4166.67");
    expect(hundredthsText(workerMonthsHundredths(70_000_000n, 8_400n))).toBe("8333.33");
  });
});

describe("a published ratio, checked like a percentage", () => {
  const exactly = (amount: bigint): PublishedRange => ({ written: amount, step: 1n, low: amount, high: amount + 1n });
  const published = (text: string) => {
    const parsed = parsePublishedPercent(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.percent;
  };
  const check = (ratio: string | null, benefits: PublishedRange = exactly(2_100_000_000n)) =>
    checkRatioClaim({ label: "x", benefits, contributions: exactly(5_460_000_000n), cases: null, month: null, publishedRatio: ratio === null ? null : published(ratio) });

  it("without one, a ratio claim is OK: nothing it states can contradict it", () => {
    expect(check(null)).toMatchObject({ status: "OK", reading: null });
  });

  it("2,100,000,000 ÷ 5,460,000,000 = 38.4615…%: 38,5% is the rounded figure, 38,4% the truncated, 38,46% both", () => {
    expect(check("38,5%")).toMatchObject({ status: "OK", reading: { readings: ["rounded"] } });
    expect(check("38,4%")).toMatchObject({ status: "OK", reading: { readings: ["truncated"] } });
    expect(check("38,46%")).toMatchObject({ status: "OK", reading: { readings: ["rounded", "truncated"] } });
  });

  it("38,50% holds only as 38,5%: INCONSISTENT-PRECISION; 39% and 40% hold at no reading: MISMATCH", () => {
    expect(check("38,50%")).toMatchObject({ status: "INCONSISTENT-PRECISION", reading: { readings: [], coarser: { places: 1, units: 385n, readings: ["rounded"] } } });
    expect(check("39%").status).toBe("MISMATCH");
    expect(check("40%").status).toBe("MISMATCH");
  });

  it("with Rp 2,1 miliar the ratio may be 37.54…% to 39.37…%: 39% holds (rounded), 40% does not", () => {
    const miliar: PublishedRange = { written: 2_100_000_000n, step: 100_000_000n, low: 2_050_000_000n, high: 2_150_000_000n };
    expect(check("39%", miliar)).toMatchObject({ status: "OK", reading: { readings: ["rounded", "truncated"] } });
    expect(check("40%", miliar).status).toBe("MISMATCH");
  });
});
