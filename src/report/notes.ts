// The lines under every table: which tariffs and reliefs priced it, and the rounding rule. Warnings are no part of
// a report: they go to standard error (cli/diagnostics.ts).
import type { RoundingMode } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import { safeInline } from "../domain/personal-data.js";
import type { Relief, TariffRow } from "../domain/tariff.js";
import { tIn } from "../text/render.js";
import { formatDecimal, type Lang } from "./format.js";
import type { RunContext } from "./meta.js";
import { wrapText } from "./width.js";

const ROUNDING_KEY = {
  "half-up": "report.rounding.halfUp",
  "half-even": "report.rounding.halfEven",
  down: "report.rounding.down",
  up: "report.rounding.up",
} as const satisfies Record<RoundingMode, string>;

/** How a rounding mode rounds, in words: "half up (0.5 rupiah and more goes up)". */
export function roundingDescription(mode: RoundingMode, lang: Lang): string {
  return tIn(lang, ROUNDING_KEY[mode]);
}

function period(from: number, to: number | null, lang: Lang): string {
  return to === null
    ? tIn(lang, "report.notes.periodOpen", { from: formatMonth(from) })
    : tIn(lang, "report.notes.period", { from: formatMonth(from), to: formatMonth(to) });
}

export function tariffRate(row: TariffRow, lang: Lang): string {
  if (row.basis === "flat") return tIn(lang, "report.notes.rateFlat", { amount: row.flatAmount ?? 0n });
  const percent = row.ratePercent!.toFixed();
  const rate = tIn(lang, row.segment === "PU" ? "report.notes.ratePercentOfWage" : "report.notes.ratePercentOfIncome", { percent });
  return row.wageCap === null ? rate : tIn(lang, "report.notes.rateCapped", { rate, cap: row.wageCap });
}

function tariffNote(row: TariffRow, lang: Lang): string {
  const risk = row.riskClass === null ? "" : ` ${tIn(lang, "report.notes.riskClass", { riskClass: String(row.riskClass) })}`;
  return `  ${row.program} ${row.segment}${risk}: ${tariffRate(row, lang)}, ${period(row.effectiveFrom, row.effectiveTo, lang)} (${safeInline(row.reference, false)})`;
}

function reliefNote(relief: Relief, lang: Lang): string {
  const condition = lang === "id" ? relief.conditionId : relief.condition;
  return `  ${relief.programs.join("+")} × ${formatDecimal(relief.multiplier, lang)}, ${period(relief.effectiveFrom, relief.effectiveTo, lang)} (${safeInline(relief.reference, false)}): ${safeInline(condition, false)}`;
}

export function notesAsText(context: RunContext): string {
  const { lang } = context;
  const lines = context.tariffs.length > 0 ? [tIn(lang, "report.notes.tariffs"), ...context.tariffs.map((row) => tariffNote(row, lang))] : [];
  if (context.reliefs.length > 0) lines.push(tIn(lang, "report.notes.reliefs"), ...context.reliefs.map((relief) => reliefNote(relief, lang)));
  // The open legal reading belongs to the report itself, whoever reads it later, not only to the warning on stderr.
  for (const { relief, fundings } of context.openReadings ?? []) {
    lines.push(tIn(lang, "report.notes.openReading", { id: relief.id, fundings: [...fundings], alternative: relief.alternative || "-" }));
  }
  lines.push(tIn(lang, "report.notes.rounding", { rule: roundingDescription(context.rounding, lang) }));
  return wrapText(lines.join("\n"), context.width);
}

/** Said whenever a relief that APBN/APBD funding excludes was applied to workers whose funding is not stated. */
export function fundingWarnings(reliefs: readonly Relief[], lang: Lang): string[] {
  return reliefs.map((relief) => tIn(lang, "report.notes.fundingNotStated", { reference: relief.reference, relief: relief.id, excluded: relief.excludedFunding }));
}

/**
 * Said whenever a relief was applied to a funding category for which the law is not settled (does a village budget,
 * which mixes Dana Desa from the APBN and ADD from the APBD, count as APBD?), naming the bundled other reading.
 */
export function disputedFundingWarnings(uses: readonly { relief: Relief; fundings: readonly string[] }[], lang: Lang): string[] {
  return uses.map(({ relief, fundings }) => {
    const params = { reference: relief.reference, relief: relief.id, paid: fundings.join(", "), excluded: relief.excludedFunding };
    return relief.alternative === ""
      ? tIn(lang, "report.notes.fundingDisputed", params)
      : tIn(lang, "report.notes.fundingDisputedWithOther", { ...params, alternative: relief.alternative });
  });
}
