import { describe, expect, it } from "vitest";
import { Dec, parsePlainDecimal, parseRupiah, roundToRupiah } from "../../src/domain/money.js";

describe("parseRupiah", () => {
  const accepted: [string, bigint][] = [
    ["1000000", 1_000_000n],
    ["1.000.000", 1_000_000n],
    ["1.000.000,00", 1_000_000n],
    ["Rp 1.000.000", 1_000_000n],
    ["Rp1.000.000,-", 1_000_000n],
    ["rp. 250.000", 250_000n],
    ["IDR 20.700.000", 20_700_000n],
    ["1,000,000", 1_000_000n],
    ["1500000.00", 1_500_000n],
    [" 6800 ", 6_800n],
    ["12345678901234567890", 12_345_678_901_234_567_890n],
  ];
  for (const [text, rupiah] of accepted) {
    it(`reads "${text}"`, () => expect(parseRupiah(text)).toEqual({ ok: true, rupiah }));
  }

  const refused: [string, RegExp][] = [
    ["1,000", /ambiguous.*1000.*1/],
    ["1.5", /not a whole rupiah/],
    ["1500000.50", /not a whole rupiah/],
    ["1.000,5", /not a whole rupiah/],
    ["12.34.5", /not an amount/],
    ["-5000", /negative/],
    ["", /empty/],
    ["satu juta", /not an amount/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses "${text}"`, () => {
      const parsed = parseRupiah(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    });
  }
});

describe("roundToRupiah", () => {
  const table: [string, bigint, bigint, bigint, bigint][] = [
    // exact, half-up, half-even, down, up
    ["10000.5", 10_001n, 10_000n, 10_000n, 10_001n],
    ["10001.5", 10_002n, 10_002n, 10_001n, 10_002n],
    ["68", 68n, 68n, 68n, 68n],
    ["0.49", 0n, 0n, 0n, 1n],
    ["12345.67", 12_346n, 12_346n, 12_345n, 12_346n],
  ];
  for (const [exact, halfUp, halfEven, down, up] of table) {
    it(`rounds ${exact}`, () => {
      const value = new Dec(exact);
      expect([roundToRupiah(value, "half-up"), roundToRupiah(value, "half-even"), roundToRupiah(value, "down"), roundToRupiah(value, "up")]).toEqual([
        halfUp,
        halfEven,
        down,
        up,
      ]);
    });
  }

  it("keeps amounts beyond 2^53 exact", () => {
    expect(roundToRupiah(new Dec("90071992547409931.5"), "half-up")).toBe(90_071_992_547_409_932n);
  });
});

describe("parsePlainDecimal", () => {
  it("reads rates exactly", () => expect(parsePlainDecimal("0.24")?.times(3).toString()).toBe("0.72"));
  it("refuses a comma", () => expect(parsePlainDecimal("0,24")).toBeUndefined());
});
