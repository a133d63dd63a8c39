#!/usr/bin/env node
// Writes a synthetic, deterministic roster CSV for benchmarks.
//
//   node bench/generate-roster.mjs OUT.csv [ROWS] [SEED]
//
// ROWS defaults to 1,000,000, SEED to 20260101. The same ROWS and SEED always give the same bytes: the only
// randomness is a seeded PRNG (mulberry32). Rows are written in batches with back-pressure, so memory stays flat
// whatever ROWS is. The file is written next to OUT.csv under a temporary name and renamed when complete.
import { createWriteStream } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

export const HEADER = "nik,name,district,village,occupation,sector,income,funding";

/** Kecamatan of Kabupaten Sijunjung, their NIK prefix code (13.03.CC) and their nagari: 8 districts, 62 villages. */
const DISTRICTS = [
  ["IV Nagari", "05", ["Koto Baru", "Koto Tuo", "Muaro Bodi", "Mundam Sakti", "Palangki"]],
  ["Kamang Baru", "06", ["Aie Amo", "Kamang", "Kunangan Parik Rantang", "Lubuk Tarantang", "Maloro", "Muaro Takuang", "Padang Tarok", "Siaur", "Sungai Batuang", "Sungai Lansek", "Tanjung Kaliang"]],
  ["Koto VII", "08", ["Bukit Bual", "Guguak", "Limo Koto", "Padang Laweh", "Padang Laweh Selatan", "Palaluar", "Tanjung"]],
  ["Kupitan", "10", ["Batu Manjulur", "Desa Kampung Baru", "Padang Sibusuk", "Pamuatan"]],
  ["Lubuk Tarok", "07", ["Buluah Kasok", "Kampung Dalam", "Lalan", "Latang", "Lubuak Tarok", "Silongo"]],
  ["Sijunjung", "04", ["Aie Angek", "Durian Gadang", "Kandang Baru", "Muaro", "Paru", "Pematang Panjang", "Sijunjung", "Silokek", "Solok Ambah"]],
  ["Sumpur Kudus", "09", ["Kumanis", "Manganti", "Silantai", "Sisawah", "Sumpur Kudus", "Sumpur Kudus Selatan", "Tamparungo", "Tanjung Bonai Aur", "Tanjung Bonai Aur Selatan", "Tanjung Labuah", "Unggan"]],
  ["Tanjung Gadang", "03", ["Langki", "Pulasan", "Sibakur", "Sinyamu", "Tanjung Gadang", "Tanjung Lolo", "Taratak Baru", "Taratak Baru Utara", "Timbulun"]],
];
/** Relative size of each district, so groups are uneven as in a real roster. */
const DISTRICT_WEIGHTS = [100, 233, 175, 107, 97, 222, 224, 175];

/** [occupation, sector, weight] */
const OCCUPATIONS = [
  ["Petani", "pertanian", 40],
  ["Buruh Tani", "pertanian", 15],
  ["Penyadap Karet", "pertanian", 15],
  ["Pengemudi Ojek", "transport", 12],
  ["Pedagang Kaki Lima", "perdagangan", 12],
  ["Pedagang Pasar", "perdagangan", 6],
];

const GIVEN = ["Asril", "Ramaini", "Zainal", "Zulkifli", "Nurhayati", "Yusrizal", "Desmawati", "Afrizal", "Syafrudin", "Rosmaniar", "Hendri", "Yuliarni", "Darmawan", "Erniwati", "Jasril", "Marlina", "Rahmat", "Sukmawati", "Irwan", "Fitriani", "Basri", "Nofrianti", "Alfian", "Wirdayanti"];
const FAMILY = ["", "", "", "Chaniago", "Sikumbang", "Piliang", "Tanjung", "Koto", "Melayu", "Pitopang", "Caniago", "Jambak", "Bodi", "Panai"];

/** mulberry32: a small, fast, seedable 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedPicker(weights, random) {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative = [];
  let running = 0;
  for (const weight of weights) cumulative.push((running += weight));
  return () => {
    const target = random() * total;
    let index = 0;
    while (cumulative[index] <= target) index++;
    return index;
  };
}

/**
 * Birth-date parts of a NIK (DDMMYY, DD + 40 for women) for every real date from 1960 to 2005, men then women.
 * Every year in that range divisible by 4 is a leap year (2000 included), so each DDMMYY here is a valid date.
 */
