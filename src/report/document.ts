// Budget document data → terminal table, CSV, JSON and a Workbook. Renderers return text or data and write nothing.
// The document's own words (koefisien, satuan, account names, terbilang) are what the officer types into SIPD or
// Siskeudes, so they are Indonesian whatever the report's language; headings and notes follow the report's language.
import chalk from "chalk";
import { stringify } from "csv-stringify/sync";
import { accountFor, type BudgetDocument, type DocumentAccounts, type DocumentLine, type SourceCode } from "../domain/budget-document.js";
import { formatMonth, type Month } from "../domain/month.js";
import { jsonForTerminal, safeData, safeInline, safeText } from "../domain/personal-data.js";
import { terbilang } from "../domain/terbilang.js";
import { tIn } from "../text/render.js";
import { formatCount, formatMonthName, formatRupiah, type Lang } from "./format.js";
import { metaAsJson, type RunContext } from "./meta.js";
import { notesAsText } from "./notes.js";
import { fittedTable, type Row, type TableColumn } from "./table.js";
import { displayWidth, wrapText } from "./width.js";
import type { Workbook, WorkbookCell, WorkbookColumn, WorkbookRow } from "./workbook.js";

/** What the renderers need besides the lines: the account table, the village source, what was read. */
export interface DocumentSetting {
  accounts: DocumentAccounts;
  /** The accounts table's file as the report names it. */
  accountsFile: string;
  /** The village funding source (nagari level). */
  source: SourceCode | undefined;
  /** The rosters read, or the headcount, as a sentence. */
  input: string;
}

/** `1.333 Orang x 9 Bulan`, or `11.997 OB` when the workers at this price have different months. */
export function koefisien(line: DocumentLine): string {
  return line.months === null
    ? tIn("id", "document.koefisienWorkerMonths", { workerMonths: formatCount(line.workerMonths, "id") })
    : tIn("id", "document.koefisien", { workers: formatCount(line.workers, "id"), months: line.months });
}

/** "Apr–Des 2022", "Des 2022", "Nov 2022–Feb 2023": the months of a line, short. */
export function monthSpan(first: Month, last: Month, lang: Lang): string {
  const [firstName = "", firstYear = ""] = formatMonthName(first, lang).split(" ");
  const [lastName = "", lastYear = ""] = formatMonthName(last, lang).split(" ");
  const short = (name: string) => name.slice(0, 3);
  if (first === last) return `${short(firstName)} ${firstYear}`;
  if (firstYear === lastYear) return `${short(firstName)}–${short(lastName)} ${lastYear}`;
  return `${short(firstName)} ${firstYear}–${short(lastName)} ${lastYear}`;
}

/** What a line is written on: the account (regency) or the village activity. */
function lineHeading(line: DocumentLine, setting: DocumentSetting): { code: string; name: string; uraian: string; unit: string } {
  if (line.program === null) return setting.accounts.activity;
  // The command checked that every programme priced has an account before rendering.
  return accountFor(setting.accounts, line.program)!;
}

export function terbilangText(rupiah: bigint, lang: Lang): string {
  const words = terbilang(rupiah);
  return words.ok ? words.words : tIn(lang, words.reason === "tooLarge" ? "document.terbilangTooLarge" : "document.terbilangNegative");
}

function title(document: BudgetDocument, lang: Lang): string {
  return tIn(lang, document.level === "kabupaten" ? "document.titleKabupaten" : "document.titleNagari");
}

