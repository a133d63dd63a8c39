// The four BPJS Ketenagakerjaan programmes, in the fixed order every report uses.
import { t } from "../text/render.js";
import { asciiDigits, isNikShaped, listCells } from "./personal-data.js";

export const PROGRAMS = ["JKK", "JKM", "JHT", "JP"] as const;
export type Program = (typeof PROGRAMS)[number];

export function isProgram(text: string): text is Program {
  return (PROGRAMS as readonly string[]).includes(text);
}

export type ProgramsParse = { ok: true; programs: Program[] } | { ok: false; reason: string };

/** Reads "JKK+JKM", "jkk,jkm,jht" or "JKK JKM" into the canonical order, without duplicates. */
export function parsePrograms(text: string): ProgramsParse {
  const names = text
    .split(/[+,;/\s]+/)
    .map((name) => name.trim().toUpperCase())
    .filter((name) => name !== "");
  if (names.length === 0) return { ok: false, reason: t("program.none") };
  const unknown = names.filter((name) => !isProgram(name));
  if (unknown.length > 0) {
    // The unknown names are listed joined as they were written, so a NIK typed into the cell stays one run to mask.
    const written = isNikShaped(text) ? [asciiDigits(text)] : unknown;
    return { ok: false, reason: t("program.unknown", { names: listCells(written), known: PROGRAMS }) };
  }
  return { ok: true, programs: PROGRAMS.filter((program) => names.includes(program)) };
}
