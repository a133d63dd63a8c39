// Bagian "fiscal-year" dari katalog bahasa Indonesia: jendela anggaran (--year, --until) dan peringatan tahun anggaran.
import type { fiscalYear as english } from "../en/fiscal-year.js";

export const fiscalYear: Record<keyof typeof english, string> = {
  "fiscalYear.yearOption": "tahun anggaran: hanya bulan Januari sampai Desember tahun itu yang dihitung; bulan setiap pekerja dipotong ke situ",
  "fiscalYear.untilOption": "bulan terakhir yang dihitung; dengan --year, bulan dalam tahun itu",
  "fiscalYear.untilOutsideYear": "{until:month} tidak termasuk tahun anggaran {year:plain}; isi bulan Januari sampai Desember {year:plain}",
  "fiscalYear.periodOutside":
    "periode {from:month} – {to:month} seluruhnya di luar rentang anggaran {first:month} – {last:month}; isi --start di dalam rentang, atau kosongkan agar mulai dari bulan pertamanya",
  "fiscalYear.periodAfterUntil": "periode {from:month} – {to:month} dimulai sesudah bulan terakhir yang dihitung, {last:month} (--until)",
  "fiscalYear.startNeeded": "periode perlu bulan pertama: --start YYYY-MM, atau --year YYYY agar mulai bulan Januari",

  "fiscalYear.window": "Rentang anggaran: {first:month} – {last:month}",
  "fiscalYear.windowUntil": "Rentang anggaran: sampai {last:month}",
  "fiscalYear.outside": "di luar rentang {before} orang-bulan sebelumnya dan {after} sesudahnya; {workers} pekerja tanpa bulan di dalamnya",
  "fiscalYear.windowLabel": "Rentang anggaran",
  "fiscalYear.windowValue": "{first:month} s.d. {last:month}",
  "fiscalYear.windowValueUntil": "sampai {last:month}",
  "fiscalYear.monthsBeforeLabel": "Bulan per pekerja sebelum rentang",
  "fiscalYear.monthsAfterLabel": "Bulan per pekerja sesudah rentang",

  "fiscalYear.totalSpansTwoYears":
    "jumlah ini mencakup dua tahun anggaran, {firstYear:plain} dan {lastYear:plain} ({from:month} – {to:month}); hitung satu tahun dengan --year {firstYear:plain}",
  "fiscalYear.totalSpansYears":
    "jumlah ini mencakup tahun anggaran {firstYear:plain} sampai {lastYear:plain} ({from:month} – {to:month}); hitung satu tahun dengan --year {firstYear:plain}",
  "fiscalYear.periodSpansTwoYears":
    "periode ini mencakup dua tahun anggaran, {firstYear:plain} dan {lastYear:plain} ({from:month} – {to:month}); rencanakan satu tahun dengan --year {firstYear:plain}",
  "fiscalYear.periodSpansYears":
    "periode ini mencakup tahun anggaran {firstYear:plain} sampai {lastYear:plain} ({from:month} – {to:month}); rencanakan satu tahun dengan --year {firstYear:plain}",
  "fiscalYear.nothingOutside": "tidak ada orang-bulan di luarnya",
  "fiscalYear.nothingInWindow": "tidak satu pun dari {rows} pekerja yang diterima punya bulan di dalam rentang anggaran ({before} orang-bulan jatuh sebelumnya, {after} sesudahnya): anggarannya Rp 0; periksa --year dan --until",
};
