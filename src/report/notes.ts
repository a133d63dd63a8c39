// The lines under every table: which tariffs and reliefs priced it, and the rounding rule. Warnings are no part of
// a report: they go to standard error (cli/diagnostics.ts).
import { ROUNDING_DESCRIPTIONS } from "../domain/money.js";
import { formatMonth } from "../domain/month.js";
import { safeInline } from "../domain/personal-data.js";
import type { Relief, TariffRow } from "../domain/tariff.js";
import { formatDecimal, formatRupiah, label, type Lang } from "./format.js";
import type { RunContext } from "./meta.js";

function period(from: number, to: number | null, lang: Lang): string {
  return `${formatMonth(from)} – ${to === null ? label("onwards", lang) : formatMonth(to)}`;
}

export function tariffRate(row: TariffRow, lang: Lang): string {
  if (row.basis === "flat") return `${formatRupiah(row.flatAmount ?? 0n, lang)} (${label("flat", lang)})`;
  const base = row.segment === "PU" ? label("wage", lang) : label("declaredIncome", lang);
  const cap = row.wageCap === null ? "" : `, ${label("wageCap", lang)} ${formatRupiah(row.wageCap, lang)}`;
  return `${formatDecimal(row.ratePercent!, lang)}% × ${base}${cap}`;
}

function tariffNote(row: TariffRow, lang: Lang): string {
  const risk = row.riskClass === null ? "" : ` ${label("riskClass", lang)} ${row.riskClass}`;
  return `  ${row.program} ${row.segment}${risk}: ${tariffRate(row, lang)}, ${period(row.effectiveFrom, row.effectiveTo, lang)} (${safeInline(row.reference, false)})`;
}

function reliefNote(relief: Relief, lang: Lang): string {
  const condition = lang === "id" ? relief.conditionId : relief.condition;
  return `  ${relief.programs.join("+")} × ${formatDecimal(relief.multiplier, lang)}, ${period(relief.effectiveFrom, relief.effectiveTo, lang)} (${safeInline(relief.reference, false)}): ${safeInline(condition, false)}`;
}

export function notesAsText(context: RunContext): string {
  const { lang } = context;
  const lines = context.tariffs.length > 0 ? [`${label("tariffs", lang)}:`, ...context.tariffs.map((row) => tariffNote(row, lang))] : [];
  if (context.reliefs.length > 0) lines.push(`${label("reliefs", lang)}:`, ...context.reliefs.map((relief) => reliefNote(relief, lang)));
  lines.push(`${label("rounding", lang)}: ${label("roundingRule", lang)}, ${ROUNDING_DESCRIPTIONS[context.rounding][lang]}.`);
  return lines.join("\n");
}

/** Said whenever a relief that APBN/APBD funding excludes was applied to workers whose funding is not stated. */
export function fundingWarnings(reliefs: readonly Relief[], lang: Lang): string[] {
  return reliefs.map((relief) => {
    const excluded = relief.excludedFunding.join(", ");
    return lang === "id"
      ? `sumber dana tidak disebut, jadi keringanan ${relief.reference} (${relief.id}) diterapkan; keringanan ini tidak berlaku bila dibayar dari ${excluded}. Tambahkan --funding APBD (atau kolom sumber dana) bila anggaran pemerintah yang membayar.`
      : `funding not stated, so relief ${relief.reference} (${relief.id}) was applied; it does not apply when ${excluded} pays. Add --funding APBD (or a funding column) if a government budget pays.`;
  });
}

/**
 * Said whenever a relief was applied to a funding category for which the law is not settled (does a village budget,
 * which mixes Dana Desa from the APBN and ADD from the APBD, count as APBD?), naming the bundled other reading.
 */
export function disputedFundingWarnings(uses: readonly { relief: Relief; fundings: readonly string[] }[], lang: Lang): string[] {
  return uses.map(({ relief, fundings }) => {
    const paid = fundings.join(", ");
    const other = relief.alternative === "" ? "" : lang === "id" ? ` Bacaan lain: --tariff ${relief.alternative} (berkas tarif bawaan).` : ` The other reading: --tariff ${relief.alternative} (a bundled tariff file).`;
    return lang === "id"
      ? `keringanan ${relief.reference} (${relief.id}) diterapkan pada pekerja yang dibayar dari ${paid}; apakah keringanan ini berlaku bagi ${paid} belum pasti secara hukum (${relief.reference} mengecualikan ${relief.excludedFunding.join(", ")}).${other}`
      : `relief ${relief.reference} (${relief.id}) was applied to workers paid from ${paid}; whether it applies to ${paid} is not settled in law (${relief.reference} excludes ${relief.excludedFunding.join(", ")}).${other}`;
  });
}
