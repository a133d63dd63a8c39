// Options every command shares, declared once and validated once with zod at the edge.
import { chooseSheet } from "../io/xlsx-source.js";
import { extname } from "node:path";
import { Command, Option } from "commander";
import { z } from "zod";
import { MAX_BUDGET } from "../domain/capacity.js";
import { MAX_WORKERS, parseCount } from "../domain/count.js";
import { ROUNDING_MODES, parseRupiah, type DecimalMark, type RoundingMode } from "../domain/money.js";
import { FIRST_YEAR, formatMonth, LAST_YEAR, readMonth, type Month } from "../domain/month.js";
import { clipToWindow, periodInWindow, windowOf, type BudgetWindow } from "../domain/window.js";
import { quoteCell } from "../domain/personal-data.js";
import { readPublishedAmount } from "../domain/published-amount.js";
import { type Program } from "../domain/program.js";
import { DEFAULT_INCOME, DEFAULT_PROGRAMS, type Segment, type WorkerTerms } from "../domain/worker.js";
import { incomeField, monthsField, programsField, riskClassField, segmentField, startFlagField, wageField, type FieldReading } from "../domain/worker-fields.js";
import { BELOW_FLOOR_CHOICES, type BelowFloor } from "../domain/contribution.js";

import { UNSTATED_FUNDING, type FundingVocabulary } from "../domain/funding.js";
import { bundledFundingVocabulary } from "../io/funding-file.js";
import { LANGS, langFromEnvironment, type Lang } from "../report/format.js";
import { isStandardInput } from "../io/csv-source.js";
import { setLang, t } from "../text/render.js";
import { setErrorFormat, setQuiet } from "./diagnostics.js";
import { UsageError } from "./exit-codes.js";
import { applyColourLevel, COLOR_CHOICES, colourLevel, LEAST_WIDTH, MOST_WIDTH, tableWidthFor } from "./terminal.js";

export const FORMATS = ["table", "csv", "json", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * The format a report file's name asks for when --format is not given; any other extension (or none) keeps the
 * table. Later formats (".xlsx", ".html") are a line here and a renderer.
 */
export const FORMAT_OF_EXTENSION: ReadonlyMap<string, Format> = new Map([
  [".csv", "csv"],
  [".json", "json"],
  [".txt", "table"],
  [".xlsx", "xlsx"],
]);

/** --format, --output, --quiet, --lang, --tariff, --no-default-tariffs, --rounding, --width, --color. */
export function withOutputOptions(command: Command): Command {
  // The default "table" stays in the help, but a format given nowhere may still come from -o's extension.
  command.hook("preAction", (actionCommand) => {
    if (actionCommand.getOptionValueSource("format") === "default") actionCommand.setOptionValueWithSource("format", undefined, "default");
    refuseStandardInputTwice(actionCommand);
  });
  return command
    .addOption(new Option("--format <format>", t("optionHelp.format")).choices(FORMATS).default("table"))
    .option("-o, --output <file>", t("pipes.outputOption"))
    .option("-q, --quiet", t("pipes.quietOption"))
    .addOption(new Option("--lang <lang>", t("optionHelp.lang")).choices(LANGS))
    .option("--tariff <file>", t("optionHelp.tariff"), collect)
    .option("--no-default-tariffs", t("optionHelp.noDefaultTariffs"))
    .addOption(new Option("--rounding <mode>", t("optionHelp.rounding")).choices(ROUNDING_MODES).default("half-up"))
    .option("--excel", t("optionHelp.excel"))
    .addOption(new Option("--errors <format>", t("optionHelp.errors")).choices(["text", "json"]).default("text"))
    .option("--sheet <name>", t("workbookIn.sheetOption"))
    .option("--width <n>", t("layout.widthOption"))
    .addOption(new Option("--color <when>", t("layout.colorOption")).choices(COLOR_CHOICES))
    .option("--no-color", t("layout.noColorOption"));
}

/** --width: a whole number of terminal columns. */
const widthOption = z.string().transform((text, ctx) => {
  const columns = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(columns >= LEAST_WIDTH && columns <= MOST_WIDTH)) {
    ctx.addIssue({ code: "custom", message: t("layout.widthInvalid", { least: LEAST_WIDTH, most: MOST_WIDTH, text: quoteCell(text) }) });
    return z.NEVER;
  }
  return columns;
});

/** --income, --programs, --sector, --funding, --segment, --wage, --risk: a worker's terms, or a roster's defaults. */
export function withWorkerOptions(command: Command): Command {
  return command
    .option("--income <rupiah>", t("optionHelp.income"))
    .option("--programs <list>", t("optionHelp.programs"))
    .option("--sector <sector>", t("optionHelp.sector"))
    .option("--funding <source>", t("optionHelp.funding"))
    .option("--funding-map <local=category>", t("optionHelp.fundingMap"), collect)
    .option("--segment <segment>", t("optionHelp.segment"))
    .option("--wage <rupiah>", t("optionHelp.wage"))
    .option("--risk <class>", t("optionHelp.risk"))
    .addOption(new Option("--below-floor <mode>", t("forms.belowFloorOption")).choices(BELOW_FLOOR_CHOICES).default("error"));
}

