// Every --help, and commander's own errors, in the language of the locale: Indonesian under LANG=id_ID.UTF-8 with no
// English sentence left, English under LANG=C with no Indonesian one. Both are pinned as golden files.
import { describe, expect, it } from "vitest";
import { iuran } from "../helpers/cli.js";

const COMMANDS = ["", "premium", "budget", "capacity", "target", "check", "project", "allocate", "audit", "benefits"];
const LOCALES = { id: "id_ID.UTF-8", en: "C" } as const;

function helpOf(command: string, locale: string) {
  return iuran(command === "" ? ["--help"] : [command, "--help"], { env: { LANG: locale } });
}

/**
 * The prose of a help or message text: without example command lines, flags, bracketed names (<file>), file names,
 * quoted values and code identifiers (label,reported_total; half-up), which are the same in both languages.
 */
function prose(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s*\$ iuran /.test(line))
    .join("\n")
    .replace(/"[^"\n]*"|'[^'\n]*'/g, " ")
    .replace(/(?:^|\s)--?[A-Za-z][\w-]*/g, " ")
    .replace(/<[^>\n]*>|\[[^\]\n]*\]/g, " ")
    .replace(/[\w./-]+\.(?:csv|json|txt)\b/g, " ")
    .replace(/\S*[,_=]\S*[A-Za-z]\S*/g, " ");
}

// Function words of one language that the other does not use: a sentence in the wrong language shows them.
const ENGLISH_WORDS = /\b(?:the|of|and|or|to|for|with|is|are|from|by|when|each|without|instead|this|that|which|not|only|a|an|its|it|into|than|as|be|at|on|in|per worker|display|output)\b/gi;
const INDONESIAN_WORDS = /\b(?:dan|yang|untuk|atau|dari|tidak|dengan|bila|setiap|sebagai|pada|ke|di|ini|itu|tampilkan)\b/gi;

function englishIn(text: string): string[] {
  return [...prose(text).matchAll(ENGLISH_WORDS)].map((match) => match[0]);
}

function indonesianIn(text: string): string[] {
  return [...prose(text).matchAll(INDONESIAN_WORDS)].map((match) => match[0]);
}

describe("--help in the locale's language", () => {
  for (const command of COMMANDS) {
    const name = command === "" ? "iuran" : command;
    it(`${name} --help, Indonesian under LANG=id_ID.UTF-8: no English sentence`, async () => {
      const result = helpOf(command, LOCALES.id);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^Pemakaian: iuran/);
      expect(englishIn(result.stdout), result.stdout).toEqual([]);
      await expect(result.stdout).toMatchFileSnapshot(`./expected/help/${name}.id.txt`);
    });

    it(`${name} --help, English under LANG=C: no Indonesian sentence`, async () => {
      const result = helpOf(command, LOCALES.en);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^Usage: iuran/);
      expect(indonesianIn(result.stdout), result.stdout).toEqual([]);
      await expect(result.stdout).toMatchFileSnapshot(`./expected/help/${name}.en.txt`);
    });
  }

  it("the detectors find the other language (so the checks above can fail)", () => {
    const english = helpOf("budget", LOCALES.en).stdout;
    const indonesian = helpOf("budget", LOCALES.id).stdout;
    expect(englishIn(english).length).toBeGreaterThan(20);
    expect(indonesianIn(indonesian).length).toBeGreaterThan(20);
  });

  it("commander's words are translated: headings, [options], <file>, choices and defaults, the help option", () => {
    // As one line: the help wraps at 80 columns.
    const help = helpOf("budget", LOCALES.id).stdout.replace(/\s+/g, " ");
    for (const word of ["Usage:", "Options:", "Arguments:", "Examples:", "[options]", "<file>", "choices:", "default:", "display help for command"]) {
      expect(help).not.toContain(word);
    }
    for (const word of ["Pemakaian: iuran budget [opsi] [daftar-pekerja...]", "Opsi:", "Argumen:", "Contoh:", "-o, --output <berkas>", '(pilihan: "table", "csv", "json", "xlsx", bawaan: "table")', "tampilkan bantuan untuk perintah"]) {
      expect(help).toContain(word);
    }
    const root = helpOf("", LOCALES.id).stdout;
    expect(root).toContain("Perintah:");
    expect(root).toContain("help [perintah]");
    expect(root).toContain("tampilkan versi dan seberapa mutakhir");
  });
});

