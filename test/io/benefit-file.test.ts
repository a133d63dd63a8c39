// The benefit table is validated like the tariff tables: every bad cell with file:line:column, nothing dropped.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "../../src/io/input-error.js";
import { loadBenefits, readBenefitTable } from "../../src/io/benefit-file.js";

const BUNDLED = readFileSync("src/data/benefits/benefits.csv", "utf8");
const [HEADER, ...ROWS] = BUNDLED.trimEnd().split("\n");
const table = (...rows: string[]) => Buffer.from([HEADER, ...rows].join("\n") + "\n");

function errorsOf(bytes: Buffer) {
  try {
    readBenefitTable("b.csv", bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).errors.map((entry) => `${entry.file}:${entry.line}:${entry.column} ${entry.code} ${entry.message}`);
  }
  throw new Error("the table was accepted");
}

describe("benefit table", () => {
  it("the bundled table loads with its hash", async () => {
    const loaded = await loadBenefits(undefined);
    expect(loaded.file.file).toBe("(bundled) benefits.csv");
    expect(loaded.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.schedule.rows.length).toBe(ROWS.length);
  });

  it("a bad amount, an unknown event and a missing reference are each placed at their cell", () => {
    expect(
      errorsOf(
        table(
          "a,jkm-death,lump-sum,flat,20.000.000.5,,,,,,,,,,2019-12,,PP 82/2019,verified,x,x,,",
          "b,jkm-dead,lump-sum,flat,1,,,,,,,,,,2019-12,,PP 82/2019,verified,x,x,,",
          "c,jkm-death,funeral,flat,1,,,,,,,,,,2019-12,,,verified,x,x,,",
        ),
      ),
    ).toEqual([
      'b.csv:2:5 INVALID_BENEFIT amount: expected a whole rupiah amount like 10000000, got "20.000.000.5"',
      'b.csv:3:2 INVALID_BENEFIT event: expected an event: jkm-death, jkm-death-early, jkk-death, disability-total, disability-temporary, medical-care or scholarship, got "jkm-dead"',
      "b.csv:4:17 INVALID_BENEFIT reference: every benefit row needs its legal reference",
    ]);
  });

  it("a basis needs its quantities and refuses the others", () => {
    expect(
      errorsOf(
        table(
          "a,jkk-death,lump-sum,times-income,1000,,,,,,,,,,2019-12,,PP 82/2019,verified,x,x,,",
          "b,scholarship,scholarship,per-year,1500000,,,,tk,,,2,36,,2019-12,,PP 82/2019,verified,x,x,,",
          "c,disability-temporary,income,percent-of-income-monthly,,50,,,,13,12,,,,2019-12,,PP 82/2019,verified,x,x,,",
        ),
      ),
    ).toEqual([
      "b.csv:2:6 INVALID_BENEFIT factor: a times-income row needs factor",
      "b.csv:2:5 INVALID_BENEFIT amount: a times-income row takes no amount",
      "b.csv:3:8 INVALID_BENEFIT years: a per-year row needs years",
      "b.csv:4:11 INVALID_BENEFIT month_off_to: month_off_to is before month_off_from",
    ]);
  });

  it("an unconfirmed row needs its note; amounts are never floats (a factor 4.8e1 is refused)", () => {
    expect(
      errorsOf(
        table(
          "a,jkm-death-early,lump-sum,flat,10000000,,,,,,,,,3,2019-12,,pejabat,secondary,x,x,,",
          "b,jkk-death,lump-sum,times-income,,4.8e1,,,,,,,,,2019-12,,PP 82/2019,verified,x,x,,",
        ),
      ),
    ).toEqual([
      "b.csv:2:22 INVALID_BENEFIT note_en: a row that is secondary needs a note saying why (note_id and note_en)",
      "b.csv:2:21 INVALID_BENEFIT note_id: a row that is secondary needs a note saying why (note_id and note_en)",
      'b.csv:3:6 INVALID_BENEFIT factor: expected a number like 48 or 0.5, got "4.8e1"',
    ]);
  });

  it("a repeated id and two rows for one component in the same months are refused", () => {
    expect(errorsOf(table(ROWS[0]!, ROWS[0]!))).toEqual(['b.csv:3:1 DUPLICATE_KEY id "jkm-lump-sum" is already used on line 2']);
    const later = ROWS[0]!.replace("jkm-lump-sum", "jkm-lump-sum-2025").replace("2019-12,", "2025-01,");
    expect(errorsOf(table(ROWS[0]!, later))).toEqual(['b.csv:3:15 INVALID_BENEFIT rows "jkm-lump-sum" (line 2) and "jkm-lump-sum-2025" set the same component in the same months']);
    // Ended before the new one starts: a dated change, accepted.
    const ended = ROWS[0]!.replace("2019-12,,", "2019-12,2024-12,");
    expect(readBenefitTable("b.csv", table(ended, later)).rows.length).toBe(2);
  });

  it("a table without a needed column says which", () => {
    expect(errorsOf(Buffer.from("id,event\na,jkm-death\n"))[0]).toMatch(/^b\.csv:1:0 MISSING_COLUMN benefit table lacks column component, basis, amount/);
  });
});
