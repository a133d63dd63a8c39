// Which rows under the data may be a footer, how they are held back without reordering the rows that are not, and
// which figures of a total row are compared with the roster as iuran read it.
import { describe, expect, it } from "vitest";
import type { CsvRecord } from "../../src/io/csv-source.js";
import { FOOTER_ROWS_HELD, FooterHold, footerTotalsDisagree, mayBeFooter, type AcceptedFigures } from "../../src/io/roster-footer.js";
import type { RosterColumn } from "../../src/io/roster-header.js";

const HEADER = ["No", "NIK", "Nama", "Kecamatan", "Penghasilan", "Jumlah Bulan", "Upah", "Keterangan"];
const COLUMNS = new Map<RosterColumn, number>([
  ["nik", 1],
  ["name", 2],
  ["district", 3],
  ["income", 4],
  ["months", 5],
  ["wage", 6],
]);
const row = (cells: Record<number, string>) => HEADER.map((_, index) => cells[index] ?? "");

describe("mayBeFooter: only rows that cannot be workers", () => {
  it.each([
    ["JUMLAH", row({ 0: "JUMLAH", 2: "1.333 orang", 4: "Rp 1.333.000.000" })],
    ["a place and date", row({ 4: "Muaro Sijunjung, 15 Desember 2026" })],
    ["a title with a name", row({ 2: "Kepala Dinas Sosial" })],
    ["a NIP", row({ 2: "NIP. 19700101 199003 1 002" })],
    ["a NIP in the NIK column, with its word", row({ 1: "NIP. 19700101 199003 1 002" })],
    ["a name alone", row({ 6: "Drs. H. Syafrizal, M.Si" })],
    ["a short number in the NIK column", row({ 0: "TOTAL", 1: "1,333" })],
  ])("%s may be a footer", (_, fields) => {
    expect(mayBeFooter(fields, COLUMNS)).toBe(true);
  });

  it.each([
    ["a worker", row({ 1: "1303061112820001", 2: "Asril", 3: "Kamang Baru" })],
    ["a NIK cut short", row({ 1: "130306111282000" })],
    ["a NIK with Excel's apostrophe and spaces", row({ 1: "'1303 0611 1282 0001" })],
    ["a NIK in scientific notation", row({ 1: "1.30306E+15" })],
    ["a bare NIP in the NIK column (18 digits: a mistyped NIK as far as iuran can tell)", row({ 1: "19700101 199003 1 002" })],
    ["a worker whose NIK is missing (a name and a kecamatan)", row({ 2: "Asril", 3: "Kamang Baru" })],
  ])("%s is never a footer", (_, fields) => {
    expect(mayBeFooter(fields, COLUMNS)).toBe(false);
  });
});

async function run(hold: FooterHold, records: CsvRecord[], throwAt?: number): Promise<number[]> {
  async function* source(): AsyncGenerator<CsvRecord> {
    for (const [index, record] of records.entries()) {
      if (index === throwAt) throw new Error("broken");
      yield record;
    }
  }
  const seen: number[] = [];
  for await (const record of hold.rows(source(), () => COLUMNS)) seen.push(record.line);
  return seen;
}
const worker = (line: number): CsvRecord => ({ line, fields: row({ 1: "1303061112820001", 2: "A", 3: "B" }) });
const footerLine = (line: number): CsvRecord => ({ line, fields: row({ 2: `ttd ${line}` }) });
const blank = (line: number): CsvRecord => ({ line, fields: row({}) });

describe("FooterHold", () => {
  it("hands rows on in line order (blank lines, which are no rows, pass straight through); rows followed by a worker are ordinary; the rows after the last worker are the footer", async () => {
    const hold = new FooterHold();
    const seen = await run(hold, [worker(2), footerLine(3), blank(4), footerLine(5), worker(6), footerLine(7), blank(8), footerLine(9)]);
    expect(seen).toEqual([2, 4, 3, 5, 6, 8]);
    expect(hold.footer.map(({ line }) => line)).toEqual([7, 9]);
  });

  it(`holds at most ${FOOTER_ROWS_HELD} rows: a longer run is handed on whole, and the rest of it as it comes`, async () => {
    const hold = new FooterHold();
    const lines = Array.from({ length: FOOTER_ROWS_HELD + 5 }, (_, index) => footerLine(index + 3));
    const seen = await run(hold, [worker(2), ...lines]);
    expect(seen).toEqual([2, ...lines.map(({ line }) => line)]);
    expect(hold.footer).toEqual([]);
  });

  it("rows before the first worker are never held: a roster of rows without a NIK has no footer", async () => {
    const hold = new FooterHold();
    const seen = await run(hold, [footerLine(2), footerLine(3)]);
    expect(seen).toEqual([2, 3]);
    expect(hold.footer).toEqual([]);
    const second = new FooterHold();
    await run(second, [footerLine(2), worker(3), footerLine(4)]);
    expect(second.footer.map(({ line }) => line)).toEqual([4]);
  });

  it("after a worker, a new run may be a footer again", async () => {
    const hold = new FooterHold();
    const long = Array.from({ length: FOOTER_ROWS_HELD + 1 }, (_, index) => footerLine(index + 3));
    const end = FOOTER_ROWS_HELD + 4;
    await run(hold, [worker(2), ...long, worker(end), footerLine(end + 1)]);
    expect(hold.footer.map(({ line }) => line)).toEqual([end + 1]);
  });

  it("a file that breaks hands on what it held before the error", async () => {
    const hold = new FooterHold();
    const seen: number[] = [];
    await expect(
      (async () => {
        async function* source(): AsyncGenerator<CsvRecord> {
          yield worker(2);
          yield footerLine(3);
          throw new Error("broken");
        }
        for await (const record of hold.rows(source(), () => COLUMNS)) seen.push(record.line);
      })(),
    ).rejects.toThrow("broken");
    expect(seen).toEqual([2, 3]);
    expect(hold.footer).toEqual([]);
  });
});