const BIRTH_DATES = (() => {
  const dates = [];
  for (const offset of [0, 40]) {
    for (let day = Date.UTC(1960, 0, 1); day <= Date.UTC(2005, 11, 31); day += 86_400_000) {
      const date = new Date(day);
      const two = (value) => String(value).padStart(2, "0");
      dates.push(`${two(date.getUTCDate() + offset)}${two(date.getUTCMonth() + 1)}${two(date.getUTCFullYear() % 100)}`);
    }
  }
  return dates;
})();
const DATE_STEP = 7919; // prime, and does not divide BIRTH_DATES.length: visits every date before repeating one
if (BIRTH_DATES.length % DATE_STEP === 0) throw new Error("DATE_STEP must be coprime with the number of dates");

/**
 * 16-digit NIK, PP KK CC DDMMYY SSSS: 13 (Sumatera Barat) 03 (Sijunjung), the district's code, a birth date and a
 * serial. The n-th worker of a district gets date number (n × DATE_STEP) mod D and serial floor(n / D) + 1, a
 * one-to-one mapping, so NIKs are unique without remembering them (up to 9,999 × D ≈ 336 million per district).
 */
function nikOf(ordinalInDistrict, districtCode) {
  const count = BIRTH_DATES.length;
  const date = BIRTH_DATES[(ordinalInDistrict % count) * DATE_STEP % count];
  const serial = Math.floor(ordinalInDistrict / count) + 1;
  if (serial > 9999) throw new Error("too many rows for unique NIKs in one district");
  return `1303${districtCode}${date}${String(serial).padStart(4, "0")}`;
}

/** Mostly the BPU minimum of Rp 1,000,000; one row in five declares more, in whole thousands up to Rp 5,000,000. */
function incomeOf(random) {
  if (random() < 0.8) return 1_000_000;
  return 1_000_000 + 1000 * Math.floor(random() * 4001);
}

export async function generateRoster(path, rows = 1_000_000, seed = 20260101) {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`bad row count: ${rows}`);
  const random = mulberry32(seed);
  const pickDistrict = weightedPicker(DISTRICT_WEIGHTS, random);
  const pickOccupation = weightedPicker(OCCUPATIONS.map(([, , weight]) => weight), random);
  const perDistrict = DISTRICTS.map(() => 0);
  const temporary = `${path}.${process.pid}.partial`;
  const out = createWriteStream(temporary, { encoding: "utf8" });
  const failed = new Promise((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  const write = async (text) => {
    if (!out.write(text)) await Promise.race([once(out, "drain"), failed]);
  };
  try {
    await write(`${HEADER}\n`);
    const BATCH = 5000;
    for (let first = 0; first < rows; first += BATCH) {
      let chunk = "";
      const last = Math.min(rows, first + BATCH);
      for (let index = first; index < last; index++) {
        const which = pickDistrict();
        const [district, code, villages] = DISTRICTS[which];
        const village = villages[Math.floor(random() * villages.length)];
        const [occupation, sector] = OCCUPATIONS[pickOccupation()];
        const given = GIVEN[Math.floor(random() * GIVEN.length)];
        const family = FAMILY[Math.floor(random() * FAMILY.length)];
        const name = family === "" ? given : `${given} ${family}`;
        const income = incomeOf(random);
        const funding = random() < 0.6 ? "APBD" : "APB Nagari";
        chunk += `${nikOf(perDistrict[which]++, code)},${name},${district},${village},${occupation},${sector},${income},${funding}\n`;
      }
      await write(chunk);
    }
    out.end();
    await Promise.race([once(out, "finish"), failed]);
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [path, rowsText = "1000000", seedText = "20260101"] = process.argv.slice(2);
  if (!path) {
    console.error("usage: node bench/generate-roster.mjs OUT.csv [ROWS=1000000] [SEED=20260101]");
    process.exit(2);
  }
  const rows = Number(rowsText.replace(/[_,]/g, ""));
  const seed = Number(seedText);
  if (!Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(seed)) {
    console.error(`generate-roster: ROWS and SEED must be whole numbers, got ${rowsText} ${seedText}`);
    process.exit(2);
  }
  await generateRoster(path, rows, seed);
}
