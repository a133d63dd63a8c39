// Bagian "input" dari katalog bahasa Indonesia: apa yang dikatakan iuran tentang daftar pekerja dan berkas masukan lain.
import type { input as english } from "../en/input.js";

export const input: Record<keyof typeof english, string> = {
  "funding.unknown": 'bukan sumber dana yang dikenal iuran; gunakan salah satu dari {categories}, atau petakan nama setempat dengan --funding-map "{local}=APBD" (atau kategori lain)',
  "funding.ambiguousRegion": 'bisa berarti anggaran provinsi atau anggaran kabupaten/kota: tulis "APBD Provinsi …", "APBD Kabupaten …" atau "APBD Kota …"',
  "funding.notACategory": '"{category}" bukan kategori sumber dana; gunakan salah satu dari {categories}',
  "funding.emptyLocalName": 'nama setempat sebelum "=" kosong',
  "funding.twoSources": "menyebut dua sumber dana, {first} dan {second}: tulis sumber yang membayar (anggaran yang ditanggung dua pihak dicatat sebagai dua kelompok pekerja)",
  "funding.mapRedefines": '"{local}" sudah dibaca sebagai {current}; --funding-map hanya untuk nama setempat yang belum dikenal iuran',
  "funding.mapTwice": '"{local}" dipetakan dua kali, ke {first} dan ke {second}; pilih salah satu',
  "roster.noHeaderAbove": "baris {workerLine:plain} memuat NIK, jadi baris itu pekerja, tetapi judul kolom ada di baris {headerLine:plain} di bawahnya (judul kolom ikut terurut ke dalam data?): pindahkan baris judul kolom ke paling atas",
  "roster.noHeader": "baris pertama (baris {line:plain}) tampak seperti pekerja, bukan judul kolom (memuat NIK), dan tidak ada baris judul kolom sesudahnya: tambahkan baris judul kolom seperti nik,nama,kecamatan sebagai baris pertama",
  "roster.titleSkipped": "{file}: judul kolom ada di baris {line:plain}; {lines?baris:{lines} baris} di atasnya tidak memuat NIK dan dilewati sebagai judul",
  "roster.readByWords": "{file}: kolom {header} dibaca sebagai {column:column}",
  "roster.tooFewFields": "baris ini berisi {fields} kolom, padahal judul kolom berisi {header}: {missing:column} tidak ada (baris terpotong?); tulis pemisah untuk kolom yang memang kosong",
};
