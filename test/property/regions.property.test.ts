// Region names: normalisation never merges two official names of one region, and re-spelling never changes a budget.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetBuilder, totalOf, type BudgetReport } from "../../src/domain/budget.js";
import { Pricer } from "../../src/domain/contribution.js";
import { monthOf } from "../../src/domain/month.js";
import { groupNaming, regionKey, type GroupNaming, type RegionLevel } from "../../src/domain/region-name.js";
import { termsKey, type WorkerTerms } from "../../src/domain/worker.js";
import { loadRegionBook } from "../../src/io/wilayah.js";
import { book as tariffBook } from "../helpers/tariffs.js";

function csvRows(name: string): string[][] {
  const text = readFileSync(new URL(`../../src/data/wilayah/${name}`, import.meta.url), "utf8");
  return text.trim().split(/\r?\n/).slice(1).map((line) => line.split(","));
}

/** Names grouped by a code prefix, with no name listed twice (one name in two places is one name). */
function byPrefix(rows: string[][], codeLength: number, nameIndex: number): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const row of rows) {
    const code = row[0]!.slice(0, codeLength);
    if (!groups.has(code)) groups.set(code, new Set());
    groups.get(code)!.add(row[nameIndex]!);
  }
  return new Map([...groups].map(([code, names]) => [code, [...names]]));
}

function collisions(groups: Map<string, string[]>, level: RegionLevel): string[] {
  const found: string[] = [];
  for (const [code, names] of groups) {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = regionKey(name, level);
      if (byKey.has(key)) found.push(`${code}: ${byKey.get(key)} / ${name}`);
      byKey.set(key, name);
    }
  }
  return found;
}

const districts = byPrefix(csvRows("kecamatan.csv"), 5, 2);
const villages = byPrefix(csvRows("desa-sumatera-barat.csv"), 8, 1);

describe("normalisation never merges two official names of one region", () => {
  it("has the whole bundle to check (every kabupaten/kota, every kecamatan of Sumatera Barat)", () => {
    expect(districts.size).toBeGreaterThan(500);
    expect([...districts.values()].flat().length).toBe(7285);
    expect(villages.size).toBeGreaterThan(150);
    expect([...villages.values()].flat().length).toBe(1265);
  });

  it("gives the kecamatan of every kabupaten and kota distinct keys", () => {
    expect(collisions(districts, "district")).toEqual([]);
  });

  it("gives the villages of every kecamatan of Sumatera Barat distinct keys", () => {
    expect(collisions(villages, "village")).toEqual([]);
  });

  it("shows every official name of a region as itself", async () => {
    const book = await loadRegionBook();
    for (const region of book.regions) {
      const naming = groupNaming("district", book, region)!;
      for (const name of book.districts.get(region.code)!) expect(naming.official(naming.key(name))).toBe(name);
    }
  });
});

/** Re-spellings offices make: case, doubled and surrounding spaces, a prefix of the name's level. */
function respelt(name: string, level: RegionLevel): fc.Arbitrary<string> {
  const prefixes = level === "district" ? ["Kec. ", "Kec ", "Kecamatan ", "KEC. "] : ["Nagari ", "Desa ", "Kel. ", "Kelurahan ", "Ds. ", "NAGARI "];
  return fc
    .record({
      casing: fc.constantFrom("same", "upper", "lower"),
      doubled: fc.boolean(),
      padded: fc.boolean(),
      prefix: fc.option(fc.constantFrom(...prefixes), { nil: undefined }),
    })
    .map(({ casing, doubled, padded, prefix }) => {
      let text = casing === "upper" ? name.toUpperCase() : casing === "lower" ? name.toLowerCase() : name;
      if (doubled) text = text.replace(/ /g, "  ");
      if (prefix) text = prefix + text;
      return padded ? ` ${text} ` : text;
    });
}

describe("re-spelling a roster's names never changes a budget", () => {
  it("keeps the key of every official name, however it is re-spelt", async () => {
    const book = await loadRegionBook();
    const names = [...book.districts.values()].flat().map((name) => ({ name, level: "district" as const }));
    const villageNames = [...book.villages.values()].flat().map((name) => ({ name, level: "village" as const }));
    fc.assert(
      fc.property(
        fc.constantFrom(...names, ...villageNames).chain(({ name, level }) => respelt(name, level).map((text) => ({ name, level, text }))),
        ({ name, level, text }) => regionKey(text, level) === regionKey(name, level),
      ),
      { numRuns: 2000 },
    );
  });

  it("gives the same figures by kecamatan and nagari for a roster and its re-spelt copy", async () => {
    const book = await loadRegionBook();
    const sijunjung = book.regions.find((region) => region.code === "13.03")!;
    const namings = [groupNaming("district", book, sijunjung), groupNaming("village", book, sijunjung)];
    const kecamatan = [...book.districts.get("13.03")!, "Padang Sibusuk"];
    const nagari = [...book.villages.get("13.03")!.slice(0, 12), "Muaro Takung"];
    const farmer: WorkerTerms = { segment: "BPU", programs: ["JKK", "JKM"], income: 1_000_000n, wage: null, riskClass: null, sector: "", funding: "" };
    const pricer = new Pricer(tariffBook, "half-up");
    const row = fc.record({
      district: fc.constantFrom(...kecamatan),
      village: fc.constantFrom(...nagari),
      start: fc.integer({ min: monthOf(2025, 1), max: monthOf(2027, 12) }),
      months: fc.integer({ min: 1, max: 15 }),
    });
    const rows = fc.array(row, { minLength: 1, maxLength: 40 }).chain((clean) =>
      fc
        .tuple(...clean.map((entry) => fc.tuple(respelt(entry.district, "district"), respelt(entry.village, "village"))))
        .map((spellings) => ({ clean, spellings })),
    );
    const budget = (entries: { district: string; village: string; start: number; months: number }[], naming: readonly (GroupNaming | undefined)[]): BudgetReport => {
      const builder = new BudgetBuilder(["district", "village"], naming);
      for (const entry of entries) builder.add([entry.district, entry.village], farmer.programs, pricer.period(farmer, termsKey(farmer), entry.start, entry.months), entry.start, entry.months);
      return builder.report();
    };
    // Figures by key: an unofficial name may be shown by another spelling (and sort elsewhere), but it is one group.
    const figures = (report: BudgetReport) =>
      report.groups
        .map((group) => ({
          key: `${regionKey(group.key[0]!, "district")}/${regionKey(group.key[1]!, "village")}`,
          workers: group.workers,
          workerMonths: group.workerMonths,
          total: totalOf(group.amounts),
        }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    fc.assert(
      fc.property(rows, ({ clean, spellings }) => {
        const plain = budget(clean, namings);
        const messy = budget(
          clean.map((entry, index) => ({ ...entry, district: spellings[index]![0], village: spellings[index]![1] })),
          namings,
        );
        expect(figures(messy)).toEqual(figures(plain));
        expect(messy.total).toEqual(plain.total);
        // Official names are shown as the list spells them, whatever the roster wrote.
        const official = new Set(book.districts.get("13.03"));
        for (const group of messy.groups) {
          if (regionKey(group.key[0]!, "district") !== "padangsibusuk") expect(official.has(group.key[0]!)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
