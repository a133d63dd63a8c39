// What an auditor needs to reproduce a figure: tool version, command, input hashes, tariffs, reliefs, rounding.
import { roundingRule, type RoundingMode } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import type { Relief, TariffRow } from "../domain/tariff.js";
import type { Lang } from "./format.js";

export interface InputSummary {
  file: string;
  sha256: string;
  encoding?: string;
  delimiter?: string;
  rowsRead?: number;
  rowsAccepted?: number;
  rowsRejected?: number;
  /** Lines that cannot be workers (a title above the header), skipped: read = accepted + rejected + skipped. */
  rowsSkipped?: number;
}

export interface RunContext {
  lang: Lang;
  version: string;
  command: readonly string[];
  inputs: readonly InputSummary[];
  tariffFiles: readonly InputSummary[];
  rounding: RoundingMode;
  tariffs: readonly TariffRow[];
  reliefs: readonly Relief[];
  warnings: readonly string[];
}

function optionalMonth(month: number | null): string | null {
  return month === null ? null : formatMonth(month);
}

export function tariffRowAsJson(row: TariffRow) {
  return {
    id: row.id,
    program: row.program,
    segment: row.segment,
    riskClass: row.riskClass,
    basis: row.basis,
    ratePercent: row.ratePercent?.toString() ?? null,
    flatAmount: row.flatAmount?.toString() ?? null,
    incomeFloor: row.incomeFloor?.toString() ?? null,
    incomeCeiling: row.incomeCeiling?.toString() ?? null,
    wageCap: row.wageCap?.toString() ?? null,
    effectiveFrom: formatMonth(row.effectiveFrom),
    effectiveTo: optionalMonth(row.effectiveTo),
    reference: row.reference,
    source: `${row.source.file}:${row.source.line}`,
  };
}

export function reliefAsJson(relief: Relief) {
  return {
    id: relief.id,
    programs: relief.programs,
    segment: relief.segment,
    sectors: relief.sectors,
    excludedSectors: relief.excludedSectors,
    excludedFunding: relief.excludedFunding,
    disputedFunding: relief.disputedFunding,
    alternative: relief.alternative || null,
    multiplier: relief.multiplier.toString(),
    effectiveFrom: formatMonth(relief.effectiveFrom),
    effectiveTo: optionalMonth(relief.effectiveTo),
    reference: relief.reference,
    condition: relief.condition,
    conditionId: relief.conditionId,
    source: `${relief.source.file}:${relief.source.line}`,
  };
}

export function metaAsJson(context: RunContext) {
  return {
    tool: "iuran",
    version: context.version,
    command: ["iuran", ...context.command],
    inputs: context.inputs,
    tariffFiles: context.tariffFiles,
    rounding: { mode: context.rounding, rule: roundingRule(context.rounding) },
    tariffs: context.tariffs.map(tariffRowAsJson),
    reliefs: context.reliefs.map(reliefAsJson),
    warnings: context.warnings,
  };
}