export function documentAsTable(document: BudgetDocument, setting: DocumentSetting, context: RunContext): string {
  const { lang, width } = context;
  const nagari = document.level === "nagari";
  const columns: TableColumn[] = [
    { heading: tIn(lang, "document.column.months"), align: "left", minWidth: 8, cutPriority: 3 },
    ...(nagari ? [{ heading: tIn(lang, "document.column.source"), align: "left", priority: 2 } satisfies TableColumn] : []),
    { heading: tIn(lang, nagari ? "document.column.volume" : "document.column.koefisien"), align: nagari ? "right" : "left" },
    { heading: tIn(lang, "document.column.unit"), align: "left", priority: 1 },
    { heading: tIn(lang, "document.column.unitPrice"), align: "right" },
    { heading: tIn(lang, nagari ? "document.column.anggaran" : "document.column.jumlah"), align: "right" },
  ];
  const cells = (line: DocumentLine) => [
    monthSpan(line.firstMonth, line.lastMonth, lang),
    ...(nagari ? [setting.source?.code ?? ""] : []),
    nagari ? formatCount(line.workerMonths, "id") : koefisien(line),
    lineHeading(line, setting).unit,
    formatRupiah(line.unitPrice, lang),
    formatRupiah(line.amount, lang),
  ];
  const blank = (label: string, amount: bigint) => [label, ...columns.slice(1, -1).map(() => ""), formatRupiah(amount, lang)];

  // A block per account (regency) or per village, headed by a section row; a subtotal under a block of several lines
  // (regency) and under every village.
  const draw = (splitHeadings: boolean) => {
    const body: Row[] = [];
    let block: string | undefined;
    let blockLines: DocumentLine[] = [];
    const closeBlock = () => {
      if (blockLines.length === 0) return;
      if (nagari || blockLines.length > 1) body.push({ subtotal: blank(tIn(lang, "document.subtotal"), blockLines.reduce((sum, line) => sum + line.amount, 0n)) });
    };
    for (const line of document.lines) {
      const id = nagari ? line.village : (line.program ?? "");
      if (id !== block) {
        closeBlock();
        block = id;
        blockLines = [];
        if (nagari) body.push({ section: line.village === "" ? tIn(lang, "document.villageUnnamed") : safeInline(line.village, context.showNik) });
        else {
          const heading = lineHeading(line, setting);
          if (splitHeadings) body.push({ section: heading.code }, { section: heading.name });
          else body.push({ section: `${heading.code} ${heading.name}` });
        }
      }
      blockLines.push(line);
      body.push(cells(line));
    }
    closeBlock();
    return fittedTable(columns, body, blank(tIn(lang, "document.total"), document.total), width, lang);
  };
  // An account's code and name on one row when the table is wide enough for them, else on two.
  let table = draw(false);
  const longest = Math.max(0, ...document.lines.map((line) => (nagari ? 0 : displayWidth(`${lineHeading(line, setting).code} ${lineHeading(line, setting).name}`))));
  if (width !== null && table.layout.width - 4 < longest) table = draw(true);

  const activity = setting.accounts.activity;
  const heading = [
    chalk.bold(title(document, lang)),
    ...(nagari
      ? [
          tIn(lang, "document.activity", { name: activity.name, code: activity.code === "" ? tIn(lang, "document.codeOpen") : activity.code }),
          ...(setting.source ? [tIn(lang, "document.sourceLine", { code: setting.source.code, name: setting.source.name })] : []),
        ]
      : []),
    safeText(setting.input, context.showNik),
  ];
  const under = [
    tIn(lang, "document.inWords", { words: terbilangText(document.total, lang) }),
    tIn(lang, "document.accountsFrom", { file: setting.accountsFile }),
  ];
  const empty = document.lines.length === 0 ? [tIn(lang, "document.noLines")] : [];
  return [wrapText(heading.join("\n"), width), table.text, ...[...empty, ...under].map((text) => wrapText(text, width)), notesAsText(context), ""].join("\n");
}

/** For scripts: one row per line, plain digits, one shape for both levels. */
export function documentAsCsv(document: BudgetDocument, setting: DocumentSetting, context: Pick<RunContext, "showNik">): string {
  const header = ["level", "village", "code", "name", "uraian", "source", "program", "from", "to", "workers", "months", "worker_months", "koefisien", "satuan", "unit_price", "amount"];
  const rows = document.lines.map((line) => {
    const heading = lineHeading(line, setting);
    return [
      document.level,
      safeInline(line.village, context.showNik),
      heading.code,
      heading.name,
      heading.uraian,
      line.program === null ? (setting.source?.code ?? "") : "",
      line.program ?? "",
      formatMonth(line.firstMonth),
      formatMonth(line.lastMonth),
      line.workers,
      line.months ?? "",
      line.workerMonths,
      koefisien(line),
      heading.unit,
      line.unitPrice.toString(),
      line.amount.toString(),
    ];
  });
  return stringify([header, ...rows]);
}

