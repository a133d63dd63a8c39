// Region names as rosters write them: one key per kecamatan or nagari whatever its case, spacing or prefix
// ("KAMANG BARU", "Kec. Kamang Baru"), the official spelling to show, and the bundled regions a --region names.
import { editDistance } from "./edit-distance.js";

/** The two levels of region names a roster holds: kecamatan (district) and nagari/desa/kelurahan (village). */
export type RegionLevel = "district" | "village";

/**
 * Words that say what a name is rather than which one it is, dropped only as the leading word of a longer name:
 * "Kec. Kamang Baru" is Kamang Baru, while "IV Nagari" (a kecamatan) and "Kecamatan" alone keep their words.
 */
const PREFIXES: Record<RegionLevel, ReadonlySet<string>> = {
  district: new Set(["kec", "kecamatan"]),
  village: new Set(["nagari", "kenagarian", "desa", "ds", "kel", "kelurahan"]),
};

/** The roster columns that hold region names, by their canonical name. */
export function regionLevelOf(column: string): RegionLevel | undefined {
  return column === "district" || column === "village" ? column : undefined;
}

function nameWords(text: string): string[] {
  // An apostrophe joins ("Pa'ang" is one word); any other mark or space separates.
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['\u2019`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/**
 * The key a region name is matched by: case, spaces and punctuation folded, a leading prefix word of its level
 * dropped. "Kamang  Baru", "KAMANG BARU" and "Kecamatan Kamang Baru" all give "kamangbaru".
 */
export function regionKey(text: string, level: RegionLevel): string {
  const words = nameWords(text);
  // Repeated, so a prefix added to an official name that has one ("Desa Desa Kampung Baru") still finds it.
  let first = 0;
  while (words.length - first > 1 && PREFIXES[level].has(words[first]!)) first++;
  return words.slice(first).join("");
}

/** A spelling as shown: trimmed, inner runs of spaces made one. */
export function tidySpelling(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/** How one grouping column's values become keys, and which spelling a key is shown by when the bundled list has it. */
export interface GroupNaming {
  /** The region level, for region columns; undefined for a column whose values are matched as written. */
  readonly level?: RegionLevel;
  key(text: string): string;
  /**
   * The official spelling of a key, when the bundled list (of the --region, if given) has one. Where the list spells
   * one key several ways (names of several regions), the one a roster spelling matches but for case and spaces.
   */
  official(key: string, spellings?: Iterable<string>): string | undefined;
  /** Names checked against one region's list: a key with no official spelling gets a warning. */
  readonly checked?: { region: Region; names: readonly string[] };
}

/** A region column's naming: keys by regionKey, official spellings from `names`. */
export function regionNaming(level: RegionLevel, names: readonly string[], checkedIn?: Region): GroupNaming {
  const spellings = new Map<string, string[]>();
  for (const name of names) {
    const key = regionKey(name, level);
    const seen = spellings.get(key);
    if (!seen) spellings.set(key, [name]);
    else if (!seen.includes(name)) seen.push(name);
  }
  const folded = (text: string) => tidySpelling(text).toLowerCase();
  // A column repeats a few dozen names row after row; the cap keeps odd inputs bounded.
  const keys = new Map<string, string>();
  return {
    level,
    key: (text) => {
      let key = keys.get(text);
      if (key === undefined) {
        key = regionKey(text, level);
        if (keys.size >= 10_000) keys.clear();
        keys.set(text, key);
      }
      return key;
    },
    official: (key, written = []) => {
      const candidates = spellings.get(key);
      if (!candidates || candidates.length === 1) return candidates?.[0];
      const matches = new Set([...written].map(folded));
      return candidates.filter((name) => matches.has(folded(name))).sort()[0];
    },
    ...(checkedIn ? { checked: { region: checkedIn, names } } : {}),
  };
}

/**
 * The name a group is shown by when its rows spell it several ways and the bundled list has none: the spelling on
 * most rows; on a tie the shorter one (a prefix dropped), then the first in code-point order.
 */
export function preferredSpelling(spellings: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of spellings) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && (entry[0].length < best[0].length || (entry[0].length === best[0].length && entry[0] < best[0])))) best = entry;
  }
  return best?.[0] ?? "";
}

/**
 * The official name nearest to a key, if near enough to be a misspelling: at most one edit in three letters of the
 * key (at least one). Ties go to the name first in code-point order.
 */
