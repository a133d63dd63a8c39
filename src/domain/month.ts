// A calendar month as a single integer (year × 12 + month − 1), so ranges and lookups are plain comparisons.

export type Month = number;

const MONTH_TEXT = /^(\d{4})-(\d{1,2})$/;

/** Contributions began in the 1970s; a year outside FIRST_YEAR–LAST_YEAR is a typing slip, not a plan. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function parseMonth(text: string): Month | undefined {
  const match = MONTH_TEXT.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  return monthOf(year, month);
}

/**
 * Month names as officers and Excel write them, Indonesian and English, full and abbreviated (lower case). Excel's
 * Indonesian locale abbreviates Agustus as "Agu" (older files "Agt"), Nopember as "Nop".
 */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, "januari", "january", "jan"],
      [2, "februari", "pebruari", "february", "feb", "peb"],
      [3, "maret", "march", "mar", "mrt"],
      [4, "april", "apr"],
      [5, "mei", "may"],
      [6, "juni", "june", "jun"],
      [7, "juli", "july", "jul"],
      [8, "agustus", "august", "agu", "agt", "ags", "aug"],
      [9, "september", "sep", "sept"],
      [10, "oktober", "october", "okt", "oct"],
      [11, "november", "nopember", "nov", "nop"],
      [12, "desember", "december", "des", "dec"],
    ] as const
  ).flatMap(([month, ...names]) => names.map((name) => [name, month] as const)),
);

/** Why a text is no month: the caller words it (a roster cell and a flag say the same). */
export type MonthProblem =
  | { kind: "unknown" }
  | { kind: "noYear" }
  | { kind: "bareYear"; year: number }
  | { kind: "twoDigitYear" }
  | { kind: "usOrder"; day: number; month: number; year: number }
  | { kind: "notADate"; day: number; month: number; year: number }
  | { kind: "yearOutOfRange"; year: number };

export type MonthReading = { ok: true; month: Month } | { ok: false; problem: MonthProblem };

