// Values as Indonesian officers and Excel write them: start months, amounts, and incomes below the BPU floor.
import { describe, expect, it } from "vitest";
import { Pricer, PricingError } from "../../src/domain/contribution.js";
import { parseRupiah } from "../../src/domain/money.js";
import { monthOf, monthOfExcelSerial, numericDateOrder, readMonth } from "../../src/domain/month.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { startField, startFlagField } from "../../src/domain/worker-fields.js";
import { book } from "../helpers/tariffs.js";

describe("start months in the forms Excel and officers write", () => {
  const accepted: [string, number, number][] = [
    ["2027-01", 2027, 1],
    ["2027-1", 2027, 1],
    ["2027-01-01", 2027, 1],
    ["2027-01-31", 2027, 1],
    ["2027-01-15 00:00:00", 2027, 1],
    ["2027-01-15T00:00:00", 2027, 1],
    ["01/2027", 2027, 1],
    ["1/2027", 2027, 1],
    ["12-2026", 2026, 12],
    ["1/1/2027", 2027, 1],
    ["01/01/2027", 2027, 1],
    ["31/12/2026", 2026, 12],
    ["15/02/2027", 2027, 2],
    ["29/02/2028", 2028, 2],
    ["13/01/2027", 2027, 1],
    ["01-03-2027", 2027, 3],
    ["01.03.2027", 2027, 3],
    ["01/03/2027 00:00", 2027, 3],
    ["Januari 2027", 2027, 1],
    ["Jan 2027", 2027, 1],
    ["Jan-27", 2027, 1],
    ["januari-2027", 2027, 1],
    ["JANUARI 2027", 2027, 1],
    ["  Januari   2027 ", 2027, 1],
    ["January 2027", 2027, 1],
    ["Jan. 2027", 2027, 1],
    ["Pebruari 2027", 2027, 2],
    ["Mar-27", 2027, 3],
    ["Mei 2027", 2027, 5],
    ["May 2027", 2027, 5],
    ["Agu-27", 2027, 8],
    ["Agt 2027", 2027, 8],
    ["Agustus 2027", 2027, 8],
    ["Aug 2027", 2027, 8],
    ["Sep-26", 2026, 9],
    ["Okt 2026", 2026, 10],
    ["Oct 2026", 2026, 10],
    ["Nop 2026", 2026, 11],
    ["Nov-26", 2026, 11],
    ["Nopember 2026", 2026, 11],
    ["Des 2026", 2026, 12],
    ["Dec-26", 2026, 12],
    ["15 Januari 2027", 2027, 1],
    ["01-Jan-2027", 2027, 1],
    ["1-Jan-27", 2027, 1],
    ["15-Agu-27", 2027, 8],
    ["31-Des-26", 2026, 12],
    ["Mrt 2027", 2027, 3],
    ["Mrt-27", 2027, 3],
  ];
  for (const [text, year, month] of accepted) {
    it(`reads "${text}" as ${year}-${month}`, () => {
      expect(startField(text)).toEqual({ ok: true, value: monthOf(year, month) });
      expect(startFlagField(text)).toEqual({ ok: true, value: monthOf(year, month) });
    });
  }

  const refused: [string, RegExp][] = [
    ["13/2027", /^start must be a month, got "13\/2027"; forms read: 2027-01, .*Jan-27/],
    ["2027-13", /^start must be a month, got "2027-13"/],
    ["31/02/2027", /^start "31\/02\/2027" is not a real date \(read day\/month\/year: day 31, month 2\); forms read: /],
    ["29/02/2027", /not a real date/],
    ["31/04/2027", /not a real date/],
    ["12/31/2026", /^start "12\/31\/2026" looks like a US-order date \(month\/day\/year\);.* write 31\/12\/2026 or 2026-12$/],
    ["2/3/27", /^start "2\/3\/27" has a two-digit year; write the year in four digits/],
    ["Jan 27", /two-digit year/],
    ["Jan", /^start "Jan" names a month but no year; forms read:/],
    ["Januari", /names a month but no year/],
    ["2027", /^start "2027" is a year, not a month; write the month, e.g. 01\/2027 or Januari 2027$/],
    ["Janu 2027", /^start must be a month/],
    ["2200-01", /outside 1900–2199/],
    ["Jan 1899", /outside 1900–2199/],
    ["", /^start must be a month, got ""/],
    ["2027-01-32", /not a real date/],
    ["0/2027", /^start must be a month/],
  ];
  for (const [text, message] of refused) {
    it(`refuses "${text}" as INVALID_MONTH`, () => {
      const reading = startField(text);
      expect(reading.ok).toBe(false);
      if (!reading.ok) {
        expect(reading.code).toBe("INVALID_MONTH");
        expect(reading.message).toMatch(message);
      }
    });
  }

  it("a bare year is January on the --start flag only", () => {
    expect(startFlagField("2027")).toEqual({ ok: true, value: monthOf(2027, 1) });
    expect(startField("2027").ok).toBe(false);
    expect(startFlagField("1899").ok).toBe(false);
    expect(readMonth("2027")).toEqual({ ok: false, problem: { kind: "bareYear", year: 2027 } });
  });
});

