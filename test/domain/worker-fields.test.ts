// One rule per worker field, whether the text comes from a flag or a roster cell: what is accepted, and the exact
// words of each refusal (the same words the error table in docs/errors.md shows).
import { describe, expect, it } from "vitest";
import { incomeField, monthsField, programsField, riskClassField, segmentField, startField, wageField } from "../../src/domain/worker-fields.js";
import { monthOf } from "../../src/domain/month.js";

describe("income and wage", () => {
  it("read whole rupiah as people write them", () => {
    expect(incomeField("1.000.000")).toEqual({ ok: true, value: 1_000_000n });
    expect(incomeField(" Rp 1.000.000,00 ")).toEqual({ ok: true, value: 1_000_000n });
    expect(wageField("5000000")).toEqual({ ok: true, value: 5_000_000n });
    expect(incomeField("Rp 1")).toEqual({ ok: true, value: 1n });
  });

  it("refuse 0: a declared amount is at least Rp 1", () => {
    expect(incomeField("0")).toEqual({ ok: false, code: "INVALID_AMOUNT", message: "income is 0; a declared income is at least Rp 1" });
    expect(wageField("Rp 0,00")).toEqual({ ok: false, code: "INVALID_AMOUNT", message: "wage is 0; a declared wage is at least Rp 1" });
  });

  it("refuse what parseRupiah refuses, quoting the value", () => {
    expect(incomeField("1,000")).toEqual({
      ok: false,
      code: "INVALID_AMOUNT",
      message: 'income "1,000" is ambiguous: "1,000" could be 1000 (comma for thousands) or 1 (decimal comma); write it as plain digits like 1000',
    });
    expect(wageField("-5000")).toEqual({ ok: false, code: "INVALID_AMOUNT", message: 'wage "-5000" is negative' });
    expect(incomeField("")).toEqual({ ok: false, code: "INVALID_AMOUNT", message: 'income "" is empty' });
  });

  it("at most Rp 1,000,000,000,000,000: the bound accepted, one rupiah more refused", () => {
    expect(wageField("1.000.000.000.000.000")).toEqual({ ok: true, value: 10n ** 15n });
    expect(wageField("1000000000000001")).toEqual({
      ok: false,
      code: "INVALID_AMOUNT",
      message: 'wage "1000000000000001" is more than Rp 1,000 trillion, the largest amount iuran takes',
    });
  });

  it("read an ambiguous amount once the decimal mark is known", () => {
    expect(incomeField("1,000", ",")).toEqual({ ok: true, value: 1n });
    expect(incomeField("1,000", ".")).toEqual({ ok: true, value: 1000n });
  });

  it("make control characters in the quoted value visible", () => {
    const reading = incomeField("1\u001b[31m000");
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toBe('income "1⟨1B⟩[31m000" is not an amount');
  });
});

describe("programmes, segment, risk class", () => {
  it("programmes in the canonical order, or the unknown ones named", () => {
    expect(programsField("jht, jkk+jkm")).toEqual({ ok: true, value: ["JKK", "JKM", "JHT"] });
    expect(programsField("JKK+JKN")).toEqual({ ok: false, code: "INVALID_PROGRAM", message: 'programs "JKK+JKN" names unknown programme JKN (known: JKK, JKM, JHT, JP)' });
  });

  it("segment in any case", () => {
    expect(segmentField(" pu ")).toEqual({ ok: true, value: "PU" });
    expect(segmentField("Bpu")).toEqual({ ok: true, value: "BPU" });
    expect(segmentField("informal")).toEqual({ ok: false, code: "INVALID_SEGMENT", message: 'segment must be BPU or PU, got "informal"' });
  });

  it("risk class 1 to 5 only", () => {
    expect(riskClassField("5")).toEqual({ ok: true, value: 5 });
    for (const text of ["0", "6", "2.0", "II", ""]) {
      expect(riskClassField(text)).toEqual({ ok: false, code: "INVALID_RISK_CLASS", message: `risk class must be 1 to 5, got "${text}"` });
    }
  });
});

describe("start and months", () => {
  it("start is a month from 1900-01 to 2199-12", () => {
    expect(startField("2022-04")).toEqual({ ok: true, value: monthOf(2022, 4) });
    expect(startField("2199-12")).toEqual({ ok: true, value: monthOf(2199, 12) });
    expect(startField("04/2022")).toEqual({ ok: true, value: monthOf(2022, 4) });
    expect(startField("2022/04")).toEqual({
      ok: false,
      code: "INVALID_MONTH",
      message:
        'start must be a month, got "2022/04"; forms read: 2027-01, 2027-01-15, 01/2027, 15/01/2027 (day/month/year), Januari 2027, Jan 2027, Jan-27, 15 Januari 2027',
    });
    expect(startField("2200-01")).toEqual({ ok: false, code: "INVALID_MONTH", message: 'start "2200-01" is in the year 2200, outside 1900–2199' });
  });

  it("months from 1 to 1200: the bound accepted, one more refused", () => {
    expect(monthsField("1")).toEqual({ ok: true, value: 1 });
    expect(monthsField("1200")).toEqual({ ok: true, value: 1200 });
    for (const text of ["0", "1201", "1.5", "99999999999999999999"]) {
      expect(monthsField(text)).toEqual({ ok: false, code: "INVALID_MONTHS", message: `months must be a whole number from 1 to 1200, got "${text}"` });
    }
  });
});
