// An amount of rupiah in Indonesian words, as budget documents write the total under their lines ("terbilang").
// Exact for every whole amount from 0 to TERBILANG_LIMIT; larger or negative amounts are refused, never guessed.

const UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"] as const;

/** Scale words from the highest: each stands for 1000 of the next. */
const SCALES = [
  { word: "triliun", size: 10n ** 12n },
  { word: "miliar", size: 10n ** 9n },
  { word: "juta", size: 10n ** 6n },
  { word: "ribu", size: 10n ** 3n },
] as const;

/** 999 triliun 999 miliar …: the largest amount written; "kuadriliun" is not a word budget documents use. */
export const TERBILANG_LIMIT = 10n ** 15n - 1n;

export type Terbilang = { ok: true; words: string } | { ok: false; reason: "negative" | "tooLarge" };

/** "dua ratus satu juta lima ratus empat puluh sembilan ribu enam ratus rupiah" for 201549600n. */
export function terbilang(rupiah: bigint): Terbilang {
  if (rupiah < 0n) return { ok: false, reason: "negative" };
  if (rupiah > TERBILANG_LIMIT) return { ok: false, reason: "tooLarge" };
  return { ok: true, words: `${numberWords(rupiah)} rupiah` };
}

/** The number alone in words: "nol", "seribu", "satu juta dua ratus ribu". */
export function numberWords(amount: bigint): string {
  if (amount === 0n) return "nol";
  const words: string[] = [];
  let rest = amount;
  for (const { word, size } of SCALES) {
    const group = Number(rest / size); // below 1000: exact
    rest %= size;
    if (group === 0) continue;
    // 1000 is "seribu"; every larger scale keeps "satu": "satu juta", "satu miliar".
    if (group === 1 && word === "ribu") words.push("seribu");
    else words.push(`${belowThousand(group)} ${word}`);
  }
  if (rest > 0n) words.push(belowThousand(Number(rest)));
  return words.join(" ");
}

/** 1–999 in words: "seratus", "sebelas", "dua puluh lima". */
function belowThousand(number: number): string {
  const hundreds = Math.floor(number / 100);
  const tens = Math.floor((number % 100) / 10);
  const units = number % 10;
  const words: string[] = [];
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(`${UNITS[hundreds]} ratus`);
  if (tens === 1) {
    if (units === 0) words.push("sepuluh");
    else if (units === 1) words.push("sebelas");
    else words.push(`${UNITS[units]} belas`);
  } else {
    if (tens > 1) words.push(`${UNITS[tens]} puluh`);
    if (units > 0) words.push(UNITS[units]!);
  }
  return words.join(" ");
}
