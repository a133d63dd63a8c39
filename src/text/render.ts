// Renders messages in the user's language: the catalogue's template with its parameters, each formatted for the
// language (counts grouped as 1.333 or 1,333, rupiah, month names). The one place a message becomes text. The
// language is chosen once per run, before anything is said (--lang, else the locale), and read here.
import { en } from "./en/index.js";
import { id } from "./id/index.js";
import { columnWord, formatCount, formatDecimalText, formatMonthName, formatRupiah, formatScaledRupiah, type Lang } from "./format.js";
import type { MessageKey, ParamsArgument, ParamValue } from "./message.js";

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, id };

const MONTH_TEXT = /^(\d{4})-(\d{2})$/;

/**
 * Fills a template. "{name}" is a parameter (counts grouped for the language, lists joined); "{name:rupiah}",
 * "{name:scaled}" (a round amount in scale words: "Rp 1.000 triliun"),
 * "{name:plain}" (digits as they are: years, line numbers), "{name:month}" ("2026-04" → "April 2026"),
 * "{name:decimal}" ("0.24" → "0,24"), "{name:column}" (a roster column's name in the language); "{n|row|rows}" is
 * the count with its noun, "{n?is:are}" the word alone; "{{" is a brace.
 */
// A choice's words may hold placeholders of their own ("{n?the line:the {n} lines}"), filled once chosen.
const PLACEHOLDER = new RegExp(
  String.raw`\{\{|\{([A-Za-z0-9_]+)(?:(:)([a-z]+)|\|([^|{}]*)\|([^|{}]*)|\?((?:[^:{}]|\{[A-Za-z0-9_:]+\})*):((?:[^{}]|\{[A-Za-z0-9_:]+\})*))?\}`,
  "g",
);

export function fill(template: string, params: Readonly<Record<string, ParamValue>>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name, colon, format, one, other, wordOne, wordOther) => {
    if (whole === "{{") return "{";
    const value = params[name as string];
    if (value === undefined) throw new Error(`message parameter "${name}" is missing`);
    if (one !== undefined) return `${formatValue(value, lang)} ${isOne(value) ? one : other}`;
    if (wordOne !== undefined) return fill(isOne(value) ? wordOne : wordOther, params, lang);
    if (colon) return formatAs(value, format as string, lang);
    return formatValue(value, lang);
  });
}

function isOne(value: ParamValue): boolean {
  return value === 1 || value === 1n || (Array.isArray(value) && value.length === 1);
}

function formatValue(value: ParamValue, lang: Lang): string {
  if (typeof value === "number" || typeof value === "bigint") return formatCount(value, lang);
  if (typeof value === "string") return value;
  return value.join(", ");
}

function formatAs(value: ParamValue, format: string, lang: Lang): string {
  switch (format) {
    case "plain":
      return Array.isArray(value) ? value.join(", ") : String(value);
    case "rupiah":
      return formatRupiah(BigInt(value as string | number | bigint), lang);
    case "scaled":
      return formatScaledRupiah(BigInt(value as string | number | bigint), lang);
    case "decimal":
      return formatDecimalText(String(value), lang);
    case "month": {
      const match = MONTH_TEXT.exec(String(value));
      return match ? formatMonthName(Number(match[1]) * 12 + Number(match[2]) - 1, lang) : String(value);
    }
    case "column":
      return Array.isArray(value) ? value.map((column) => columnWord(column, lang)).join(", ") : columnWord(String(value), lang);
    default:
      throw new Error(`unknown message format ":${format}"`);
  }
}

let current: Lang = "en";

/** Sets the language of every message from here on; called once the run knows it. */
export function setLang(lang: Lang): void {
  current = lang;
}

export function currentLang(): Lang {
  return current;
}

/** A message in the run's language: t("row.tooFewFields", { fields: 4, header: 6, missing: ["income"] }). */
export function t<K extends MessageKey>(key: K, ...params: ParamsArgument<K>): string {
  return fill(CATALOGUES[current][key], (params[0] ?? {}) as Readonly<Record<string, ParamValue>>, current);
}

/** A message in a given language (a report rendered in --lang while messages follow it too, tests). */
export function tIn<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsArgument<K>): string {
  return fill(CATALOGUES[lang][key], (params[0] ?? {}) as Readonly<Record<string, ParamValue>>, lang);
}