/**
 * A flag read by the rule a roster cell of the same field is read by (src/domain/worker-fields.ts): "--wage 0" is
 * refused in the words "a wage of 0" is refused in a roster, with the flag's name in front.
 */
function workerFieldOption<T>(field: (text: string) => FieldReading<T>) {
  return z.string().transform((text, ctx): T => {
    const reading = field(text);
    if (!reading.ok) {
      ctx.addIssue({ code: "custom", message: reading.message });
      return z.NEVER;
    }
    return reading.value;
  });
}

/** A total in rupiah (a budget, a reported total, a tolerance): from 0 to MAX_BUDGET. */
export const rupiahOption = z.string().transform((text, ctx) => {
  const parsed = parseRupiah(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `${quoteCell(text)} ${parsed.reason}` });
    return z.NEVER;
  }
  if (parsed.rupiah > MAX_BUDGET) {
    ctx.addIssue({ code: "custom", message: t("usage.totalTooLarge", { text: quoteCell(text), max: MAX_BUDGET }) });
    return z.NEVER;
  }
  return parsed.rupiah;
});

/** A figure as published, with its precision ("Rp 201,5 juta" stands for an interval): for totals to be checked. */
export const publishedRupiahOption = z.string().transform((text, ctx) => {
  const parsed = readPublishedAmount(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `${quoteCell(text)} ${parsed.reason}` });
    return z.NEVER;
  }
  if (parsed.amount.written > MAX_BUDGET) {
    ctx.addIssue({ code: "custom", message: t("usage.totalTooLarge", { text: quoteCell(text), max: MAX_BUDGET }) });
    return z.NEVER;
  }
  return parsed.amount;
});

/** --decimal-mark: "," or ".". */
export const decimalMarkOption = z.string().transform((text, ctx): DecimalMark => {
  if (text === "," || text === ".") return text;
  ctx.addIssue({ code: "custom", message: t("usage.decimalMark", { text: quoteCell(text) }) });
  return z.NEVER;
});

/** A calendar month that is not a worker's start (premium --month). */
export const monthOption = z.string().transform((text, ctx): Month => {
  // Read in the forms a roster's start month is (2026-04, 04/2026, April 2026, Apr-26), but a bare year is no month.
  const reading = readMonth(text);
  if (!reading.ok) {
    ctx.addIssue({ code: "custom", message: t("usage.month", { text: quoteCell(text), forms: t("forms.startForms") }) });
    return z.NEVER;
  }
  return reading.month;
});

/** --year, --until: the budget window (src/domain/window.ts); every worker's months are cut to it. */
export function withWindowOptions(command: Command): Command {
  return command.option("--year <year>", t("fiscalYear.yearOption")).option("--until <YYYY-MM>", t("fiscalYear.untilOption"));
}

const windowSchema = z.object({
  year: z
    .string()
    .transform((text, ctx) => {
      const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
      if (year >= FIRST_YEAR && year <= LAST_YEAR) return year;
      ctx.addIssue({ code: "custom", message: t("usage.year", { first: FIRST_YEAR, last: LAST_YEAR, text: quoteCell(text) }) });
      return z.NEVER;
    })
    .optional(),
  until: monthOption.optional(),
});

/** The window --year and --until ask for; undefined without either. */
export function windowSettings(options: Record<string, unknown>): BudgetWindow | undefined {
  const parsed = parseOptions(windowSchema, options);
  const window = windowOf(parsed.year, parsed.until);
  if (window !== undefined && "code" in window) {
    throw new UsageError(`--until: ${t("fiscalYear.untilOutsideYear", { until: formatMonth(window.until), year: window.year })}`);
  }
  return window;
}

/** A planning command's period, cut to the window; `cut`: months per worker left out before and after it. */
export interface PlannedPeriod {
  start: Month;
  months: number;
  cut: { before: number; after: number } | undefined;
  /** The period as asked, before the cut: what rows without their own start and months run over. */
  asked: { start: Month; months: number };
}

/**
 * --start and --months under a window (src/domain/window.ts, periodInWindow): cut to it; a period wholly outside it
 * is a usage error. Undefined when no start is known (no --start, and no --year to start in January).
 */