describe("Excel serial date numbers", () => {
  const cases: [number, number, number][] = [
    [1, 1900, 1],
    [31, 1900, 1],
    [32, 1900, 2],
    [59, 1900, 2],
    [61, 1900, 3],
    [91, 1900, 3],
    [92, 1900, 4],
    [45_658, 2025, 1],
    [46_022, 2025, 12],
    [46_023, 2026, 1],
    [46_388, 2027, 1],
    [46_388.75, 2027, 1],
    [2_958_465, 9999, 12],
  ];
  for (const [serial, year, month] of cases.filter(([, year]) => year <= 2199)) {
    it(`serial ${serial} is ${year}-${month}`, () => expect(monthOfExcelSerial(serial)).toBe(monthOf(year, month)));
  }

  it("serial 60, Excel's 29 February 1900 that never was, is no date", () => expect(monthOfExcelSerial(60)).toBeUndefined());
  it("refuses no date and years outside 1900–2199", () => {
    for (const serial of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_958_465]) expect(monthOfExcelSerial(serial)).toBeUndefined();
  });
  it("reads the 1904 system of old Mac workbooks", () => {
    expect(monthOfExcelSerial(0, 1904)).toBe(monthOf(1904, 1));
    expect(monthOfExcelSerial(45_658 - 1_462, 1904)).toBe(monthOf(2025, 1));
    expect(monthOfExcelSerial(-1, 1904)).toBeUndefined();
  });
});

