// Subtotals of a nested grouping and the --excel file for people, on the Sijunjung 2022 roster: exact outputs.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, stableJson } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const NESTED = ["budget", ROSTER, "--start", "2022-04", "--months", "9", "--by", "kecamatan,nagari"];
const golden = (name: string) => `./expected/${name}`;

function run(args: string[]) {
  const result = iuran(args);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

describe("budget --by kecamatan,nagari: subtotals", () => {
  const runs: [string, string[]][] = [
    ["rollup-table.id.txt", [...NESTED, "--width", "80", "--lang", "id"]],
    ["rollup-table.en.txt", [...NESTED, "--width", "80", "--lang", "en"]],
    ["rollup-no-subtotals.en.txt", [...NESTED, "--no-subtotals", "--width", "80", "--lang", "en"]],
    ["rollup-months.en.txt", ["budget", ROSTER, "--start", "2022-04", "--months", "2", "--by", "kecamatan,month", "--width", "80", "--lang", "en"]],
    ["rollup.csv", [...NESTED, "--rollup", "kecamatan", "--format", "csv"]],
    ["rollup.json", [...NESTED, "--format", "json"]],
    ["rollup-excel.id.csv", [...NESTED, "--excel", "--lang", "id"]],
    ["rollup-excel.en.csv", [...NESTED, "--excel", "--lang", "en"]],
  ];
  for (const [name, args] of runs) {
    it(name, async () => {
      await expect(stableJson(run(args))).toMatchFileSnapshot(golden(name));
    });
  }

  it("the table fits 80 columns and names each kecamatan's subtotal under its nagari", () => {
    const table = run([...NESTED, "--width", "80", "--lang", "id"]);
    for (const line of table.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
    const lines = table.split("\n");
    const subtotal = lines.findIndex((line) => line.startsWith("│ Jumlah Kamang Baru "));
    expect(lines[subtotal]).toMatch(/│ +233 │ +2\.097 │ +Rp 35\.229\.600 │$/);
    expect(lines[subtotal - 1]).toMatch(/^│ {3}Tanjung Kaliang /);
    expect(lines[subtotal + 1]).toMatch(/^│ Kecamatan: Koto VII /);
    expect(lines.filter((line) => line.startsWith("│ Jumlah ")).map((line) => line.split("│")[1]!.trim())).toEqual([
      "Jumlah IV Nagari",
      "Jumlah Kamang Baru",
      "Jumlah Koto VII",
      "Jumlah Kupitan",
      "Jumlah Lubuk Tarok",
      "Jumlah Sijunjung",
      "Jumlah Sumpur Kudus",
      "Jumlah Tanjung Gadang",
      "Jumlah",
    ]);
  });

  it("subtotal rows are bold when colour is on, like the totals", () => {
    const table = run([...NESTED, "--width", "80", "--lang", "en", "--color", "always"]);
    expect(table).toContain("\u001b[1mTotal Kamang Baru");
    expect(table).not.toContain("\u001b[1m  Aie Amo");
  });

  it("--no-subtotals leaves the table as it was: no subtotal row", () => {
    const table = run([...NESTED, "--no-subtotals", "--width", "80", "--lang", "en"]);
    expect(table).not.toMatch(/│ Total Kamang Baru/);
    expect(table).toMatch(/│ Total +│ +1,333 │/);
  });

  it("the plain CSV stays one row per nagari without --rollup: scripts that sum it are not misled", () => {
    const csv = run([...NESTED, "--format", "csv"]);
    expect(csv.split("\n")[0]).toBe("district,village,workers,worker_months,jkk,jkm,total");
    expect(parse(csv, { columns: true })).toHaveLength(62);
  });

  it("--rollup kecamatan: CSV rows marked group, subtotal and total; each part adds up", () => {
    const rows: Record<string, string>[] = parse(run([...NESTED, "--rollup", "kecamatan", "--format", "csv"]), { columns: true });
    const sum = (kind: string) => rows.filter((row) => row.row === kind).reduce((total, row) => total + BigInt(row.total!), 0n);
    expect(rows.filter((row) => row.row === "group")).toHaveLength(62);
    expect(rows.filter((row) => row.row === "subtotal").map((row) => row.district)).toHaveLength(8);
    expect(sum("group")).toBe(201_549_600n);
    expect(sum("subtotal")).toBe(201_549_600n);
    expect(sum("total")).toBe(201_549_600n);
    const kamangBaru = rows.filter((row) => row.row === "group" && row.district === "Kamang Baru").reduce((total, row) => total + BigInt(row.total!), 0n);
    expect(rows.find((row) => row.row === "subtotal" && row.district === "Kamang Baru")).toMatchObject({ village: "", workers: "233", total: kamangBaru.toString() });
  });

  it("JSON keeps its groups and adds the subtotals, marked as such", () => {
    const report = JSON.parse(run([...NESTED, "--format", "json"]));
    expect(report.groups).toHaveLength(62);
    expect(report.subtotals).toHaveLength(8);
    expect(report.subtotals[1]).toEqual({
      key: { district: "Kamang Baru" },
      groups: 11,
      workers: 233,
      workerMonths: 2097,
      amounts: { JKK: "20970000", JKM: "14259600" },
      total: "35229600",
    });
    const sum = report.subtotals.reduce((total: bigint, subtotal: { total: string }) => total + BigInt(subtotal.total), 0n);
    expect(sum.toString()).toBe(report.total.total);
  });
});

describe("--excel: CSV for people", () => {
  it("implies --format csv: the header row in the report's language, subtotal rows and a totals row", () => {
    const id = run([...NESTED, "--excel", "--lang", "id"]);
    expect(id.startsWith("\uFEFFKecamatan;Nagari/desa;Pekerja;Orang-bulan;JKK;JKM;Jumlah\r\n")).toBe(true);
    expect(id).toContain("\r\nJumlah Kamang Baru;;233;2097;20970000;14259600;35229600\r\n");
    expect(id.endsWith("\r\nJumlah;;1333;11997;119970000;81579600;201549600\r\n")).toBe(true);
    const en = run([...NESTED, "--excel", "--lang", "en"]);
    expect(en.startsWith("\uFEFFDistrict;Village;Workers;Worker-months;JKK;JKM;Total\r\n")).toBe(true);
    expect(en.endsWith("\r\nTotal;;1333;11997;119970000;81579600;201549600\r\n")).toBe(true);
  });

  it("by one column: the groups, then the totals row", () => {
    const csv = run(["budget", ROSTER, "--start", "2022-04", "--months", "9", "--by", "kecamatan", "--excel", "--lang", "id"]);
    expect(csv).toBe(
      [
        "\uFEFFKecamatan;Pekerja;Orang-bulan;JKK;JKM;Jumlah",
        "IV Nagari;100;900;9000000;6120000;15120000",
        "Kamang Baru;233;2097;20970000;14259600;35229600",
        "Koto VII;175;1575;15750000;10710000;26460000",
        "Kupitan;107;963;9630000;6548400;16178400",
        "Lubuk Tarok;97;873;8730000;5936400;14666400",
        "Sijunjung;222;1998;19980000;13586400;33566400",
        "Sumpur Kudus;224;2016;20160000;13708800;33868800",
        "Tanjung Gadang;175;1575;15750000;10710000;26460000",
        "Jumlah;1333;11997;119970000;81579600;201549600",
        "",
      ].join("\r\n"),
    );
  });

  it("every command that writes CSV writes it for Excel with --excel alone", () => {
    const commands = [
      ["capacity", "--budget", "201549600", "--start", "2022-04", "--months", "9"],
      ["target", "--enrolled", "17143", "--potential", "48838", "--target-percent", "60", "--start", "2027-01", "--funding", "APBD"],
      ["check", "--reported", "201549600", "--workers", "1333", "--start", "2022-04", "--months", "9"],
      ["project", "--from", "2026", "--years", "2", "--workers", "100", "--months", "12", "--funding", "APBD"],
      ["audit", ROSTER],
      ["premium", "--month", "2025-07"],
      ["allocate", "--per-unit", "1", "--units", "fixtures/sijunjung-2022/nagari.csv", "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01", "--funding", "APBD"],
    ];
    for (const args of commands) {
      const result = iuran([...args, "--excel", "--lang", "id"]);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout.startsWith("\uFEFF"), args.join(" ")).toBe(true);
      const [header] = parse(result.stdout.slice(1), { delimiter: ";" }) as string[][];
      // Named for people: no identifier_with_underscores left in the header row.
      expect(header!.filter((name) => /_/.test(name)), args.join(" ")).toEqual([]);
    }
  });

  it("goes with CSV only: --format json or table, or a .json file, is a usage error", () => {
    expect(iuran([...NESTED, "--excel", "--format", "json"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("iuran: --excel writes CSV for a spreadsheet; it cannot go with --format json"),
    });
    expect(iuran([...NESTED, "--excel", "--format", "table", "--lang", "id"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("iuran: --excel menulis CSV untuk spreadsheet; tidak dapat digabung dengan --format table"),
    });
    expect(iuran([...NESTED, "--excel", "-o", "report.json"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("iuran: --excel writes CSV, but report.json ends in .json: name the file .csv, or leave out --excel"),
    });
  });
});

describe("--rollup: usage errors", () => {
  const cases: [string, string[], string][] = [
    ["the last column", ["--rollup", "nagari"], "iuran: --rollup nagari: the last --by column has nothing under it to add up; name a column before it (district,village)"],
    ["a column not grouped by", ["--rollup", "sektor"], "iuran: --rollup sektor: not one of the --by columns (district,village)"],
    ["with --no-subtotals", ["--rollup", "kecamatan", "--no-subtotals"], "iuran: --rollup asks for subtotals and --no-subtotals leaves them out: give one of them"],
  ];
  for (const [name, extra, message] of cases) {
    it(name, () => {
      const result = iuran([...NESTED, ...extra]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.split("\n")[0]).toBe(message);
    });
  }
});
