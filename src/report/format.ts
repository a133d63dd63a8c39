// Formatting for people: rupiah, counts, months and labels in Indonesian or English.

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
import { formatCount, type Lang } from "../text/format.js";

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
