// The bundled region codes (Kepmendagri 300.2.2-2138/2025, via cahyadsn/wilayah, MIT): NIK prefixes of every kecamatan,
// and the official names of every kabupaten/kota and kecamatan of Indonesia and every nagari/desa of Sumatera Barat.
import { fileURLToPath } from "node:url";
import type { Region, RegionBook } from "../domain/region-name.js";
import { parseWhole, readInputFile } from "./csv-source.js";
import { t } from "../text/render.js";
import { InputUnreadable } from "./input-error.js";

const KECAMATAN_FILE = "kecamatan.csv";
const VILLAGE_FILE = "desa-sumatera-barat.csv";

/** A bundled table as rows of named cells. A bundled file gone missing or broken is a broken install, not bad input. */
async function bundledRows(name: string): Promise<Record<string, string>[]> {
  const path = fileURLToPath(new URL(`../data/wilayah/${name}`, import.meta.url));
  // Read as an input (so no output replaces it).
  const bytes = await readInputFile(path).catch((error: unknown) => {
    throw error instanceof InputUnreadable ? new Error(t("file.bundledUnreadable", { file: name, reason: error.message })) : error;
  });
  const parsed = parseWhole(name, bytes);
  if ("error" in parsed) throw new Error(t("file.bundledUnreadable", { file: name, reason: parsed.error.message }));
  const [header, ...rows] = parsed.records;
  return rows.map((row) => Object.fromEntries(header!.record.map((column, index) => [column, row.record[index] ?? ""])));
}

/** The six-digit NIK prefix of every kecamatan in Indonesia. */
export async function loadNikPrefixes(): Promise<Set<string>> {
  return new Set((await bundledRows(KECAMATAN_FILE)).map((row) => row.nik_prefix!));
}

/** "13.03.06" → "13.03": the kabupaten/kota a kecamatan or village code belongs to. */
function regionCodeOf(code: string): string {
  return code.slice(0, 5);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The official names, by kabupaten/kota. */
export async function loadRegionBook(): Promise<RegionBook> {
  const regions = new Map<string, Region>();
  const districts = new Map<string, string[]>();
  for (const row of await bundledRows(KECAMATAN_FILE)) {
    const code = regionCodeOf(row.kode!);
    if (!regions.has(code)) regions.set(code, { code, name: row.kabupaten_kota!, province: row.provinsi! });
    push(districts, code, row.kecamatan!);
  }
  const villages = new Map<string, string[]>();
  for (const row of await bundledRows(VILLAGE_FILE)) push(villages, regionCodeOf(row.kode!), row.desa!);
  return { regions: [...regions.values()], districts, villages };
}
