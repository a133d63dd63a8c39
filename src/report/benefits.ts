// The benefit schedule and what one event pays → terminal table, CSV or JSON; --explain writes the arithmetic out.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import type { BenefitEvent, BenefitLine, BenefitResult, BenefitRow } from "../domain/benefit.js";
import { formatMonth, type Month } from "../domain/month.js";
import { jsonForTerminal, safeInline } from "../domain/personal-data.js";
import type { MessageKey } from "../text/message.js";
import { tIn } from "../text/render.js";
import { formatDecimal, formatRupiah, type Lang } from "./format.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { fittedTable, type Row, type TableColumn } from "./table.js";
import { wrapText } from "./width.js";

export interface BenefitsReport {
  month: Month;
  income: bigint;
  /** One event asked for (--event), or the whole schedule. */
  asked: BenefitEvent | null;
  results: readonly BenefitResult[];
}

const EVENT_KEYS = {
  "jkm-death": "benefits.event.jkmDeath",
  "jkm-death-early": "benefits.event.jkmDeathEarly",
  "jkk-death": "benefits.event.jkkDeath",
  "disability-total": "benefits.event.disabilityTotal",
  "disability-temporary": "benefits.event.disabilityTemporary",
  "medical-care": "benefits.event.medicalCare",
  scholarship: "benefits.event.scholarship",
} as const satisfies Record<BenefitEvent, MessageKey>;

export function eventName(event: BenefitEvent, lang: Lang): string {
  return tIn(lang, EVENT_KEYS[event]);
}

// Descriptions, notes and references come from a table the user may replace: input, shown like any other.
function description(row: BenefitRow, lang: Lang): string {
  return safeInline(lang === "id" ? row.descriptionId : row.descriptionEn, false);
}

function rowNote(row: BenefitRow, lang: Lang): string {
  return safeInline(lang === "id" ? row.noteId : row.noteEn, false);
}

function statusWord(row: BenefitRow, lang: Lang): string {
  return tIn(lang, row.status === "verified" ? "benefits.status.verified" : row.status === "secondary" ? "benefits.status.secondary" : "benefits.status.open");
}

/** How a line's amount is found, briefly: "48 × Rp 1.000.000", "100% × Rp 1.000.000, bulan ke-1–12". */
export function lineBasis(line: BenefitLine, lang: Lang): string {
  const { row } = line;
  switch (row.basis) {
    case "flat":
      return tIn(lang, "benefits.basis.flat");
    case "monthly-flat":
      return `${row.months} × ${formatRupiah(row.amount!, lang)}`;
    case "times-income":
      return `${formatDecimal(row.factor!, lang)} × ${formatRupiah(line.income!, lang)}`;
    case "percent-of-income-monthly": {
      const percent = { percent: row.factor!.toFixed(), income: line.income!, from: row.monthOffFrom! };
      return row.monthOffTo === null
        ? tIn(lang, "benefits.basis.percentFrom", percent)
        : tIn(lang, "benefits.basis.percentBetween", { ...percent, to: row.monthOffTo });
    }
    case "per-year":
      return line.children === 1
        ? tIn(lang, "benefits.basis.perYear", { amount: row.amount!, years: row.years! })
        : tIn(lang, "benefits.basis.perYearChildren", { amount: row.amount!, years: row.years!, children: line.children! });
    case "unlimited":
      return tIn(lang, "benefits.basis.unlimited");
  }
}

/** A line's amount for people: rupiah, a monthly amount when no months off were given, or "no ceiling". */
function lineAmount(line: BenefitLine, lang: Lang): string {
  if (line.amount !== null) return formatRupiah(line.amount, lang);
  if (line.perMonth !== null) return tIn(lang, "benefits.amount.perMonth", { amount: line.perMonth });
  return tIn(lang, "benefits.amount.noCeiling");
}

function totalText(result: BenefitResult, lang: Lang): string {
  if (result.total !== null) return formatRupiah(result.total, lang);
  return tIn(lang, result.openTotal === "no-ceiling" ? "benefits.amount.noCeiling" : "benefits.amount.dependsOnMonthsOff");
}