export function plannedPeriod(start: Month | undefined, months: number | undefined, window: BudgetWindow | undefined, defaultMonths: number): PlannedPeriod | undefined {
  if (window === undefined) return start === undefined ? undefined : { start, months: months ?? defaultMonths, cut: undefined, asked: { start, months: months ?? defaultMonths } };
  const asked = periodInWindow(start, months, window);
  if (asked === undefined) return undefined;
  const clipped = clipToWindow(asked.start, asked.months, window);
  if (clipped.months === 0) {
    const period = { from: formatMonth(asked.start), to: formatMonth(asked.start + asked.months - 1), last: formatMonth(window.last) };
    throw new UsageError(window.first === null ? t("fiscalYear.periodAfterUntil", period) : t("fiscalYear.periodOutside", { ...period, first: formatMonth(window.first) }));
  }
  return { start: clipped.start, months: clipped.months, cut: { before: clipped.before, after: clipped.after }, asked };
}

/** --start: the first month, read as a roster's start column is; a bare year (2027) is its January. */
export const startOption = workerFieldOption(startFlagField);

/** --months: read as a roster's months column is, 1 to MAX_MONTHS. */
export const monthCountOption = workerFieldOption(monthsField);

/** A count of workers as people write it (1333 or 1.333), from `least` to MAX_WORKERS. */
function workerCountOption(least: 0 | 1) {
  return z.string().transform((text, ctx) => {
    const parsed = parseCount(text);
    if (!parsed.ok || parsed.count < least) {
      ctx.addIssue({ code: "custom", message: t("usage.count", { least, max: MAX_WORKERS, text: quoteCell(text) }) });
      return z.NEVER;
    }
    return parsed.count;
  });
}

/** A whole count from 0 to MAX_WORKERS. */
export const wholeCountOption = workerCountOption(0);

/** A whole count from 1 to MAX_WORKERS. */
export const countOption = workerCountOption(1);

/**
 * Standard input named twice ("-", /dev/stdin), among the arguments and every option but the outputs: refused before
 * anything is read, since the second would find it empty (io/file-registry.ts catches pipes named twice as well).
 */
function refuseStandardInputTwice(command: Command): void {
  const { output: _output, rejects: _rejects, ...inputOptions } = command.opts();
  const words = [...command.args, ...Object.values(inputOptions).flat()].filter((value): value is string => typeof value === "string");
  const [first, second] = words.filter(isStandardInput);
  if (first !== undefined && second !== undefined) throw new UsageError(t("pipes.standardInputTwice", { first, file: second }));
}

/**
 * --format if given, else what -o's extension asks for, else the table; a contradiction is a usage error. --excel
 * is CSV for a spreadsheet, so it asks for CSV itself.
 */
function reportFormat(given: Format | undefined, output: string | undefined, excel: boolean): Format {
  const extension = output === undefined ? "" : extname(output).toLowerCase();
  const implied = FORMAT_OF_EXTENSION.get(extension);
  if (excel) {
    if (given !== undefined && given !== "csv") throw new UsageError(t("rollup.excelFormat", { format: given }));
    if (implied !== undefined && implied !== "csv") throw new UsageError(t("rollup.excelExtension", { file: output!, extension }));
    return "csv";
  }
  if (given !== undefined && implied !== undefined && given !== implied) {
    throw new UsageError(t("pipes.formatContradictsExtension", { format: given, file: output!, extension, expected: implied }));
  }
  return given ?? implied ?? "table";
}

const commonSchema = z.object({
  format: z.enum(FORMATS).optional(),
  quiet: z.boolean().optional(),
  output: z.string().optional(),
  lang: z.enum(LANGS).optional(),
  tariff: z.array(z.string()).default([]),
  defaultTariffs: z.boolean(),
  rounding: z.enum(ROUNDING_MODES),
  excel: z.boolean().optional(),
  showNik: z.boolean().optional(),
  errors: z.enum(["text", "json"]),
  width: widthOption.optional(),
  sheet: z.string().optional(),
  color: z.union([z.enum(COLOR_CHOICES), z.literal(false)]).optional(),
  income: workerFieldOption(incomeField).optional(),
  programs: workerFieldOption(programsField).optional(),
  sector: z.string().optional(),
  funding: z.string().optional(),
  fundingMap: z.array(z.string()).default([]),
  segment: workerFieldOption(segmentField).optional(),
  wage: workerFieldOption(wageField).optional(),
  risk: workerFieldOption(riskClassField).optional(),
  belowFloor: z.enum(BELOW_FLOOR_CHOICES).default("error"),
});

