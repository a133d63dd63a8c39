// Messages about input files follow the run's language, set after every module has loaded (as the CLI sets it), and
// say in English what they said before the catalogue, where that was right.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseCount } from "../../src/domain/count.js";
import { parseWhole } from "../../src/io/csv-source.js";
import { readFundingCategories } from "../../src/io/funding-file.js";
import { formatInputError, InvalidInput } from "../../src/io/input-error.js";
import { loadTariffs } from "../../src/io/tariff-file.js";
import { setLang } from "../../src/text/render.js";

afterEach(() => setLang("en"));

const folder = mkdtempSync(join(tmpdir(), "iuran-messages-"));
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

async function tariffErrors(path: string): Promise<string[]> {
  try {
    await loadTariffs([path], false);
  } catch (error) {
    if (error instanceof InvalidInput) return error.errors.map((problem) => problem.message);
    throw error;
  }
  throw new Error("the table was accepted");
}

const TARIFF_HEADER = "id,program,segment,risk_class,basis,rate_percent,flat_amount,income_floor,income_ceiling,wage_cap,effective_from,effective_to,reference\n";

describe("tariff tables: cell messages are made when the cell is read, in the run's language", () => {
  const bad = () => file("bad-tariff.csv", `${TARIFF_HEADER},JKK,BPU,,percent,1%,,,,,2015-13,,\n`);

  it("English", async () => {
    expect(await tariffErrors(bad())).toEqual([
      "id: id is empty",
      'rate_percent: expected a percentage like 0.24 (for 0.24 %), got "1%"',
      'effective_from: expected a month like 2026-04, got "2015-13"',
      "reference: every tariff row needs its legal reference",
    ]);
  });

  it("Indonesian, though the schemas were built before the language was set", async () => {
    setLang("id");
    expect(await tariffErrors(bad())).toEqual([
      "id: id kosong",
      'rate_percent: seharusnya persentase seperti 0.24 (untuk 0,24 %), tertulis "1%"',
      'effective_from: seharusnya bulan seperti 2026-04, tertulis "2015-13"',
      "reference: setiap baris tarif memerlukan dasar hukumnya",
    ]);
  });
});

describe("the funding-categories table", () => {
  const bytes = () => new TextEncoder().encode("code,name,qualifier,aliases,description_id,description_en\napbd,,maybe,,x,\n");
  const messages = () => {
    try {
      readFundingCategories("funding.csv", bytes());
    } catch (error) {
      if (error instanceof InvalidInput) return error.errors.map((problem) => problem.message);
      throw error;
    }
    throw new Error("the table was accepted");
  };

  it("English", () => {
    expect(messages()).toEqual([
      "code: a code in capitals like APBD or APBD-PROV",
      "name: the name is empty",
      "qualifier: expected none, region, any",
      "description_en: the English description is empty",
    ]);
  });

  it("Indonesian", () => {
    setLang("id");
    expect(messages()).toEqual([
      "code: kode dalam huruf kapital seperti APBD atau APBD-PROV",
      "name: nama kosong",
      "qualifier: seharusnya salah satu dari none, region, any",
      "description_en: keterangan dalam bahasa Inggris kosong",
    ]);
  });
});

describe("CSV syntax", () => {
  const openingQuote = () => parseWhole("roster.csv", new TextEncoder().encode('nik,name\n1303060101800001,Af"rizal\n'));

  it("a quote inside a field names the field counted from 1, as people count", () => {
    expect(openingQuote()).toEqual({
      error: { file: "roster.csv", line: 2, column: 0, code: "CSV_SYNTAX", message: 'a quote is found on field 2 at line 2, value is "Af"' },
    });
  });

  it("csv-parse's messages in Indonesian", () => {
    setLang("id");
    const result = openingQuote();
    expect("error" in result && result.error.message).toBe(
      'ada tanda kutip di tengah kolom ke-2 pada baris 2, sesudah "Af"; beri tanda kutip pada seluruh nilai dan gandakan tanda kutip di dalamnya',
    );
    const unclosed = parseWhole("roster.csv", new TextEncoder().encode('nik,name\n1303060101800001,"Afrizal\n'));
    expect("error" in unclosed && unclosed.error.message).toBe("tanda kutip tidak ditutup: berkas berakhir dengan tanda kutip yang masih terbuka di baris 2");
  });
});

describe("counts", () => {
  it("a decimal point in a count is no amount of rupiah", () => {
    expect(parseCount("1.5")).toEqual({
      ok: false,
      reason: "is not a whole number: read with a decimal point it is 1.5, and dots between thousands come in groups of three (1.500.000)",
    });
    expect(parseCount("1,5")).toEqual({ ok: false, reason: "is not a whole number (1,5)" });
    expect(parseCount("banyak")).toEqual({ ok: false, reason: "is not a number" });
  });

  it("in Indonesian, the bound grouped the Indonesian way", () => {
    setLang("id");
    expect(parseCount("300000001")).toEqual({ ok: false, reason: "melebihi batas 300.000.000 pekerja (lebih dari jumlah penduduk Indonesia)" });
  });
});

describe("the error line", () => {
  const error = { file: "roster.csv", line: 4, column: 2, code: "MISSING_VALUE" as const, message: "…" };

  it("says error in English and kesalahan in Indonesian; the code stays", () => {
    expect(formatInputError(error)).toBe("roster.csv:4:2: error MISSING_VALUE: …");
    setLang("id");
    expect(formatInputError(error)).toBe("roster.csv:4:2: kesalahan MISSING_VALUE: …");
    expect(formatInputError({ ...error, column: 0 })).toBe("roster.csv:4: kesalahan MISSING_VALUE: …");
  });
});
