import { describe, expect, it } from "vitest";
import { checkCount, countBounds, parsePeopleCount, parsePublishedCount, type CountClaim, type PublishedCount } from "../../src/domain/count-claim.js";

function count(text: string): PublishedCount {
  const parsed = parsePublishedCount(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.count;
}

function product(published: string | null, perUnit: bigint | null, units: bigint | null): CountClaim {
  return { label: "x", form: "product", count: published === null ? null : count(published), perUnit, units };
}

describe("parsePublishedCount", () => {
  const bounds: [string, bigint, bigint][] = [
    ["6200", 6_200n, 6_200n],
    ["6.200", 6_200n, 6_200n],
    // A count of people has no fraction: a comma between thousands is only grouping.
    ["18,338", 18_338n, 18_338n],
    // 12 ribu rounded half up to thousands: 11.500 to 12.499.
    ["12 ribu", 11_500n, 12_499n],
    ["12rb", 11_500n, 12_499n],
    // 1,3 juta to the nearest 100.000: 1.250.000 to 1.349.999.
    ["1,3 juta pekerja", 1_250_000n, 1_349_999n],
    ["1.3 juta", 1_250_000n, 1_349_999n],
  ];
  for (const [text, low, high] of bounds) {
    it(`reads "${text}" as ${low} to ${high}`, () => expect(countBounds(count(text))).toEqual({ low, high }));
  }

  const refused: [string, RegExp][] = [
    ["2.500 ribu", /ambiguous/],
    ["12 lusin", /unknown scale word/],
    ["1,2345 ribu", /more decimals than a whole count/],
    ["12,5", /not a whole number/],
    ["400 juta", /above/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses "${text}"`, () => {
      const parsed = parsePublishedCount(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    });
  }
});

describe("parsePeopleCount", () => {
  it("reads 18.338 and 18,338 alike: a count of people has no fraction", () => {
    expect(parsePeopleCount("18.338")).toEqual({ ok: true, count: 18_338 });
    expect(parsePeopleCount("18,338")).toEqual({ ok: true, count: 18_338 });
    expect(parsePeopleCount("1,234,567")).toEqual({ ok: true, count: 1_234_567 });
  });

  it("still refuses a decimal comma that is no grouping", () => {
    expect(parsePeopleCount("18,3").ok).toBe(false);
  });
});

describe("count = per unit × units", () => {
  it("6.200 = 100 × 62: OK", () => {
    const result = checkCount(product("6200", 100n, 62n));
    expect(result.status).toBe("OK");
    expect(result.computed).toBe(6_200n);
    expect(result.difference).toBe(0n);
  });

  it("1.200 for 100 per nagari in 31 nagari: MISMATCH, and 12 of the 31 nagari", () => {
    // 100 × 31 = 3.100, published 1.200: difference −1.900. 1.200 ÷ 100 = 12 units.
    const result = checkCount(product("1200", 100n, 31n));
    expect(result.status).toBe("MISMATCH");
    expect(result.difference).toBe(-1_900n);
    expect(result.implied).toEqual({ factor: "units", exact: { numerator: 1_200n, denominator: 100n }, range: { min: 12n, max: 12n } });
  });

  it("any two give the third: 1.200 at 100 per unit is 12 units", () => {
    const result = checkCount(product("1200", 100n, null));
    expect(result.status).toBe("OK");
    expect(result.implied?.range).toEqual({ min: 12n, max: 12n });
  });

  it("1.250 at 100 per unit is 12,5 units: no whole number, MISMATCH", () => {
    // 1.250 ÷ 100 = 12.5; coarser readings 125 tens (1.245–1.254) hold no multiple of 100 either.
    const result = checkCount(product("1250", 100n, null));
    expect(result.status).toBe("MISMATCH");
    expect(result.implied?.range).toBeNull();
  });

  it("1.201 in 31 units gives a per unit, whole or not", () => {
    // 1.201 ÷ 31 = 38.741…: not whole, and 1.201 has no trailing zero to read coarser.
    const result = checkCount(product("1201", null, 31n));
    expect(result.status).toBe("MISMATCH");
    expect(result.implied).toMatchObject({ factor: "perUnit", exact: { numerator: 1_201n, denominator: 31n }, range: null });
  });

  it("1.200 in 31 units holds only as hundreds: INCONSISTENT-PRECISION", () => {
    // 1.200 ÷ 31 = 38.709…; to the nearest 10 (1.195–1.204) no multiple of 31; to the nearest 100 (1.150–1.249)
    // 31 × 38 = 1.178 and 31 × 39 = 1.209, 31 × 40 = 1.240.
    const result = checkCount(product("1200", null, 31n));
    expect(result.status).toBe("INCONSISTENT-PRECISION");
    expect(result.coarser).toMatchObject({ digits: 12n, exponent: 2 });
    expect(result.coarserRange).toEqual({ min: 38n, max: 40n });
  });

  it("per unit and units alone give the count", () => {
    expect(checkCount(product(null, 100n, 62n))).toMatchObject({ status: "OK", computed: 6_200n });
  });

  it("12 ribu for 100 × 118 = 11.800: OK, inside 11.500 to 12.499", () => {
    const result = checkCount(product("12 ribu", 100n, 118n));
    expect(result.status).toBe("OK");
    // 11.500 ≤ 100 × u ≤ 12.499 → u from 115 to 124.
    expect(result.implied?.range).toEqual({ min: 115n, max: 124n });
  });

  it("12.000 written in full for 100 × 119 = 11.900: holds only as 12 ribu, INCONSISTENT-PRECISION", () => {
    // Exact 12.000 ≠ 11.900; to the nearest 10 (11.995–12.004) and 100 (11.950–12.049) neither; to the nearest
    // 1.000 (11.500–12.499) it holds.
    const result = checkCount(product("12.000", 100n, 119n));
    expect(result.status).toBe("INCONSISTENT-PRECISION");
    expect(result.coarser).toMatchObject({ digits: 12n, exponent: 3 });
  });

  it("1,30 juta for 100 × 13.200 = 1.320.000: holds only as 1,3 juta, INCONSISTENT-PRECISION", () => {
    // 1,30 juta stands for 1.295.000 to 1.304.999: not 1.320.000. Its trailing zero dropped, 1,3 juta stands for
    // 1.250.000 to 1.349.999: it holds.
    const result = checkCount(product("1,30 juta", 100n, 13_200n));
    expect(result.bounds).toEqual({ low: 1_295_000n, high: 1_304_999n });
    expect(result.status).toBe("INCONSISTENT-PRECISION");
    expect(result.coarser).toMatchObject({ digits: 13n, exponent: 5 });
  });

  it("1,3 juta for 100 × 14.000 = 1.400.000: MISMATCH", () => {
    // 1.400.000 is above 1.349.999; 13 is no round number to read coarser.
    expect(checkCount(product("1,3 juta", 100n, 14_000n)).status).toBe("MISMATCH");
  });
});

describe("count = the sum of its parts", () => {
  it("9.450 = 6.250 + 3.200: OK", () => {
    const result = checkCount({ label: "x", form: "sum", count: count("9450"), parts: [6_250n, 3_200n] });
    expect(result).toMatchObject({ status: "OK", computed: 9_450n, difference: 0n });
  });

  it("9.540 for 6.250 + 3.200: MISMATCH by 90", () => {
    const result = checkCount({ label: "x", form: "sum", count: count("9540"), parts: [6_250n, 3_200n] });
    expect(result).toMatchObject({ status: "MISMATCH", difference: 90n });
  });

  it("9,5 ribu for 6.250 + 3.200 = 9.450: OK, inside 9.450 to 9.549", () => {
    expect(checkCount({ label: "x", form: "sum", count: count("9,5 ribu"), parts: [6_250n, 3_200n] }).status).toBe("OK");
  });
});
