// Bagian "workbookOut" dari katalog bahasa Indonesia: buku kerja keluaran (--format xlsx, --rejects .xlsx, lembar asal-usul).
import type { workbookOut as English } from "../en/workbook-out.js";

export const workbookOut: Record<keyof typeof English, string> = {
  "workbookOut.notExact":
    "buku kerja tidak dapat ditulis: {where} akan berisi {value}, sedangkan lembar kerja hanya menyimpan bilangan bulat dengan tepat sampai {largest}. Tulis laporan sebagai CSV atau JSON (--format csv), yang menyimpan setiap angka.",
  "workbookOut.toTerminal": "buku kerja bukan teks dan akan mengacaukan terminal: tulis ke berkas dengan -o BERKAS.xlsx (atau salurkan ke program lain)",
  "workbookOut.sheet.report": "Laporan",
  "workbookOut.sheet.budget": "Anggaran",
  "workbookOut.sheet.provenance": "Asal-usul",
  "workbookOut.sheet.rejected": "Baris ditolak",
  "workbookOut.heading.item": "Hal",
  "workbookOut.heading.value": "Isi",
  "workbookOut.heading.detail": "Rincian",
  "workbookOut.heading.reference": "Rujukan atau catatan",
  "workbookOut.item.tool": "Alat",
  "workbookOut.item.command": "Perintah",
  "workbookOut.item.made": "Dibuat",
  "workbookOut.item.language": "Bahasa",
  "workbookOut.item.rounding": "Pembulatan",
  "workbookOut.item.nik": "NIK",
  "workbookOut.item.input": "Berkas masukan",
  "workbookOut.item.tariffFile": "Berkas tarif",
  "workbookOut.item.tariff": "Tarif",
  "workbookOut.item.relief": "Keringanan",
  "workbookOut.item.openReading": "Tafsiran terbuka",
  "workbookOut.item.warning": "Peringatan",
  "workbookOut.nikMasked": "disamarkan (hanya 6 angka pertama dan 4 angka terakhir yang tampak)",
  "workbookOut.nikShown": "ditampilkan utuh (--show-nik)",
  "workbookOut.rows": "{read} baris dibaca, {accepted} diterima, {rejected} ditolak, {skipped} dilewati",
  "workbookOut.label": "Keterangan",
  "workbookOut.value": "Nilai",
};
