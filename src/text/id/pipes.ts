// Bagian "pipes" dari katalog bahasa Indonesia: masukan dan keluaran standar, format keluaran, --quiet.
import type { pipes as english } from "../en/pipes.js";

export const pipes: Record<keyof typeof english, string> = {
  "pipes.standardInputTwice": "masukan standar diberikan dua kali ({first} dan {file}); masukan standar hanya dapat dibaca sekali",
  "pipes.pipeTwice": "{file}: pipa ini sudah dibaca (sebagai {first}), dan sebuah pipa hanya dapat dibaca sekali",
  "pipes.formatContradictsExtension": "--format {format} bertentangan dengan -o {file}: berkas {extension} ditulis dengan --format {expected}; hapus --format, atau beri nama berkas sesuai formatnya",
  "pipes.rejectsWithReportOnStandardOutput": "--rejects - menulis baris yang ditolak ke keluaran standar, tempat laporan juga ditulis: tulis laporan ke berkas dengan -o BERKAS",
  "pipes.noRosterToAudit": "berikan satu atau beberapa berkas daftar pekerja, atau --example NAMA (iuran examples mendaftarnya), atau alirkan daftar pekerja lewat masukan standar",
  "pipes.outputOption": 'tulis laporan ke FILE (secara atomik), bukan ke keluaran standar ("-" berarti keluaran standar); FILE .csv, .json, .xlsx atau .txt menentukan formatnya',
  "pipes.quietOption": "tanpa peringatan dan tanpa ringkasan (kesalahan tetap ditulis ke keluaran galat standar)",
};