describe("amounts as officers write them", () => {
  const accepted: [string, bigint][] = [
    ["500.000.000", 500_000_000n],
    ["500,000,000", 500_000_000n],
    ["Rp 500 juta", 500_000_000n],
    ["Rp500jt", 500_000_000n],
    ["Rp 1,25 miliar", 1_250_000_000n],
    ["1,25 milyar", 1_250_000_000n],
    ["2,3 M", 2_300_000_000n],
    ["2,3M", 2_300_000_000n],
    ["750 rb", 750_000n],
    ["750rb", 750_000n],
    ["750 ribu", 750_000n],
    ["750 RIBU", 750_000n],
    ["1,5 jt", 1_500_000n],
    ["1,5 jt.", 1_500_000n],
    ["1.5 juta", 1_500_000n],
    ["2 triliun", 2_000_000_000_000n],
    ["2 T", 2_000_000_000_000n],
    ["Rp. 16.800,-", 16_800n],
    ["16.800", 16_800n],
    ["1.250.000 juta", 1_250_000_000_000n],
    ["1.250,5 juta", 1_250_500_000n],
    ["1,250.5 juta", 1_250_500_000n],
    ["1250 juta", 1_250_000_000n],
    ["0,5 juta", 500_000n],
    ["1,234567 juta", 1_234_567n],
    ["IDR 2,5 juta", 2_500_000n],
  ];
  for (const [text, rupiah] of accepted) {
    it(`reads "${text}"`, () => expect(parseRupiah(text)).toEqual({ ok: true, rupiah }));
  }

  const refused: [string, RegExp][] = [
    ["2.500 juta", /^is ambiguous: "2\.500 juta" could be Rp 2,500,000 \(a decimal mark\) or Rp 2,500,000,000 \(a thousands separator\); write it in plain digits, 2500000 or 2500000000/],
    ["1,250 juta", /could be Rp 1,250,000 .* or Rp 1,250,000,000/],
    ["1,250", /^is ambiguous: "1,250" could be 1250 \(comma for thousands\) or 1,250 \(decimal comma\)/],
    ["1,2345678 juta", /^is not a whole rupiah amount: "1,2345678 juta" leaves a fraction of a rupiah$/],
    ["0,0005 rb", /leaves a fraction/],
    ["2,3 m", /the "m" in "2,3 m" could be million \(English\) or miliar/],
    ["5 lakh", /^is not an amount: "lakh" is not a scale word \(rb\/ribu, jt\/juta, M\/miliar, T\/triliun\)$/],
    ["juta", /not an amount/],
    ["Rp juta", /not an amount/],
    ["-5 juta", /negative/],
    ["1.5", /not a whole rupiah amount: read with a decimal point/],
    ["12.34.5 juta", /dots and commas must group thousands/],
  ];
  for (const [text, reason] of refused) {
    it(`refuses "${text}"`, () => {
      const parsed = parseRupiah(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    });
  }

  it("with --decimal-mark a lone group of three is no longer ambiguous", () => {
    expect(parseRupiah("2.500 juta", ".")).toEqual({ ok: true, rupiah: 2_500_000n });
    expect(parseRupiah("2.500 juta", ",")).toEqual({ ok: true, rupiah: 2_500_000_000n });
    expect(parseRupiah("1,25 miliar", ",")).toEqual({ ok: true, rupiah: 1_250_000_000n });
  });

  it("stays exact far beyond 2^53", () => {
    expect(parseRupiah("9.007.199,254740993 miliar")).toEqual({ ok: true, rupiah: 9_007_199_254_740_993n });
  });
});

describe("--below-floor", () => {
  const low: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 500_000n, wage: null, riskClass: null, sector: "", funding: "" };
  const start = monthOf(2024, 1);

  it("by default an income below the floor is refused, and the message says what to do", () => {
    const pricer = new Pricer(book, "half-up");
    let caught: unknown;
    try {
      pricer.period(low, termsKey(low), start, 3);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PricingError);
    expect((caught as PricingError).code).toBe("INCOME_BELOW_FLOOR");
    expect((caught as PricingError).message).toMatch(/; declare at least Rp 1,000,000, or run with --below-floor raise to price the floor$/);
  });

  it("raise prices the floor and counts the workers raised", () => {
    const pricer = new Pricer(book, "half-up", "raise");
    const atFloor: WorkerTerms = { ...low, income: 1_000_000n };
    const raised = pricer.period(low, termsKey(low), start, 3);
    pricer.period(low, termsKey(low), start, 3);
    const poorer = { ...low, income: 250_000n };
    pricer.period(poorer, termsKey(poorer), start, 3);
    const reference = new Pricer(book, "half-up").period(atFloor, termsKey(atFloor), start, 3);
    expect(raised).toEqual(reference);
    pricer.period(atFloor, termsKey(atFloor), start, 3);
    expect(pricer.used().raisedToFloor).toEqual({ workers: 3, incomes: [250_000n, 500_000n], floors: [1_000_000n] });
  });

  it("a Pricer that raised nobody reports null", () => {
    const pricer = new Pricer(book, "half-up", "raise");
    const atFloor: WorkerTerms = { ...low, income: 1_000_000n };
    pricer.period(atFloor, termsKey(atFloor), start, 3);
    expect(pricer.used().raisedToFloor).toBeNull();
  });

  it("raise touches BPU incomes only: a PU wage is priced as it is", () => {
    const pricer = new Pricer(book, "half-up", "raise");
    const wageEarner: WorkerTerms = { ...low, segment: "PU", wage: 500_000n, riskClass: 1, programs: ["JKK"] };
    const [line] = pricer.month(wageEarner, start);
    expect(line?.base).toBe(500_000n);
    expect(line?.raisedFrom).toBeUndefined();
    expect(pricer.used().raisedToFloor).toBeNull();
  });
});

describe("Excel's mmm-yy years", () => {
  it.each([
    ["Jan-27", true],
    ["Des-29", true],
    ["Jan-30", false],
    ["Jan-99", false],
    ["1-Jan-27", true],
    ["1-Jan-30", false],
    ["31-Feb-27", false],
    ["1-Foo-27", false],
  ])("%s read: %s (Excel takes 30–99 for 1930–1999, which no budget means)", (text, read) => {
    expect(readMonth(text).ok).toBe(read);
  });
});

describe("the order a numeric date shows", () => {
  it.each([
    ["31/12/2026", "dayFirst"],
    ["12/31/2026", "monthFirst"],
    ["03/04/2027", "either"],
    ["3.4.2027", "either"],
    ["04/04/2027", undefined],
    ["2027-04-03", undefined],
    ["Jan 2027", undefined],
  ] as const)("%s: %s", (text, order) => {
    expect(numericDateOrder(text)).toBe(order);
  });
});
