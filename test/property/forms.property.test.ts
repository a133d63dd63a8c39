// Written as officers and Excel write them, read back as written: a month in every accepted form is the same month;
// an amount written plain, with dots, with commas, and with "juta" or "miliar" is the same rupiah.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRupiah } from "../../src/domain/money.js";
import { daysInMonth, FIRST_YEAR, LAST_YEAR, monthOf, readMonth } from "../../src/domain/month.js";

// Written here independently of the reader: the names people use for each month, Indonesian and English.
const NAMES: readonly (readonly string[])[] = [
  ["Januari", "January", "Jan"],
  ["Februari", "Pebruari", "February", "Feb", "Peb"],
  ["Maret", "March", "Mar"],
  ["April", "Apr"],
  ["Mei", "May"],
  ["Juni", "June", "Jun"],
  ["Juli", "July", "Jul"],
  ["Agustus", "August", "Agu", "Agt", "Aug"],
  ["September", "Sep", "Sept"],
  ["Oktober", "October", "Okt", "Oct"],
  ["November", "Nopember", "Nov", "Nop"],
  ["Desember", "December", "Des", "Dec"],
];

const two = (value: number) => String(value).padStart(2, "0");

type Case = { year: number; month: number; day: number; name: number; casing: number };
const FORMS: ((c: Case, name: string) => string | null)[] = [
  (c) => `${c.year}-${two(c.month)}`,
  (c) => `${c.year}-${two(c.month)}-${two(c.day)}`,
  (c) => `${two(c.month)}/${c.year}`,
  (c) => `${c.month}/${c.year}`,
  (c) => `${c.day}/${c.month}/${c.year}`,
  (c) => `${two(c.day)}/${two(c.month)}/${c.year}`,
  (c) => `${two(c.day)}-${two(c.month)}-${c.year}`,
  (c, name) => `${name} ${c.year}`,
  (c, name) => `${name}-${c.year}`,
  (c, name) => (c.year >= 2000 && c.year <= 2029 ? `${name}-${two(c.year % 100)}` : null),
  (c, name) => `${c.day} ${name} ${c.year}`,
];

const someDay = fc
  .record({ year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), name: fc.nat(), casing: fc.nat(2) })
  .map((c) => ({ ...c, day: Math.min(c.day, daysInMonth(c.year, c.month)) }));

describe("months", () => {
  it("a month formatted in each accepted form reads back the same month", () => {
    fc.assert(
      fc.property(someDay, fc.nat(FORMS.length - 1), (c, form) => {
        const names = NAMES[c.month - 1]!;
        const name = names[c.name % names.length]!;
        const cased = [name, name.toUpperCase(), name.toLowerCase()][c.casing]!;
        const text = FORMS[form]!(c, cased);
        fc.pre(text !== null);
        expect(readMonth(text!)).toEqual({ ok: true, month: monthOf(c.year, c.month) });
      }),
      { numRuns: 2000 },
    );
  });

  it("a date in US order (month/day/year) with a day above 12 is never read as a month", () => {
    fc.assert(
      fc.property(someDay.filter((c) => c.day > 12), (c) => {
        expect(readMonth(`${c.month}/${c.day}/${c.year}`)).toMatchObject({ ok: false, problem: { kind: "usOrder" } });
      }),
    );
  });
});

/** Digits grouped in threes with a separator, written here independently of the reader. */
function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** n / 10^power with a decimal comma, the whole part grouped with dots, trailing zeros of the fraction dropped. */
function scaled(amount: bigint, power: number): string {
  const unit = 10n ** BigInt(power);
  const whole = grouped((amount / unit).toString(), ".");
  const fraction = (amount % unit).toString().padStart(power, "0").replace(/0+$/, "");
  return fraction === "" ? whole : `${whole},${fraction}`;
}

describe("amounts", () => {
  it("plain, dotted, comma-grouped, Rp and juta/miliar/rb forms all read to the same rupiah", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (amount) => {
        const digits = amount.toString();
        const forms = [
          digits,
          grouped(digits, "."),
          `Rp ${grouped(digits, ".")}`,
          `Rp. ${grouped(digits, ".")},-`,
          `${grouped(digits, ".")},00`,
          `${scaled(amount, 3)} rb`,
          `${scaled(amount, 6)} juta`,
          `Rp ${scaled(amount, 6)} jt`,
          `${scaled(amount, 9)} miliar`,
          `${scaled(amount, 9)} M`,
        ];
        // Two or more comma groups cannot be a decimal comma.
        if (amount >= 1_000_000n) forms.push(grouped(digits, ","));
        for (const text of forms) {
          const parsed = parseRupiah(text);
          // One group of three after a lone mark ("1,251 juta", "2.500 juta") is ambiguous: refused, naming this amount.
          if (/^(Rp )?\d{1,3}[.,]\d{3}( |$)/.test(text) && /[a-zM]$/.test(text)) {
            expect(parsed.ok, text).toBe(false);
            if (!parsed.ok) expect(parsed.reason).toContain(digits);
          } else {
            expect(parsed, text).toEqual({ ok: true, rupiah: amount });
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a fraction of a rupiah is refused, never rounded", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 9 }), (amount, tenth) => {
        const parsed = parseRupiah(`${scaled(amount * 10n + BigInt(tenth), 7)} juta`);
        expect(parsed.ok).toBe(false);
      }),
    );
  });
});
