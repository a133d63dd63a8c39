// Every fixture under fixtures/bad/ under an Indonesian locale: the same exit code, and no English sentence on
// standard error (only codes, flags, file names and the cells quoted from the input stay as they are).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES } from "../helpers/bad-fixtures.js";
import { iuran, type CliResult } from "../helpers/cli.js";

const INDONESIAN = { LANG: "id_ID.UTF-8" };

/**
 * Messages still printed in English by code outside the input catalogue, by error code: their check is expected to
 * fail until that code is converted (and then this entry must go).
 */
const ENGLISH_ELSEWHERE: Record<string, string> = {};

/** Words that only English sentences use; an Indonesian message has none of them outside quotes and paths. */
const ENGLISH_WORDS = [
  "the", "is", "are", "was", "were", "not", "must", "and", "with", "of", "or", "got", "expected", "row", "rows",
  "column", "columns", "file", "line", "error", "a", "an", "to", "in", "at", "on", "for", "from", "has", "have",
  "be", "by", "it", "this", "that", "cannot", "needs", "missing", "empty",
];
const ENGLISH_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}_-])(${ENGLISH_WORDS.join("|")})(?![\p{L}\p{N}_-])`, "iu");

/**
 * The English words in a stderr, if any: cells quoted from the input ("…"), file paths and the location in front
 * of each error line are left out first, and so is the closing summary ("iuran: 1 error; no report written"),
 * which src/cli/main.ts prints and converts separately.
 */
function englishIn(stderr: string): string[] {
  const lines = stderr.split("\n").filter((line) => line !== "");
  if (lines.length > 0 && /^iuran: \d/.test(lines[lines.length - 1]!)) lines.pop();
  const found: string[] = [];
  for (const line of lines) {
    const prose = line
      .replace(/^\S+?:\d+(?::\d+)?: /, "")
      .replace(/"[^"]*"/g, " ")
      .replace(/\S*[/\\]\S*|\S+\.csv\b/g, " ");
    const match = ENGLISH_WORD.exec(prose);
    if (match) found.push(`${match[1]} in: ${line}`);
  }
  return found;
}

describe("the English detector", () => {
  it("finds English in every English message pinned for fixtures/bad", () => {
    const files = readdirSync("test/golden/expected/bad").filter((name) => name.endsWith(".stderr"));
    expect(files.length).toBeGreaterThan(20);
    for (const name of files) expect(englishIn(readFileSync(`test/golden/expected/bad/${name}`, "utf8")), name).not.toEqual([]);
  });

  it("leaves quoted cells, paths, locations and the closing summary alone", () => {
    expect(englishIn('fixtures/bad/the_file.csv:3:4: kesalahan X: penghasilan "is not a number" kosong\niuran: 1 error; no report written\n')).toEqual([]);
    expect(englishIn("iuran: kesalahan X: the row\n")).not.toEqual([]);
  });
});

describe("fixtures/bad under LANG=id_ID.UTF-8", () => {
  for (const [code, args] of Object.entries(CASES)) {
    // One run per fixture, whichever of its tests asks first.
    let result: CliResult | undefined;
    const run = () => (result ??= iuran(args, { env: INDONESIAN }));

    it(`${code}: exit 65 and the Indonesian message`, async () => {
      const result = run();
      expect(result.code).toBe(65);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`${code}:`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      await expect(result.stderr).toMatchFileSnapshot(`./expected/bad-id/${code.toLowerCase()}.stderr`);
    });

    const check = code in ENGLISH_ELSEWHERE ? it.fails : it;
    check(`${code}: no English sentence${code in ENGLISH_ELSEWHERE ? ` (yet: ${ENGLISH_ELSEWHERE[code]})` : ""}`, () => {
      expect(englishIn(run().stderr)).toEqual([]);
    });
  }
});

describe("files under LANG=id_ID.UTF-8", () => {
  const BUDGET = ["--start", "2026-01", "--funding", "APBD", "--format", "csv"];
  const workspace = () => mkdtempSync(join(tmpdir(), "iuran-id-"));

  it("a missing roster: 66, said in Indonesian", () => {
    const result = iuran(["budget", "fixtures/no-such-roster.csv", ...BUDGET], { env: INDONESIAN });
    expect(result.code).toBe(66);
    expect(result.stderr).toBe("iuran: fixtures/no-such-roster.csv: tidak dapat dibaca: berkas tidak ada\n");
  });

  it("a folder as --rejects: 73, said in Indonesian", () => {
    const folder = workspace();
    const roster = join(folder, "roster.csv");
    writeFileSync(roster, "nik,name,district\n1303060101800001,Afrizal,Kupitan\n");
    mkdirSync(join(folder, "sub"));
    const result = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", join(folder, "sub")], { env: INDONESIAN });
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(`iuran: ${join(folder, "sub")}: baris yang ditolak tidak dapat ditulis: berupa folder, bukan berkas\n`);
  });

  it("the rejects file names its added columns and reasons in Indonesian, and reads back without a look-alike warning", () => {
    const folder = workspace();
    const roster = join(folder, "roster.csv");
    writeFileSync(roster, "nik,name,district\n1303060101800001,Afrizal,Kupitan\n1303060101800003,Citra,\n");
    const rejects = join(folder, "ditolak.csv");
    const result = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", rejects], { env: INDONESIAN });
    expect(result.code).toBe(0);
    expect(readFileSync(rejects, "utf8")).toBe("nik,name,district,baris,kesalahan\n130306******0003,Citra,,3,MISSING_VALUE: kecamatan kosong\n");
    // Corrected, the file is a roster again; "kesalahan" is iuran's own column, not a misspelt "kelurahan".
    writeFileSync(rejects, "nik,name,district,baris,kesalahan\n1303060101800003,Citra,Kupitan,3,MISSING_VALUE: kecamatan kosong\n");
    const again = iuran(["budget", rejects, ...BUDGET, "--format", "json"], { env: INDONESIAN });
    expect(again.code).toBe(0);
    expect(again.stdout + again.stderr).not.toContain("COLUMN_NOT_READ");
    expect(again.stdout + again.stderr).not.toContain("kesalahan");
  });
});
