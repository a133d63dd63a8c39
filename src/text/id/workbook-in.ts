// Bagian "workbookIn" dari katalog bahasa Indonesia: buku kerja masukan (daftar .xlsx, --sheet, jenis sel, posisi).
import type { workbookIn as English } from "../en/workbook-in.js";

export const workbookIn: Record<keyof typeof English, string> = {
  "workbookIn.unsupported.xls":
    'berkas ini buku kerja Excel lama 97–2003 (.xls) atau buku kerja yang dilindungi kata sandi, yang tidak dapat dibaca iuran: buka di Excel atau LibreOffice lalu simpan sebagai "Excel Workbook (.xlsx)" tanpa kata sandi, atau sebagai "CSV UTF-8"',
  "workbookIn.unsupported.ods":
    'berkas ini lembar kerja OpenDocument (.ods), yang tidak dapat dibaca iuran: buka di LibreOffice lalu simpan sebagai "Excel 2007-365 (.xlsx)" atau sebagai CSV (UTF-8)',
  "workbookIn.unsupported.zip": 'berkas ini arsip zip, bukan buku kerja Excel (tidak ada xl/workbook.xml di dalamnya): berikan berkas .xlsx-nya sendiri, atau berkas "CSV UTF-8"',
  "workbookIn.notAZip": "berkas ini tampak seperti buku kerja Excel (.xlsx) tetapi tidak dapat dibuka: {reason}; berkas mungkin terpotong atau rusak: simpan ulang dari Excel",
  "workbookIn.missingPart": "buku kerja rusak: bagian {part} tidak ada; simpan ulang dari Excel",
  "workbookIn.damagedPart": "buku kerja rusak: bagian {part} tidak dapat dibaca ({reason}); simpan ulang dari Excel",
  "workbookIn.partTooLarge": "bagian {part} dari buku kerja akan lebih dari {limit:plain} MB setelah dibuka: iuran tidak membukanya (daftar pekerja jauh lebih kecil; berkas ini mungkin bom zip)",
  "workbookIn.pipedTooLarge": "buku kerja dari masukan standar dibaca ke memori, dan yang ini lebih dari {limit:plain} MB: berikan nama berkasnya",
  "workbookIn.noSheets": "buku kerja tidak memiliki lembar kerja",
  "workbookIn.noSharedString": "buku kerja rusak: sel {cell} merujuk teks bersama nomor {index}, yang tidak ada di buku kerja; simpan ulang dari Excel",
  "workbookIn.unknownSheet": "buku kerja tidak memiliki lembar bernama {sheet} (--sheet); lembarnya: {sheets}",
  "workbookIn.formulaNotCalculated":
    "sel berisi rumus yang nilainya belum pernah dihitung (buku kerja ditulis oleh program, bukan disimpan oleh Excel): buka buku kerja di Excel atau LibreOffice, simpan, lalu jalankan lagi",
  "workbookIn.cellError": "sel berisi nilai kesalahan {value}: perbaiki sel atau rumusnya di buku kerja",
  "workbookIn.nikStoredAsNumber":
    "{file}: {count} NIK disimpan sebagai angka, bukan teks, di kolom {column} (pertama di {first}); terbaca 16 digit, tetapi Excel hanya menyimpan 15 digit sebuah angka dan NIK yang diketik di sel angka kehilangan digit terakhirnya: periksa dengan KTP dan format kolom itu sebagai Teks",
  "workbookIn.sheetOption": "lembar yang dibaca dari setiap buku kerja (.xlsx) yang diberikan: daftar pekerja maupun tabel (bawaan: lembar pertama yang tampak)",
};
