// The bundled region codes (Kepmendagri 300.2.2-2138/2025, via cahyadsn/wilayah, MIT): NIK prefixes of every kecamatan.
import { fileURLToPath } from "node:url";
import { parseWhole, readInputFile } from "./csv-source.js";
import { t } from "../text/render.js";
import { InputUnreadable } from "./input-error.js";

const KECAMATAN_FILE = fileURLToPath(new URL("../data/wilayah/kecamatan.csv", import.meta.url));

/** The six-digit NIK prefix of every kecamatan in Indonesia. */
export async function loadNikPrefixes(): Promise<Set<string>> {
  // Read as an input (so no output replaces it), but a bundled file gone missing is a broken install, not bad input.
  const bytes = await readInputFile(KECAMATAN_FILE).catch((error: unknown) => {
    throw error instanceof InputUnreadable ? new Error(t("file.bundledUnreadable", { file: "kecamatan.csv", reason: error.message })) : error;
  });
  const parsed = parseWhole("kecamatan.csv", bytes);
  if ("error" in parsed) throw new Error(t("file.bundledUnreadable", { file: "kecamatan.csv", reason: parsed.error.message }));
  const [header, ...rows] = parsed.records;
  const column = header!.record.indexOf("nik_prefix");
  return new Set(rows.map((row) => row.record[column]!));
}
