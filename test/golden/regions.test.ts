// Region names as offices type them: one kecamatan however it is spelt, the official spelling shown, the merged
// spellings and the names no official list has named in warnings, and --region found by name or code.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const CLEAN = "fixtures/sijunjung-2022/roster.csv";
const MESSY = "fixtures/regions/roster.csv";
const POTENTIAL = "fixtures/regions/potential.csv";
const CLEAN_POTENTIAL = "fixtures/sijunjung-2022/potential.csv";
const PERIOD = ["--start", "2022-04", "--months", "9"];
const LANGS = [
  { lang: "en", args: [] as string[] },
  { lang: "id", args: ["--lang", "id"] },
];
const golden = (name: string) => `./expected/regions/${name}.txt`;

function json(args: readonly string[]) {
  const result = iuran([...args, "--format", "json"]);
  expect(result.code).toBe(0);
  return { ...JSON.parse(result.stdout), stderr: result.stderr };
}

describe("the re-spelt Sijunjung roster", () => {
  it("is re-spelt: its kecamatan are written in many ways", () => {
    const districts = new Set(readFileSync(MESSY, "utf8").trim().split("\n").slice(1).map((line) => line.split(",")[2]));
    expect(districts.size).toBeGreaterThan(50);
  });

  it("budgets by kecamatan exactly as the clean roster does, with or without --region", () => {
    const clean = json(["budget", CLEAN, ...PERIOD, "--by", "district", "--potential", CLEAN_POTENTIAL]);
    for (const region of [[], ["--region", "Sijunjung"], ["--region", "13.03"]]) {
      const messy = json(["budget", MESSY, ...PERIOD, "--by", "district", "--potential", POTENTIAL, ...region]);
      expect(messy.groups).toEqual(clean.groups);
      expect(messy.total).toEqual(clean.total);
    }
    expect(clean.total.total).toBe("201549600");
    expect(clean.groups.map((group: { key: { district: string } }) => group.key.district)).toEqual(["IV Nagari", "Kamang Baru", "Koto VII", "Kupitan", "Lubuk Tarok", "Sijunjung", "Sumpur Kudus", "Tanjung Gadang"]);
  });

  it("budgets by kecamatan and nagari as the clean roster does, but for the misspelt nagari", () => {
    const clean = json(["budget", CLEAN, ...PERIOD, "--by", "district,village"]);
    const messy = json(["budget", MESSY, ...PERIOD, "--by", "district,village", "--region", "Sijunjung"]);
    const workers = (report: { groups: { key: { district: string; village: string }; workers: number }[] }) =>
      Object.fromEntries(report.groups.map((group) => [`${group.key.district}/${group.key.village}`, group.workers]));
    const expected = workers(clean);
    expected["Kamang Baru/Muaro Takuang"] = expected["Kamang Baru/Muaro Takuang"]! - 3;
    expected["Kamang Baru/Muaro Takung"] = 3;
    expect(workers(messy)).toEqual(expected);
    expect(messy.total).toEqual(clean.total);
    expect(messy.meta.warnings.map((entry: { code: string }) => entry.code)).toEqual(["GROUP_NAMES_MERGED", "GROUP_NAMES_MERGED", "REGION_NAME_UNKNOWN"]);
  });

  for (const { lang, args } of LANGS) {
    it(`prints the budget by kecamatan with the names merged (${lang})`, async () => {
      const result = iuran(["budget", MESSY, ...PERIOD, "--by", "kecamatan", "--region", "Sijunjung", "--potential", POTENTIAL, ...args]);
      expect(result.code).toBe(0);
      await expect(`${result.stdout}--- stderr\n${result.stderr}`).toMatchFileSnapshot(golden(`by-district.${lang}`));
    });

    it(`names the misspelt nagari and its closest official name (${lang})`, async () => {
      const result = iuran(["budget", MESSY, ...PERIOD, "--by", "kecamatan,nagari", "--region", "13.03", "--format", "csv", ...args]);
      expect(result.code).toBe(0);
      await expect(`${result.stdout}--- stderr\n${result.stderr}`).toMatchFileSnapshot(golden(`by-village.${lang}`));
    });

    it(`refuses an unknown or ambiguous --region, naming what it could be (${lang})`, async () => {
      const runs = [["Solok"], ["Sijunjong"], ["Atlantis"], ["13.99"]].map(([region]) => {
        const result = iuran(["budget", CLEAN, ...PERIOD, "--by", "kecamatan", "--region", region!, ...args]);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe("");
        return result.stderr;
      });
      await expect(runs.join("")).toMatchFileSnapshot(golden(`region-usage.${lang}`));
    });
  }

  it("takes a full name for a kabupaten that shares its name with a kota", () => {
    for (const region of ["Kab. Solok", "13.72"]) {
      const result = iuran(["budget", CLEAN, ...PERIOD, "--region", region, "--format", "csv"]);
      expect(result.code).toBe(0);
    }
    // Sijunjung's kecamatan are none of Kota Solok's.
    const result = iuran(["budget", CLEAN, ...PERIOD, "--by", "kecamatan", "--region", "Kota Solok", "--format", "csv"]);
    expect(result.stderr).toMatch(/^iuran: warning: 8 names are not in the official district list of Kota Solok \(13\.72\): IV Nagari \(100 rows; no close name\);/);
  });

  it("takes the region from a kabupaten/kota column that names one, and says so when it names several", () => {
    const roster = (region: string) =>
      `NIK,Nama,Kab/Kota,Kecamatan,Nagari\n1303061112820001,A,Kabupaten Sijunjung,KAMANG BARU,Muaro Takung\n1303061112820002,B,${region},Kamang Baru,Nagari Muaro Takuang\n`;
    const one = iuran(["budget", "--start", "2027-01", "--by", "kecamatan,nagari", "--format", "csv"], { input: roster("Kab. Sijunjung") });
    expect(one.stdout).toBe("district,village,workers,worker_months,jkk,jkm,total\nKamang Baru,Muaro Takuang,1,12,120000,81600,201600\nKamang Baru,Muaro Takung,1,12,120000,81600,201600\n");
    expect(one.stderr.split("\n")[2]).toBe("iuran: warning: 1 name is not in the official village list of Kabupaten Sijunjung (13.03): Muaro Takung (1 row; closest: Muaro Takuang)");
    const two = iuran(["budget", "--start", "2027-01", "--by", "kecamatan,nagari", "--format", "csv", "--lang", "id"], { input: roster("Solok") });
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.split("\n")[0]).toBe(
      'iuran: peringatan: kolom kabupaten/kota berisi "Kabupaten Sijunjung", "Solok", bukan satu kabupaten atau kota seperti nama di daftar resmi: nama kecamatan dan nagari tidak dicocokkan (berikan --region)',
    );
    expect(two.stderr).not.toMatch(/REGION|daftar resmi Kabupaten/);
  });

  it("keeps other group columns as written", () => {
    const result = iuran(["budget", "--by", "sumber dana", "--start", "2027-01", "--format", "csv"], {
      input: "nik,nama,kecamatan,sumber dana\n1303061112820001,A,Kamang Baru,APBD\n1303061112820002,B,KAMANG BARU,apbd\n",
    });
    expect(result.stdout).toBe("funding,workers,worker_months,jkk,jkm,total\nAPBD,2,24,240000,163200,403200\n");
    const byText = iuran(["budget", "--by", "nama", "--start", "2027-01", "--format", "csv"], {
      input: "nik,nama,kecamatan\n1303061112820001,Desa Ani,Kamang Baru\n1303061112820002,Ani,KAMANG BARU\n",
    });
    expect(byText.stdout.split("\n").slice(1, 3)).toEqual(["Ani,1,12,120000,81600,201600", "Desa Ani,1,12,120000,81600,201600"]);
    expect(byText.stderr).toBe("");
  });
});