describe("footerTotalsDisagree", () => {
  const accepted: AcceptedFigures = { workers: 1333n, months: 11997n, income: 1_333_000_000n, wage: 0n };
  const check = (fields: string[], figures = accepted, rejected = 0) =>
    footerTotalsDisagree("r.csv", [{ line: 9, fields }], HEADER, COLUMNS, figures, rejected, undefined).map(({ code, text }) => `${code} ${text}`);

  it.each([
    ["JUMLAH with a count and sums as Excel writes them", row({ 0: "JUMLAH", 2: "1.333 orang", 4: "Rp 1.333.000.000,00", 5: "11.997" })],
    ["TOTAL with comma grouping", row({ 0: "TOTAL", 1: "1,333", 4: "1,333,000,000", 5: "11,997 OB" })],
    ["the count in the running number column", row({ 0: "1333", 2: "Jumlah" })],
    ["the count after the word", row({ 0: "Jumlah : 1.333 orang" })],
    ["a wage sum of zero written as 0", row({ 0: "Total", 6: "0" })],
  ])("%s: agrees, nothing said", (_, fields) => {
    expect(check(fields)).toEqual([]);
  });

  it("a row that is no total row, or a subtotal, is not read for figures", () => {
    expect(check(row({ 0: "1334", 4: "Rp 5" }))).toEqual([]);
    expect(check(row({ 0: "Sub Total", 2: "175 orang", 4: "Rp 175.000.000" }))).toEqual([]);
    expect(check(row({ 0: "Subtotal", 2: "175 orang" }))).toEqual([]);
  });

  it("names each figure that differs, with the row's and iuran's, exactly (one rupiah off is off)", () => {
    expect(check(row({ 0: "JUMLAH", 2: "1.334 orang", 4: "Rp 1.333.000.001", 5: "11.998 bulan", 6: "Rp 5.000.000" }))).toEqual([
      'FOOTER_TOTAL_DISAGREES r.csv:9: the total row under the data does not match the roster as iuran read it: workers: 1,334 in the row, 1,333 accepted; "Jumlah Bulan": 11,998 in the row, 11,997 in the accepted rows; "Penghasilan": Rp 1,333,000,001 in the row, Rp 1,333,000,000 in the accepted rows; "Upah": Rp 5,000,000 in the row, Rp 0 in the accepted rows',
    ]);
  });

  it("says when rows were rejected, since the roster's total counts them", () => {
    expect(check(row({ 0: "JUMLAH", 2: "1.333 orang" }), { ...accepted, workers: 1330n }, 3)).toEqual([
      "FOOTER_TOTAL_DISAGREES r.csv:9: the total row under the data does not match the roster as iuran read it: workers: 1,333 in the row, 1,330 accepted (3 rows of the data rejected, counted in the roster's total but not in iuran's)",
    ]);
  });

  it("does not compare what it cannot read for sure: an amount that could be read two ways, a fraction", () => {
    expect(check(row({ 0: "JUMLAH", 4: "Rp 1,333", 5: "1,5" }))).toEqual([]);
  });
});

describe("mayBeFooter: a worker whose NIK is missing is no footer", () => {
  const columns = new Map<RosterColumn, number>([
    ["nik", 0],
    ["name", 1],
    ["district", 2],
    ["village", 3],
    ["start", 4],
    ["funding", 5],
  ]);
  it.each([
    ["a kecamatan and a nagari", ["", "", "Kamang Baru", "Aie Amo", "", "APBD"]],
    ["a name and a nagari", ["", "Budi Santoso", "", "Muaro Takuang", "", ""]],
    ["a kecamatan and a start month", ["", "", "Kamang Baru", "", "01/01/2027", ""]],
  ])("%s: a worker row, rejected at its line", (_, fields) => {
    expect(mayBeFooter(fields, columns)).toBe(false);
  });
  it.each([
    ["a signature under the funding column", ["", "", "", "", "", "Kepala Dinas Sosial"]],
    ["a place and date under the start column", ["", "", "", "", "Muaro Sijunjung, 15 Desember 2026", ""]],
    ["a JUMLAH row with a count under the name", ["", "24 orang", "", "", "", ""]],
  ])("%s: may be the footer", (_, fields) => {
    expect(mayBeFooter(fields, columns)).toBe(true);
  });
});