const SEPARATOR = "[-/. ]";
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const MONTH_YEAR = new RegExp(`^(\\d{1,2})${SEPARATOR}(\\d{4})$`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(${SEPARATOR})(\\d{1,2})\\2(\\d{2}|\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?$`);
const NAME_YEAR = new RegExp(`^([a-z]+)\\.?${SEPARATOR}?\\s*(\\d{2}|\\d{4})$`);
const DAY_NAME_YEAR = new RegExp(`^(\\d{1,2})${SEPARATOR}\\s*([a-z]+)\\.?${SEPARATOR}\\s*(\\d{4})$`);
/** Excel's d-mmm-yy format ("1-Jan-27"): two-digit years only in this exact form, as for mmm-yy. */
const EXCEL_DAY_NAME_YY = /^(\d{1,2})-([a-z]+)-(\d{2})$/;

/**
 * Reads a month in the forms Indonesian offices and Excel write: 2027-01, 2027-01-15, 01/2027, 1/2027, 15/01/2027
 * (day/month/year, with "/", "-" or "."), Januari 2027, Jan 2027, januari-2027, Jan-27 (Excel's mmm-yy), 1-Jan-27
 * (Excel's d-mmm-yy), 15 Januari 2027, English month names too. A full date stands for the month containing it. A bare year (2027) is January of
 * that year only when `bareYear` says so (the --start flag); in a roster cell it is refused.
 */
export function readMonth(text: string, options: { bareYear?: boolean } = {}): MonthReading {
  const value = text.trim().toLowerCase().replace(/\s+/g, " ");
  const iso = parseMonth(value);
  if (iso !== undefined) return { ok: true, month: iso };
  if (MONTH_TEXT.test(value)) return checkedMonth(Number(value.slice(0, 4)), Number(value.slice(5)));
  const isoDate = ISO_DATE.exec(value);
  if (isoDate) return checkedDate(Number(isoDate[3]), Number(isoDate[2]), Number(isoDate[1]));
  const monthYear = MONTH_YEAR.exec(value);
  if (monthYear) return checkedMonth(Number(monthYear[2]), Number(monthYear[1]));
  const dayMonthYear = DAY_MONTH_YEAR.exec(value);
  if (dayMonthYear) {
    // d/m/yy: both the century and (to an eye used to US files) the order are guesses.
    if (dayMonthYear[4]!.length === 2) return problem({ kind: "twoDigitYear" });
    const [day, month, year] = [Number(dayMonthYear[1]), Number(dayMonthYear[3]), Number(dayMonthYear[4])];
    if (month > 12 && day >= 1 && day <= 12 && month <= 31) return problem({ kind: "usOrder", day: month, month: day, year });
    return checkedDate(day, month, year);
  }
  const nameYear = NAME_YEAR.exec(value);
  if (nameYear) {
    const month = MONTH_NAMES.get(nameYear[1]!);
    if (month === undefined) return problem({ kind: "unknown" });
    const yearText = nameYear[2]!;
    if (yearText.length === 2) {
      // Excel's mmm-yy format ("Jan-27"): Excel reads 00–29 as 2000–2029 and 30–99 as 1930–1999, which no budget
      // means, so those are refused rather than moved to this century. Elsewhere two digits are a guess.
      const yy = Number(yearText);
      return /^[a-z]+-\d{2}$/.test(value) && yy < 30 ? checkedMonth(2000 + yy, month) : problem({ kind: "twoDigitYear" });
    }
    return checkedMonth(Number(yearText), month);
  }
  const excelDayNameYy = EXCEL_DAY_NAME_YY.exec(value);
  if (excelDayNameYy) {
    const month = MONTH_NAMES.get(excelDayNameYy[2]!);
    if (month === undefined) return problem({ kind: "unknown" });
    // As for mmm-yy: Excel reads 30–99 as 1930–1999, so those are refused, not moved to this century.
    const yy = Number(excelDayNameYy[3]);
    return yy < 30 ? checkedDate(Number(excelDayNameYy[1]), month, 2000 + yy) : problem({ kind: "twoDigitYear" });
  }
  const dayNameYear = DAY_NAME_YEAR.exec(value);
  if (dayNameYear) {
    const month = MONTH_NAMES.get(dayNameYear[2]!);
    return month === undefined ? problem({ kind: "unknown" }) : checkedDate(Number(dayNameYear[1]), month, Number(dayNameYear[3]));
  }
  if (MONTH_NAMES.has(value.replace(/\.$/, ""))) return problem({ kind: "noYear" });
  if (/^\d{4}$/.test(value)) {
    const year = Number(value);
    if (!options.bareYear) return problem({ kind: "bareYear", year });
    return checkedMonth(year, 1);
  }
  return problem({ kind: "unknown" });
}

/**
 * The order a numeric day/month/year date shows: "dayFirst" when only that order gives a date (31/12/2026),
 * "monthFirst" when only month/day/year does (12/31/2026, refused), "either" when both would (03/04/2027: read as
 * 3 April, but 4 March in a US file); undefined for any other form, or a day equal to its month.
 */
export function numericDateOrder(text: string): "dayFirst" | "monthFirst" | "either" | undefined {
  const match = DAY_MONTH_YEAR.exec(text.trim().toLowerCase().replace(/\s+/g, " "));
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[3])];
  if (first === second || first < 1 || second < 1) return undefined;
  if (first > 12 && second <= 12) return "dayFirst";
  if (second > 12 && first <= 12) return "monthFirst";
  return first <= 12 && second <= 12 ? "either" : undefined;
}

function problem(found: MonthProblem): MonthReading {
  return { ok: false, problem: found };
}

function checkedMonth(year: number, month: number): MonthReading {
  if (month < 1 || month > 12) return problem({ kind: "unknown" });
  if (year < FIRST_YEAR || year > LAST_YEAR) return problem({ kind: "yearOutOfRange", year });
  return { ok: true, month: monthOf(year, month) };
}

function checkedDate(day: number, month: number, year: number): MonthReading {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return problem({ kind: "notADate", day, month, year });
  return checkedMonth(year, month);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The two date systems of Excel workbooks: 1900 (Windows, the default) and 1904 (old Mac workbooks). */
export type ExcelDateSystem = 1900 | 1904;

/**
 * The month of an Excel serial date number (the day count a date-typed cell holds; a time of day is the fraction).
 * In the 1900 system, serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60, kept for
 * Lotus 1-2-3): that serial is refused as no date, and serials from 61 on are one day ahead of a true count. In the
 * 1904 system, serial 0 is 1904-01-01. Undefined for no date (0 or less in 1900, negative, not finite) or a year
 * outside FIRST_YEAR–LAST_YEAR.
 */
export function monthOfExcelSerial(serial: number, system: ExcelDateSystem = 1900): Month | undefined {
  const date = dateOfExcelSerial(serial, system);
  return date && date.year >= FIRST_YEAR && date.year <= LAST_YEAR ? monthOf(date.year, date.month) : undefined;
}

/**
 * The day of an Excel serial date number, by the rules of monthOfExcelSerial (any year up to 9999); undefined for no
 * date. The time of day is dropped.
 */
export function dateOfExcelSerial(serial: number, system: ExcelDateSystem = 1900): { year: number; month: number; day: number } | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  let daysSince1970: number;
  if (system === 1904) {
    if (day < 0) return undefined;
    daysSince1970 = day + DAYS_1970_TO_1904;
  } else {
    if (day < 1 || day === 60) return undefined;
    // Serial 1 is 1900-01-01 (day 0 = 1899-12-31); from 61 on, one day too many is counted.
    daysSince1970 = (day < 60 ? day : day - 1) + DAYS_1970_TO_1899_12_31;
  }
  const date = civilFromDays(daysSince1970);
  return date.year <= 9999 ? date : undefined;
}

/** An Excel serial date as ISO text (2022-04-01), as a CSV export of the cell would give it; undefined for no date. */
export function isoDateOfExcelSerial(serial: number, system: ExcelDateSystem = 1900): string | undefined {
  const date = dateOfExcelSerial(serial, system);
  if (!date) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(date.year).padStart(4, "0")}-${two(date.month)}-${two(date.day)}`;
}

/** 1899-12-31 and 1904-01-01 as days from 1970-01-01. */
const DAYS_1970_TO_1899_12_31 = -25568;
const DAYS_1970_TO_1904 = -24107;

/** Year and month of a day count from 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function monthOf(year: number, month: number): Month {
  return year * 12 + (month - 1);
}

export function yearOf(month: Month): number {
  return Math.floor(month / 12);
}

/** 1 for January … 12 for December. */
export function calendarMonthOf(month: Month): number {
  return (month % 12) + 1;
}

export function formatMonth(month: Month): string {
  return `${yearOf(month)}-${String(calendarMonthOf(month)).padStart(2, "0")}`;
}

/**
 * A budget longer than a century is a typing slip. With MAX_WORKERS (count.ts), worker-months stay below 3.6 × 10^11,
 * an exact JavaScript integer.
 */
export const MAX_MONTHS = 1200;

/** A number of months, 1 to MAX_MONTHS. */
export function parseMonthCount(text: string): number | undefined {
  const trimmed = text.trim();
  // At most four digits, so Number() reads it exactly before the range is checked.
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const months = Number(trimmed);
  return months >= 1 && months <= MAX_MONTHS ? months : undefined;
}
