// --excel: a CSV that Excel in an Indonesian locale opens as columns and numbers: ';' between fields, a UTF-8
// BOM, a decimal comma in number columns; text that Excel would run as a formula (=, +, -, @, tab, CR first, or the
// full-width ＝＋－＠ Excel reads the same way) is prefixed with ', in the header row as in the data. Which columns
// are numbers is known by name, never guessed from a value (a kecamatan is text); a number there, negative ones
// included, stays a number, since Excel reads -5 as minus five and runs nothing. The header row is in the report's
// language, as people read it ("Orang-bulan", "JKK"), where the catalogue knows the column (a roster's own header
// stays). The command decides the rows: a budget adds its totals row and names its subtotal rows for people.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { PROGRAMS } from "../domain/program.js";
import type { MessageKey } from "../text/message.js";
import { tIn } from "../text/render.js";
import type { Lang } from "./format.js";

export const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  "workers",
  "worker_months",
  "jkk",
  "jkm",
  "jht",
  "jp",
  "total",
  "enrolled",
  "potential",
  "coverage_percent",
  "weight",
  "exact_share",
  "amount",
  "budget",
  "cost",
  "cost_per_worker",
  "leftover",
  "months",
  "reported",
  "reported_step",
  "computed",
  "difference",
  "tolerance",
  "implied_worker_months",
  "implied_workers",
  "implied_months",
  "year",
  "change",
  "difference_from_first",
  "additional_workers",
  "target",
  "coverage_before",
  "coverage_after",
  "rows_read",
  "rows_accepted",
  "rows_rejected",
]);
type ExcelHeadingKey = Extract<MessageKey, `report.excel.${string}`>;

/** The columns iuran writes, by their CSV name, and the catalogue key of their name in --excel's header row. */
const HEADING_KEYS: Readonly<Record<string, ExcelHeadingKey>> = {
  workers: "report.excel.workers",
  worker_months: "report.excel.workerMonths",
  total: "report.excel.total",
  enrolled: "report.excel.enrolled",
  potential: "report.excel.potential",
  coverage_percent: "report.excel.coveragePercent",
  weight: "report.excel.weight",
  exact_share: "report.excel.exactShare",
  month: "report.excel.month",
  program: "report.excel.program",
  amount: "report.excel.amount",
  basis: "report.excel.basis",
  reference: "report.excel.reference",
  relief: "report.excel.relief",
  label: "report.excel.label",
  reported: "report.excel.reported",
  computed: "report.excel.computed",
  difference: "report.excel.difference",
  tolerance: "report.excel.tolerance",
  status: "report.excel.status",
  months: "report.excel.months",
  start: "report.excel.start",
  implied_worker_months: "report.excel.impliedWorkerMonths",
  implied_workers: "report.excel.impliedWorkers",
  implied_months: "report.excel.impliedMonths",
  rate_basis: "report.excel.rateBasis",
  worker_month_cost: "report.excel.workerMonthCost",
  rate_changes: "report.excel.rateChanges",
  flags: "report.excel.flags",
  reported_step: "report.excel.reportedStep",
  slips: "report.excel.slips",
  scenario: "report.excel.scenario",
  year: "report.excel.year",
  change: "report.excel.change",
  difference_from_first: "report.excel.differenceFromFirst",
  budget: "report.excel.budget",
  cost_per_worker: "report.excel.costPerWorker",
  cost: "report.excel.cost",
  leftover: "report.excel.leftover",
  target: "report.excel.target",
  additional_workers: "report.excel.additionalWorkers",
  coverage_before: "report.excel.coverageBefore",
  coverage_after: "report.excel.coverageAfter",
  file: "report.excel.file",
  encoding: "report.excel.encoding",
  delimiter: "report.excel.delimiter",
  rows_read: "report.excel.rowsRead",
  rows_accepted: "report.excel.rowsAccepted",
  rows_rejected: "report.excel.rowsRejected",
  rows_skipped: "report.excel.rowsSkipped",
  name: "report.excel.name",
  district: "report.excel.district",
  village: "report.excel.village",
  occupation: "report.excel.occupation",
  sector: "report.excel.sector",
  funding: "report.excel.funding",
  segment: "report.excel.segment",
  programs: "report.excel.programs",
  income: "report.excel.income",
  wage: "report.excel.wage",
  risk_class: "report.excel.riskClass",
  window: "report.excel.window",
  months_before: "report.excel.monthsBefore",
  months_after: "report.excel.monthsAfter",
  units: "report.excel.units",
  quota_asked: "report.excel.quotaAsked",
  quota_funded: "report.excel.quotaFunded",
  workers_bought: "report.excel.workersBought",
  workers_funded: "report.excel.workersFunded",
  workers_given: "report.excel.workersGiven",
  workers_left_over: "report.excel.workersLeftOver",
  workers_needed: "report.excel.workersNeeded",
  workers_placed: "report.excel.workersPlaced",
  workers_short: "report.excel.workersShort",
  full_cost: "report.excel.fullCost",
  shortfall: "report.excel.shortfall",
  payer: "report.excel.payer",
};

/** Programme columns are named by their codes, as the tables head them. */
const PROGRAM_COLUMNS = new Set(PROGRAMS.map((program) => program.toLowerCase()));

/** A column's name in the header row of --excel: as people read it, in the report's language where iuran knows it. */
export function excelHeading(column: string, lang: Lang): string {
  if (PROGRAM_COLUMNS.has(column)) return column.toUpperCase();
  const key = Object.hasOwn(HEADING_KEYS, column) ? HEADING_KEYS[column] : undefined;
  return key === undefined ? column : tIn(lang, key);
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text Excel would evaluate is prefixed with ' so it stays text. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Rewrites the plain CSV iuran writes (comma, decimal point) for Excel; numbers keep their digits. */
export function csvForExcel(plain: string, lang: Lang): string {
  const [header = [], ...rows] = parse(plain, { relax_column_count: true }) as string[][];
  const numeric = header.map((name) => NUMBER_COLUMNS.has(name));
  const cell = (value: string, index: number) => (numeric[index] && NUMBER.test(value) ? value.replace(".", ",") : neutraliseFormula(value));
  return `\uFEFF${stringify([header.map((name) => neutraliseFormula(excelHeading(name, lang))), ...rows.map((row) => row.map(cell))], { delimiter: ";", record_delimiter: "windows" })}`;
}
