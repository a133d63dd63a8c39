// terbilang read back: a small parser, written apart from the generator, turns the words into the number again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TERBILANG_LIMIT, terbilang } from "../../src/domain/terbilang.js";

const DIGITS: Record<string, bigint> = { satu: 1n, dua: 2n, tiga: 3n, empat: 4n, lima: 5n, enam: 6n, tujuh: 7n, delapan: 8n, sembilan: 9n };
const SCALES: Record<string, bigint> = { ribu: 1_000n, juta: 1_000_000n, miliar: 1_000_000_000n, triliun: 1_000_000_000_000n };

/** Words → number, left to right: digits build a group below 1000, a scale word closes the group. */
function parseTerbilang(text: string): bigint {
  const tokens = text.split(" ");
  if (tokens.pop() !== "rupiah") throw new Error(`no "rupiah" at the end: ${text}`);
  if (tokens.length === 1 && tokens[0] === "nol") return 0n;
  let total = 0n;
  let group = 0n;
  let lastDigit = 0n;
  let previousScale = 10n ** 15n;
  for (const token of tokens) {
    if (token in DIGITS) {
      lastDigit = DIGITS[token]!;
      group += lastDigit;
    } else if (["puluh", "ratus", "belas"].includes(token) && lastDigit < 2n) {
      // "satu puluh", "satu ratus", "satu belas" are written sepuluh, seratus, sebelas.
      throw new Error(`"${token}" needs a digit from dua to sembilan before it: ${text}`);
    } else if (token === "puluh") group += lastDigit * 9n;
    else if (token === "ratus") group += lastDigit * 99n;
    else if (token === "belas") group += 10n;
    else if (token === "sepuluh") group += 10n;
    else if (token === "sebelas") group += 11n;
    else if (token === "seratus") group += 100n;
    else if (token === "seribu") {
      if (group !== 0n || previousScale <= 1_000n) throw new Error(`"seribu" out of place: ${text}`);
      total += 1_000n;
      previousScale = 1_000n;
    } else if (token in SCALES) {
      const scale = SCALES[token]!;
      if (token === "ribu" && group === 1n) throw new Error(`"satu ribu" is written "seribu": ${text}`);
      if (group === 0n || group > 999n || scale >= previousScale) throw new Error(`"${token}" out of place: ${text}`);
      total += group * scale;
      group = 0n;
      previousScale = scale;
    } else throw new Error(`unknown word "${token}" in ${text}`);
    if (!(token in DIGITS)) lastDigit = 0n;
  }
  return total + group;
}

describe("terbilang, read back", () => {
  it("the parser reads known officer-written totals", () => {
    expect(parseTerbilang("dua ratus satu juta lima ratus empat puluh sembilan ribu enam ratus rupiah")).toBe(201_549_600n);
    expect(parseTerbilang("seribu seratus sebelas rupiah")).toBe(1_111n);
  });

  it("gives back the amount, for any amount in range", () => {
    const amounts = fc.oneof(
      fc.bigInt({ min: 0n, max: TERBILANG_LIMIT }),
      fc.bigInt({ min: 0n, max: 1_000_000n }),
      // Round amounts and their neighbours, where "se-" and empty groups live.
      fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: -2, max: 2 })).map(([power, lead, step]) => {
        const amount = BigInt(lead) * 10n ** BigInt(power) + BigInt(step);
        return amount < 0n ? 0n : amount > TERBILANG_LIMIT ? TERBILANG_LIMIT : amount;
      }),
    );
    fc.assert(
      fc.property(amounts, (amount) => {
        const result = terbilang(amount);
        expect(result.ok).toBe(true);
        if (result.ok) expect(parseTerbilang(result.words)).toBe(amount);
      }),
      { numRuns: 3000 },
    );
  });
});