export interface CommonSettings {
  format: Format;
  /** CSV meant for a spreadsheet in an Indonesian locale. */
  excel: boolean;
  output: string | undefined;
  /** Tables fit this many columns (a terminal's, or --width); null: the full table (piped, or to a file). */
  width: number | null;
  /** --show-nik (roster commands): the report may hold whole NIKs, so a new output file is its owner's alone. */
  showNik: boolean;
  lang: Lang;
  tariffFiles: string[];
  withBundledTariffs: boolean;
  rounding: RoundingMode;
  /** --below-floor: refuse a BPU income below the tariff's floor, or price the floor. */
  belowFloor: BelowFloor;
  /** Reads funding texts (flags, roster cells, small tables) into categories, with --funding-map applied. */
  fundingVocabulary: FundingVocabulary;
  /** What flags say about workers; a roster row's own values win over these. */
  worker: {
    income: bigint;
    programs: readonly Program[];
    sector: string;
    funding: string;
    segment: Segment;
    wage: bigint | null;
    riskClass: number | null;
  };
}

/** Validates with a schema; every problem becomes one usage error naming its option. */
export function parseOptions<T extends z.ZodType>(schema: T, options: unknown): z.output<T> {
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "");
    const flag = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    return name ? `--${flag}: ${issue.message}` : issue.message;
  });
  throw new UsageError(messages.join("\n"));
}

export function commonSettings(options: Record<string, unknown>): CommonSettings {
  const parsed = parseOptions(commonSchema, options);
  setErrorFormat(parsed.errors);
  setQuiet(parsed.quiet ?? false);
  const lang = parsed.lang ?? langFromEnvironment(process.env);
  setLang(lang);
  const fundingVocabulary = fundingVocabularyOf(parsed.fundingMap);
  chooseSheet(parsed.sheet);
  // "-o -" is standard output too.
  const surroundings = {
    env: process.env,
    isTerminal: process.stdout.isTTY === true,
    toStandardOutput: parsed.output === undefined || parsed.output === "-",
    columns: process.stdout.columns,
  };
  applyColourLevel(colourLevel(parsed.color, surroundings));
  const format = reportFormat(parsed.format, parsed.output, parsed.excel ?? false);
  // A workbook's bytes would garble a terminal: to a file, or through a pipe.
  if (format === "xlsx" && surroundings.toStandardOutput && surroundings.isTerminal) throw new UsageError(t("workbookOut.toTerminal"));
  return {
    format,
    excel: parsed.excel ?? false,
    output: parsed.output,
    width: tableWidthFor(parsed.width, surroundings),
    showNik: parsed.showNik ?? false,
    lang,
    tariffFiles: parsed.tariff,
    withBundledTariffs: parsed.defaultTariffs,
    rounding: parsed.rounding,
    belowFloor: parsed.belowFloor,
    fundingVocabulary,
    worker: {
      income: parsed.income ?? DEFAULT_INCOME,
      programs: parsed.programs ?? DEFAULT_PROGRAMS,
      sector: parsed.sector ?? "",
      funding: parsed.funding === undefined ? UNSTATED_FUNDING : fundingFlag(fundingVocabulary, parsed.funding),
      segment: parsed.segment ?? "BPU",
      wage: parsed.wage ?? null,
      riskClass: parsed.risk ?? null,
    },
  };
}

/** --lang as given on the command line (--lang id, --lang=en), read before commander parses anything. */
export function langFromArguments(argv: readonly string[]): Lang | undefined {
  const index = argv.findIndex((argument) => argument === "--lang" || argument.startsWith("--lang="));
  if (index < 0) return undefined;
  const value = argv[index]!.includes("=") ? argv[index]!.slice("--lang=".length) : argv[index + 1];
  return (LANGS as readonly string[]).includes(value ?? "") ? (value as Lang) : undefined;
}

/** The bundled funding categories with the user's local names (--funding-map "DBHCHT=APBD"). */
function fundingVocabularyOf(entries: readonly string[]): FundingVocabulary {
  const pairs = entries.map((entry) => {
    const [local, category] = entry.split(/=(.*)/s);
    if (!local?.trim() || !category?.trim()) throw new UsageError(t("usage.fundingMapShape", { entry: quoteCell(entry) }));
    return { local, category };
  });
  const mapped = bundledFundingVocabulary().withLocalNames(pairs);
  if ("reason" in mapped) throw new UsageError(`--funding-map: ${mapped.reason}`);
  return mapped.vocabulary;
}

/** --funding read like a roster's funding cell: a known category, or a usage error that lists them. */
function fundingFlag(vocabulary: FundingVocabulary, text: string): string {
  const reading = vocabulary.resolve(text);
  if (!reading.ok) throw new UsageError(t("usage.fundingFlag", { text: quoteCell(text), reason: reading.reason }));
  return reading.source;
}

/** The terms of identical workers described by flags alone (premium, headcount budgets, planning commands). */
export function flagTerms(settings: CommonSettings): WorkerTerms {
  const { worker } = settings;
  if (worker.segment === "BPU" && (worker.wage !== null || worker.riskClass !== null)) {
    throw new UsageError(t("usage.wageForBpu"));
  }
  return { ...worker };
}
