import { describe, expect, it } from "vitest";
import { BudgetBuilder } from "../../src/domain/budget.js";
import { Pricer } from "../../src/domain/contribution.js";
import { parseMonth } from "../../src/domain/month.js";
import { editDistance } from "../../src/domain/edit-distance.js";
import { closestName, isRegionHeader, lookUpRegion, regionOfColumn, preferredSpelling, regionKey, regionNaming, type RegionBook } from "../../src/domain/region-name.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { book as tariffBook } from "../helpers/tariffs.js";

describe("regionKey", () => {
  it("reads every spelling of a kecamatan as one", () => {
    const spellings = ["Kamang Baru", "KAMANG BARU", "Kamang  Baru", " Kamang Baru ", "Kec. Kamang Baru", "Kec Kamang Baru", "Kecamatan\nKamang Baru", "kamang-baru"];
    expect(new Set(spellings.map((text) => regionKey(text, "district")))).toEqual(new Set(["kamangbaru"]));
  });

  it("reads every prefix of a village as one", () => {
    const spellings = ["Muaro Takuang", "Nagari Muaro Takuang", "Desa Muaro Takuang", "Kel. Muaro Takuang", "Kelurahan Muaro Takuang", "Ds. Muaro Takuang", "Kenagarian Muaro Takuang"];
    expect(new Set(spellings.map((text) => regionKey(text, "village")))).toEqual(new Set(["muarotakuang"]));
  });

  it("drops a prefix only as the leading word of a longer name, and only its level's", () => {
    expect(regionKey("IV Nagari", "district")).toBe("ivnagari");
    expect(regionKey("Kec. IV Nagari", "district")).toBe("ivnagari");
    expect(regionKey("Nagari", "village")).toBe("nagari");
    expect(regionKey("Kecamatan", "district")).toBe("kecamatan");
    // A kecamatan is no nagari: "Nagari" leads a village name only.
    expect(regionKey("Nagari IV Koto", "district")).toBe("nagariivkoto");
    expect(regionKey("Nagari IV Koto", "village")).toBe("ivkoto");
    expect(regionKey("Kec. Koto VII", "village")).toBe("keckotovii");
  });

  it("finds an official name that carries a prefix itself", () => {
    expect(regionKey("Desa Kampung Baru", "village")).toBe(regionKey("Desa Desa Kampung Baru", "village"));
    expect(regionKey("Desa Kampung Baru", "village")).toBe(regionKey("Kampung Baru", "village"));
  });
});

describe("names shown", () => {
  it("prefers the official spelling, else the spelling on most rows", () => {
    const naming = regionNaming("district", ["Kamang Baru"]);
    expect(naming.official(naming.key("KEC. KAMANG BARU"))).toBe("Kamang Baru");
    expect(naming.official(naming.key("Kamang Bru"))).toBeUndefined();
    expect(preferredSpelling(new Map([["KAMANG BARU", 12], ["Kec. Kamang Baru", 3]]))).toBe("KAMANG BARU");
  });

  it("breaks a tie by the shorter spelling, then code-point order, whatever the order seen", () => {
    expect(preferredSpelling(new Map([["Kec. Lubuk Tarok", 2], ["lubuk tarok", 2], ["LUBUK TAROK", 2]]))).toBe("LUBUK TAROK");
    expect(preferredSpelling(new Map([["LUBUK TAROK", 2], ["lubuk tarok", 2], ["Kec. Lubuk Tarok", 2]]))).toBe("LUBUK TAROK");
  });

  it("picks, for a key the list spells two ways, the one the roster wrote but for case", () => {
    const naming = regionNaming("district", ["Koto Baru", "Kotobaru"]);
    expect(naming.official("kotobaru")).toBeUndefined();
    expect(naming.official("kotobaru", ["KOTOBARU"])).toBe("Kotobaru");
    expect(naming.official("kotobaru", ["Kec. Koto Baru", "koto  baru"])).toBe("Koto Baru");
  });
});

