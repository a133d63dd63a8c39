// Formatting for people: rupiah, counts and months in Indonesian or English, and the headings of grouping columns.
// Words come from the message catalogues (src/text).
import type { MessageKey } from "../text/message.js";
import { tIn } from "../text/render.js";
import type { Lang } from "../text/format.js";

export {
  formatCount,
  formatDecimal,
  formatFixed,
  formatMonthName,
  formatRupiah,
  langFromEnvironment,
  LANGS,
  type Lang,
} from "../text/format.js";

type ColumnHeadingKey = Extract<MessageKey, `report.column.${string}`>;

const COLUMN_HEADINGS: Readonly<Record<string, ColumnHeadingKey>> = {
  district: "report.column.district",
  village: "report.column.village",
  occupation: "report.column.occupation",
  sector: "report.column.sector",
  funding: "report.column.funding",
  segment: "report.column.segment",
  programs: "report.column.programs",
  income: "report.column.income",
  start: "report.column.start",
  months: "report.column.months",
  month: "report.column.month",
};

/** The heading of a grouping column: a translated name for known columns, the roster's own header otherwise. */
export function columnLabel(column: string, lang: Lang): string {
  const key = Object.hasOwn(COLUMN_HEADINGS, column) ? COLUMN_HEADINGS[column] : undefined;
  return key === undefined ? column : tIn(lang, key);
}
