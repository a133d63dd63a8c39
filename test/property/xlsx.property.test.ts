// Workbooks out, under fast-check: any list of rupiah amounts below 10^15 written as a sheet reads back exactly, and
// its totals row's SUM has their bigint sum as its cached value (or, when the sum reaches 10^15, the writer names
// that cell as one it refuses); any text, control characters and lone surrogates included, reads back as written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inexactCell, LARGEST_EXACT_CELL } from "../../src/io/xlsx-writer.js";
import type { WorkbookRow, WorkbookSheet } from "../../src/report/workbook.js";
import { writtenAndRead } from "../helpers/written-workbook.js";

const amount = fc.bigInt({ min: -LARGEST_EXACT_CELL, max: LARGEST_EXACT_CELL });

function amountsSheet(amounts: readonly bigint[]): WorkbookSheet {
  const total = amounts.reduce((sum, value) => sum + value, 0n);
  const rows: WorkbookRow[] = amounts.map((rupiah, index) => ({ role: "data", cells: [{ kind: "text", text: `row ${index}` }, { kind: "rupiah", rupiah }] }));
  rows.push({ role: "total", cells: [{ kind: "text", text: "Jumlah" }, { kind: "rupiah", rupiah: total }] });
  return { name: "Anggaran", columns: [{ heading: "Baris", kind: "text", summed: false }, { heading: "Jumlah", kind: "rupiah", summed: true }], rows };
}

/** Excel's _xHHHH_ escapes, decoded as a spreadsheet reads them (exceljs leaves them to the reader). */
function decoded(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe("rupiah cells are exact below 10^15", () => {
  it("every amount reads back to the rupiah; the SUM's cached value is their bigint sum", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.array(amount, { minLength: 1, maxLength: 40 }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n }), { minLength: 1, maxLength: 40 })),
        async (amounts) => {
          const sheet = amountsSheet(amounts);
          const total = amounts.reduce((sum, value) => sum + value, 0n);
          const totalRow = amounts.length + 2;
          if (total > LARGEST_EXACT_CELL || total < -LARGEST_EXACT_CELL) {
            expect(inexactCell({ sheets: [sheet] })).toEqual({ where: `Anggaran!B${totalRow}`, value: total });
            return;
          }
          expect(inexactCell({ sheets: [sheet] })).toBeUndefined();
          const read = (await writtenAndRead([sheet])).worksheets[0]!;
          amounts.forEach((value, index) => {
            const cell = read.getCell(`B${index + 2}`);
            expect(typeof cell.value).toBe("number");
            expect(BigInt(cell.value as number)).toBe(value);
          });
          const { formula, result } = read.getCell(`B${totalRow}`).value as { formula: string; result: number };
          expect(formula).toBe(totalRow === 3 ? "SUM(B2)" : `SUM(B2:B${totalRow - 1})`);
          // exceljs reads a cached value of 0 as no result at all; the writer always writes <v> (test/io/xlsx-writer.test.ts).
          expect(BigInt(total === 0n ? (result ?? 0) : result)).toBe(total);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("text cells", () => {
  const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 30 }).map((codes) => String.fromCharCode(...codes));
  const tricky = fc.constantFrom("_x0041_", "_x005F_", "=SUM(A1)", "<t>", "&amp;", "\r\n", "\t", "\u0000", "😀", " ", "1303060101800001");
  const text = fc.array(fc.oneof(anyCodeUnits, tricky), { maxLength: 6 }).map((parts) => parts.join(""));

  it("read back as written, whatever the characters", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 10 }), async (texts) => {
        const sheet: WorkbookSheet = {
          name: "Teks",
          columns: [{ heading: "Teks", kind: "text", summed: false }],
          rows: texts.map((value) => ({ role: "data", cells: [{ kind: "text", text: value }] })),
        };
        const read = (await writtenAndRead([sheet])).worksheets[0]!;
        texts.forEach((value, index) => {
          const cell = read.getCell(`A${index + 2}`).value;
          expect(decoded(cell === null ? "" : String(cell))).toBe(value);
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
