// Options every command shares, declared once and validated once with zod at the edge.
import { Command, Option } from "commander";
import { z } from "zod";
import { ROUNDING_MODES, parseRupiah, type RoundingMode } from "../domain/money.js";
import { MAX_MONTHS, parseMonth, parseMonthCount, type Month } from "../domain/month.js";
import { parsePrograms, type Program } from "../domain/program.js";
import { parseCount } from "../domain/count.js";
import { DEFAULT_INCOME, DEFAULT_PROGRAMS, parseRiskClass, parseSegment, type Segment, type WorkerTerms } from "../domain/worker.js";

import { LANGS, langFromEnvironment, type Lang } from "../report/format.js";
import { setErrorFormat } from "./diagnostics.js";
import { UsageError } from "./exit-codes.js";

export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --format, --output, --lang, --tariff, --no-default-tariffs, --rounding. */
export function withOutputOptions(command: Command): Command {
  return command
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("table"))
    .option("-o, --output <file>", "write the report to FILE (atomically) instead of standard output")
    .addOption(new Option("--lang <lang>", "language of tables: id (Rp 201.549.600) or en (Rp 201,549,600); default from LANG").choices(LANGS))
    .option("--tariff <file>", "an extra tariff or relief table (CSV); repeatable, later files override earlier rows", collect)
    .option("--no-default-tariffs", "leave out the bundled tariff and relief tables")
    .addOption(new Option("--rounding <mode>", "rounding of each worker-month-programme line to whole rupiah").choices(ROUNDING_MODES).default("half-up"))
    .option("--excel", "CSV for Excel in an Indonesian locale: ';' between columns, UTF-8 BOM, decimal comma, formulas neutralised")
    .addOption(new Option("--errors <format>", "input errors on standard error as text or as JSON lines").choices(["text", "json"]).default("text"));
}

/** --income, --programs, --sector, --funding, --segment, --wage, --risk: a worker's terms, or a roster's defaults. */
export function withWorkerOptions(command: Command): Command {
  return command
    .option("--income <rupiah>", "declared monthly income (BPU), e.g. 1000000 or 1.000.000 (default 1000000)")
    .option("--programs <list>", "programmes, e.g. jkk,jkm,jht (default jkk,jkm)")
    .option("--sector <sector>", "sector, e.g. transport (decides PP 50/2025 relief months)")
    .option("--funding <source>", "who pays: APBD, APBN, APB Nagari, APBDes, CSR, BAZNAS, mandiri…")
    .addOption(new Option("--segment <segment>", "BPU (informal workers) or PU (wage earners)").choices(["bpu", "pu", "BPU", "PU"]))
    .option("--wage <rupiah>", "monthly wage (PU)")
    .option("--risk <class>", "work-accident risk group 1–5 (PU)");
}

export const rupiahOption = z.string().transform((text, ctx) => {
  const parsed = parseRupiah(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `"${text}" ${parsed.reason}` });
    return z.NEVER;
  }
  return parsed.rupiah;
});

export const monthOption = z.string().transform((text, ctx): Month => {
  const month = parseMonth(text);
  if (month === undefined) {
    ctx.addIssue({ code: "custom", message: `expected a month like 2026-04, got "${text}"` });
    return z.NEVER;
  }
  return month;
});

/** A whole count from 0, as people write it (1333 or 1.333). */
export const wholeCountOption = z.string().transform((text, ctx) => {
  const parsed = parseCount(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `expected a whole number, got "${text}"` });
    return z.NEVER;
  }
  return parsed.count;
});

/** A whole count from 1, as people write it (1333 or 1.333). */
export const countOption = z.string().transform((text, ctx) => {
  const parsed = parseCount(text);
  if (!parsed.ok || parsed.count < 1) {
    ctx.addIssue({ code: "custom", message: `expected a whole number from 1, got "${text}"` });
    return z.NEVER;
  }
  return parsed.count;
});

export const monthCountOption = z.string().transform((text, ctx) => {
  const months = parseMonthCount(text);
  if (months === undefined) {
    ctx.addIssue({ code: "custom", message: `expected a whole number of months from 1 to ${MAX_MONTHS}, got "${text}"` });
    return z.NEVER;
  }
  return months;
});

const programs = z.string().transform((text, ctx): Program[] => {
  const parsed = parsePrograms(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: `"${text}" ${parsed.reason}` });
    return z.NEVER;
  }
  return parsed.programs;
});

const commonSchema = z.object({
  format: z.enum(FORMATS),
  output: z.string().optional(),
  lang: z.enum(LANGS).optional(),
  tariff: z.array(z.string()).default([]),
  defaultTariffs: z.boolean(),
  rounding: z.enum(ROUNDING_MODES),
  excel: z.boolean().optional(),
  showNik: z.boolean().optional(),
  errors: z.enum(["text", "json"]),
  income: rupiahOption.optional(),
  programs: programs.optional(),
  sector: z.string().optional(),
  funding: z.string().optional(),
  segment: z
    .string()
    .transform((text) => parseSegment(text)!)
    .optional(),
  wage: rupiahOption.optional(),
  risk: z
    .string()
    .transform((text, ctx) => {
      const risk = parseRiskClass(text);
      if (risk === undefined) {
        ctx.addIssue({ code: "custom", message: `expected a risk class 1 to 5, got "${text}"` });
        return z.NEVER;
      }
      return risk;
    })
    .optional(),
});

export interface CommonSettings {
  format: Format;
  /** CSV meant for a spreadsheet in an Indonesian locale. */
  excel: boolean;
  output: string | undefined;
  /** --show-nik (roster commands): the report may hold whole NIKs, so a new output file is its owner's alone. */
  showNik: boolean;
  lang: Lang;
  tariffFiles: string[];
  withBundledTariffs: boolean;
  rounding: RoundingMode;
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
  return {
    format: parsed.format,
    excel: parsed.excel ?? false,
    output: parsed.output,
    showNik: parsed.showNik ?? false,
    lang: parsed.lang ?? langFromEnvironment(process.env),
    tariffFiles: parsed.tariff,
    withBundledTariffs: parsed.defaultTariffs,
    rounding: parsed.rounding,
    worker: {
      income: parsed.income ?? DEFAULT_INCOME,
      programs: parsed.programs ?? DEFAULT_PROGRAMS,
      sector: parsed.sector ?? "",
      funding: parsed.funding ?? "",
      segment: parsed.segment ?? "BPU",
      wage: parsed.wage ?? null,
      riskClass: parsed.risk ?? null,
    },
  };
}

/** The terms of identical workers described by flags alone (premium, headcount budgets, planning commands). */
export function flagTerms(settings: CommonSettings): WorkerTerms {
  const { worker } = settings;
  if (worker.segment === "BPU" && (worker.wage !== null || worker.riskClass !== null)) {
    throw new UsageError("--wage and --risk are for wage earners: add --segment pu");
  }
  return { ...worker };
}