/** The arithmetic of one line: "48 × Rp 1.000.000 = Rp 48.000.000". */
export function lineArithmetic(line: BenefitLine, lang: Lang): string {
  const { row } = line;
  const money = (amount: bigint) => formatRupiah(amount, lang);
  switch (row.basis) {
    case "flat":
      return money(line.amount!);
    case "monthly-flat":
      return `${row.months} × ${money(row.amount!)} = ${money(line.amount!)}`;
    case "times-income":
      return `${formatDecimal(row.factor!, lang)} × ${money(line.income!)} = ${money(line.amount!)}`;
    case "percent-of-income-monthly": {
      const perMonth = `${formatDecimal(row.factor!, lang)}% × ${money(line.income!)} = ${money(line.perMonth!)}`;
      if (line.monthsCovered === null) return tIn(lang, "benefits.explain.perMonth", { formula: perMonth });
      return tIn(lang, "benefits.explain.monthsOff", { formula: perMonth, months: line.monthsCovered, total: line.amount! });
    }
    case "per-year": {
      const children = line.children === 1 ? "" : ` × ${tIn(lang, "benefits.explain.children", { children: line.children! })}`;
      return `${money(row.amount!)} × ${tIn(lang, "benefits.explain.years", { years: row.years! })}${children} = ${money(line.amount!)}`;
    }
    case "unlimited":
      return tIn(lang, "benefits.amount.noCeiling");
  }
}

/** The sum written out: "Rp 20.000.000 + Rp 12.000.000 + Rp 10.000.000 = Rp 42.000.000". */
function totalArithmetic(result: BenefitResult, lang: Lang): string {
  if (result.total === null) return totalText(result, lang);
  const amounts = result.lines.map((line) => formatRupiah(line.amount!, lang));
  return amounts.length === 1 ? amounts[0]! : `${amounts.join(" + ")} = ${formatRupiah(result.total, lang)}`;
}

export function benefitsExplanation(report: BenefitsReport, lang: Lang): string {
  const lines = [tIn(lang, "report.explain.heading")];
  for (const result of report.results) {
    if (report.asked === null) lines.push(`  ${eventName(result.paidAs, lang)}:`);
    const indent = report.asked === null ? "    " : "  ";
    for (const line of result.lines) lines.push(`${indent}${description(line.row, lang)}: ${lineArithmetic(line, lang)}`);
    lines.push(`${indent}${tIn(lang, "report.label.total")}: ${totalArithmetic(result, lang)}`);
  }
  return lines.join("\n");
}

/** What the table's numbers leave unsaid: unconfirmed rows, the early JKM death, the scholarship's conditions. */
export function resultNotes(result: BenefitResult, lang: Lang): string[] {
  const notes: string[] = [];
  for (const line of result.lines) {
    if (line.row.status !== "verified") {
      notes.push(tIn(lang, "benefits.note.unconfirmed", { id: safeInline(line.row.id, false), status: statusWord(line.row, lang), note: rowNote(line.row, lang) }));
    }
  }
  if (result.paidAs !== result.event) {
    const limit = Math.min(...result.lines.map((line) => line.row.maxMonthsPaid ?? 0));
    notes.push(tIn(lang, "benefits.note.earlyDeathApplies", { paid: result.question.monthsPaid ?? 0, limit }));
  }
  if (result.earlyAlternative) {
    const { rows, total, maxMonthsPaid } = result.earlyAlternative;
    const status = rows.every((row) => row.status === "verified") ? "" : ` (${rows.map((row) => `${statusWord(row, lang)}: ${rowNote(row, lang)}`).join("; ")})`;
    notes.push(tIn(lang, "benefits.note.earlyDeathAlternative", { limit: maxMonthsPaid, total, status }));
  }
  if (result.openTotal === "no-ceiling") notes.push(tIn(lang, "benefits.note.noCeiling"));
  if (result.openTotal === "months-off-needed") notes.push(tIn(lang, "benefits.note.monthsOffNeeded"));
  if (result.qualifying) {
    const { minMonthsPaid, met } = result.qualifying;
    notes.push(
      met === null
        ? tIn(lang, "benefits.note.scholarshipConditions", { months: minMonthsPaid })
        : tIn(lang, met ? "benefits.note.scholarshipMet" : "benefits.note.scholarshipNotMet", { months: minMonthsPaid, paid: result.question.monthsPaid ?? 0 }),
    );
    notes.push(tIn(lang, "benefits.note.scholarshipEnds"));
  }
  if (result.childrenCapped) notes.push(tIn(lang, "benefits.note.childrenCapped", result.childrenCapped));
  return notes;
}

function title(report: BenefitsReport, lang: Lang): string {
  const month = formatMonth(report.month);
  return report.asked === null
    ? tIn(lang, "benefits.title.schedule", { month })
    : tIn(lang, "benefits.title.event", { event: eventName(report.asked, lang), month });
}

