// Formatting for people, in Indonesian or English: rupiah, counts, decimals, months. The lowest layer of the text
// that iuran prints: the message catalogues and the report renderers both use it.
import type { Dec } from "../domain/money.js";
import { calendarMonthOf, yearOf, type Month } from "../domain/month.js";

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The language of messages from the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG; GNU's
 * LANGUAGE (a list such as "id:en") is read when the locale is set and not "C"/"POSIX". Indonesian for id_ID (and the
 * old code in_ID), English otherwise.
 */
export function langFromEnvironment(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const isIndonesian = (name: string) => /^(id|in)([_.@-]|$)/i.test(name.trim());
  if (locale !== "" && !/^(C|POSIX)([_.@-]|$)/i.test(locale) && env.LANGUAGE) {
    const first = env.LANGUAGE.split(":").find((name) => name.trim() !== "");
    if (first !== undefined) return isIndonesian(first) ? "id" : "en";
  }
  return isIndonesian(locale) ? "id" : "en";
}

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  id: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 1333 → "1.333" (id) or "1,333" (en). */
export function formatCount(count: number | bigint, lang: Lang): string {
  const text = count.toString();
  const negative = text.startsWith("-");
  const grouped = groupDigits(negative ? text.slice(1) : text, SEPARATORS[lang].thousands);
  return negative ? `-${grouped}` : grouped;
}

/** 201549600n → "Rp 201.549.600" (id) or "Rp 201,549,600" (en). */
export function formatRupiah(amount: bigint, lang: Lang): string {
  return amount < 0n ? `−Rp ${formatCount(-amount, lang)}` : `Rp ${formatCount(amount, lang)}`;
}

const SCALES: readonly { power: bigint; id: string; en: string }[] = [
  { power: 10n ** 12n, id: "triliun", en: "trillion" },
  { power: 10n ** 9n, id: "miliar", en: "billion" },
  { power: 10n ** 6n, id: "juta", en: "million" },
];

/**
 * A round amount in the words budget texts use: 10^15 → "Rp 1.000 triliun" (id), "Rp 1,000 trillion" (en); an
 * amount that is no whole number of millions is written in full. For bounds in messages: written in full, a
 * sixteen-digit bound would read like a NIK.
 */
export function formatScaledRupiah(amount: bigint, lang: Lang): string {
  const scale = SCALES.find(({ power }) => amount >= power && amount % power === 0n);
  return scale ? `Rp ${formatCount(amount / scale.power, lang)} ${scale[lang]}` : formatRupiah(amount, lang);
}

/** A plain decimal text ("1234.5", "-0.24") for people: integer part grouped, the fraction kept exactly. */
export function formatDecimalText(text: string, lang: Lang): string {
  const negative = text.startsWith("-");
  const [whole = "0", fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = groupDigits(whole, SEPARATORS[lang].thousands);
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `${SEPARATORS[lang].decimal}${fraction}`}`;
}

/** An exact decimal for people: 0.24 → "0,24" (id). Integer part grouped, fraction kept exactly. */
export function formatDecimal(value: Dec, lang: Lang): string {
  return formatDecimalText(value.toFixed(), lang);
}

/** A decimal with exactly `places` decimals (decimal.js toFixed: exact, not the float one), e.g. "35,10" (id). */
export function formatFixed(value: Dec, places: number, lang: Lang): string {
  return formatDecimalText(value.toFixed(places), lang);
}

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export function formatMonthName(month: Month, lang: Lang): string {
  return `${MONTH_NAMES[lang][calendarMonthOf(month) - 1]} ${yearOf(month)}`;
}

/** The roster's canonical columns as a sentence names them: "income" / "penghasilan". */
const COLUMN_WORDS: Record<string, Record<Lang, string>> = {
  nik: { en: "NIK", id: "NIK" },
  name: { en: "name", id: "nama" },
  district: { en: "district", id: "kecamatan" },
  village: { en: "village", id: "nagari/desa" },
  occupation: { en: "occupation", id: "pekerjaan" },
  sector: { en: "sector", id: "sektor" },
  income: { en: "income", id: "penghasilan" },
  programs: { en: "programmes", id: "program" },
  start: { en: "start", id: "bulan mulai" },
  months: { en: "months", id: "jumlah bulan" },
  funding: { en: "funding", id: "sumber dana" },
  segment: { en: "segment", id: "segmen" },
  wage: { en: "wage", id: "upah" },
  risk_class: { en: "risk class", id: "kelompok risiko" },
  month: { en: "month", id: "bulan" },
};

/** A canonical column's name in a sentence; any other name (a roster's own header) as it is. */
export function columnWord(column: string, lang: Lang): string {
  return COLUMN_WORDS[column]?.[lang] ?? column;
}
