// Coverage and count claims as sections of the check report: a small table each, then for every claim the
// arithmetic an analyst needs ("18.338 ÷ 31.706 = 57,8376…%"), CSV cells and JSON fields.
import { countBounds, type CountResult, type PublishedCount, publishedCountValue } from "../domain/count-claim.js";
import type { CoverageResult, RangesByReading, WholeRange } from "../domain/coverage-claim.js";
import { cutDigits, percentInterval, printedUnits, unitsText, type Fraction, type PercentReading, type PublishedPercent, type ReadingsThatHold } from "../domain/published-percent.js";
import { tIn } from "../text/render.js";
import { statusText, type ClaimSection } from "./claim-section.js";
import { formatDecimalText } from "../text/format.js";
import { formatCount, type Lang } from "./format.js";
import type { RunContext } from "./meta.js";
import { firstFitting, fittedTable, type Cell, type Row, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

/** An exact percentage is shown to 2 more decimals than the published one, and at least 4: cut, with "…" when more digits follow. */
export const EXACT_EXTRA_PLACES = 2;
export const EXACT_MIN_PLACES = 4;
/** Decimals of exact values in CSV and JSON: cut, never rounded. */
export const MACHINE_PLACES = 10;

function exactPlaces(percent: PublishedPercent | null): number {
  return Math.max(EXACT_MIN_PLACES, (percent?.places ?? 0) + EXACT_EXTRA_PLACES);
}

function exactText(value: Fraction, places: number, lang: Lang): string {
  const cut = cutDigits(value, places);
  return `${formatDecimalText(cut.text, lang)}${cut.exact ? "" : "…"}`;
}

function machineText(value: Fraction): string {
  return cutDigits(value, MACHINE_PLACES).text;
}

function percentText(units: bigint, places: number, lang: Lang): string {
  return `${formatDecimalText(unitsText(units, places), lang)}%`;
}

function count(value: bigint, lang: Lang): string {
  return formatCount(value, lang);
}

function rangeText(range: WholeRange | null, lang: Lang): string {
  if (range === null) return tIn(lang, "figures.rangeNone");
  if (range.max === null) return tIn(lang, "figures.rangeAtLeast", { min: range.min });
  if (range.min === range.max) return count(range.min, lang);
  return tIn(lang, "figures.rangeFromTo", { min: range.min, max: range.max });
}

/** "rounded", "truncated", "both" or null: which readings of a published figure hold. */
function readingCode(readings: ReadingsThatHold | null): "rounded" | "truncated" | "both" | null {
  if (readings === null) return null;
  if (readings.rounded && readings.truncated) return "both";
  if (readings.rounded) return "rounded";
  return readings.truncated ? "truncated" : null;
}

const READING_KEY = {
  rounded: "figures.readingRounded",
  truncated: "figures.readingTruncated",
  both: "figures.readingBoth",
} as const;

/** Labels are cut on a narrow terminal, or moved above their figures. */
function claimTable(columns: readonly TableColumn[], rows: readonly { label: string; cells: Cell[] }[], width: number | null, lang: Lang): string {
  const sideBySide = () => fittedTable([{ heading: "", align: "left", minWidth: 12, cutPriority: 1 }, ...columns], rows.map((row) => [row.label, ...row.cells]), undefined, width, lang);
  const labelAbove = () => fittedTable(columns, rows.flatMap((row): Row[] => [{ section: row.label }, row.cells]), undefined, width, lang);
  return firstFitting([sideBySide, labelAbove]).text;
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage.

function coverageLines(result: CoverageResult, lang: Lang): string[] {
  const { claim } = result;
  const percent = claim.percent;
  const published = percent === null ? "" : percentText(percent.units, percent.places, lang);
  const places = exactPlaces(percent);
  const lines: string[] = [];
  if (result.exact !== null) {
    // Arithmetic has no words to translate: "18.338 ÷ 31.706 = 57,8376…%".
    lines.push(`${claim.label}: ${count(claim.covered!, lang)} ÷ ${count(claim.of!, lang)} = ${exactText(result.exact, places, lang)}%`);
  }
  if (result.coveredExceedsOf) lines.push(`  ${tIn(lang, "figures.coveredExceedsOf", { covered: claim.covered!, of: claim.of! })}`);
  if (result.form === "percent") {
    const [one, two] = result.printings;
    lines.push(
      `  ${tIn(lang, "figures.coveragePrintings", {
        rounded1: percentText(one!.rounded, 1, lang),
        truncated1: percentText(one!.truncated, 1, lang),
        rounded2: percentText(two!.rounded, 2, lang),
        truncated2: percentText(two!.truncated, 2, lang),
      })}`,
    );
  }
  if (result.form === "check" && percent !== null && !result.coveredExceedsOf) {
    const printing = result.printings[0]!;
    const printings = { rounded: percentText(printing.rounded, percent.places, lang), truncated: percentText(printing.truncated, percent.places, lang) };
    const printed = percent.places === 0 ? tIn(lang, "figures.coveragePrintedWhole", printings) : tIn(lang, "figures.coveragePrinted", { places: percent.places, ...printings });
    const reading = readingCode(result.readings);
    let verdict: string;
    if (reading === "both") verdict = tIn(lang, "figures.coverageVerdictBoth", { published });
    else if (reading !== null) verdict = tIn(lang, "figures.coverageVerdict", { published, reading: tIn(lang, READING_KEY[reading]) });
    else if (result.coarser !== null) {
      // "both" reads as a phrase of its own, not as "the both figure".
      const coarserReading = readingCode(result.coarser)!;
      verdict = tIn(lang, coarserReading === "both" ? "figures.coverageVerdictCoarserBoth" : "figures.coverageVerdictCoarser", {
        published,
        places: result.coarser.places,
        zeros: percent.places - result.coarser.places,
        coarse: percentText(result.coarser.units, result.coarser.places, lang),
        reading: tIn(lang, READING_KEY[coarserReading]),
      });
    } else {
      const above = result.difference!.numerator > 0n;
      const size = { numerator: above ? result.difference!.numerator : -result.difference!.numerator, denominator: result.difference!.denominator };
      verdict = tIn(lang, "figures.coverageVerdictNeither", { published, points: exactText(size, places, lang), above: above ? 1 : 0 });
    }
    lines.push(`  ${printed}; ${verdict}`);
  }
  if (result.form === "of" || result.form === "covered") {
    const ranges = result.ranges!;
    const found = { label: claim.label, published, rounded: rangeText(ranges.rounded, lang), truncated: rangeText(ranges.truncated, lang) };
    const none = ranges.rounded === null && ranges.truncated === null;
    // A share above 100% is no coverage at all: say so rather than that no whole number gives it.
    const aboveWhole = percent !== null && percent.units > 100n * 10n ** BigInt(percent.places);
    if (none && aboveWhole) {
      lines.push(tIn(lang, "figures.coveragePercentAboveWhole", { label: claim.label, published }));
    } else if (result.form === "of") {
      lines.push(none ? tIn(lang, "figures.coverageOfNone", { label: claim.label, covered: claim.covered!, published }) : tIn(lang, "figures.coverageOfRange", { ...found, covered: claim.covered! }));
    } else {
      lines.push(none ? tIn(lang, "figures.coverageCoveredNone", { label: claim.label, of: claim.of!, published }) : tIn(lang, "figures.coverageCoveredRange", { ...found, of: claim.of! }));
    }
    if (result.coarserRanges !== null) {
      const coarse = result.coarserRanges;
      lines.push(
        `  ${tIn(lang, "figures.coverageRangesCoarser", {
          published,
          places: coarse.places,
          coarse: percentText(coarse.units, coarse.places, lang),
          rounded: rangeText(coarse.rounded, lang),
          truncated: rangeText(coarse.truncated, lang),
        })}`,
      );
    }
    for (const near of result.nearest) {
      const [covered, of] = result.form === "of" ? [claim.covered!, near.value] : [near.value, claim.of!];
      lines.push(`  ${tIn(lang, "figures.coverageNearest", { covered, of, exact: exactText(near.percent, places, lang) })}`);
    }
  }
  return lines;
}

/** Under --explain: the intervals a published percentage stands for, and where the exact share falls. */
function coverageExplanation(result: CoverageResult, lang: Lang): string[] {
  const { claim } = result;
  const percent = claim.percent;
  const lines: string[] = [];
  const bound = (value: Fraction) => exactText(value, (percent?.places ?? 0) + 1, lang);
  if (percent !== null) {
    const interval = (reading: PercentReading) => percentInterval(percent.units, percent.places, reading);
    lines.push(
      tIn(lang, "figures.explainPercentIntervals", {
        published: percentText(percent.units, percent.places, lang),
        places: percent.places,
        roundedLow: bound(interval("rounded").low),
        roundedHigh: bound(interval("rounded").high),
        truncatedLow: bound(interval("truncated").low),
        truncatedHigh: bound(interval("truncated").high),
      }),
    );
  }
  if (result.exact !== null) {
    lines.push(
      tIn(lang, "figures.explainShare", {
        covered: claim.covered!,
        of: claim.of!,
        hundredCovered: claim.covered! * 100n,
        exact: exactText(result.exact, exactPlaces(percent), lang),
      }),
    );
  }
  if (result.form === "of") lines.push(tIn(lang, "figures.explainOf", { hundredCovered: claim.covered! * 100n }));
  if (result.form === "covered") lines.push(tIn(lang, "figures.explainCovered", { of: claim.of! }));
  return lines.map((line) => `  · ${line}`);
}

function rangesJson(ranges: RangesByReading | null) {
  const range = (value: WholeRange | null) => (value === null ? null : { min: value.min.toString(), max: value.max?.toString() ?? null });
  return ranges === null ? null : { places: ranges.places, percent: unitsText(ranges.units, ranges.places), rounded: range(ranges.rounded), truncated: range(ranges.truncated) };
}

const COVERAGE_COLUMNS = [
  "form",
  "covered",
  "of",
  "percent",
  "percent_places",
  "exact_percent",
  "reading",
  "coarser_percent",
  "difference_points",
  "rounded_1",
  "truncated_1",
  "rounded_2",
  "truncated_2",
  "min_rounded",
  "max_rounded",
  "min_truncated",
  "max_truncated",
] as const;

function coverageCsv(result: CoverageResult): Record<(typeof COVERAGE_COLUMNS)[number], string> {
  const { claim } = result;
  // The exact share printed at 1 and 2 decimals, whatever the published figure's decimals.
  const one = result.exact === null ? undefined : printedUnits(result.exact, 1);
  const two = result.exact === null ? undefined : printedUnits(result.exact, 2);
  const ranges = result.coarserRanges ?? result.ranges;
  return {
    form: result.form,
    covered: claim.covered?.toString() ?? "",
    of: claim.of?.toString() ?? "",
    percent: claim.percent === null ? "" : unitsText(claim.percent.units, claim.percent.places),
    percent_places: claim.percent?.places.toString() ?? "",
    exact_percent: result.exact === null ? "" : machineText(result.exact),
    reading: readingCode(result.readings) ?? "",
    coarser_percent: result.coarser === null ? (result.coarserRanges === null ? "" : unitsText(result.coarserRanges.units, result.coarserRanges.places)) : unitsText(result.coarser.units, result.coarser.places),
    difference_points: result.difference === null ? "" : machineText(result.difference),
    rounded_1: one === undefined ? "" : unitsText(one.rounded, 1),
    truncated_1: one === undefined ? "" : unitsText(one.truncated, 1),
    rounded_2: two === undefined ? "" : unitsText(two.rounded, 2),
    truncated_2: two === undefined ? "" : unitsText(two.truncated, 2),
    min_rounded: ranges?.rounded?.min.toString() ?? "",
    max_rounded: ranges?.rounded?.max?.toString() ?? "",
    min_truncated: ranges?.truncated?.min.toString() ?? "",
    max_truncated: ranges?.truncated?.max?.toString() ?? "",
  };
}

function coverageJson(result: CoverageResult, lang: Lang, explain: boolean) {
  const { claim } = result;
  return {
    form: result.form,
    covered: claim.covered?.toString() ?? null,
    of: claim.of?.toString() ?? null,
    percent: claim.percent === null ? null : { value: unitsText(claim.percent.units, claim.percent.places), places: claim.percent.places },
    exactPercent: result.exact === null ? null : machineText(result.exact),
    exactPercentIsExact: result.exact === null ? null : cutDigits(result.exact, MACHINE_PLACES).exact,
    coveredExceedsOf: result.coveredExceedsOf,
    reading: readingCode(result.readings),
    coarser: result.coarser === null ? null : { places: result.coarser.places, percent: unitsText(result.coarser.units, result.coarser.places), reading: readingCode(result.coarser) },
    differencePoints: result.difference === null ? null : machineText(result.difference),
    printings: result.printings.map((printing) => ({ places: printing.places, rounded: unitsText(printing.rounded, printing.places), truncated: unitsText(printing.truncated, printing.places) })),
    ranges: rangesJson(result.ranges),
    coarserRanges: rangesJson(result.coarserRanges),
    nearest: result.nearest.map((near) => ({ value: near.value.toString(), percent: machineText(near.percent) })),
    lines: coverageLines(result, lang).map((line) => line.trim()),
    ...(explain ? { explanation: coverageExplanation(result, lang).map((line) => line.replace(/^ {2}· /, "")) } : {}),
  };
}

function coverageTableLines(results: readonly CoverageResult[], context: RunContext, explain: boolean): string[] {
  const { lang, width } = context;
  const columns: TableColumn[] = [
    { heading: tIn(lang, "figures.headingCovered"), align: "right" },
    { heading: tIn(lang, "figures.headingOf"), align: "right" },
    { heading: tIn(lang, "figures.headingPercent"), align: "right" },
    { heading: tIn(lang, "figures.headingExact"), align: "right", priority: 1 },
    { heading: tIn(lang, "figures.headingReading"), align: "left", priority: 2 },
    { heading: tIn(lang, "report.label.status"), align: "left" },
  ];
  const rows = results.map((result) => {
    const { claim } = result;
    const reading = readingCode(result.readings);
    return {
      label: claim.label,
      cells: [
        claim.covered === null ? "" : count(claim.covered, lang),
        claim.of === null ? "" : count(claim.of, lang),
        claim.percent === null ? "" : percentText(claim.percent.units, claim.percent.places, lang),
        // The heading says "%": one column fewer of width, which keeps the Indonesian table within 80 columns.
        result.exact === null ? "" : exactText(result.exact, exactPlaces(claim.percent), lang),
        reading === null ? "" : tIn(lang, READING_KEY[reading]),
        statusText(result.status, lang),
      ],
    };
  });
  const fit = (text: string) => wrapText(text, width);
  const details = results.flatMap((result) => [...coverageLines(result, lang), ...(explain ? coverageExplanation(result, lang) : [])]);
  return [fit(tIn(lang, "figures.coverageTitle")), claimTable(columns, rows, width, lang), ...details.map(fit)];
}

/** Coverage claims as a section of the check report. */
export function coverageSection(results: readonly CoverageResult[], lang: Lang, explain: boolean): ClaimSection {
  return {
    kind: "coverage",
    csvColumns: COVERAGE_COLUMNS,
    meta: { exactPercentPlaces: MACHINE_PLACES },
    claims: results.map((result) => ({ label: result.claim.label, status: result.status, csv: coverageCsv(result), json: coverageJson(result, lang, explain) })),
    lines: (context) => coverageTableLines(results, context, explain),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Counts.

function publishedCountText(published: PublishedCount, lang: Lang): string {
  const [number = "", word = ""] = published.written.split(" ");
  // Written in full, or a coarser reading of a count written in full: its digits.
  if (!published.scaled || word === "") return count(publishedCountValue(published), lang);
  const wordText = tIn(lang, word === "juta" || word === "jt" ? "figures.scaleMillion" : "figures.scaleThousand");
  return `${formatDecimalText(number.replace(",", "."), lang)} ${wordText}`;
}

function countLines(result: CountResult, lang: Lang): string[] {
  const { claim } = result;
  const lines: string[] = [];
  const published = claim.count === null ? "" : publishedCountText(claim.count, lang);
  let arithmetic: string;
  if (claim.form === "sum") arithmetic = `${claim.parts.map((part) => count(part, lang)).join(" + ")} = ${count(result.computed!, lang)}`;
  else if (result.computed !== null) arithmetic = `${count(claim.perUnit!, lang)} × ${count(claim.units!, lang)} = ${count(result.computed, lang)}`;
  else arithmetic = "";
  const head = arithmetic === "" ? tIn(lang, "figures.countPublished", { published }) : claim.count === null ? arithmetic : `${arithmetic}; ${tIn(lang, "figures.countPublished", { published })}`;
  const difference = result.difference !== null && result.difference !== 0n ? tIn(lang, "figures.countDifference", { difference: result.difference }) : "";
  lines.push(`${claim.label}: ${head}${difference}`);
  if (claim.count !== null && claim.count.scaled) {
    lines.push(`  ${tIn(lang, "figures.countStandsFor", { published, low: result.bounds!.low, high: result.bounds!.high })}`);
  }
  // With all three figures stated, what the count and per unit imply is worth a line only when they disagree.
  const allStated = claim.form === "product" && claim.perUnit !== null && claim.units !== null;
  if (result.implied !== null && !(allStated && result.status === "OK")) {
    const implied = result.implied;
    const by = claim.form === "product" ? (implied.factor === "units" ? claim.perUnit! : claim.units!) : 0n;
    const cut = cutDigits(implied.exact, 4);
    const exact = `${formatDecimalText(cut.text, lang)}${cut.exact ? "" : "…"}`;
    const whole = implied.exact.numerator % implied.exact.denominator === 0n;
    lines.push(
      `  ${tIn(lang, implied.factor === "units" ? "figures.countImpliedUnits" : "figures.countImpliedPerUnit", {
        published: count(publishedCountValue(claim.count!), lang),
        by,
        exact,
        whole: whole ? 1 : 0,
      })}${allStated ? tIn(lang, "figures.countImpliedUnitsStated", { units: claim.units! }) : ""}`,
    );
    if (claim.count!.scaled) lines.push(`  ${tIn(lang, "figures.countImpliedRange", { range: rangeText(implied.range, lang) })}`);
  }
  if (result.coarser !== null) {
    const bounds = countBounds(result.coarser);
    const scale = 10n ** BigInt(result.coarser.exponent);
    lines.push(`  ${tIn(lang, "figures.countCoarser", { published, unit: scale, low: bounds.low, high: bounds.high })}`);
    if (result.coarserRange !== null) lines.push(`  ${tIn(lang, "figures.countImpliedRange", { range: rangeText(result.coarserRange, lang) })}`);
  }
  return lines;
}

function countExplanation(result: CountResult, lang: Lang): string[] {
  const { claim } = result;
  const lines: string[] = [];
  if (claim.count !== null) {
    const published = publishedCountText(claim.count, lang);
    lines.push(
      claim.count.scaled
        ? tIn(lang, "figures.explainCountScaled", { published, unit: 10n ** BigInt(claim.count.exponent), low: result.bounds!.low, high: result.bounds!.high })
        : tIn(lang, "figures.explainCountExact", { published }),
    );
  }
  if (claim.form === "product" && result.computed !== null) lines.push(tIn(lang, "figures.explainProduct"));
  if (claim.form === "sum") lines.push(tIn(lang, "figures.explainSum", { parts: claim.parts.length }));
  if (result.implied !== null) lines.push(tIn(lang, result.implied.factor === "units" ? "figures.explainImpliedUnits" : "figures.explainImpliedPerUnit"));
  return lines.map((line) => `  · ${line}`);
}

const COUNT_COLUMNS = ["form", "count", "count_low", "count_high", "per_unit", "units", "parts", "computed", "difference", "implied", "implied_exact", "implied_min", "implied_max", "coarser_unit"] as const;

function countCsv(result: CountResult): Record<(typeof COUNT_COLUMNS)[number], string> {
  const { claim } = result;
  const implied = result.implied;
  return {
    form: claim.form,
    count: claim.count === null ? "" : publishedCountValue(claim.count).toString(),
    count_low: result.bounds?.low.toString() ?? "",
    count_high: result.bounds?.high.toString() ?? "",
    per_unit: claim.form === "product" ? (claim.perUnit?.toString() ?? "") : "",
    units: claim.form === "product" ? (claim.units?.toString() ?? "") : "",
    // Parts joined with "+", as they are written in a claims file.
    parts: claim.form === "sum" ? claim.parts.join("+") : "",
    computed: result.computed?.toString() ?? "",
    difference: result.difference?.toString() ?? "",
    implied: implied === null ? "" : implied.factor === "units" ? "units" : "per_unit",
    implied_exact: implied === null ? "" : machineText(implied.exact),
    implied_min: implied?.range?.min.toString() ?? "",
    implied_max: implied?.range?.max?.toString() ?? "",
    coarser_unit: result.coarser === null ? "" : (10n ** BigInt(result.coarser.exponent)).toString(),
  };
}

function countJson(result: CountResult, lang: Lang, explain: boolean) {
  const { claim } = result;
  const implied = result.implied;
  return {
    form: claim.form,
    count: claim.count === null ? null : { value: publishedCountValue(claim.count).toString(), scaled: claim.count.scaled, low: result.bounds!.low.toString(), high: result.bounds!.high.toString() },
    perUnit: claim.form === "product" ? (claim.perUnit?.toString() ?? null) : null,
    units: claim.form === "product" ? (claim.units?.toString() ?? null) : null,
    parts: claim.form === "sum" ? claim.parts.map((part) => part.toString()) : null,
    computed: result.computed?.toString() ?? null,
    difference: result.difference?.toString() ?? null,
    implied:
      implied === null
        ? null
        : {
            factor: implied.factor,
            exact: machineText(implied.exact),
            whole: implied.exact.numerator % implied.exact.denominator === 0n,
            min: implied.range?.min.toString() ?? null,
            max: implied.range?.max?.toString() ?? null,
          },
    coarserUnit: result.coarser === null ? null : (10n ** BigInt(result.coarser.exponent)).toString(),
    coarserRange: result.coarserRange === null ? null : { min: result.coarserRange.min.toString(), max: result.coarserRange.max?.toString() ?? null },
    lines: countLines(result, lang).map((line) => line.trim()),
    ...(explain ? { explanation: countExplanation(result, lang).map((line) => line.replace(/^ {2}· /, "")) } : {}),
  };
}

/** The difference is in each claim's line below the table, which keeps the table within 80 columns in both languages. */
function countTableLines(results: readonly CountResult[], context: RunContext, explain: boolean): string[] {
  const { lang, width } = context;
  const columns: TableColumn[] = [
    { heading: tIn(lang, "figures.headingCount"), align: "right" },
    { heading: tIn(lang, "figures.headingPerUnit"), align: "right", priority: 1 },
    { heading: tIn(lang, "figures.headingUnits"), align: "right", priority: 1 },
    { heading: tIn(lang, "report.label.computed"), align: "right" },
    { heading: tIn(lang, "report.label.status"), align: "left" },
  ];
  const rows = results.map((result) => {
    const { claim } = result;
    return {
      label: claim.label,
      cells: [
        claim.count === null ? "" : publishedCountText(claim.count, lang),
        claim.form === "product" && claim.perUnit !== null ? count(claim.perUnit, lang) : "",
        claim.form === "product" && claim.units !== null ? count(claim.units, lang) : "",
        result.computed === null ? "" : count(result.computed, lang),
        statusText(result.status, lang),
      ],
    };
  });
  const fit = (text: string) => wrapText(text, width);
  const details = results.flatMap((result) => [...countLines(result, lang), ...(explain ? countExplanation(result, lang) : [])]);
  return [fit(tIn(lang, "figures.countTitle")), claimTable(columns, rows, width, lang), ...details.map(fit)];
}

/** Count claims as a section of the check report. */
export function countSection(results: readonly CountResult[], lang: Lang, explain: boolean): ClaimSection {
  return {
    kind: "count",
    csvColumns: COUNT_COLUMNS,
    claims: results.map((result) => ({ label: result.claim.label, status: result.status, csv: countCsv(result), json: countJson(result, lang, explain) })),
    lines: (context) => countTableLines(results, context, explain),
  };
}