export function documentAsJson(document: BudgetDocument, setting: DocumentSetting, context: RunContext): string {
  const sourced = (row: { status: string; reference: string; note: string }) => ({ status: row.status, reference: row.reference, note: row.note });
  const body = {
    meta: {
      ...metaAsJson(context),
      level: document.level,
      accountsFile: setting.accountsFile,
      accounts: setting.accounts.accounts.map((account) => ({ program: account.program, code: account.code, name: account.name, unit: account.unit, ...sourced(account) })),
      activity: { code: setting.accounts.activity.code, name: setting.accounts.activity.name, unit: setting.accounts.activity.unit, ...sourced(setting.accounts.activity) },
      ...(setting.source ? { source: { code: setting.source.code, name: setting.source.name, ...sourced(setting.source) } } : {}),
    },
    lines: document.lines.map((line) => {
      const heading = lineHeading(line, setting);
      return {
        ...(document.level === "nagari" ? { village: safeData(line.village, context.showNik), source: setting.source?.code ?? null } : { program: line.program }),
        code: heading.code,
        name: heading.name,
        uraian: heading.uraian,
        from: formatMonth(line.firstMonth),
        to: formatMonth(line.lastMonth),
        workers: line.workers,
        months: line.months,
        workerMonths: line.workerMonths,
        koefisien: koefisien(line),
        satuan: heading.unit,
        unitPrice: line.unitPrice.toString(),
        amount: line.amount.toString(),
      };
    }),
    ...(document.level === "nagari"
      ? { villages: document.villages.map((village) => ({ village: safeData(village.village, context.showNik), total: village.total.toString(), terbilang: terbilangText(village.total, "id") })) }
      : {}),
    total: document.total.toString(),
    terbilang: terbilangText(document.total, "id"),
  };
  return `${jsonForTerminal(JSON.stringify(body, null, 2))}\n`;
}

/**
 * The document as a workbook: one sheet of lines (a subtotal row under each village), the total, and the total in
 * words as a note. Headings in the report's language; the document's words as typed.
 */
export function documentAsWorkbook(document: BudgetDocument, setting: DocumentSetting, context: Pick<RunContext, "lang" | "showNik">): Workbook {
  const { lang } = context;
  const nagari = document.level === "nagari";
  const text = (value: string): WorkbookCell => ({ kind: "text", text: value });
  const rupiah = (value: bigint): WorkbookCell => ({ kind: "rupiah", rupiah: value });
  const count = (value: number): WorkbookCell => ({ kind: "count", count: BigInt(value) });
  const column = (key: Parameters<typeof tIn>[1], kind: WorkbookColumn["kind"], summed = false): WorkbookColumn => ({ heading: tIn(lang, key as "document.column.code"), kind, summed });
  const columns: WorkbookColumn[] = [
    ...(nagari ? [column("document.column.village", "text")] : []),
    column("document.column.code", "text"),
    column("document.column.uraian", "text"),
    ...(nagari ? [column("document.column.source", "text")] : []),
    column("document.column.months", "text"),
    ...(nagari ? [] : [column("document.column.koefisien", "text")]),
    // A regency's JKK and JKM lines count the same worker-months twice: their volumes are not added up.
    column("document.column.volume", "count", nagari),
    column("document.column.unit", "text"),
    column("document.column.unitPrice", "rupiah"),
    column(nagari ? "document.column.anggaran" : "document.column.jumlah", "rupiah", true),
  ];
  const rows: WorkbookRow[] = [];
  const dataRow = (line: DocumentLine): WorkbookRow => {
    const heading = lineHeading(line, setting);
    return {
      role: "data",
      cells: [
        ...(nagari ? [text(safeInline(line.village, context.showNik))] : []),
        text(heading.code),
        text(heading.uraian),
        ...(nagari ? [text(setting.source?.code ?? "")] : []),
        text(monthSpan(line.firstMonth, line.lastMonth, lang)),
        ...(nagari ? [] : [text(koefisien(line))]),
        count(line.workerMonths),
        text(heading.unit),
        rupiah(line.unitPrice),
        rupiah(line.amount),
      ],
    };
  };
  const figures = (label: string, workerMonths: number, amount: bigint): WorkbookCell[] => [
    text(label),
    ...columns.slice(1, -4).map(() => null),
    nagari ? count(workerMonths) : null,
    null,
    null,
    rupiah(amount),
  ];
  for (const village of nagari ? document.villages : []) {
    const lines = document.lines.filter((line) => line.village === village.village);
    rows.push(...lines.map(dataRow));
    const label = tIn(lang, "document.villageSubtotal", { village: village.village === "" ? tIn(lang, "document.villageUnnamed") : safeInline(village.village, context.showNik) });
    rows.push({ role: "subtotal", cells: figures(label, lines.reduce((sum, line) => sum + line.workerMonths, 0), village.total) });
  }
  if (!nagari) rows.push(...document.lines.map(dataRow));
  rows.push({ role: "total", cells: figures(tIn(lang, "document.total"), document.lines.reduce((sum, line) => sum + line.workerMonths, 0), document.total) });
  const sheet = {
    name: tIn(lang, "document.sheetName"),
    columns,
    rows,
    notes: [tIn(lang, "document.inWords", { words: terbilangText(document.total, lang) })],
  };
  return { sheets: [sheet] };
}
