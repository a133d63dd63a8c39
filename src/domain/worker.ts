// What decides a worker's contribution: segment, programmes, declared income or wage, risk class, sector, funding.
import type { Program } from "./program.js";

export const SEGMENTS = ["BPU", "PU"] as const;
/** BPU: Bukan Penerima Upah (informal, self-employed). PU: Penerima Upah (wage earners). */
export type Segment = (typeof SEGMENTS)[number];

export const DEFAULT_INCOME = 1_000_000n;
export const DEFAULT_PROGRAMS: readonly Program[] = ["JKK", "JKM"];

export interface WorkerTerms {
  segment: Segment;
  programs: readonly Program[];
  /** Declared monthly income in rupiah (BPU). */
  income: bigint;
  /** Monthly wage in rupiah (PU only). */
  wage: bigint | null;
  /** PU work-accident risk group 1–5 (kelompok I–V). */
  riskClass: number | null;
  /** Sector as written, e.g. "transport"; matched through labelKey. Empty when not stated. */
  sector: string;
  /** Who pays: a funding category's name ("APBD", "APB Nagari/APBDes"), read through FundingVocabulary. Empty when not stated. */
  funding: string;
}

/**
 * The comparable form of a free-text label (sector, funding source): case, spaces and punctuation do not count,
 * so "APB Nagari", "apb-nagari" and "APBNagari" are one source, while "APBD" and "APBDes" stay two.
 */
export function labelKey(text: string): string {
  let key = labelKeys.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    // Labels repeat row after row (a handful of sectors and funding sources); the cap keeps odd inputs bounded.
    if (labelKeys.size >= 10_000) labelKeys.clear();
    labelKeys.set(text, key);
  }
  return key;
}
const labelKeys = new Map<string, string>();

/** The lower-case words of a label, any punctuation a separator: "APBD Kab. Tanah-Datar" → apbd, kab, tanah, datar. */
export function labelWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** "bpu", "BPU" → "BPU"; anything else → undefined. */
export function parseSegment(text: string): Segment | undefined {
  const upper = text.trim().toUpperCase();
  return (SEGMENTS as readonly string[]).includes(upper) ? (upper as Segment) : undefined;
}

/** PU work-accident risk groups are 1 to 5 (kelompok I–V). */
export function parseRiskClass(text: string): number | undefined {
  const trimmed = text.trim();
  return /^[1-5]$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** A stable text key: two workers with the same key pay exactly the same every month. */
export function termsKey(terms: WorkerTerms): string {
  return [
    terms.segment,
    terms.programs.join("+"),
    terms.income,
    terms.wage ?? "",
    terms.riskClass ?? "",
    labelKey(terms.sector),
    terms.funding,
  ].join("|");
}
