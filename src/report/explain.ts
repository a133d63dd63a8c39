// --explain: the arithmetic written out as a budget document justifies a line, split at every tariff change.
import type { ContributionLine } from "../domain/contribution.js";
import { segmentTotal, type ExplainSegment } from "../domain/explain.js";
import { formatMonth } from "../domain/month.js";
import { safeData, safeInline } from "../domain/personal-data.js";
import { tIn } from "../text/render.js";
import { formatDecimal, formatMonthName, formatRupiah, type Lang } from "./format.js";

function term(line: ContributionLine, lang: Lang): string {
  const tariff = line.tariff;
  let text = tariff.basis === "flat" ? formatRupiah(tariff.flatAmount ?? 0n, lang) : `${formatDecimal(tariff.ratePercent!, lang)}% × ${formatRupiah(line.base ?? 0n, lang)}`;
  if (line.relief) text += ` × ${formatDecimal(line.relief.multiplier, lang)}`;
  // Say where rounding changed the amount, so the line can be recomputed by hand.
  if (!line.exact.equals(line.amount.toString())) text += ` ≈ ${formatRupiah(line.amount, lang)}`;
  return text;
}

export function segmentFormula(segment: ExplainSegment, lang: Lang): string {
  const months = segment.lastMonth - segment.firstMonth + 1;
  const terms = segment.lines.map((line) => term(line, lang));
  const perMonth = terms.length === 1 ? terms[0]! : `(${terms.join(" + ")})`;
  return tIn(lang, "report.explain.formula", { workers: segment.workers, months, perMonth, total: segmentTotal(segment) });
}

// References come from tariff tables, which are input: shown like any other input text.
function references(segment: ExplainSegment): string {
  return segment.lines
    .map((line) => `${line.program}: ${safeInline(line.tariff.reference, false)}${line.relief ? `; ${safeInline(line.relief.reference, false)}` : ""}`)
    .join("; ");
}

export function explanationAsText(segments: readonly ExplainSegment[], lang: Lang): string {
  const lines = [tIn(lang, "report.explain.heading")];
  for (const segment of segments) {
    const months =
      segment.firstMonth === segment.lastMonth
        ? formatMonthName(segment.firstMonth, lang)
        : `${formatMonthName(segment.firstMonth, lang)} – ${formatMonthName(segment.lastMonth, lang)}`;
    lines.push(`  ${months}: ${segmentFormula(segment, lang)}`);
    lines.push(`    ${references(segment)}`);
  }
  if (segments.length > 1) {
    const total = segments.reduce((sum, segment) => sum + segmentTotal(segment), 0n);
    lines.push(`  ${tIn(lang, "report.explain.total", { total })}`);
  }
  return lines.join("\n");
}

/** The figures, and their arithmetic as text in the report's language. */
export function explanationAsJson(segments: readonly ExplainSegment[], lang: Lang) {
  return segments.map((segment) => ({
    from: formatMonth(segment.firstMonth),
    to: formatMonth(segment.lastMonth),
    workers: segment.workers,
    months: segment.lastMonth - segment.firstMonth + 1,
    perWorkerMonth: segment.perWorkerMonth.toString(),
    total: segmentTotal(segment).toString(),
    text: segmentFormula(segment, lang),
    lines: segment.lines.map((line) => ({
      program: line.program,
      amount: line.amount.toString(),
      exact: line.exact.toString(),
      tariff: safeData(line.tariff.id, false),
      relief: line.relief ? safeData(line.relief.id, false) : null,
      reference: safeData(line.tariff.reference, false),
    })),
  }));
}
