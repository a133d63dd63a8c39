// --example NAME reads the file shipped with iuran, as if its path had been given; `iuran examples` lists them;
// --version says how current the bundled tables are, read from the tables.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleFile, shownPath } from "../../src/io/examples.js";
import { iuran, ROOT } from "../helpers/cli.js";

const SIJUNJUNG_2022 = ["--start", "2022-04", "--months", "9"];
const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** The same run with the file named by --example and by its path: the same report, bar the command line in meta. */
function sameAsPath(exampleArgs: string[], pathArgs: string[]): void {
  const byExample = iuran([...exampleArgs, "--format", "json"]);
  const byPath = iuran([...pathArgs, "--format", "json"]);
  expect(byExample.stderr).toBe(byPath.stderr);
  expect(byExample.code).toBe(byPath.code);
  const withoutCommand = (stdout: string) => ({ ...JSON.parse(stdout), meta: { ...JSON.parse(stdout).meta, command: undefined } });
  expect(withoutCommand(byExample.stdout)).toEqual(withoutCommand(byPath.stdout));
}

describe("--example NAME", () => {
  it("budget: a shipped roster, alone or with others, shown as its path", () => {
    sameAsPath(["budget", "--example", "sijunjung-2022", ...SIJUNJUNG_2022, "--by", "district"], ["budget", "fixtures/sijunjung-2022/roster.csv", ...SIJUNJUNG_2022, "--by", "district"]);
    sameAsPath(
      ["budget", "fixtures/sijunjung-2022/roster.csv", "--example", "mixed-2026", "--start", "2026-01"],
      ["budget", "fixtures/sijunjung-2022/roster.csv", "fixtures/mixed-2026/roster.csv", "--start", "2026-01"],
    );
    expect(iuran(["budget", "--example", "sijunjung-2022", ...SIJUNJUNG_2022]).stdout).toContain("Roster fixtures/sijunjung-2022/roster.csv: 1,333 rows read");
  });

  it("audit, check, project and allocate read the file of the example meant for them", () => {
    sameAsPath(["audit", "--example", "sijunjung-2022", "--example", "mixed-2026"], ["audit", "fixtures/sijunjung-2022/roster.csv", "fixtures/mixed-2026/roster.csv"]);
    sameAsPath(["check", "--example", "claims"], ["check", "--claims", "fixtures/claims/reported.csv"]);
    sameAsPath(["check", "--example", "claims-partial"], ["check", "--claims", "fixtures/claims/partial.csv"]);
    sameAsPath(["project", "--example", "steady", "--example", "expand"], ["project", "--scenario", "fixtures/scenarios/steady.csv", "--scenario", "fixtures/scenarios/expand.csv"]);
    const split = ["--workers", "1333", "--key", "kecamatan", "--weight", "potential", ...SIJUNJUNG_2022];
    sameAsPath(["allocate", "--example", "sijunjung-2022", ...split], ["allocate", "--weights", "fixtures/sijunjung-2022/potential.csv", ...split]);
    const quota = ["--per-unit", "100", "--key", "nagari", "--rollup", "kecamatan", "--start", "2027-01"];
    sameAsPath(["allocate", "--example", "sijunjung-2022", ...quota], ["allocate", "--units", "fixtures/sijunjung-2022/nagari.csv", ...quota]);
  });

  it("a name that is not an example the command reads is a usage error that lists the ones it reads", () => {
    const wrong = iuran(["budget", "--example", "claims", "--start", "2022-04"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr).toBe(
      'iuran: --example claims: not an example budget can read; it reads sijunjung-2022, sijunjung-2022-excel, sijunjung-2027, mixed-2026 (iuran examples lists them all)\n(add "--help" for usage)\n',
    );
    expect(iuran(["project", "--example", "steady.csv"]).stderr).toMatch(/^iuran: --example steady\.csv: not an example project can read; it reads steady, expand /);
    expect(iuran(["check", "--example", "claims", "--claims", "fixtures/claims/reported.csv"]).stderr).toMatch(/^iuran: give --claims FILE or --example NAME, not both\n/);
    expect(iuran(["allocate", "--example", "sijunjung-2022", "--weights", "fixtures/sijunjung-2022/potential.csv", "--workers", "5", "--key", "kecamatan", "--weight", "potential"]).code).toBe(2);
    const indonesian = iuran(["budget", "--example", "nowhere", "--start", "2022-04", "--lang", "id"]);
    expect(indonesian.stderr).toMatch(/^iuran: --example nowhere: bukan contoh yang dapat dibaca budget; /);
  });

  it("audit takes --example in place of a roster file, and says so when given neither", () => {
    expect(iuran(["audit", "--example", "mixed-2026"]).code).toBe(0);
    const neither = iuran(["audit"]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/^iuran: give one or more roster files, or --example NAME \(iuran examples lists them\), or pipe a roster in\n/);
  });

  it("shows a path relative to the current folder inside it, else absolute", () => {
    const roster = exampleFile("sijunjung-2022", "roster")!;
    expect(shownPath(roster, ROOT)).toBe(join("fixtures", "sijunjung-2022", "roster.csv"));
    expect(shownPath(roster, join(ROOT, "fixtures"))).toBe(join("sijunjung-2022", "roster.csv"));
    expect(shownPath(roster, join(ROOT, "test"))).toBe(roster);
    expect(shownPath(roster, roster)).toBe(roster);
    expect(exampleFile("claims", "roster")).toBeUndefined();
  });
});

describe("iuran examples", () => {
  it("lists every example with its files, in the run's language", () => {
    const english = iuran(["examples"]);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^Example files shipped with iuran; give one to a command with --example NAME:\n\nsijunjung-2022\n/);
    expect(english.stdout).toContain("  units     allocate --per-unit  fixtures/sijunjung-2022/nagari.csv\n");
    expect(english.stdout).toContain("  scenario  project              fixtures/scenarios/expand.csv\n");
    const indonesian = iuran(["examples"], { env: { LANG: "id_ID.UTF-8" } });
    expect(indonesian.stdout).toMatch(/^Berkas contoh bawaan iuran; /);
    expect(indonesian.stdout).toContain("  daftar pekerja  budget, audit        fixtures/mixed-2026/roster.csv\n");
    expect(iuran(["--help"]).stdout).toContain("\nExample files shipped with iuran: iuran examples lists them; commands take one with --example NAME.\n");
  });
});

