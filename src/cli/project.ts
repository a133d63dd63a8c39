// iuran project: a multi-year scenario table, from flags or scenario CSVs, side by side.
import { basename } from "node:path";
import chalk from "chalk";
import { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { Pricer } from "../domain/contribution.js";
import { parseCount } from "../domain/count.js";
import { Dec, parsePlainDecimal } from "../domain/money.js";
import { FIRST_YEAR, LAST_YEAR, parseMonthCount } from "../domain/month.js";
import { jsonForTerminal, quoteCell, safeData, safeInline } from "../domain/personal-data.js";
import { PROGRAMS, type Program } from "../domain/program.js";
import {
  GROWTH_PLACES,
  growthPlans,
  MAX_GROWTH_PERCENT,
  MAX_PROJECTION_YEARS,
  MIN_GROWTH_PERCENT,
  project,
  ProjectionError,
  type YearPlan,
  type YearResult,
} from "../domain/projection.js";
import { incomeField } from "../domain/worker-fields.js";
import { InvalidInput } from "../io/input-error.js";
import { cellOf, columnIndex, optionalColumnIndex, readTable, TableErrors, completeRows, refuseMisspeltColumns } from "../io/table-file.js";
import { formatCount, formatRupiah } from "../report/format.js";
import { t, tIn } from "../text/render.js";
import { metaAsJson, type RunContext } from "../report/meta.js";
import { notesAsText } from "../report/notes.js";
import { fittedTable, type Row, type TableColumn } from "../report/table.js";
import { wrapText } from "../report/width.js";
import { examplesText } from "./commander-texts.js";
import { emit, loadSettingsTariffs, runContext } from "./context.js";
import { exampleFiles, repeatableExampleOption } from "./examples.js";
import { UsageError } from "./exit-codes.js";
import { commonSettings, countOption, flagTerms, parseOptions, withOutputOptions, withWorkerOptions, type CommonSettings } from "./options.js";

// The percent sign is required: "0.1" could mean 0.1 % or 10 %.
const growthOption = z.string().transform((text, ctx): Dec => {
  const match = /^([+-]?)(\d+(?:[.,]\d+)?)%$/.exec(text.trim());
  const magnitude = match ? parsePlainDecimal(match[2]!.replace(",", ".")) : undefined;
  if (!match || !magnitude) {
    ctx.addIssue({ code: "custom", message: t("usage.growth", { text: quoteCell(text) }) });
    return z.NEVER;
  }
  const percent = match[1] === "-" ? magnitude.negated() : magnitude;
  if (!percent.greaterThan(MIN_GROWTH_PERCENT)) {
    ctx.addIssue({ code: "custom", message: t("usage.growthTooLow", { text, min: MIN_GROWTH_PERCENT }) });
    return z.NEVER;
  }
  if (percent.greaterThan(MAX_GROWTH_PERCENT)) {
    ctx.addIssue({ code: "custom", message: t("usage.growthTooHigh", { text, max: MAX_GROWTH_PERCENT }) });
    return z.NEVER;
  }
  if (percent.decimalPlaces() > GROWTH_PLACES) {
    ctx.addIssue({ code: "custom", message: t("usage.growthPlaces", { text, places: GROWTH_PLACES }) });
    return z.NEVER;
  }
  // Exact: a percent with at most GROWTH_PLACES decimals, divided by 100.
  return percent.dividedBy(100);
});

const monthsInYear = z.string().transform((text, ctx) => {
  const months = parseMonthCount(text);
  if (months === undefined || months > 12) {
    ctx.addIssue({ code: "custom", message: t("usage.monthsInYear", { text: quoteCell(text) }) });
    return z.NEVER;
  }
  return months;
});

/** A calendar year in the range months are read in. */
function parseYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text.trim())) return undefined;
  const year = Number(text.trim());
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

const yearOption = z.string().transform((text, ctx) => {
  const year = parseYear(text);
  if (year === undefined) {
    ctx.addIssue({ code: "custom", message: t("usage.year", { first: FIRST_YEAR, last: LAST_YEAR, text: quoteCell(text) }) });
    return z.NEVER;
  }
  return year;
});

