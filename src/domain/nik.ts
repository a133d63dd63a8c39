// NIK (Nomor Induk Kependudukan): 16 digits PP KK CC DDMMYY SSSS. Always a string: it exceeds 2^53.
// The first six digits are the kecamatan where it was issued; DD is the day of birth, plus 40 for women.
import { t } from "../text/render.js";

export type NikCheck = { ok: true; nik: string } | { ok: false; code: "INVALID_NIK" | "NIK_SCIENTIFIC" | "NIK_BAD_DATE"; reason: string };

/** Accepts 16 digits, with spaces or a leading apostrophe (Excel's text marker) stripped. */
export function checkNik(text: string): NikCheck {
  const nik = text.trim().replace(/^'/, "").replace(/[\s.-]/g, "");
  if (nik === "") return { ok: false, code: "INVALID_NIK", reason: t("nik.empty") };
  if (/^\d+([.,]\d+)?[eE]\+?\d+$/.test(nik)) {
    return { ok: false, code: "NIK_SCIENTIFIC", reason: t("nik.scientific") };
  }
  if (!/^\d{16}$/.test(nik)) {
    const digits = nik.replace(/\D/g, "").length;
    return { ok: false, code: "INVALID_NIK", reason: digits === nik.length ? t("nik.digitCount", { digits }) : t("nik.notDigits") };
  }
  const dateProblem = birthDateProblem(nik);
  if (dateProblem) return { ok: false, code: "NIK_BAD_DATE", reason: dateProblem };
  return { ok: true, nik };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** DDMMYY with DD 01–31 (men) or 41–71 (women); the date must exist (29 February only in years divisible by 4). The problem, in words. */
function birthDateProblem(nik: string): string | undefined {
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  if (month < 1 || month > 12) return t("nik.birthMonth", { month: nik.slice(8, 10) });
  if (day < 1 || rawDay > 71 || (rawDay > 31 && rawDay < 41)) return t("nik.birthDay", { day: nik.slice(6, 8) });
  // YY does not say the century; 2000 was a leap year, so YY divisible by 4 can always be one.
  const maxDay = month === 2 && year % 4 !== 0 ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day > maxDay) return t("nik.birthDateUnreal", { day, month });
  return undefined;
}

export function nikPrefix(nik: string): string {
  return nik.slice(0, 6);
}

/**
 * Masks whatever looks like a NIK in a cell as read (an apostrophe, spaces, a digit too many or too few): any
 * cell with ten digits or more. Other cells are returned as they are.
 */
export function maskNikLike(cell: string): string {
  const digits = cell.replace(/\D/g, "");
  return digits.length >= 10 ? maskNik(digits) : cell;
}

/** 130306******0012: the kecamatan prefix and the last four digits; the birth date and the rest stay hidden. */
export function maskNik(nik: string): string {
  if (nik.length <= 10) return "*".repeat(nik.length);
  return nik.slice(0, 6) + "*".repeat(nik.length - 10) + nik.slice(-4);
}
