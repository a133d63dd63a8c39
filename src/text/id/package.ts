// Bagian "package" dari katalog bahasa Indonesia: baris versi, dan berkas contoh yang disertakan bersama iuran.
import type { packageText as english } from "../en/package.js";

export const packageText: Record<keyof typeof english, string> = {
  "package.versionOption": "tampilkan versi dan seberapa mutakhir tabel tarif dan keringanan bawaan",
  "package.version": "iuran {version}\ntarif bawaan per {tariffsFrom:month} ({tariffsReach}), keringanan per {reliefsFrom:month} ({reliefsReach})",
  "package.reachesTo": "sampai {month:month}",
  "package.openEnded": "tanpa batas waktu",
  "package.exampleOptionRoster": "daftar pekerja contoh bawaan iuran, menurut nama: {names}; dapat diulang (iuran examples mendaftarnya)",
  "package.exampleOptionClaims": "klaim contoh bawaan iuran, menurut nama, sebagai ganti --claims BERKAS: {names}",
  "package.exampleOptionScenario": "skenario contoh bawaan iuran, menurut nama: {names}; dapat diulang",
  "package.exampleOptionAllocate": "bobot (dengan --per-unit: unit) contoh bawaan iuran, menurut nama, sebagai ganti --weights/--units BERKAS: {names}",
  "package.exampleNotFor": "--example {name}: bukan contoh yang dapat dibaca {command}; yang dapat dibacanya {names} (iuran examples mendaftar semuanya)",
  "package.exampleOrFile": "berikan {option} BERKAS atau --example NAMA, tidak keduanya",
  "package.examplesSummary": "daftar berkas contoh bawaan iuran (berikan salah satu kepada perintah dengan --example NAMA)",
  "package.examplesDescription":
    "Mendaftar berkas contoh yang disertakan bersama iuran: masing-masing menurut nama, isinya, perintah yang memakainya dan letak berkasnya. Berikan namanya kepada --example, atau salin berkasnya sebagai awal daftar pekerja Anda sendiri.",
  "package.langOption": "bahasa daftar: id atau en; bawaan dari LANG",
  "package.examplesHeading": "Berkas contoh bawaan iuran; berikan salah satu kepada perintah dengan --example NAMA:",
  "package.examplesTry": "Coba: {command}",
  "package.examplesHelpLine": "Berkas contoh bawaan iuran: iuran examples mendaftarnya; perintah memakai salah satunya dengan --example NAMA.",
  "package.useRoster": "daftar pekerja",
  "package.useClaims": "klaim",
  "package.useScenario": "skenario",
  "package.useWeights": "bobot",
  "package.useUnits": "unit",
  "package.aboutSijunjung2022": "Kabupaten Sijunjung, 2022: 1.333 pekerja BPU rekaan di 8 kecamatan, 9 bulan",
  "package.aboutSijunjung2022Excel": 'daftar pekerja yang sama seperti disimpan Excel berbahasa Indonesia: ";", BOM, Rp 1.000.000,00',
  "package.aboutMixed2026": "enam pekerja pada 2026, dibayar APB Nagari, APBD atau mandiri: keringanan PP 50/2025",
  "package.aboutClaims": "lima jumlah yang dilaporkan: sesuai laporan, salah ketik, kurang sebulan, keringanan",
  "package.aboutClaimsPartial": "jumlah yang dilaporkan tanpa jumlah pekerja, tanpa jumlah bulan, atau tanpa keduanya",
  "package.aboutSteady": "skenario: 16.590 pekerja setahun dari APBD, 2026–2028",
  "package.aboutExpand": "skenario: 16.590 pekerja bertambah menjadi 25.000, dari APBD, 2026–2028",
};
