// One worker's monthly contribution → terminal table, CSV or JSON.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import type { ContributionLine } from "../domain/contribution.js";
import { formatMonth, type Month } from "../domain/month.js";
import { jsonForTerminal, safeData, safeInline } from "../domain/personal-data.js";
import type { WorkerTerms } from "../domain/worker.js";
import { tIn } from "../text/render.js";
import { formatDecimal, formatRupiah, type Lang } from "./format.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { fittedTable, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

export interface PremiumReport {
  month: Month;
  terms: WorkerTerms;
  lines: readonly ContributionLine[];
  total: bigint;
}

/**
 * "1% × Rp 1.000.000 × 0,5 (PP 50/2025)" for people; with lang "en" and plain digits for machines; without the
 * relief's reference where the reference is shown apart.
 */
export function lineBasis(line: ContributionLine, lang: Lang, plain = false, withReference = true): string {
  const money = (amount: bigint) => (plain ? amount.toString() : formatRupiah(amount, lang));
  const decimal = (value: ContributionLine["exact"]) => (plain ? value.toString() : formatDecimal(value, lang));
  const tariff = line.tariff;
  let text =
    tariff.basis === "flat"
      ? `${tIn(lang, "report.label.flat")} ${money(tariff.flatAmount ?? 0n)}`
      : `${decimal(tariff.ratePercent!)}% × ${money(line.base ?? 0n)}${tariff.wageCap !== null && line.base === tariff.wageCap ? ` (${tIn(lang, "report.label.wageCap")})` : ""}`;
  if (line.relief) text += ` × ${decimal(line.relief.multiplier)}${withReference ? ` (${safeInline(line.relief.reference, false)})` : ""}`;
  return text;
}

export function premiumAsJson(report: PremiumReport, context: RunContext, extra: Record<string, unknown> = {}): string {
  const { terms } = report;
  const body = {
    meta: metaAsJson(context),
    month: formatMonth(report.month),
    worker: {
      segment: terms.segment,
      programs: terms.programs,
      income: terms.segment === "BPU" ? terms.income.toString() : null,
      wage: terms.wage?.toString() ?? null,
      riskClass: terms.riskClass,
      sector: terms.sector ? safeData(terms.sector, context.showNik) : null,
      funding: terms.funding ? safeData(terms.funding, context.showNik) : null,
    },
    lines: report.lines.map((line) => ({
      program: line.program,
      amount: line.amount.toString(),
      basis: lineBasis(line, "en", true),
      reference: safeData(line.tariff.reference, false),
      tariff: safeData(line.tariff.id, false),
      base: line.base?.toString() ?? null,
      exact: line.exact.toString(),
      relief: line.relief ? { id: safeData(line.relief.id, false), multiplier: line.relief.multiplier.toString(), reference: safeData(line.relief.reference, false) } : null,
    })),
    total: report.total.toString(),
    ...extra,
  };
  return `${jsonForTerminal(JSON.stringify(body, null, 2))}\n`;
}

/** One row per programme; for people (--excel, `forPeople` the report's language) the month's total under them. */
export function premiumAsCsv(report: PremiumReport, forPeople?: Lang): string {
  const total = forPeople === undefined ? [] : [[formatMonth(report.month), tIn(forPeople, "report.label.total"), report.total.toString(), "", "", ""]];
  const rows = report.lines.map((line) => [
    formatMonth(report.month),
    line.program,
    line.amount.toString(),
    lineBasis(line, "en", true),
    safeInline(line.tariff.reference, false),
    safeInline(line.relief?.reference ?? "", false),
  ]);
  return stringify([["month", "program", "amount", "basis", "reference", "relief"], ...rows, ...total]);
}

export function premiumAsTable(report: PremiumReport, context: RunContext, sections: readonly string[] = []): string {
  const { lang } = context;
  const { terms } = report;
  const head = [tIn(lang, "report.label.programme"), tIn(lang, "report.label.basis"), tIn(lang, "report.label.contribution"), tIn(lang, "report.label.legalBasis")];
  const body = report.lines.map((line) => [
    line.program,
    // Narrow: the relief's reference is in the legal basis column (or its notes) anyway.
    { text: lineBasis(line, lang), narrow: lineBasis(line, lang, false, false) },
    formatRupiah(line.amount, lang),
    safeInline(line.relief ? `${line.tariff.reference}; ${line.relief.reference}` : line.tariff.reference, false),
  ]);
  // On a narrow terminal the legal references become numbered notes under the table, then the basis goes.
  const columns: TableColumn[] = [
    { heading: head[0]!, align: "left" },
    { heading: head[1]!, align: "left", priority: 1 },
    { heading: head[2]!, align: "right" },
    { heading: head[3]!, align: "left", notes: true, priority: 2 },
  ];
  const table = fittedTable(columns, body, [tIn(lang, "report.label.total"), "", formatRupiah(report.total, lang), ""], context.width, lang).text;
  const earnings =
    terms.segment === "PU"
      ? tIn(lang, "report.premium.wage", { wage: terms.wage ?? 0n, riskClass: terms.riskClass === null ? "–" : String(terms.riskClass) })
      : tIn(lang, "report.premium.income", { income: terms.income });
  const notStated = tIn(lang, "report.label.notStated");
  const worker = tIn(lang, "report.premium.worker", {
    segment: terms.segment,
    earnings,
    sector: terms.sector ? safeInline(terms.sector, context.showNik) : notStated,
    funding: terms.funding ? safeInline(terms.funding, context.showNik) : notStated,
  });
  const title = tIn(lang, "report.premium.title", { month: formatMonth(report.month) });
  const fit = (text: string) => wrapText(text, context.width);
  return [fit(chalk.bold(title)), fit(worker), table, ...sections.map(fit), notesAsText(context), ""].join("\n");
}
