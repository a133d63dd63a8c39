// Who pays: a closed list of funding categories held as data (the bundled funding-sources.csv), and the reading of
// what officers write ("APBD Kab. Tanah Datar", "APBD-P", "Dana Desa", "CSR PT Semen Padang") into one of them.
// Reliefs exclude categories, never spellings: a spelling iuran cannot place is refused, not guessed.
import { t } from "../text/render.js";
import { labelWords } from "./worker.js";

/** What may follow a category's name: nothing but a budget year, a region's name, or any words (a company's name). */
export type FundingQualifier = "none" | "region" | "any";

export interface FundingCategory {
  /** Stable identifier used in relief tables and JSON: "APBD", "APBDES". */
  code: string;
  /** The name reports group and show by: "APBD", "APB Nagari/APBDes". */
  name: string;
  qualifier: FundingQualifier;
  /** Spellings, each as lower-case words: "apbd kab", "dana desa". */
  aliases: readonly string[];
  descriptionId: string;
  descriptionEn: string;
}

/** Names of regencies and cities (without "Kabupaten"/"Kota") and of provinces, as lower-case words. */
export interface RegionNames {
  regencies: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
}

/** A funding text read as a category's name ("" when not stated), or why it cannot be. */
export type FundingReading = { ok: true; source: string } | { ok: false; reason: string };

/** The unstated source: no funding column, an empty cell, no --funding. */
export const UNSTATED_FUNDING = "";

/** The codes of the regency's or city's budget and of the province's: "APBD <name>" is one of the two. */
const REGENCY_CODE = "APBD";
const PROVINCE_CODE = "APBD-PROV";
/** Aliases that say "a regional budget" without saying whose: the words after them must. */
const UNSPECIFIC_REGIONAL = new Set(["apbd", "pemda", "pemerintah daerah"]);
const REGENCY_WORDS = new Set(["kab", "kabupaten", "kota", "kabkota", "pemkab", "pemkot", "ii", "2"]);
const PROVINCE_WORDS = new Set(["prov", "provinsi", "propinsi", "pemprov", "i", "1"]);
/** Words about the budget's year or revision, allowed after any category: "APBD-P 2026", "APBN TA 2027". */
const PERIOD_WORD = /^(ta|tahun|anggaran|murni|induk|perubahan|p|(19|20)\d\d)$/;
/** Words that may stand before a source: "Dana APBD", "Sumber dana: APBN", "Dibiayai oleh CSR". */
const LEADING_WORDS = new Set(["dana", "sumber", "sumberdana", "anggaran", "dibiayai", "dibayar", "oleh", "dari", "melalui", "biaya", "pembiayaan", "pendanaan", "via"]);


export class FundingVocabulary {
  private readonly byCode = new Map<string, FundingCategory>();
  /** Every alias without spaces ("apbnagari"), so "APBNagari" and "APB-Nagari" find it. */
  private readonly byCompactAlias = new Map<string, FundingCategory>();
  /** Aliases as word lists, longest first, for "<alias> <qualifier words>". */
  private readonly phrases: { words: string[]; category: FundingCategory; alias: string }[] = [];
  private readonly memo = new Map<string, FundingReading>();
  /** Read once, when a text first needs them: most rosters never write "APBD <name>". */
  private regionsRead: RegionNames | undefined;

