// The budget document's renderers, on the 2022 Sijunjung case: koefisien as officers write it, the workbook's cells.
import { describe, expect, it } from "vitest";
import { DocumentBuilder } from "../../src/domain/budget-document.js";
import { Pricer } from "../../src/domain/contribution.js";
import { monthOf } from "../../src/domain/month.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { loadAccounts } from "../../src/io/account-file.js";
import { documentAsWorkbook, koefisien, monthSpan, type DocumentSetting } from "../../src/report/document.js";
import { book } from "../helpers/tariffs.js";

const loaded = await loadAccounts(undefined);
const terms: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "", funding: "APBD" };

function sijunjung(level: "kabupaten" | "nagari") {
  const pricer = new Pricer(book, "half-up");
  const builder = new DocumentBuilder(level, level === "nagari" ? ["village"] : []);
  const start = monthOf(2022, 4);
  const key = level === "nagari" ? ["Muaro Takuang"] : [];
  builder.add(key, terms.programs, pricer.period(terms, termsKey(terms), start, 9), start, 9, 1333);
  return builder.document().document;
}

function setting(level: "kabupaten" | "nagari"): DocumentSetting {
  return { accounts: loaded.accounts, accountsFile: loaded.file.file, source: level === "nagari" ? loaded.accounts.sources[0] : undefined, input: "" };
}

describe("budget document lines as written", () => {
  it("koefisien: workers × months, or worker-months when the months differ", () => {
    const [jkk] = sijunjung("kabupaten").lines;
    expect(koefisien(jkk!)).toBe("1.333 Orang x 9 Bulan");
    expect(koefisien({ ...jkk!, months: null, workerMonths: 11_997 })).toBe("11.997 OB");
  });

  it("months of a line, short", () => {
    expect(monthSpan(monthOf(2022, 4), monthOf(2022, 12), "id")).toBe("Apr–Des 2022");
    expect(monthSpan(monthOf(2022, 11), monthOf(2023, 2), "en")).toBe("Nov 2022–Feb 2023");
    expect(monthSpan(monthOf(2020, 8), monthOf(2020, 8), "id")).toBe("Agu 2020");
  });
});

describe("budget document as a workbook", () => {
  it("regency: a data row per account with exact rupiah, a total row, the total in words", () => {
    const workbook = documentAsWorkbook(sijunjung("kabupaten"), setting("kabupaten"), { lang: "id", showNik: false });
    expect(workbook.sheets).toHaveLength(1);
    const [sheet] = workbook.sheets;
    expect(sheet!.name).toBe("Dokumen anggaran");
    expect(sheet!.columns.map((column) => [column.heading, column.kind, column.summed])).toEqual([
      ["Kode", "text", false],
      ["Uraian", "text", false],
      ["Bulan", "text", false],
      ["Koefisien", "text", false],
      // JKK and JKM lines count the same worker-months: the volumes are not added up.
      ["Volume", "count", false],
      ["Satuan", "text", false],
      ["Harga satuan", "rupiah", false],
      ["Jumlah", "rupiah", true],
    ]);
    expect(sheet!.rows.map((row) => row.role)).toEqual(["data", "data", "total"]);
    expect(sheet!.rows[0]!.cells).toEqual([
      { kind: "text", text: "5.1.02.02.02.0006" },
      { kind: "text", text: "Iuran Jaminan Kecelakaan Kerja (JKK) pekerja rentan" },
      { kind: "text", text: "Apr–Des 2022" },
      { kind: "text", text: "1.333 Orang x 9 Bulan" },
      { kind: "count", count: 11_997n },
      { kind: "text", text: "Orang/Bulan" },
      { kind: "rupiah", rupiah: 10_000n },
      { kind: "rupiah", rupiah: 119_970_000n },
    ]);
    expect(sheet!.rows[1]!.cells[7]).toEqual({ kind: "rupiah", rupiah: 81_579_600n });
    const total = sheet!.rows[2]!.cells;
    expect(total).toHaveLength(sheet!.columns.length);
    expect(total[0]).toEqual({ kind: "text", text: "Jumlah seluruhnya" });
    expect(total[4]).toBeNull();
    expect(total[7]).toEqual({ kind: "rupiah", rupiah: 201_549_600n });
    expect(sheet!.notes).toEqual(["Terbilang: dua ratus satu juta lima ratus empat puluh sembilan ribu enam ratus rupiah"]);
  });

  it("village: one line at Rp 16.800 an OB, the source code, a subtotal per village, English headings", () => {
    const workbook = documentAsWorkbook(sijunjung("nagari"), setting("nagari"), { lang: "en", showNik: false });
    const [sheet] = workbook.sheets;
    expect(sheet!.columns.map((column) => column.heading)).toEqual(["Village", "Code", "Description", "Source", "Months", "Volume", "Unit", "Unit price", "Budget"]);
    expect(sheet!.rows.map((row) => row.role)).toEqual(["data", "subtotal", "total"]);
    const [data, subtotal] = sheet!.rows;
    expect(data!.cells[0]).toEqual({ kind: "text", text: "Muaro Takuang" });
    expect(data!.cells[3]).toEqual({ kind: "text", text: "DDS" });
    expect(data!.cells.slice(5)).toEqual([{ kind: "count", count: 11_997n }, { kind: "text", text: "OB" }, { kind: "rupiah", rupiah: 16_800n }, { kind: "rupiah", rupiah: 201_549_600n }]);
    expect(subtotal!.cells[0]).toEqual({ kind: "text", text: "Subtotal Muaro Takuang" });
    expect(subtotal!.cells[8]).toEqual({ kind: "rupiah", rupiah: 201_549_600n });
    expect(subtotal!.cells).toHaveLength(sheet!.columns.length);
  });
});
