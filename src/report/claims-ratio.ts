// Claims-ratio claims of `iuran check` as a section of its report: the ratio, per case, and what one event of each
// kind costs in worker-months of contributions at the rate in force.
import chalk from "chalk";
import { hundredthsText, isSingle, type EventCost, type RatioClaimResult, type ValueRange } from "../domain/claims-ratio.js";
import { formatMonth, type Month } from "../domain/month.js";
import { safeInline } from "../domain/personal-data.js";
import { tIn } from "../text/render.js";
import { eventName } from "./benefits.js";
import type { ClaimSection } from "./claim-section.js";
import { statusText } from "./claim-section.js";
import { unitsText } from "../domain/published-percent.js";
import { formatDecimalText } from "../text/format.js";
import { formatCount, formatRupiah, type Lang } from "./format.js";
import type { RunContext } from "./meta.js";
import { fittedTable, tableAsText, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

/** What every ratio claim of a run is weighed against: the monthly contribution of one worker in a month. */
export interface RatioBasis {
  month: Month;
  monthlyRate: bigint;
  income: bigint;
  programs: readonly string[];
  costs: readonly EventCost[];
}

export const RATIO_COLUMNS = [
  "benefits",
  "benefits_step",
  "contributions",
  "contributions_step",
  "cases",
  "ratio_percent_low",
  "ratio_percent_high",
  "benefits_per_case_low",
  "benefits_per_case_high",
  "contributions_per_case_low",
  "contributions_per_case_high",
  "monthly_rate",
  "rate_month",
  "published_ratio",
  "ratio_reading",
] as const;

/** A published ratio as written, in the language: (385, 1) → "38,5%". */
function publishedPercentText(units: bigint, places: number, lang: Lang): string {
  return `${formatDecimalText(unitsText(units, places), lang)}%`;
}

function readingWord(readings: readonly string[], lang: Lang): string {
  if (readings.length === 2) return tIn(lang, "figures.readingBoth");
  return tIn(lang, readings[0] === "truncated" ? "figures.readingTruncated" : "figures.readingRounded");
}

/** What the published ratio is: "38,5%: the rounded figure", or why it is not. */
function verdictText(result: RatioClaimResult, lang: Lang): string | null {
  const published = result.claim.publishedRatio;
  if (published === null || result.reading === null) return null;
  const text = publishedPercentText(published.units, published.places, lang);
  const { readings, coarser } = result.reading;
  if (readings.length === 2) return tIn(lang, "benefits.ratio.verdictBoth", { published: text });
  if (readings.length > 0) return tIn(lang, "benefits.ratio.verdictHolds", { published: text, reading: readingWord(readings, lang) });
  if (coarser) return tIn(lang, "benefits.ratio.verdictCoarser", { published: text, coarse: publishedPercentText(coarser.units, coarser.places, lang), reading: readingWord(coarser.readings, lang) });
  return tIn(lang, "benefits.ratio.verdictNeither", { published: text });
}

/** The reading as a code for CSV and JSON: rounded, truncated, both, coarser-rounded …, or none. */
function readingCode(result: RatioClaimResult): string {
  if (result.reading === null) return "";
  const { readings, coarser } = result.reading;
  const code = (held: readonly string[]) => (held.length === 2 ? "both" : held[0]!);
  if (readings.length > 0) return code(readings);
  return coarser ? `coarser-${code(coarser.readings)}` : "none";
}

function percentText(hundredths: ValueRange, lang: Lang): string {
  const one = (value: bigint) => `${formatDecimalText(hundredthsText(value), lang)}%`;
  return isSingle(hundredths) ? one(hundredths.low) : tIn(lang, "benefits.ratio.range", { low: one(hundredths.low), high: one(hundredths.high) });
}

function rupiahRange(range: ValueRange, lang: Lang): string {
  return isSingle(range) ? formatRupiah(range.low, lang) : tIn(lang, "benefits.ratio.range", { low: formatRupiah(range.low, lang), high: formatRupiah(range.high, lang) });
}

/** A published amount's rows: the figure, and for a rounded one the whole-rupiah values it stands for. */
function publishedRows(label: string, amount: RatioClaimResult["claim"]["benefits"], lang: Lang): [string, string][] {
  const rows: [string, string][] = [[label, formatRupiah(amount.written, lang)]];
  if (amount.step > 1n) rows.push([tIn(lang, "benefits.ratio.standsFor"), tIn(lang, "benefits.ratio.range", { low: formatRupiah(amount.low, lang), high: formatRupiah(amount.high - 1n, lang) })]);
  return rows;
}

function workerMonthsText(hundredths: bigint, lang: Lang): string {
  return formatDecimalText(hundredthsText(hundredths), lang);
}

function claimTable(result: RatioClaimResult, lang: Lang): string {
  const { claim, ratio } = result;
  const rows: [string, string][] = [
    ...publishedRows(tIn(lang, "benefits.ratio.benefits"), claim.benefits, lang),
    ...publishedRows(tIn(lang, "benefits.ratio.contributions"), claim.contributions, lang),
    [tIn(lang, "benefits.ratio.ratio"), percentText(ratio.ratioHundredths, lang)],
  ];
  const verdict = verdictText(result, lang);
  if (verdict !== null) rows.push([tIn(lang, "benefits.ratio.publishedRatio"), verdict]);
  if (claim.cases !== null && ratio.benefitsPerCase && ratio.contributionsPerCase) {
    rows.push(
      [tIn(lang, "benefits.ratio.cases"), formatCount(claim.cases, lang)],
      [tIn(lang, "benefits.ratio.benefitsPerCase"), rupiahRange(ratio.benefitsPerCase, lang)],
      [tIn(lang, "benefits.ratio.contributionsPerCase"), rupiahRange(ratio.contributionsPerCase, lang)],
    );
  }
  rows.push([tIn(lang, "report.label.status"), statusText(result.status, lang)]);
  const lines = tableAsText(["", ""], ["left", "right"], rows).split("\n");
  // The empty header row adds nothing to a two-column list: drop it and its rule.
  return [lines[0]!, ...lines.slice(3)].join("\n");
}

function costsTable(basis: RatioBasis, context: RunContext): string {
  const { lang } = context;
  const columns: TableColumn[] = [
    { heading: tIn(lang, "benefits.ratio.event"), align: "left", minWidth: 16, cutPriority: 1 },
    { heading: tIn(lang, "benefits.ratio.oneEvent"), align: "right" },
    { heading: tIn(lang, "benefits.ratio.workerMonths"), align: "right" },
  ];
  const body = basis.costs.map((cost) => [
    `${eventName(cost.event, lang)}${cost.perMonthOff ? tIn(lang, "benefits.ratio.perMonthOff") : ""}${cost.unconfirmed ? " *" : ""}`,
    cost.cost === null ? tIn(lang, "benefits.ratio.noCeiling") : formatRupiah(cost.cost, lang),
    cost.workerMonthsHundredths === null ? "–" : workerMonthsText(cost.workerMonthsHundredths, lang),
  ]);
  return fittedTable(columns, body, undefined, context.width, lang).text;
}

/** The arithmetic of one claim, written out (--explain). */
export function ratioExplanation(result: RatioClaimResult, basis: RatioBasis, lang: Lang): string[] {
  const { claim, ratio } = result;
  const money = (amount: bigint) => formatRupiah(amount, lang);
  const percent = (value: bigint) => `${formatDecimalText(hundredthsText(value), lang)}%`;
  const least = (range: { low: bigint }) => range.low;
  const most = (range: { high: bigint }) => range.high - 1n;
  const lines: string[] = [];
  const ratioLine = (benefits: bigint, contributions: bigint, value: bigint) => `${money(benefits)} ÷ ${money(contributions)} × 100 = ${percent(value)}`;
  if (isSingle(ratio.ratioHundredths) && claim.benefits.step <= 1n && claim.contributions.step <= 1n) {
    lines.push(`${tIn(lang, "benefits.ratio.ratio")}: ${ratioLine(claim.benefits.written, claim.contributions.written, ratio.ratioHundredths.low)}`);
  } else {
    lines.push(`${tIn(lang, "benefits.ratio.lowest")}: ${ratioLine(least(claim.benefits), most(claim.contributions), ratio.ratioHundredths.low)}`);
    lines.push(`${tIn(lang, "benefits.ratio.highest")}: ${ratioLine(most(claim.benefits), least(claim.contributions), ratio.ratioHundredths.high)}`);
  }
  if (claim.cases !== null && ratio.benefitsPerCase && ratio.contributionsPerCase) {
    const perCase = (name: string, amount: RatioClaimResult["claim"]["benefits"], range: ValueRange) =>
      amount.step <= 1n
        ? `${name}: ${money(amount.written)} ÷ ${formatCount(claim.cases!, lang)} = ${money(range.low)}`
        : `${name}: ${money(least(amount))} ÷ ${formatCount(claim.cases!, lang)} = ${money(range.low)}; ${money(most(amount))} ÷ ${formatCount(claim.cases!, lang)} = ${money(range.high)}`;
    lines.push(perCase(tIn(lang, "benefits.ratio.benefitsPerCase"), claim.benefits, ratio.benefitsPerCase));
    lines.push(perCase(tIn(lang, "benefits.ratio.contributionsPerCase"), claim.contributions, ratio.contributionsPerCase));
  }
  for (const cost of basis.costs) {
    if (cost.cost === null || cost.workerMonthsHundredths === null) continue;
    lines.push(`${eventName(cost.event, lang)}${cost.perMonthOff ? tIn(lang, "benefits.ratio.perMonthOff") : ""}: ${money(cost.cost)} ÷ ${money(basis.monthlyRate)} = ${tIn(lang, "benefits.ratio.workerMonthsValue", { value: workerMonthsText(cost.workerMonthsHundredths, lang) })}`);
  }
  return lines;
}

/** A checked claim and the rate its events are priced at. */
export interface PricedRatioClaim {
  result: RatioClaimResult;
  basis: RatioBasis;
}

export function ratioSection(priced: readonly PricedRatioClaim[], explain: boolean): ClaimSection {
  const plain = (range: ValueRange | null, end: "low" | "high") => (range === null ? "" : range[end].toString());
  return {
    kind: "ratio",
    csvColumns: RATIO_COLUMNS,
    meta: { claimsRatioRounding: "half-up" },
    claims: priced.map(({ result, basis }) => {
      const { claim, ratio } = result;
      const csv: Record<(typeof RATIO_COLUMNS)[number], string> = {
        benefits: claim.benefits.written.toString(),
        benefits_step: claim.benefits.step.toString(),
        contributions: claim.contributions.written.toString(),
        contributions_step: claim.contributions.step.toString(),
        cases: claim.cases?.toString() ?? "",
        ratio_percent_low: hundredthsText(ratio.ratioHundredths.low),
        ratio_percent_high: hundredthsText(ratio.ratioHundredths.high),
        benefits_per_case_low: plain(ratio.benefitsPerCase, "low"),
        benefits_per_case_high: plain(ratio.benefitsPerCase, "high"),
        contributions_per_case_low: plain(ratio.contributionsPerCase, "low"),
        contributions_per_case_high: plain(ratio.contributionsPerCase, "high"),
        monthly_rate: basis.monthlyRate.toString(),
        rate_month: formatMonth(basis.month),
        published_ratio: claim.publishedRatio === null ? "" : unitsText(claim.publishedRatio.units, claim.publishedRatio.places),
        ratio_reading: readingCode(result),
      };
      const amount = (value: RatioClaimResult["claim"]["benefits"]) => ({ written: value.written.toString(), step: value.step.toString(), low: value.low.toString(), high: (value.high - 1n).toString() });
      const range = (value: ValueRange | null) => (value === null ? null : { low: value.low.toString(), high: value.high.toString() });
      return {
        label: claim.label,
        status: result.status,
        csv,
        json: {
          benefits: amount(claim.benefits),
          contributions: amount(claim.contributions),
          cases: claim.cases,
          // Percent to two places, half up; a range when a published amount is rounded.
          ratioPercent: { low: hundredthsText(ratio.ratioHundredths.low), high: hundredthsText(ratio.ratioHundredths.high) },
          publishedRatio: claim.publishedRatio === null ? null : unitsText(claim.publishedRatio.units, claim.publishedRatio.places),
          // rounded, truncated or both; coarser-… when it holds only at fewer decimals; none; null without a published ratio.
          ratioReading: result.reading === null ? null : readingCode(result),
          benefitsPerCase: range(ratio.benefitsPerCase),
          contributionsPerCase: range(ratio.contributionsPerCase),
          monthlyRate: basis.monthlyRate.toString(),
          rateMonth: formatMonth(basis.month),
          eventCosts: basis.costs.map((cost) => ({
            event: cost.event,
            cost: cost.cost?.toString() ?? null,
            perMonthOff: cost.perMonthOff,
            workerMonths: cost.workerMonthsHundredths === null ? null : hundredthsText(cost.workerMonthsHundredths),
            unconfirmed: cost.unconfirmed,
          })),
          ...(explain ? { explanation: ratioExplanation(result, basis, "en") } : {}),
        },
      };
    }),
    lines: (context) => {
      const fit = (text: string) => wrapText(text, context.width);
      const blocks = priced.flatMap(({ result, basis }) => [
        fit(chalk.bold(tIn(context.lang, "benefits.ratio.title", { label: safeInline(result.claim.label, false) }))),
        claimTable(result, context.lang),
        ...(explain ? [tIn(context.lang, "report.explain.heading"), ...ratioExplanation(result, basis, context.lang).map((line) => wrapText(`  ${line}`, context.width, 4))] : []),
      ]);
      // One table of event costs for each rate the claims are priced at (most often one).
      const bases = [...new Map(priced.map(({ basis }) => [`${basis.month}|${basis.monthlyRate}`, basis])).values()];
      const costs = bases.flatMap((basis) => [
        fit(tIn(context.lang, "benefits.ratio.costsTitle", { rate: basis.monthlyRate, programs: basis.programs.join(" + "), income: basis.income, month: formatMonth(basis.month) })),
        costsTable(basis, context),
      ]);
      const unconfirmed = bases.some((basis) => basis.costs.some((cost) => cost.unconfirmed)) ? [fit(tIn(context.lang, "benefits.ratio.unconfirmed"))] : [];
      return [...blocks, ...costs, ...unconfirmed, fit(tIn(context.lang, "benefits.ratio.rounding"))];
    },
  };
}
