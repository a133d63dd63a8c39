// Amounts in words as officers write them under a budget document's lines.
import { describe, expect, it } from "vitest";
import { numberWords, TERBILANG_LIMIT, terbilang } from "../../src/domain/terbilang.js";

function words(rupiah: bigint): string {
  const result = terbilang(rupiah);
  if (!result.ok) throw new Error(`refused ${rupiah}: ${result.reason}`);
  return result.words;
}

describe("terbilang", () => {
  it.each([
    // The 2022 Sijunjung budget: 1,333 workers × 9 months × Rp 16,800.
    [201_549_600n, "dua ratus satu juta lima ratus empat puluh sembilan ribu enam ratus rupiah"],
    [119_970_000n, "seratus sembilan belas juta sembilan ratus tujuh puluh ribu rupiah"],
    [81_579_600n, "delapan puluh satu juta lima ratus tujuh puluh sembilan ribu enam ratus rupiah"],
    [16_800n, "enam belas ribu delapan ratus rupiah"],
    [6_800n, "enam ribu delapan ratus rupiah"],
    [10_000n, "sepuluh ribu rupiah"],
    [0n, "nol rupiah"],
    [1n, "satu rupiah"],
    [11n, "sebelas rupiah"],
    [19n, "sembilan belas rupiah"],
    [100n, "seratus rupiah"],
    [110n, "seratus sepuluh rupiah"],
    [1_000n, "seribu rupiah"],
    [1_100n, "seribu seratus rupiah"],
    [11_000n, "sebelas ribu rupiah"],
    [100_000n, "seratus ribu rupiah"],
    [101_000n, "seratus satu ribu rupiah"],
    [1_000_000n, "satu juta rupiah"],
    [1_001_000n, "satu juta seribu rupiah"],
    [1_000_000_000n, "satu miliar rupiah"],
    [2_500_000_000n, "dua miliar lima ratus juta rupiah"],
    [1_000_000_000_000n, "satu triliun rupiah"],
    [12_345_678_901_234n, "dua belas triliun tiga ratus empat puluh lima miliar enam ratus tujuh puluh delapan juta sembilan ratus satu ribu dua ratus tiga puluh empat rupiah"],
  ])("%s → %s", (rupiah, expected) => {
    expect(words(rupiah)).toBe(expected);
  });

  it("writes the largest amount it accepts, and refuses one more", () => {
    expect(TERBILANG_LIMIT).toBe(999_999_999_999_999n);
    expect(numberWords(TERBILANG_LIMIT)).toBe(
      "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    );
    expect(terbilang(TERBILANG_LIMIT + 1n)).toEqual({ ok: false, reason: "tooLarge" });
    expect(terbilang(-1n)).toEqual({ ok: false, reason: "negative" });
  });
});