describe("--version", () => {
  it("gives the version and how current the bundled tariff and relief tables are", () => {
    expect(iuran(["--version"])).toEqual({
      stdout: `iuran ${version}\nbundled tariffs as of March 2025 (open-ended), reliefs as of April 2026 (to March 2027)\n`,
      stderr: "",
      code: 0,
    });
    expect(iuran(["-V"], { env: { LANG: "id_ID.UTF-8" } }).stdout).toBe(
      `iuran ${version}\ntarif bawaan per Maret 2025 (tanpa batas waktu), keringanan per April 2026 (sampai Maret 2027)\n`,
    );
  });

  const copy = mkdtempSync(join(tmpdir(), "iuran-tables-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("reads the dates off the bundled tables, not out of the code", () => {
    // A copy of the built tool whose bundled tables have newer rows: every tariff row ends, one relief runs on.
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const tables = join(copy, "dist", "data", "tariffs");
    const tariffs = readFileSync(join(tables, "tariffs.csv"), "utf8").split("\n");
    writeFileSync(
      join(tables, "tariffs.csv"),
      [tariffs[0], "bpu-jkk,JKK,BPU,,percent,1,,1000000,20700000,,2015-07,2031-06,ref", "bpu-jkk-2031,JKK,BPU,,percent,1,,1000000,20700000,,2031-07,2032-11,ref", ""].join("\n"),
    );
    const reliefs = readFileSync(join(tables, "reliefs.csv"), "utf8").trimEnd();
    writeFileSync(join(tables, "reliefs.csv"), `${reliefs}\nlater,JKK,BPU,,,,,,0.5,2030-02,,ref,"a relief","keringanan"\n`);
    const result = spawnSync(process.execPath, [join(copy, "bin", "iuran.js"), "--version"], { cwd: tmpdir(), encoding: "utf8", env: { PATH: process.env.PATH ?? "", LANG: "C" } });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`iuran ${version}\nbundled tariffs as of July 2031 (to November 2032), reliefs as of February 2030 (open-ended)\n`);
  });
});