describe("the language of messages: --lang, then LC_ALL, LC_MESSAGES, LANG, LANGUAGE", () => {
  const cases: [string, Record<string, string>, string[], "id" | "en"][] = [
    ["LC_ALL=id_ID.UTF-8 over LANG=C", { LC_ALL: "id_ID.UTF-8", LANG: "C" }, [], "id"],
    ["LC_ALL=C over LANG=id", { LC_ALL: "C", LANG: "id" }, [], "en"],
    ["LC_MESSAGES=id_ID.UTF-8 over LANG=en_US.UTF-8", { LC_MESSAGES: "id_ID.UTF-8", LANG: "en_US.UTF-8" }, [], "id"],
    ["LANGUAGE=id with LANG=en_US.UTF-8", { LANGUAGE: "id", LANG: "en_US.UTF-8" }, [], "id"],
    ["LANGUAGE=id:en with LANG=en_US.UTF-8: the first wins", { LANGUAGE: "id:en", LANG: "en_US.UTF-8" }, [], "id"],
    ["LANGUAGE ignored under LANG=C", { LANGUAGE: "id", LANG: "C" }, [], "en"],
    ["the old code in_ID", { LANG: "in_ID.UTF-8" }, [], "id"],
    ["--lang en over LANG=id_ID.UTF-8", { LANG: "id_ID.UTF-8" }, ["--lang", "en"], "en"],
    ["--lang=id over LC_ALL=C", { LC_ALL: "C" }, ["--lang=id"], "id"],
  ];
  for (const [name, env, flags, lang] of cases) {
    it(`${name}: ${lang === "id" ? "Indonesian" : "English"}`, () => {
      const result = iuran(["budget", "--help", ...flags], { env });
      expect(result.stdout.split("\n")[0]).toBe(lang === "id" ? "Pemakaian: iuran budget [opsi] [daftar-pekerja...]" : "Usage: iuran budget [options] [rosters...]");
      // An error says it in the same language.
      const error = iuran(["budget", "--bogus", ...flags], { env });
      expect(error.stderr).toBe(
        lang === "id" ? "iuran: opsi '--bogus' tidak dikenal\n(tambahkan \"--help\" untuk melihat cara pemakaian)\n" : "iuran: unknown option '--bogus'\n(add \"--help\" for usage)\n",
      );
    });
  }
});

describe("commander's errors: one prefix, iuran:, in both languages, exit 2", () => {
  const errors: [string, string[], string, string][] = [
    [
      "an unknown option, with a suggestion",
      ["budget", "--strat", "2026-01"],
      "iuran: unknown option '--strat'\n(Did you mean --start?)",
      "iuran: opsi '--strat' tidak dikenal\n(Maksud Anda --start?)",
    ],
    [
      "a bad choice",
      ["premium", "--format", "xml"],
      "iuran: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, csv, json, xlsx.",
      "iuran: nilai 'xml' untuk opsi '--format <format>' tidak sah. Pilihan yang ada: table, csv, json, xlsx.",
    ],
    // No command takes a required argument any more (rosters may come from --example or standard input).
    [
      "an option without its value",
      ["budget", "--start"],
      "iuran: option '--start <YYYY-MM>' argument missing",
      "iuran: opsi '--start <TTTT-BB>' tidak diberi nilai",
    ],
    [
      "a required option left out",
      ["capacity", "--start", "2026-01"],
      "iuran: required option '--budget <rupiah>' not specified",
      "iuran: opsi wajib '--budget <rupiah>' tidak diberikan",
    ],
    ["an unknown command", ["budgte"], "iuran: unknown command 'budgte'\n(Did you mean budget?)", "iuran: perintah 'budgte' tidak dikenal\n(Maksud Anda budget?)"],
    [
      "too many arguments",
      ["premium", "extra"],
      "iuran: too many arguments for 'premium'. Expected 0 arguments but got 1.",
      "iuran: terlalu banyak argumen untuk 'premium'. Seharusnya 0 argumen, tetapi diberikan 1.",
    ],
  ];
  for (const [name, args, english, indonesian] of errors) {
    it(`${name}: English`, () => {
      const result = iuran(args, { env: { LANG: LOCALES.en } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`${english}\n(add "--help" for usage)\n`);
    });
    it(`${name}: Indonesian`, () => {
      const result = iuran(args, { env: { LANG: LOCALES.id } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`${indonesian}\n(tambahkan "--help" untuk melihat cara pemakaian)\n`);
      expect(englishIn(result.stderr)).toEqual([]);
    });
  }

  it("under --errors json: the message alone, in the language", () => {
    const result = iuran(["budget", "--bogus", "--errors", "json"], { env: { LANG: LOCALES.id } });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr)).toEqual({ type: "error", code: "USAGE", message: "opsi '--bogus' tidak dikenal" });
  });
});
