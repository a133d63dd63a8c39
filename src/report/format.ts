// Formatting for people: rupiah, counts, months and labels in Indonesian or English.
import type { Dec } from "../domain/money.js";
import { calendarMonthOf, yearOf, type Month } from "../domain/month.js";

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Indonesian when the environment's locale is Indonesian (LANG=id_ID.UTF-8), English otherwise. */
export function langFromEnvironment(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^(id|in)([_.-]|$)/i.test(locale) ? "id" : "en";
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

/** An exact decimal for people: 0.24 → "0,24" (id). Integer part grouped, fraction kept exactly. */
export function formatDecimal(value: Dec, lang: Lang): string {
  const [whole = "0", fraction] = value.toString().split(".");
  const grouped = formatCount(BigInt(whole), lang);
  return fraction === undefined ? grouped : `${grouped}${SEPARATORS[lang].decimal}${fraction}`;
}

/** A decimal with exactly `places` decimals (decimal.js toFixed: exact, not the float one), e.g. "35,10" (id). */
export function formatFixed(value: Dec, places: number, lang: Lang): string {
  const [whole = "0", fraction] = value.toFixed(places).split(".");
  const grouped = formatCount(BigInt(whole), lang);
  return fraction === undefined ? grouped : `${grouped}${SEPARATORS[lang].decimal}${fraction}`;
}

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export function formatMonthName(month: Month, lang: Lang): string {
  return `${MONTH_NAMES[lang][calendarMonthOf(month) - 1]} ${yearOf(month)}`;
}

const LABELS = {
  budgetTitle: { id: "Anggaran iuran BPJS Ketenagakerjaan", en: "BPJS Ketenagakerjaan contribution budget" },
  premiumTitle: { id: "Iuran bulanan satu pekerja", en: "Monthly contribution of one worker" },
  period: { id: "Periode", en: "Period" },
  months: { id: "bulan", en: "months" },
  month: { id: "Bulan", en: "Month" },
  roster: { id: "Daftar pekerja", en: "Roster" },
  rowsAccepted: { id: "diterima", en: "accepted" },
  rowsRejected: { id: "ditolak", en: "rejected" },
  rowsSkipped: { id: "dilewati (bukan pekerja)", en: "skipped (not workers)" },
  headcount: { id: "Jumlah pekerja (tanpa daftar)", en: "Headcount (no roster)" },
  workers: { id: "Pekerja", en: "Workers" },
  workerMonths: { id: "Orang-bulan", en: "Worker-months" },
  total: { id: "Jumlah", en: "Total" },
  blank: { id: "(kosong)", en: "(blank)" },
  program: { id: "Program", en: "Programme" },
  basis: { id: "Dasar perhitungan", en: "Basis" },
  amount: { id: "Iuran", en: "Contribution" },
  reference: { id: "Dasar hukum", en: "Legal basis" },
  tariffs: { id: "Tarif", en: "Tariffs" },
  reliefs: { id: "Keringanan", en: "Reliefs" },
  rounding: { id: "Pembulatan", en: "Rounding" },
  roundingRule: {
    id: "per pekerja, per program, per bulan ke rupiah penuh",
    en: "per worker, per programme, per month to whole rupiah",
  },
  declaredIncome: { id: "penghasilan", en: "declared income" },
  wage: { id: "upah", en: "wage" },
  wageCap: { id: "batas upah", en: "wage cap" },
  flat: { id: "tetap", en: "flat" },
  funding: { id: "sumber dana", en: "funding" },
  sector: { id: "sektor", en: "sector" },
  notStated: { id: "tidak disebut", en: "not stated" },
  segment: { id: "segmen", en: "segment" },
  riskClass: { id: "kelompok risiko", en: "risk class" },
  warning: { id: "Peringatan", en: "Warning" },
  onwards: { id: "seterusnya", en: "onwards" },
  capacityTitle: { id: "Kapasitas anggaran", en: "Budget capacity" },
  targetTitle: { id: "Target cakupan", en: "Coverage target" },
  checkTitle: { id: "Pemeriksaan angka yang dilaporkan", en: "Check of reported figures" },
  projectTitle: { id: "Proyeksi multi-tahun", en: "Multi-year projection" },
  allocateTitle: { id: "Alokasi pekerja", en: "Allocation of workers" },
  budget: { id: "Pagu anggaran", en: "Budget" },
  cost: { id: "Biaya", en: "Cost" },
  leftover: { id: "Sisa", en: "Left over" },
  perWorker: { id: "Biaya per pekerja", en: "Cost per worker" },
  start: { id: "Mulai", en: "Start" },
  enrolled: { id: "Terdaftar", en: "Enrolled" },
  potential: { id: "Potensi", en: "Potential" },
  target: { id: "Target", en: "Target" },
  additionalWorkers: { id: "Tambahan pekerja", en: "Additional workers" },
  coverageBefore: { id: "Cakupan sekarang", en: "Coverage now" },
  coverageAfter: { id: "Cakupan sesudah", en: "Coverage after" },
  year: { id: "Tahun", en: "Year" },
  change: { id: "Perubahan", en: "Change" },
  difference: { id: "Selisih", en: "Difference" },
  reported: { id: "Dilaporkan", en: "Reported" },
  computed: { id: "Hasil hitung", en: "Computed" },
  status: { id: "Status", en: "Status" },
  weight: { id: "Bobot", en: "Weight" },
  exactShare: { id: "Bagian proporsional", en: "Exact share" },
  scenario: { id: "Skenario", en: "Scenario" },
} as const;
export type LabelName = keyof typeof LABELS;

export function label(name: LabelName, lang: Lang): string {
  return LABELS[name][lang];
}

/** "1 month", "9 months" in English; Indonesian nouns do not change with the count. */
export const MONTH_WORD = { en: "month", id: "bulan" };
export const ROW_READ_WORD = { en: "row read", id: "baris dibaca" };

export function counted(count: number, singular: { en: string; id: string }, plural: string, lang: Lang): string {
  return `${formatCount(count, lang)} ${lang === "id" ? singular.id : count === 1 ? singular.en : plural}`;
}

const COLUMN_LABELS: Record<string, { id: string; en: string }> = {
  district: { id: "Kecamatan", en: "District" },
  village: { id: "Nagari/Desa", en: "Village" },
  occupation: { id: "Pekerjaan", en: "Occupation" },
  sector: { id: "Sektor", en: "Sector" },
  funding: { id: "Sumber dana", en: "Funding" },
  segment: { id: "Segmen", en: "Segment" },
  programs: { id: "Program", en: "Programmes" },
  income: { id: "Penghasilan", en: "Income" },
  start: { id: "Mulai", en: "Start" },
  months: { id: "Lama (bulan)", en: "Months" },
  month: { id: "Bulan", en: "Month" },
};

/** The heading of a grouping column: a translated name for known columns, the roster's own header otherwise. */
export function columnLabel(column: string, lang: Lang): string {
  return COLUMN_LABELS[column]?.[lang] ?? column;
}
