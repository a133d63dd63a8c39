// Funding sources are a vocabulary: every way officers write a source is read into one category, or refused.
import { describe, expect, it } from "vitest";
import { FundingVocabulary, regionNames, type FundingCategory } from "../../src/domain/funding.js";
import { bundledFundingVocabulary } from "../../src/io/funding-file.js";

const vocabulary = bundledFundingVocabulary();
const source = (text: string) => {
  const reading = vocabulary.resolve(text);
  return reading.ok ? reading.source : `refused: ${reading.reason}`;
};

describe("the bundled funding vocabulary", () => {
  it.each([
    // A regency's or city's budget, however it is written: the name of the region after "APBD" does not matter.
    ["APBD", "APBD"],
    ["apbd", "APBD"],
    ["APBD Kabupaten", "APBD"],
    ["APBD Kab. Tanah Datar", "APBD"],
    ["APBD Kabupaten Sijunjung", "APBD"],
    ["APBD Kota Padang", "APBD"],
    ["APBD II", "APBD"],
    ["APBD-P", "APBD"],
    ["APBD Perubahan", "APBD"],
    ["APBD-P 2026", "APBD"],
    ["APBD TA 2027", "APBD"],
    ["APBD Sijunjung", "APBD"],
    ["Pemkab Sijunjung", "APBD"],
    ["Dana APBD", "APBD"],
    ["Sumber dana: APBD", "APBD"],
    ["ＡＰＢＤ", "APBD"],
    // A province's budget: by its level or by the province's name.
    ["APBD Provinsi", "APBD Provinsi"],
    ["APBD Prov. Sumatera Barat", "APBD Provinsi"],
    ["APBD Sumatera Barat", "APBD Provinsi"],
    ["APBD I", "APBD Provinsi"],
    ["APBD Tk. I", "APBD Provinsi"],
    // Village budgets, with their parts (Dana Desa, ADD, PADes) and the region's own names.
    ["APB Nagari", "APB Nagari/APBDes"],
    ["apb-nagari", "APB Nagari/APBDes"],
    ["APBNagari", "APB Nagari/APBDes"],
    ["APBDes", "APB Nagari/APBDes"],
    ["APB Desa", "APB Nagari/APBDes"],
    ["Dana Desa", "APB Nagari/APBDes"],
    ["DDS", "APB Nagari/APBDes"],
    ["ADD", "APB Nagari/APBDes"],
    ["PADes", "APB Nagari/APBDes"],
    ["APB Nagari Koto Tuo", "APB Nagari/APBDes"],
    ["APB Gampong", "APB Nagari/APBDes"],
    ["APBN", "APBN"],
    ["APBN 2026", "APBN"],
    ["CSR", "CSR"],
    ["CSR PT Semen Padang", "CSR"],
    ["TJSL", "CSR"],
    ["BAZNAS", "BAZNAS"],
    ["Baznas Kab. Sijunjung", "BAZNAS"],
    ["zakat", "BAZNAS"],
    ["mandiri", "Mandiri"],
    ["swadaya", "Mandiri"],
    ["BUMNag", "BUMDes/BUMNag"],
    ["donatur", "Donatur"],
    // Not stated: an empty cell, or one with nothing but punctuation.
    ["", ""],
    ["-", ""],
  ])("%s → %s", (text, expected) => {
    expect(source(text)).toBe(expected);
  });

  it.each(["DBHCHT", "DBH Sawit", "xyz", "APBN Nagari", "APBD Sumbar", "APBD xyz", "Mandiri PT X"])("%s is refused, never guessed", (text) => {
    expect(source(text)).toMatch(/^refused: is not a funding source iuran knows; use one of APBN, APBD, APBD Provinsi, APB Nagari\/APBDes, CSR, BAZNAS, BUMDes\/BUMNag, Donatur, Mandiri, or map a local name with --funding-map/);
  });

  it.each(["APBN/APBD", "Hibah APBD", "CSR/APBD", "Dana Desa APBN"])("%s names two sources: refused", (text) => {
    expect(source(text)).toMatch(/^refused: names two sources, /);
  });

  it("a name that is a province's and a city's is refused with what to write", () => {
    // Bengkulu is a province and a city (Kota Bengkulu).
    expect(source("APBD Bengkulu")).toMatch(/could be the province's budget or the regency's\/city's: write "APBD Provinsi …"/);
    expect(source("APBD Kota Bengkulu")).toBe("APBD");
    expect(source("APBD Provinsi Bengkulu")).toBe("APBD Provinsi");
  });

  it("--funding-map reads a local name as a category, by the category's name, code or any spelling", () => {
    const mapped = vocabulary.withLocalNames([
      { local: "DBHCHT", category: "APBD" },
      { local: "DBH Sawit", category: "apbd-prov" },
      { local: "Dana Pokir", category: "APBD Kab. Sijunjung" },
    ]);
    if (!("vocabulary" in mapped)) throw new Error(mapped.reason);
    const read = (text: string) => (mapped.vocabulary.resolve(text) as { source: string }).source;
    expect(read("DBHCHT")).toBe("APBD");
    expect(read("dbh-cht")).toBe("APBD");
    expect(read("DBH Sawit")).toBe("APBD Provinsi");
    expect(read("Dana Pokir")).toBe("APBD");
    // The bundled vocabulary is unchanged.
    expect(vocabulary.resolve("DBHCHT").ok).toBe(false);
  });

  it("--funding-map refuses a target that is no category", () => {
    expect(vocabulary.withLocalNames([{ local: "DBHCHT", category: "xyz" }])).toEqual({
      reason: '"xyz" is no funding category; use one of APBN, APBD, APBD Provinsi, APB Nagari/APBDes, CSR, BAZNAS, BUMDes/BUMNag, Donatur, Mandiri',
    });
  });

  it("every category's name reads as itself, and no two categories share a spelling", () => {
    for (const category of vocabulary.categories) expect(source(category.name)).toBe(category.name);
    const seen = new Map<string, string>();
    for (const category of vocabulary.categories) {
      for (const alias of category.aliases) {
        const key = alias.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
        expect(seen.get(key) ?? category.name, `${alias} in ${category.name} and ${seen.get(key)}`).toBe(category.name);
        seen.set(key, category.name);
      }
    }
  });
});

describe("a vocabulary of other categories", () => {
  const categories: FundingCategory[] = [
    { code: "A", name: "Alpha", qualifier: "none", aliases: ["alpha fund"], descriptionId: "a", descriptionEn: "a" },
    { code: "APBD", name: "Regional", qualifier: "region", aliases: ["apbd"], descriptionId: "r", descriptionEn: "r" },
    { code: "APBD-PROV", name: "Provincial", qualifier: "region", aliases: ["apbd provinsi"], descriptionId: "p", descriptionEn: "p" },
  ];
  let regionsRead = 0;
  const small = new FundingVocabulary(categories, () => {
    regionsRead++;
    return regionNames(["Kabupaten Solok", "Kota Solok"], ["Sumatera Barat"]);
  });

  it("reads region names only when a text needs them", () => {
    expect(small.resolve("Alpha fund").ok).toBe(true);
    expect(small.resolve("APBD 2026").ok).toBe(true);
    expect(regionsRead).toBe(0);
    expect(small.resolve("APBD Solok")).toEqual({ ok: true, source: "Regional" });
    expect(small.resolve("APBD Sumatera Barat")).toEqual({ ok: true, source: "Provincial" });
    expect(regionsRead).toBe(1);
  });

  it("a category that takes no qualifier refuses words after its name", () => {
    expect(small.resolve("Alpha fund extra").ok).toBe(false);
  });
});
