// The command that meets each fixture under fixtures/bad/, by error code: shared by the golden tests that run them
// (bad-input in English, indonesian-input under an Indonesian locale).

const bad = (name: string) => `fixtures/bad/${name}`;
const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const budget = (file: string, ...more: string[]) => ["budget", bad(file), "--start", "2026-01", ...more];

export const CASES: Record<string, string[]> = {
  CSV_SYNTAX: budget("csv_syntax.csv"),
  INVALID_ENCODING: budget("invalid_encoding.csv"),
  MISSING_COLUMN: budget("missing_column.csv"),
  DUPLICATE_COLUMN: budget("duplicate_column.csv"),
  TOO_MANY_FIELDS: budget("too_many_fields.csv"),
  MISSING_VALUE: budget("missing_value.csv"),
  INVALID_NIK: budget("invalid_nik.csv"),
  NIK_SCIENTIFIC: budget("nik_scientific.csv"),
  NIK_BAD_DATE: budget("nik_bad_date.csv"),
  DUPLICATE_NIK: budget("duplicate_nik.csv"),
  INVALID_AMOUNT: budget("invalid_amount.csv"),
  INVALID_MONTH: budget("invalid_month.csv"),
  INVALID_MONTHS: budget("invalid_months.csv"),
  INVALID_PROGRAM: budget("invalid_program.csv"),
  INVALID_SEGMENT: budget("invalid_segment.csv"),
  INVALID_RISK_CLASS: budget("invalid_risk_class.csv"),
  NO_TARIFF: budget("no_tariff.csv"),
  INCOME_BELOW_FLOOR: budget("income_below_floor.csv"),
  INCOME_ABOVE_CEILING: budget("income_above_ceiling.csv"),
  MISSING_WAGE: budget("missing_wage.csv"),
  MISSING_RISK_CLASS: budget("missing_risk_class.csv"),
  INVALID_BENEFIT: ["benefits", "--month", "2026-01", "--benefits-table", bad("invalid_benefit.csv")],
  INVALID_ACCOUNT: ["document", "--workers", "1", "--start", "2027-01", "--months", "1", "--accounts", bad("invalid_account.csv")],
  INVALID_TARIFF: ["premium", "--month", "2025-07", "--tariff", bad("invalid_tariff.csv")],
  TARIFF_CONFLICT: ["premium", "--month", "2025-07", "--tariff", bad("tariff_conflict.csv")],
  RELIEF_CONFLICT: ["premium", "--month", "2026-05", "--sector", "transport", "--tariff", bad("relief_conflict.csv")],
  DUPLICATE_KEY: ["budget", ROSTER, "--start", "2022-04", "--by", "kecamatan", "--potential", bad("duplicate_key.csv")],
  INVALID_COUNT: ["budget", ROSTER, "--start", "2022-04", "--by", "kecamatan", "--potential", bad("invalid_count.csv")],
  UNKNOWN_FUNDING: budget("unknown_funding.csv"),
  INVALID_CLAIM: ["check", "--claims", bad("invalid_claim.csv")],
  INVALID_PERCENT: ["check", "--claims", bad("invalid_percent.csv")],
  NO_HEADER: budget("no_header.csv"),
  TOO_FEW_FIELDS: budget("too_few_fields.csv"),
  UNSUPPORTED_WORKBOOK: budget("unsupported_workbook.xls"),
  INVALID_WORKBOOK: budget("invalid_workbook.xlsx"),
  UNKNOWN_SHEET: budget("unknown_sheet.xlsx", "--sheet", "Rekap"),
  FORMULA_NOT_CALCULATED: budget("formula_not_calculated.xlsx"),
  CELL_ERROR: budget("cell_error.xlsx"),
  INVALID_WEIGHT: ["allocate", "--workers", "10", "--weights", bad("invalid_weight.csv"), "--key", "kecamatan", "--weight", "bobot", "--start", "2027-01"],
};