export function closestName(key: string, names: readonly string[], level: RegionLevel): string | undefined {
  const limit = Math.max(1, Math.floor([...key].length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(key, regionKey(name, level));
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && name < best.name)) best = { name, distance };
  }
  return best?.name;
}

/** A kabupaten or kota, as the bundled list names it: "13.03", "Kabupaten Sijunjung". */
export interface Region {
  code: string;
  name: string;
  province: string;
}

/** The bundled official names: every kabupaten/kota and kecamatan of Indonesia, the villages of the provinces bundled. */
export interface RegionBook {
  regions: readonly Region[];
  /** Kecamatan names by the code of their kabupaten/kota. */
  districts: ReadonlyMap<string, readonly string[]>;
  /** Nagari/desa/kelurahan names by the code of their kabupaten/kota (only where the bundle has them). */
  villages: ReadonlyMap<string, readonly string[]>;
}

const REGION_KINDS = new Set(["kabupaten", "kota"]);

/** "Kab. Solok" is "kabupaten solok"; the key of a region's full name. */
function regionFullKey(text: string): string {
  const words = nameWords(text);
  if (words[0] === "kab") words[0] = "kabupaten";
  return words.join("");
}

/** The key of a region's name without its kind: "Kota Solok" and "Kabupaten Solok" are both "solok". */
function regionBareKey(text: string): string {
  const words = nameWords(text);
  return (words.length > 1 && (REGION_KINDS.has(words[0]!) || words[0] === "kab") ? words.slice(1) : words).join("");
}

export type RegionLookup = { region: Region } | { ambiguous: Region[] } | { unknown: Region[] };

/**
 * The region a --region names: a code ("13.03" or "1303"), a full name ("Kota Solok", "Kab. Solok") or a bare one
 * ("Sijunjung"). A bare name both a kabupaten and a kota bear is ambiguous; an unknown one comes with up to three
 * close names.
 */
export function lookUpRegion(text: string, book: RegionBook): RegionLookup {
  const code = /^\s*(\d{2})\.?(\d{2})\s*$/.exec(text);
  if (code) {
    const region = book.regions.find((candidate) => candidate.code === `${code[1]}.${code[2]}`);
    return region ? { region } : { unknown: [] };
  }
  const full = book.regions.filter((candidate) => regionFullKey(candidate.name) === regionFullKey(text));
  if (full.length === 1) return { region: full[0]! };
  const bare = book.regions.filter((candidate) => regionBareKey(candidate.name) === regionBareKey(text));
  if (bare.length === 1) return { region: bare[0]! };
  if (bare.length > 1) return { ambiguous: bare };
  const key = regionBareKey(text);
  const limit = Math.max(1, Math.floor([...key].length / 3));
  const near = book.regions
    .map((candidate) => ({ candidate, distance: editDistance(key, regionBareKey(candidate.name)) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || (a.candidate.code < b.candidate.code ? -1 : 1))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
  return { unknown: near };
}

/** The naming of one grouping column: region columns by their level (within the region, if one is given), others as written. */
export function groupNaming(column: string, book: RegionBook, region?: Region): GroupNaming | undefined {
  const level = regionLevelOf(column);
  if (level === undefined) return undefined;
  const lists = level === "district" ? book.districts : book.villages;
  if (region) {
    const names = lists.get(region.code);
    // A region whose villages are not bundled: names are still folded, with no official spelling to check against.
    return names ? regionNaming(level, names, region) : regionNaming(level, []);
  }
  return regionNaming(level, [...lists.values()].flat());
}

/** Headers of a roster column that names the kabupaten or kota of each row ("Kabupaten", "Kab/Kota", "Region"). */
const REGION_HEADERS: ReadonlySet<string> = new Set(["region", "kabupaten", "kabupatenkota", "kabkota", "kotakabupaten", "kotakab"]);

export function isRegionHeader(text: string): boolean {
  return REGION_HEADERS.has(nameWords(text).join(""));
}

/** How many distinct values of a region column are kept: a roster is for one region, a few at most. */
export const REGION_VALUES_KEPT = 20;

/**
 * The one region a roster's region column names, or why there is none: values naming several regions, or a value
 * that is no region or could be two.
 */
export function regionOfColumn(values: readonly string[], book: RegionBook): { region: Region } | { unread: readonly string[] } {
  const found = new Map<string, Region>();
  for (const value of values) {
    const lookup = lookUpRegion(value, book);
    if (!("region" in lookup)) return { unread: values };
    found.set(lookup.region.code, lookup.region);
  }
  return found.size === 1 ? { region: [...found.values()][0]! } : { unread: values };
}