  constructor(
    readonly categories: readonly FundingCategory[],
    private readonly regions: () => RegionNames,
    /** --funding-map: a local name (compact words) → a category's name. */
    private readonly localNames: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const category of categories) {
      this.byCode.set(category.code, category);
      for (const alias of [category.code, category.name, ...category.aliases]) {
        const words = labelWords(alias);
        if (words.length === 0) continue;
        this.byCompactAlias.set(words.join(""), category);
        this.phrases.push({ words, category, alias: words.join(" ") });
      }
    }
    this.phrases.sort((a, b) => b.words.length - a.words.length);
  }

  /** The same vocabulary with local names mapped to categories (--funding-map "DBHCHT=APBD"). */
  withLocalNames(entries: readonly { local: string; category: string }[]): { vocabulary: FundingVocabulary } | { reason: string } {
    const map = new Map(this.localNames);
    for (const { local, category } of entries) {
      const target = this.resolve(category);
      if (!target.ok || target.source === UNSTATED_FUNDING) {
        return { reason: t("funding.notACategory", { category, categories: this.categoryList() }) };
      }
      const key = labelWords(local).join("");
      if (key === "") return { reason: t("funding.emptyLocalName") };
      // A map names local names; it never turns a source iuran knows into another (APBD=CSR would halve budgets).
      const known = this.resolve(local);
      if (known.ok && known.source !== UNSTATED_FUNDING && known.source !== target.source) {
        return { reason: t("funding.mapRedefines", { local: local.trim(), current: known.source }) };
      }
      const earlier = map.get(key);
      if (earlier !== undefined && earlier !== target.source && !this.localNames.has(key)) {
        return { reason: t("funding.mapTwice", { local: local.trim(), first: earlier, second: target.source }) };
      }
      map.set(key, target.source);
    }
    return { vocabulary: new FundingVocabulary(this.categories, this.regions, map) };
  }

  /** The category of a name or code ("APB Nagari/APBDes", "APBDES"). */
  category(nameOrCode: string): FundingCategory | undefined {
    return this.byCode.get(nameOrCode) ?? this.categories.find((category) => category.name === nameOrCode);
  }

  /** "APBN, APBD, APBD Provinsi, …": the categories, for messages. */
  categoryList(): string {
    return this.categories.map((category) => category.name).join(", ");
  }

  /** Reads a funding text as a category; "" (or only punctuation) is the unstated source. */
  resolve(text: string): FundingReading {
    const known = this.memo.get(text);
    if (known) return known;
    const reading = this.read(text);
    // Funding texts repeat row after row; the cap keeps odd inputs bounded.
    if (this.memo.size >= 10_000) this.memo.clear();
    this.memo.set(text, reading);
    return reading;
  }

  private read(text: string): FundingReading {
    const words = labelWords(text);
    if (words.length === 0) return { ok: true, source: UNSTATED_FUNDING };
    const local = this.localNames.get(words.join(""));
    if (local !== undefined) return { ok: true, source: local };
    const found = this.readWords(words);
    if (found !== undefined) return found;
    // "Dana APBD", "Sumber dana: APB Nagari": the leading words say nothing about who pays.
    let first = 0;
    while (first < words.length - 1 && LEADING_WORDS.has(words[first]!)) first++;
    if (first > 0) {
      const rest = this.readWords(words.slice(first));
      if (rest !== undefined) return rest;
    }
    return { ok: false, reason: this.unknownReason(text) };
  }

  /** A category for these words, a refusal with a reason, or undefined when nothing matches. */
  private readWords(words: readonly string[]): FundingReading | undefined {
    const exact = this.byCompactAlias.get(words.join(""));
    if (exact) return { ok: true, source: exact.name };
    for (const phrase of this.phrases) {
      if (phrase.words.length >= words.length || !phrase.words.every((word, index) => words[index] === word)) continue;
      const rest = words.slice(phrase.words.length).filter((word) => !PERIOD_WORD.test(word));
      if (rest.length === 0) return { ok: true, source: phrase.category.name };
      // "Hibah APBD", "CSR/APBD", "Dana Desa APBN": two sources named, and which one pays decides the relief.
      const other = this.otherCategoryIn(rest, phrase.category);
      if (other) return { ok: false, reason: t("funding.twoSources", { first: phrase.category.name, second: other.name }) };
      if (phrase.category.qualifier === "any") return { ok: true, source: phrase.category.name };
      if (phrase.category.qualifier === "none") continue;
      if (!UNSPECIFIC_REGIONAL.has(phrase.alias)) return { ok: true, source: phrase.category.name };
      return this.regionalBudget(rest);
    }
    return undefined;
  }

  /** A category other than `found` that some of these words name ("apbd" in "Hibah APBD"). */
  private otherCategoryIn(words: readonly string[], found: FundingCategory): FundingCategory | undefined {
    for (const phrase of this.phrases) {
      if (phrase.category === found) continue;
      for (let start = 0; start + phrase.words.length <= words.length; start++) {
        if (phrase.words.every((word, index) => words[start + index] === word)) return phrase.category;
      }
    }
    return undefined;
  }

  /** "APBD" followed by words that must say whose budget it is: a level ("Kab.", "Provinsi") or a known name. */
  private regionalBudget(rest: readonly string[]): FundingReading | undefined {
    const regencyBudget = { ok: true as const, source: this.byCode.get(REGENCY_CODE)?.name ?? REGENCY_CODE };
    const provinceBudget = { ok: true as const, source: this.byCode.get(PROVINCE_CODE)?.name ?? PROVINCE_CODE };
    if (rest.some((word) => PROVINCE_WORDS.has(word)) && !rest.some((word) => REGENCY_WORDS.has(word))) return provinceBudget;
    if (rest.some((word) => REGENCY_WORDS.has(word))) return regencyBudget;
    const name = rest.join(" ");
    this.regionsRead ??= this.regions();
    const { regencies, provinces } = this.regionsRead;
    const regency = regencies.has(name);
    const province = provinces.has(name);
    if (regency && province) {
      return { ok: false, reason: t("funding.ambiguousRegion") };
    }
    if (regency) return regencyBudget;
    if (province) return provinceBudget;
    return undefined;
  }

  private unknownReason(text: string): string {
    return t("funding.unknown", { categories: this.categoryList(), local: text.trim() });
  }
}

/** Region names as the vocabulary compares them, from "Kabupaten Tanah Datar", "Kota Padang", "Sumatera Barat". */
export function regionNames(regencies: Iterable<string>, provinces: Iterable<string>): RegionNames {
  const regencyNames = new Set<string>();
  for (const name of regencies) {
    const words = labelWords(name);
    const start = words[0] === "kabupaten" || words[0] === "kota" ? (words[1] === "administrasi" ? 2 : 1) : 0;
    regencyNames.add(words.slice(start).join(" "));
  }
  return { regencies: regencyNames, provinces: new Set([...provinces].map((name) => labelWords(name).join(" "))) };
}
