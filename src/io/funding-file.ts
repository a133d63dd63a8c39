// The bundled funding categories (funding-sources.csv beside the tariffs), validated like the tariff tables, and the
// region names that let "APBD Sijunjung" be read as a regency's budget and "APBD Sumatera Barat" as a province's.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { FundingVocabulary, regionNames, type FundingCategory, type FundingQualifier, type RegionNames } from "../domain/funding.js";
import { quoteCell } from "../domain/personal-data.js";
import { t } from "../text/render.js";
import { parseWhole } from "./csv-source.js";
import { noteInput } from "./file-registry.js";
import { InvalidInput, type InputError } from "./input-error.js";

const FUNDING_FILE = new URL("../data/funding/funding-sources.csv", import.meta.url);
const KECAMATAN_FILE = new URL("../data/wilayah/kecamatan.csv", import.meta.url);
const QUALIFIERS: readonly FundingQualifier[] = ["none", "region", "any"];

const text = z.string().trim();
// Messages are functions: the schema is built when the module loads, before the run's language is known.
const categorySchema = z.object({
  code: text.regex(/^[A-Z][A-Z0-9-]*$/, { error: () => t("funding.codeFormat") }),
  name: text.min(1, { error: () => t("funding.nameEmpty") }),
  qualifier: text.refine((value) => (QUALIFIERS as readonly string[]).includes(value), { error: () => t("funding.qualifierExpected", { qualifiers: QUALIFIERS }) }),
  aliases: text.transform((value) => value.split("+").map((alias) => alias.trim()).filter((alias) => alias !== "")),
  description_id: text.min(1, { error: () => t("funding.descriptionIdEmpty") }),
  description_en: text.min(1, { error: () => t("funding.descriptionEnEmpty") }),
});
const COLUMNS = Object.keys(categorySchema.shape);

/** Reads a funding-categories table; every bad cell is an error with file:line:column. */
export function readFundingCategories(file: string, bytes: Uint8Array): FundingCategory[] {
  const parsed = parseWhole(file, bytes);
  if ("error" in parsed) throw new InvalidInput([parsed.error], 1);
  const [headerRecord, ...body] = parsed.records;
  const header = (headerRecord?.record ?? []).map((name) => name.trim().toLowerCase());
  const missing = COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new InvalidInput([{ file, line: 1, column: 0, code: "MISSING_COLUMN", message: t("funding.tableLacksColumn", { columns: missing }) }], 1);
  }
  const errors: InputError[] = [];
  const categories: FundingCategory[] = [];
  const codes = new Set<string>();
  for (const { record, info } of body) {
    const raw = Object.fromEntries(COLUMNS.map((column) => [column, record[header.indexOf(column)] ?? ""]));
    const result = categorySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        errors.push({ file, line: info.lines, column: header.indexOf(column) + 1, code: "INVALID_TARIFF", message: `${column}: ${issue.message}` });
      }
      continue;
    }
    const row = result.data;
    if (codes.has(row.code)) {
      errors.push({ file, line: info.lines, column: header.indexOf("code") + 1, code: "DUPLICATE_KEY", message: t("funding.codeTwice", { code: quoteCell(row.code) }) });
      continue;
    }
    codes.add(row.code);
    categories.push({
      code: row.code,
      name: row.name,
      qualifier: row.qualifier as FundingQualifier,
      aliases: row.aliases,
      descriptionId: row.description_id,
      descriptionEn: row.description_en,
    });
  }
  if (errors.length > 0) throw new InvalidInput(errors, errors.length);
  return categories;
}

/** A bundled table, read and noted as an input of the run: no output may replace it (file-registry.ts). */
function readBundled(url: URL): Buffer {
  const path = fileURLToPath(url);
  const bytes = readFileSync(path);
  noteInput(path, statSync(path, { bigint: true }));
  return bytes;
}

let bundled: FundingVocabulary | undefined;

/** The bundled vocabulary; region names are read only when a text needs them ("APBD <name>"). */
export function bundledFundingVocabulary(): FundingVocabulary {
  bundled ??= new FundingVocabulary(readFundingCategories("(bundled) funding-sources.csv", readBundled(FUNDING_FILE)), loadRegionNames);
  return bundled;
}

let regions: RegionNames | undefined;

function loadRegionNames(): RegionNames {
  if (regions) return regions;
  const parsed = parseWhole("kecamatan.csv", readBundled(KECAMATAN_FILE));
  if ("error" in parsed) throw new Error(t("file.bundledUnreadable", { file: "kecamatan.csv", reason: parsed.error.message }));
  const [header, ...rows] = parsed.records;
  const regency = header!.record.indexOf("kabupaten_kota");
  const province = header!.record.indexOf("provinsi");
  regions = regionNames(
    new Set(rows.map((row) => row.record[regency]!)),
    new Set(rows.map((row) => row.record[province]!)),
  );
  return regions;
}
