// The bundled region codes (Kepmendagri 300.2.2-2138/2025, via cahyadsn/wilayah, MIT): NIK prefixes of every kecamatan.
import { readFile } from "node:fs/promises";
import { parseWhole } from "./csv-source.js";

const KECAMATAN_FILE = new URL("../data/wilayah/kecamatan.csv", import.meta.url);

/** The six-digit NIK prefix of every kecamatan in Indonesia. */
export async function loadNikPrefixes(): Promise<Set<string>> {
  const parsed = parseWhole("kecamatan.csv", await readFile(KECAMATAN_FILE));
  if ("error" in parsed) throw new Error(`bundled kecamatan.csv is unreadable: ${parsed.error.message}`);
  const [header, ...rows] = parsed.records;
  const column = header!.record.indexOf("nik_prefix");
  return new Set(rows.map((row) => row.record[column]!));
}
