// Bagian "planning" dari katalog bahasa Indonesia: laporan capacity, target, project, allocate dan check.
import type { planning as english } from "../en/planning.js";

export const planning: Record<keyof typeof english, string> = {
  "planning.capacity.title": "Kapasitas anggaran",
  "planning.capacity.mostWorkers": "Jumlah pekerja terbanyak untuk periode ini",
  "planning.capacity.mostMonths": "Jumlah bulan terbanyak untuk pekerja ini",
  "planning.capacity.buysNothing": "anggaran tidak cukup untuk satu pekerja selama satu bulan pun dalam periode ini",

  "planning.target.title": "Target cakupan",
  "planning.target.subtitle": "Cakupan dalam persen, {places} desimal, dibulatkan setengah ke atas; target persen dibulatkan ke atas ke pekerja utuh",
  "planning.target.target": "Target",
  "planning.target.additionalWorkers": "Tambahan pekerja",
  "planning.target.coverageBefore": "Cakupan sekarang",
  "planning.target.coverageAfter": "Cakupan sesudah",
  "planning.target.abovePotential": "target melebihi potensi",
  "planning.target.enrolledAbovePotential": "jumlah pekerja terdaftar melebihi potensi",
  "planning.target.met": "target sudah tercapai",

  "planning.project.title": "Proyeksi multi-tahun",
  "planning.project.subtitle": "Setiap tahun dihitung per bulan sejak Januari; pertumbuhan dibulatkan setengah ke atas ke pekerja utuh",
  "planning.project.scenarioWorkers": "{scenario}: pekerja",
  "planning.project.scenarioTotal": "{scenario}: jumlah",

  "planning.allocate.title": "Alokasi pekerja",
  "planning.allocate.units": "Unit",
  "planning.allocate.buysNothing": "anggaran tidak cukup untuk satu pekerja pun dalam periode ini",
  "planning.allocate.source": "{workers} pekerja",
  "planning.allocate.sourceWithBudget": "{workers} pekerja; pagu anggaran {budget:rupiah}, sisa {leftover:rupiah}",
  "planning.allocate.method": "sisa terbesar (Hamilton); bila sisanya sama, kunci yang lebih kecil didahulukan",

  "planning.check.claim": "klaim",
  "planning.check.line": "baris {line:plain}",
};
