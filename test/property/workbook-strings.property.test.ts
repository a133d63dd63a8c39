// Any text written into a workbook, as a shared or an inline string, reads back as the same text: XML escapes,
// Excel's _xHHHH_ escapes for the characters XML cannot carry, and spaces at either end included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { book, escapeXml, recordsOf } from "../helpers/workbook.js";

/** As Excel writes a string: "_x" that looks like an escape is itself escaped; control characters and CR as _xHHHH_. */
function excelText(text: string): string {
  return escapeXml(
    text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_").replace(/[\x00-\x08\x0B\x0C\x0D\x0E-\x1F]/g, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

const pieces = fc.oneof(
  fc.constantFrom("\r", "\n", "\r\n", "\t", "\x01", "\x1f", "_x000D_", "_x", "_x005F_", "&amp;", "<", ">", '"', "]]>", " ", "Nagari Aie Amo", "é", "😀"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }),
);
const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));

describe("workbook strings", () => {
  it("read back exactly, shared or inline", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(texts, { minLength: 1, maxLength: 5 }), async (values) => {
        const shared = values.map((value) => `<t xml:space="preserve">${excelText(value)}</t>`);
        const sharedCells = values.map((_, index) => `<c r="${String.fromCharCode(65 + index)}1" t="s"><v>${index}</v></c>`).join("");
        const inlineCells = values.map((value, index) => `<c r="${String.fromCharCode(65 + index)}2" t="inlineStr"><is><t xml:space="preserve">${excelText(value)}</t></is></c>`).join("");
        const records = await recordsOf(await book({ sheets: [{ name: "S", rows: `<row r="1">${sharedCells}</row><row r="2">${inlineCells}</row>` }], shared }));
        expect(records.map((record) => record.fields)).toEqual([values, values]);
      }),
      { numRuns: 150 },
    );
  });
});