describe("closest names", () => {
  it("measures edits", () => {
    expect(editDistance("kamangbaru", "kamangbru")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("names the nearest official name, or none when far", () => {
    const names = ["Kamang Baru", "Sijunjung", "Kupitan"];
    expect(closestName(regionKey("Kamang Bru", "district"), names, "district")).toBe("Kamang Baru");
    expect(closestName(regionKey("Padang", "district"), names, "district")).toBeUndefined();
  });
});

describe("lookUpRegion", () => {
  const book: RegionBook = {
    regions: [
      { code: "13.02", name: "Kabupaten Solok", province: "Sumatera Barat" },
      { code: "13.03", name: "Kabupaten Sijunjung", province: "Sumatera Barat" },
      { code: "13.72", name: "Kota Solok", province: "Sumatera Barat" },
    ],
    districts: new Map(),
    villages: new Map(),
  };
  const code = (text: string) => {
    const found = lookUpRegion(text, book);
    return "region" in found ? found.region.code : found;
  };

  it("finds a region by code, full name or bare name", () => {
    expect(code("13.03")).toBe("13.03");
    expect(code("1303")).toBe("13.03");
    expect(code("sijunjung")).toBe("13.03");
    expect(code("Kab. Solok")).toBe("13.02");
    expect(code("Kabupaten  Solok")).toBe("13.02");
    expect(code("KOTA SOLOK")).toBe("13.72");
  });

  it("reads a region column only when all its values name one region", () => {
    expect(regionOfColumn(["Sijunjung", "Kabupaten Sijunjung", "13.03"], book)).toEqual({ region: book.regions[1] });
    expect(regionOfColumn(["Sijunjung", "Kota Solok"], book)).toEqual({ unread: ["Sijunjung", "Kota Solok"] });
    expect(regionOfColumn(["Solok"], book)).toEqual({ unread: ["Solok"] });
    expect(["Kabupaten", "Kab/Kota", "KABUPATEN / KOTA", "Region"].every(isRegionHeader)).toBe(true);
    expect(["Kecamatan", "Kota", "Kabupaten Sijunjung"].some(isRegionHeader)).toBe(false);
  });

  it("calls a name both a kabupaten and a kota bear ambiguous, and offers close names for an unknown one", () => {
    expect(code("Solok")).toEqual({ ambiguous: [book.regions[0], book.regions[2]] });
    expect(code("Sijunjong")).toEqual({ unknown: [book.regions[1]] });
    expect(code("Jakarta")).toEqual({ unknown: [] });
    expect(code("13.99")).toEqual({ unknown: [] });
  });
});

describe("BudgetBuilder with a naming", () => {
  const farmer: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "", funding: "" };
  const pricer = new Pricer(tariffBook, "half-up");
  const start = parseMonth("2027-01")!;
  const period = pricer.period(farmer, termsKey(farmer), start, 1);

  it("groups the spellings of one kecamatan under its official name and counts each spelling", () => {
    const builder = new BudgetBuilder(["district", "sector"], [regionNaming("district", ["Kamang Baru", "Sijunjung"]), undefined]);
    for (const district of ["KAMANG BARU", "Kec. Kamang  Baru", "KAMANG BARU", "Sijunjung"]) builder.add([district, "Tani"], farmer.programs, period, start, 1);
    builder.add(["Kamang Baru", "tani"], farmer.programs, period, start, 1);
    const report = builder.report();
    expect(report.groups.map((group) => [...group.key, group.workers])).toEqual([
      ["Kamang Baru", "Tani", 3],
      ["Kamang Baru", "tani", 1],
      ["Sijunjung", "Tani", 1],
    ]);
    expect(builder.names()).toEqual([
      { slot: 0, shown: "Kamang Baru", official: true, spellings: [{ text: "KAMANG BARU", rows: 2 }, { text: "Kamang Baru", rows: 1 }, { text: "Kec. Kamang Baru", rows: 1 }] },
      { slot: 0, shown: "Sijunjung", official: true, spellings: [{ text: "Sijunjung", rows: 1 }] },
    ]);
  });

  it("shows the spelling on most rows when the list has none, and a touched key as written", () => {
    const builder = new BudgetBuilder(["village"], [regionNaming("village", [])]);
    builder.add(["Nagari Koto Ranah"], farmer.programs, period, start, 1, 2);
    builder.add(["KOTO RANAH"], farmer.programs, period, start, 1, 3);
    builder.touch(["Desa Silokek"]);
    builder.touch(["koto ranah"]);
    expect(builder.report().groups.map((group) => [group.key[0], group.workers])).toEqual([
      ["Desa Silokek", 0],
      ["KOTO RANAH", 5],
    ]);
  });
});

describe("typing distance", () => {
  it("counts a swap of neighbouring letters as one slip", async () => {
    const { typingDistance, editDistance } = await import("../../src/domain/edit-distance.js");
    expect(typingDistance("ratoi", "ratio")).toBe(1);
    expect(editDistance("ratoi", "ratio")).toBe(2);
    expect(typingDistance("off", "of")).toBe(1);
    expect(typingDistance("count", "count")).toBe(0);
    expect(typingDistance("abc", "xyz")).toBe(3);
  });
});