describe("keys matched in other files", () => {
  it("a potential file with one kecamatan written twice is refused", () => {
    const result = iuran(["budget", CLEAN, ...PERIOD, "--by", "district", "--potential", "-"], { input: "kecamatan,potential\nKamang Baru,10\nKec. KAMANG BARU,12\n" });
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(/:3:1: error DUPLICATE_KEY: "Kec\. KAMANG BARU" appears twice\n/);
  });

  it("allocate reads prefixed and capitalised keys in weights as the official names", () => {
    const base = ["allocate", "--budget", "500000000", "--key", "kecamatan", "--weight", "potential", "--start", "2027-01", "--funding", "APBD"];
    const clean = json([...base, "--weights", CLEAN_POTENTIAL, "--potential", CLEAN_POTENTIAL]);
    const messy = json([...base, "--weights", POTENTIAL, "--potential", CLEAN_POTENTIAL]);
    expect(messy.groups).toEqual(clean.groups);
    expect(messy.total).toEqual(clean.total);
  });

  it("allocate reads prefixed and capitalised units and rollups as the official names", () => {
    const base = ["allocate", "--per-unit", "100", "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01", "--funding", "APB Nagari"];
    const clean = json([...base, "--units", "fixtures/sijunjung-2022/nagari.csv"]);
    const messy = json([...base, "--units", "fixtures/regions/nagari.csv"]);
    expect(messy.groups).toEqual(clean.groups);
    expect(messy.rollup).toEqual(clean.rollup);
  });
});