export function benefitsAsTable(report: BenefitsReport, context: RunContext, sections: readonly string[] = []): string {
  const { lang } = context;
  const columns: TableColumn[] = [
    { heading: tIn(lang, "benefits.label.component"), align: "left", minWidth: 16, cutPriority: 1 },
    { heading: tIn(lang, "benefits.label.basis"), align: "left", priority: 1 },
    { heading: tIn(lang, "benefits.label.amount"), align: "right" },
    { heading: tIn(lang, "benefits.label.legalBasis"), align: "left", notes: true, priority: 2 },
  ];
  const marked = (line: BenefitLine) => `${description(line.row, lang)}${line.row.status === "verified" ? "" : " *"}`;
  const lineRow = (line: BenefitLine) => [marked(line), lineBasis(line, lang), lineAmount(line, lang), safeInline(line.row.reference, false)];
  let body: Row[];
  let totals: string[] | undefined;
  if (report.asked === null) {
    body = report.results.flatMap((result): Row[] => [
      { section: eventName(result.paidAs, lang) },
      ...result.lines.map(lineRow),
      ...(result.lines.length > 1 ? [{ subtotal: [tIn(lang, "report.label.total"), "", totalText(result, lang), ""] }] : []),
    ]);
  } else {
    const result = report.results[0]!;
    body = result.lines.map(lineRow);
    totals = [tIn(lang, "report.label.total"), "", totalText(result, lang), ""];
  }
  const table = fittedTable(columns, body, totals, context.width, lang).text;
  const fit = (text: string) => wrapText(text, context.width);
  const notes = report.results.flatMap((result) => resultNotes(result, lang));
  const subtitle = tIn(lang, "benefits.subtitle", { income: report.income });
  return [
    fit(chalk.bold(title(report, lang))),
    fit(subtitle),
    table,
    ...(notes.length > 0 ? [tIn(lang, "benefits.note.heading"), ...notes.map((note) => wrapText(`  ${note}`, context.width, 4))] : []),
    ...sections.map((section) => wrapText(section, context.width)),
    "",
  ].join("\n");
}

/** One row per component, amounts in plain digits; a monthly amount and no total where the event has none. */
export function benefitsAsCsv(report: BenefitsReport): string {
  const rows = report.results.flatMap((result) =>
    result.lines.map((line) => [
      formatMonth(report.month),
      result.paidAs,
      line.row.id,
      safeInline(line.row.component, false),
      line.row.basis,
      lineBasis(line, "en"),
      line.amount?.toString() ?? "",
      line.perMonth?.toString() ?? "",
      line.monthsCovered?.toString() ?? "",
      line.children?.toString() ?? "",
      safeInline(line.row.reference, false),
      line.row.status,
      safeInline(line.row.noteEn, false),
    ]),
  );
  const header = ["month", "event", "id", "component", "basis", "basis_text", "amount", "per_month", "months_off", "children", "reference", "status", "note"];
  return stringify([header, ...rows]);
}

function lineAsJson(line: BenefitLine) {
  const { row } = line;
  const text = (value: string) => safeInline(value, false);
  return {
    id: text(row.id),
    component: text(row.component),
    basis: row.basis,
    description: { id: text(row.descriptionId), en: text(row.descriptionEn) },
    amount: line.amount?.toString() ?? null,
    perMonth: line.perMonth?.toString() ?? null,
    monthsOff: line.monthsCovered,
    children: line.children,
    factor: row.factor?.toString() ?? null,
    arithmetic: lineArithmetic(line, "en"),
    reference: text(row.reference),
    status: row.status,
    note: row.status === "verified" && row.noteEn === "" ? null : { id: text(row.noteId), en: text(row.noteEn) },
    effectiveFrom: formatMonth(row.effectiveFrom),
    effectiveTo: row.effectiveTo === null ? null : formatMonth(row.effectiveTo),
    source: text(`${row.source.file}:${row.source.line}`),
  };
}

export function benefitsAsJson(report: BenefitsReport, context: RunContext, extra: Record<string, unknown> = {}): string {
  const body = {
    meta: metaAsJson(context),
    month: formatMonth(report.month),
    income: report.income.toString(),
    events: report.results.map((result) => ({
      event: result.event,
      paidAs: result.paidAs,
      lines: result.lines.map(lineAsJson),
      total: result.total?.toString() ?? null,
      // Why there is no total: medical care has no ceiling; temporary disability needs the months off work.
      openTotal: result.openTotal,
      notes: resultNotes(result, context.lang),
    })),
    ...extra,
  };
  return `${jsonForTerminal(JSON.stringify(body, null, 2))}\n`;
}
