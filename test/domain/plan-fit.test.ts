// Plans that fit: the largest equal quota a budget funds, the equal split over units, and shares between payers.
import { describe, expect, it } from "vitest";
import { equalSplit, quotaThatFits } from "../../src/domain/allocate.js";
import { assignClasses, parseShares, ShareError, splitWorkers } from "../../src/domain/share.js";

describe("quotaThatFits", () => {
  it("Rp 500,000,000 over 62 nagari at Rp 201,600 a worker funds 40 each, Rp 32,000 left over", () => {
    // 62 × 40 × 201,600 = 499,968,000; 41 each would cost 512,467,200.
    expect(quotaThatFits(500_000_000n, 62, 201_600n, 100)).toEqual({ quota: 40, workers: 2480, cost: 499_968_000n, leftover: 32_000n });
  });

  it("never funds more than the quota asked", () => {
    expect(quotaThatFits(10_000_000_000n, 62, 201_600n, 100)).toMatchObject({ quota: 100, workers: 6200, cost: 1_249_920_000n });
  });

  it("a budget just short of one worker per unit funds none; exactly one per unit funds one", () => {
    expect(quotaThatFits(62n * 201_600n - 1n, 62, 201_600n, 100)).toMatchObject({ quota: 0, workers: 0, leftover: 62n * 201_600n - 1n });
    expect(quotaThatFits(62n * 201_600n, 62, 201_600n, 100)).toMatchObject({ quota: 1, leftover: 0n });
  });

  it("with no unit the quota asked costs nothing", () => {
    expect(quotaThatFits(0n, 0, 201_600n, 100)).toEqual({ quota: 100, workers: 0, cost: 0n, leftover: 0n });
  });
});

describe("equalSplit", () => {
  it("2,480 workers over 62 units is 40 each", () => {
    expect(new Set(equalSplit(2480, 62))).toEqual(new Set([40]));
  });

  it("what does not divide goes one each to the first units in the order given", () => {
    expect(equalSplit(11, 4)).toEqual([3, 3, 3, 2]);
    expect(equalSplit(2, 5)).toEqual([1, 1, 0, 0, 0]);
  });

  it("no units, no parts; zero workers, zero each", () => {
    expect(equalSplit(5, 0)).toEqual([]);
    expect(equalSplit(0, 3)).toEqual([0, 0, 0]);
  });
});

describe("parseShares", () => {
  it("percentages, with a decimal point or a decimal comma, kept as exact fractions", () => {
    expect(parseShares("APBD=70,APBD Provinsi=30").map((share) => [share.payer, share.numerator, share.denominator])).toEqual([
      ["APBD", 7n, 10n],
      ["APBD Provinsi", 3n, 10n],
    ]);
    expect(parseShares("APBD=66,5,CSR=33,5").map((share) => [share.payer, share.written, share.numerator, share.denominator])).toEqual([
      ["APBD", "66,5", 133n, 200n],
      ["CSR", "33,5", 67n, 200n],
    ]);
  });

  it("fractions that add up to exactly 1", () => {
    expect(parseShares("APBD=2/3, APBD Provinsi=1/3").map((share) => `${share.numerator}/${share.denominator}`)).toEqual(["2/3", "1/3"]);
  });

  it("refuses sums other than 100 (or 1), mixed forms, one payer and malformed entries", () => {
    expect(() => parseShares("APBD=70,APBD Provinsi=20")).toThrow(/add up to 90, not 100/);
    expect(() => parseShares("APBD=66.67,CSR=33.33")).not.toThrow();
    expect(() => parseShares("APBD=66.666,CSR=33.333")).toThrow(/add up to 99.999, not 100/);
    expect(() => parseShares("APBD=2/3,CSR=1/4")).toThrow(/add up to 11\/12, not 1/);
    expect(() => parseShares("APBD=2/3,CSR=33.4")).toThrow(ShareError);
    expect(() => parseShares("APBD=100")).toThrow(/at least two payers/);
    expect(() => parseShares("APBD 70,CSR=30")).toThrow(/not PAYER=SHARE/);
    expect(() => parseShares("APBD=seventy,CSR=30")).toThrow(/neither a percentage/);
  });
});

describe("splitWorkers", () => {
  const shares = (text: string) => parseShares(text);

  it("largest remainder: 1,333 at 70/30 is 933 and 400 (399.9 has the larger remainder)", () => {
    expect(splitWorkers(1333, shares("APBD=70,APBD Provinsi=30"))).toEqual([
      { payer: "APBD", workers: 933 },
      { payer: "APBD Provinsi", workers: 400 },
    ]);
  });

  it("equal remainders go to the payer written first", () => {
    // 5 × 1/2 = 2.5 each: the one left goes to the first written.
    expect(splitWorkers(5, shares("CSR=50,APBD=50")).map((part) => part.workers)).toEqual([3, 2]);
    expect(splitWorkers(5, shares("APBD=50,CSR=50")).map((part) => part.workers)).toEqual([3, 2]);
    expect(splitWorkers(5, shares("APBD=50,CSR=50"))[0]!.payer).toBe("APBD");
  });

  it("a payer rounded up takes the ceiling of its share even where largest remainder would not give it", () => {
    // 1,001 × 30% = 300.3: largest remainder gives 701 and 300; rounded up, the province pays for 301.
    expect(splitWorkers(1001, shares("APBD=70,APBD Provinsi=30")).map((part) => part.workers)).toEqual([701, 300]);
    expect(splitWorkers(1001, shares("APBD=70,APBD Provinsi=30"), "APBD Provinsi").map((part) => part.workers)).toEqual([700, 301]);
    // A whole share is not raised: 1,000 × 30% = 300.
    expect(splitWorkers(1000, shares("APBD=70,APBD Provinsi=30"), "APBD Provinsi").map((part) => part.workers)).toEqual([700, 300]);
  });

  it("thirds of 10 workers: 4, 3, 3 (ties to the first written); with the last rounded up: 3, 3, 4", () => {
    expect(splitWorkers(10, shares("A=1/3,B=1/3,C=1/3")).map((part) => part.workers)).toEqual([4, 3, 3]);
    expect(splitWorkers(10, shares("A=1/3,B=1/3,C=1/3"), "C").map((part) => part.workers)).toEqual([3, 3, 4]);
  });

  it("refuses a round-up payer that is not in the share", () => {
    expect(() => splitWorkers(10, shares("APBD=70,CSR=30"), "BAZNAS")).toThrow(/not one of the payers/);
  });
});

describe("assignClasses", () => {
  it("fills the first payer's count first, classes in the order given, cutting the class on the boundary", () => {
    const classes = [
      { item: "farmer", count: 4 },
      { item: "driver", count: 3 },
      { item: "fisher", count: 3 },
    ];
    expect(assignClasses(classes, [{ payer: "APBD", workers: 7 }, { payer: "CSR", workers: 3 }])).toEqual([
      [
        { item: "farmer", count: 4 },
        { item: "driver", count: 3 },
      ],
      [{ item: "fisher", count: 3 }],
    ]);
    expect(assignClasses(classes, [{ payer: "APBD", workers: 5 }, { payer: "CSR", workers: 5 }])).toEqual([
      [
        { item: "farmer", count: 4 },
        { item: "driver", count: 1 },
      ],
      [
        { item: "driver", count: 2 },
        { item: "fisher", count: 3 },
      ],
    ]);
  });

  it("a payer with no worker is skipped", () => {
    expect(assignClasses([{ item: "x", count: 2 }], [{ payer: "A", workers: 0 }, { payer: "B", workers: 2 }])).toEqual([[], [{ item: "x", count: 2 }]]);
  });
});
