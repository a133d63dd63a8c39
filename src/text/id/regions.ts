// Bagian "regions" dari katalog bahasa Indonesia: nama kelompok yang dibaca sebagai satu wilayah (nama kecamatan dan nagari dinormalkan, --region).
import type { regions as english } from "../en/regions.js";

export const regions: Record<keyof typeof english, string> = {
  "regions.help.region": 'kabupaten atau kota pemilik daftar, dengan nama ("Sijunjung", "Kota Solok") atau kode (13.03): nama kecamatan dan nagari dicocokkan dengan daftar resminya',
  "regions.usage.unknown": '--region {text}: tidak ada kabupaten atau kota dengan nama atau kode itu; tulis seperti di daftar resmi, misalnya "Sijunjung" atau 13.03',
  "regions.usage.unknownNear": "--region {text}: tidak ada kabupaten atau kota dengan nama itu; yang paling mirip: {names}",
  "regions.usage.ambiguous": '--region {text} bisa berarti {choices}: tulis kodenya atau nama lengkapnya, misalnya --region "{example}"',
  "regions.region": "{name} (kode {code})",
  "regions.merged": "nama {column:column} yang ditulis dengan beberapa cara dibaca sebagai satu: {entries}",
  "regions.mergedEntry": "{shown}: juga ditulis {spellings}",
  "regions.spelling": "{text} ({rows} baris)",
  "regions.more": "dan {count} nama lagi",
  "regions.moreSpellings": "dan {count} tulisan lain",
  "regions.unknown": "{count} nama {column:column} tidak ada di daftar resmi {region}: {entries}",
  "regions.unknownEntry": "{name} ({rows} baris; yang paling mirip: {closest})",
  "regions.unknownEntryFar": "{name} ({rows} baris; tidak ada nama yang mirip)",
  "regions.columnUnread": "kolom kabupaten/kota berisi {values}, bukan satu kabupaten atau kota seperti nama di daftar resmi: nama kecamatan dan nagari tidak dicocokkan (berikan --region)",
};