const yearsOption = z.string().transform((text, ctx) => {
  const parsed = parseCount(text);
  if (!parsed.ok || parsed.count < 1 || parsed.count > MAX_PROJECTION_YEARS) {
    ctx.addIssue({ code: "custom", message: t("usage.years", { max: MAX_PROJECTION_YEARS, text: quoteCell(text) }) });
    return z.NEVER;
  }
  return parsed.count;
});

const projectSchema = z.object({
  from: yearOption.optional(),
  years: yearsOption.optional(),
  workers: countOption.optional(),
  growth: growthOption.optional(),
  months: monthsInYear.optional(),
  scenario: z.array(z.string()).default([]),
});

interface Scenario {
  name: string;
  file?: { file: string; sha256: string };
  years: YearResult[];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function projectCommand(): Command {
  const command = new Command("project")
    .summary(t("projectHelp.summary"))
    .description(t("projectHelp.description"))
    .option("--from <year>", t("projectHelp.from"))
    .option("--years <n>", t("projectHelp.years"))
    .option("--workers <n>", t("projectHelp.workers"))
    .option("--growth <percent>", t("projectHelp.growth"))
    .option("--months <n>", t("projectHelp.months"))
    .option("--scenario <file>", t("projectHelp.scenario"), collect)
    .addOption(repeatableExampleOption("scenario"));
  withWorkerOptions(command);
  withOutputOptions(command);
  command.addHelpText(
    "after",
    examplesText([
      "project --from 2026 --years 5 --workers 16590 --growth 10% --months 12 --funding APBD",
      "project --example steady --example expand",
    ]),
  );
  command.action(async (options: Record<string, unknown>) => {
    const settings = commonSettings(options);
    const parsed = parseOptions(projectSchema, options);
    parsed.scenario = [...parsed.scenario, ...exampleFiles((options.example as string[] | undefined) ?? [], "scenario", "project")];
    const tariffs = await loadSettingsTariffs(settings);
    const pricer = new Pricer(tariffs.book, settings.rounding, settings.belowFloor);
    const scenarios: Scenario[] = [];
    if (parsed.scenario.length > 0) {
      const stray = (["from", "workers", "growth", "months"] as const).filter((name) => parsed[name] !== undefined);
      if (stray.length > 0) throw new UsageError(t("usage.scenarioAndFlags", { flags: stray.map((name) => `--${name}`) }));
      for (const file of parsed.scenario) {
        const loaded = await readScenario(file, settings);
        // The name is the file's, as typed: shown like any input text.
        scenarios.push({ name: safeInline(basename(file).replace(/\.csv$/i, ""), false), file: { file, sha256: loaded.sha256 }, years: project(pricer, loaded.plans) });
      }
    } else {
      if (parsed.from === undefined || parsed.workers === undefined) throw new UsageError(t("usage.projectNeeds"));
      const years = parsed.years ?? 5;
      if (parsed.from + years - 1 > LAST_YEAR) throw new UsageError(t("usage.yearsPastLast", { years, from: parsed.from, last: LAST_YEAR }));
      let plans: YearPlan[];
      try {
        plans = growthPlans(parsed.from, years, parsed.workers, parsed.growth ?? new Dec(0), parsed.months ?? 12, flagTerms(settings));
      } catch (error) {
        if (error instanceof ProjectionError) throw new UsageError(`--growth: ${error.message}`);
        throw error;
      }
      // The one scenario's name only appears in CSV output, as an identifier.
      scenarios.push({ name: "scenario", years: project(pricer, plans) });
    }
    const used = pricer.used();
    const programs = PROGRAMS.filter((program) => used.tariffs.some((row) => row.program === program));
    const context = runContext(settings, tariffs, used, scenarios.flatMap((scenario) => (scenario.file ? [scenario.file] : [])));
    await emit(
      settings,
      {
        table: () => projectionAsTable(scenarios, programs, context),
        csv: () => projectionAsCsv(scenarios, programs),
        json: () => projectionAsJson(scenarios, programs, context),
      },
      context,
    );
  });
  return command;
}

async function readScenario(file: string, settings: CommonSettings): Promise<{ plans: YearPlan[]; sha256: string }> {
  const table = await readTable(file);
  const errors = new TableErrors(table);
  const column = {
    year: columnIndex(table, "year", ["tahun"]),
    workers: columnIndex(table, "workers", ["pekerja", "jumlahpekerja"]),
    months: optionalColumnIndex(table, "months", ["bulan", "jumlahbulan"]),
    income: optionalColumnIndex(table, "income", ["penghasilan"]),
    sector: optionalColumnIndex(table, "sector", ["sektor"]),
    funding: optionalColumnIndex(table, "funding", ["sumberdana"]),
  };
  refuseMisspeltColumns(table, ["months", "bulan", "jumlahbulan", "income", "penghasilan", "sector", "sektor", "funding", "sumberdana"]);
  const base = flagTerms(settings);
  const entries: { plan: YearPlan; line: number }[] = [];
  for (const row of completeRows(table, errors)) {
    const yearText = cellOf(row, column.year);
    const year = parseYear(yearText);
    const workers = parseCount(cellOf(row, column.workers));
    const monthsText = cellOf(row, column.months);
    const months = monthsText === "" ? 12 : parseMonthCount(monthsText);
    const incomeText = cellOf(row, column.income);
    // The income cell is read as a roster's income column is.
    const income = incomeText === "" ? { ok: true as const, value: base.income } : incomeField(incomeText);
    if (year === undefined) errors.add(row, column.year, "INVALID_MONTH", t("scenarioFile.year", { first: FIRST_YEAR, last: LAST_YEAR, text: quoteCell(yearText) }));
    if (!workers.ok) errors.add(row, column.workers, "INVALID_COUNT", `workers ${quoteCell(cellOf(row, column.workers))} ${workers.reason}`);
    if (months === undefined || months > 12) errors.add(row, column.months, "INVALID_MONTHS", t("scenarioFile.months", { text: quoteCell(monthsText) }));
    if (!income.ok) errors.add(row, column.income, income.code, income.message);
    // The funding cell is read as a roster's funding column is: a category, or an error naming the categories.
    const fundingText = cellOf(row, column.funding);
    const funding = fundingText === "" ? { ok: true as const, source: base.funding } : settings.fundingVocabulary.resolve(fundingText);
    if (!funding.ok) errors.add(row, column.funding, "UNKNOWN_FUNDING", `funding ${quoteCell(fundingText)} ${funding.reason}`);
    if (year !== undefined && workers.ok && months !== undefined && months <= 12 && income.ok && funding.ok) {
      const terms = { ...base, income: income.value, sector: cellOf(row, column.sector) || base.sector, funding: funding.source || base.funding };
      entries.push({ plan: { year, workers: workers.count, months, terms }, line: row.line });
    }
  }
  errors.throwIfAny();

  entries.sort((a, b) => a.plan.year - b.plan.year || a.line - b.line);
  // "Change against the previous year" needs one row per year, with no year missing in between.
  for (let index = 1; index < entries.length; index++) {
    const [previous, current] = [entries[index - 1]!.plan, entries[index]!.plan];
    if (current.year !== previous.year + 1) {
      const line = entries[index]!.line;
      const problem = current.year === previous.year ? t("scenarioFile.yearTwice", { year: current.year }) : t("scenarioFile.yearGap", { year: current.year, previous: previous.year });
      throw new InvalidInput([{ file, line, column: (column.year ?? 0) + 1, code: current.year === previous.year ? "DUPLICATE_KEY" : "INVALID_MONTH", message: problem }], 1);
    }
  }
  if (entries.length === 0) throw new InvalidInput([{ file, line: 1, column: 0, code: "MISSING_VALUE", message: t("scenarioFile.empty") }], 1);
  // The years follow each other once each, so the year after the last one allowed is the first too many.
  if (entries.length > MAX_PROJECTION_YEARS) {
    const { plan, line } = entries[MAX_PROJECTION_YEARS]!;
    const message = t("scenarioFile.tooManyYears", { year: plan.year, position: MAX_PROJECTION_YEARS + 1, max: MAX_PROJECTION_YEARS });
    throw new InvalidInput([{ file, line, column: (column.year ?? 0) + 1, code: "INVALID_MONTH", message }], 1);
  }
  return { plans: entries.map((entry) => entry.plan), sha256: table.sha256 };
}

function amountOf(result: YearResult, program: Program): bigint {
  return result.amounts[PROGRAMS.indexOf(program)]!;
}

function yearsAsJson(years: readonly YearResult[], programs: readonly Program[]) {
  return years.map((year) => ({
    year: year.year,
    workers: year.workers,
    workerMonths: year.workerMonths,
    amounts: Object.fromEntries(programs.map((program) => [program, amountOf(year, program).toString()])),
    total: year.total.toString(),
    change: year.change?.toString() ?? null,
  }));
}

function sum(years: readonly YearResult[]): bigint {
  return years.reduce((total, year) => total + year.total, 0n);
}

/** The totals of a scenario, in the shape a budget's total has (minus workers, which differ year to year). */
function totalAsJson(years: readonly YearResult[], programs: readonly Program[]) {
  return {
    workerMonths: years.reduce((months, year) => months + year.workerMonths, 0),
    amounts: Object.fromEntries(programs.map((program) => [program, years.reduce((total, year) => total + amountOf(year, program), 0n).toString()])),
    total: sum(years).toString(),
  };
}

/** Sum over the years both scenarios have, so a difference never compares different sets of years. */
function sumOverCommonYears(scenario: Scenario, other: Scenario): bigint {
  return scenario.years.filter((year) => other.years.some((candidate) => candidate.year === year.year)).reduce((total, year) => total + year.total, 0n);
}

/** Year by year, the difference of a scenario against the first (for the years both have). */
function differenceFromFirst(first: Scenario, other: Scenario) {
  return other.years.map((year) => {
    const base = first.years.find((candidate) => candidate.year === year.year);
    return { year: year.year, difference: base === undefined ? null : year.total - base.total };
  });
}

function projectionAsJson(scenarios: readonly Scenario[], programs: readonly Program[], context: RunContext): string {
  const [first] = scenarios;
  const body: Record<string, unknown> = {
    meta: metaAsJson(context),
    years: yearsAsJson(first!.years, programs),
    total: totalAsJson(first!.years, programs),
  };
  if (scenarios.length > 1) {
    body.scenarios = scenarios.map((scenario) => ({
      name: scenario.name,
      file: scenario.file ? safeData(scenario.file.file, context.showNik) : null,
      years: yearsAsJson(scenario.years, programs),
      total: totalAsJson(scenario.years, programs),
      differenceFromFirst: differenceFromFirst(first!, scenario).map((entry) => ({ year: entry.year, difference: entry.difference?.toString() ?? null })),
      totalDifferenceFromFirst: (sumOverCommonYears(scenario, first!) - sumOverCommonYears(first!, scenario)).toString(),
    }));
  }
  return `${jsonForTerminal(JSON.stringify(body, null, 2))}\n`;
}

function projectionAsCsv(scenarios: readonly Scenario[], programs: readonly Program[]): string {
  const [first] = scenarios;
  const header = ["scenario", "year", "workers", "worker_months", ...programs.map((program) => program.toLowerCase()), "total", "change", "difference_from_first"];
  const rows = scenarios.flatMap((scenario) => {
    const differences = differenceFromFirst(first!, scenario);
    return scenario.years.map((year, index) => [
      scenario.name,
      year.year,
      year.workers,
      year.workerMonths,
      ...programs.map((program) => amountOf(year, program).toString()),
      year.total.toString(),
      year.change?.toString() ?? "",
      differences[index]!.difference?.toString() ?? "",
    ]);
  });
  return stringify([header, ...rows]);
}

function projectionAsTable(scenarios: readonly Scenario[], programs: readonly Program[], context: RunContext): string {
  const { lang } = context;
  const [first] = scenarios;
  const money = (amount: bigint | null) => (amount === null ? "" : formatRupiah(amount, lang));
  let table: string;
  if (scenarios.length === 1) {
    const head = [
      tIn(lang, "report.label.year"),
      tIn(lang, "report.label.workers"),
      tIn(lang, "report.label.workerMonths"),
      ...programs,
      tIn(lang, "report.label.total"),
      tIn(lang, "report.label.change"),
    ];
    const body = first!.years.map((year) => [
      String(year.year),
      formatCount(year.workers, lang),
      formatCount(year.workerMonths, lang),
      ...programs.map((program) => formatRupiah(amountOf(year, program), lang)),
      formatRupiah(year.total, lang),
      money(year.change),
    ]);
    const totals = [
      tIn(lang, "report.label.total"),
      "",
      formatCount(first!.years.reduce((months, year) => months + year.workerMonths, 0), lang),
      ...programs.map((program) => formatRupiah(first!.years.reduce((total, year) => total + amountOf(year, program), 0n), lang)),
      formatRupiah(sum(first!.years), lang),
      "",
    ];
    // Narrow: the programmes fold into the total first, then worker-months go, then the change, then workers.
    const priorities = [undefined, 4, 2, ...programs.map(() => 1), undefined, 3];
    const columns = head.map((heading, index): TableColumn => ({ heading, align: index === 0 ? "left" : "right", ...(priorities[index] === undefined ? {} : { priority: priorities[index] }) }));
    table = fittedTable(columns, body, totals, context.width, lang).text;
  } else {
    const years = [...new Set(scenarios.flatMap((scenario) => scenario.years.map((year) => year.year)))].sort((a, b) => a - b);
    const head = [
      tIn(lang, "report.label.year"),
      ...scenarios.flatMap((scenario) => [
        tIn(lang, "planning.project.scenarioWorkers", { scenario: scenario.name }),
        tIn(lang, "planning.project.scenarioTotal", { scenario: scenario.name }),
      ]),
      ...scenarios.slice(1).map((scenario) => `${scenario.name} − ${first!.name}`),
    ];
    const body = years.map((year) => {
      const of = (scenario: Scenario) => scenario.years.find((candidate) => candidate.year === year);
      return [
        String(year),
        ...scenarios.flatMap((scenario) => {
          const result = of(scenario);
          return result ? [formatCount(result.workers, lang), formatRupiah(result.total, lang)] : ["", ""];
        }),
        ...scenarios.slice(1).map((scenario) => {
          const result = of(scenario);
          const base = of(first!);
          return result && base ? formatRupiah(result.total - base.total, lang) : "";
        }),
      ];
    });
    const totals = [
      tIn(lang, "report.label.total"),
      ...scenarios.flatMap((scenario) => ["", formatRupiah(sum(scenario.years), lang)]),
      ...scenarios.slice(1).map((scenario) => formatRupiah(sumOverCommonYears(scenario, first!) - sumOverCommonYears(first!, scenario), lang)),
    ];
    // Narrow: each scenario's workers go first, then the differences; the years and totals always show. Too many
    // scenarios for the width: one after the other instead of side by side.
    const priorities = [undefined, ...scenarios.flatMap(() => [1, undefined]), ...scenarios.slice(1).map(() => 2)];
    const columns = head.map((heading, index): TableColumn => ({ heading, align: index === 0 ? "left" : "right", ...(priorities[index] === undefined ? {} : { priority: priorities[index] }) }));
    const sideBySide = fittedTable(columns, body, totals, context.width, lang);
    table = sideBySide.layout.fits ? sideBySide.text : scenariosOneAfterAnother(scenarios, context);
  }
  const subtitle = tIn(lang, "planning.project.subtitle");
  const fit = (text: string) => wrapText(text, context.width);
  return [fit(chalk.bold(tIn(lang, "planning.project.title"))), fit(subtitle), table, notesAsText(context), ""].join("\n");
}

/** Each scenario under a line of its own: its years, then its total, with the difference against the first. */
function scenariosOneAfterAnother(scenarios: readonly Scenario[], context: RunContext): string {
  const { lang } = context;
  const [first] = scenarios;
  const money = (amount: bigint | null) => (amount === null ? "" : formatRupiah(amount, lang));
  const columns: TableColumn[] = [
    { heading: tIn(lang, "report.label.year"), align: "left" },
    { heading: tIn(lang, "report.label.workers"), align: "right", priority: 1 },
    { heading: tIn(lang, "report.label.total"), align: "right" },
    { heading: tIn(lang, "layout.differenceFromFirst", { first: first!.name }), align: "right", priority: 2, minWidth: 12, cutPriority: 2 },
  ];
  const body = scenarios.flatMap((scenario, index): Row[] => {
    const differences = differenceFromFirst(first!, scenario);
    const against = (amount: bigint | null) => (index === 0 ? "" : money(amount));
    return [
      { section: scenario.name },
      ...scenario.years.map((year, yearIndex) => [String(year.year), formatCount(year.workers, lang), formatRupiah(year.total, lang), against(differences[yearIndex]!.difference)]),
      [tIn(lang, "report.label.total"), "", formatRupiah(sum(scenario.years), lang), against(sumOverCommonYears(scenario, first!) - sumOverCommonYears(first!, scenario))].map((cell) => (cell === "" ? "" : chalk.bold(cell))),
    ];
  });
  return fittedTable(columns, body, undefined, context.width, lang).text;
}
