// Files and pipes as other CSV tools have them: "-" and a piped roster read standard input, /dev/stdin, FIFOs and
// <(…) are read as they flow, standard input is read once, "-o -" is standard output, -o's extension chooses the
// format, and warnings go to standard error only (once, with a code; --quiet silences them, not errors).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { iuran, ROOT, type CliResult } from "../helpers/cli.js";

const ROSTER = "fixtures/sijunjung-2022/roster.csv";
const MIXED = "fixtures/mixed-2026/roster.csv";
const PERIOD = ["--start", "2022-04", "--months", "9"];
const ENV = { PATH: process.env.PATH ?? "", FORCE_COLOR: "0", LANG: "C" };

/** A shell command line run from the repository root, "iuran" being the built CLI: for real pipes, FIFOs, <(…). */
function shell(script: string): CliResult {
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", `iuran() { node bin/iuran.js "$@"; }\n${script}`], { cwd: ROOT, encoding: "utf8", env: ENV, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), "iuran-pipes-"));
}

const fromFile = iuran(["budget", ROSTER, ...PERIOD, "--format", "csv"]);
const rosterText = readFileSync(join(ROOT, ROSTER), "utf8");

describe("standard input as a roster", () => {
  it("the file's own output, read from the file", () => {
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe("workers,worker_months,jkk,jkm,total\n1333,11997,119970000,81579600,201549600\n");
  });

  it('cat roster.csv | iuran budget - …: the same output as the file', () => {
    const piped = shell(`cat ${ROSTER} | iuran budget - ${PERIOD.join(" ")} --format csv`);
    expect(piped).toEqual(fromFile);
  });

  it("a roster piped with no file name is read", () => {
    expect(shell(`cat ${ROSTER} | iuran budget ${PERIOD.join(" ")} --format csv`)).toEqual(fromFile);
  });

  it("standard input that is not a pipe (a socket, as a parent process gives it) is read too", () => {
    expect(iuran(["budget", "-", ...PERIOD, "--format", "csv"], { input: rosterText })).toEqual(fromFile);
  });

  it("/dev/stdin, a FIFO, and a process substitution are read as they flow: no ESPIPE", async () => {
    expect(shell(`cat ${ROSTER} | iuran budget /dev/stdin ${PERIOD.join(" ")} --format csv`)).toEqual(fromFile);
    expect(shell(`iuran budget <(cat ${ROSTER}) ${PERIOD.join(" ")} --format csv`)).toEqual(fromFile);
    const fifo = join(folder(), "roster.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = spawn("sh", ["-c", 'cat "$0" > "$1"', join(ROOT, ROSTER), fifo], { stdio: "ignore" });
    const writerDone = new Promise((done) => writer.on("exit", done));
    const result = await new Promise<CliResult>((done) => {
      const child = spawn(process.execPath, ["bin/iuran.js", "budget", fifo, ...PERIOD, "--format", "csv"], { cwd: ROOT, env: ENV });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("exit", (code) => done({ stdout, stderr, code: code ?? -1 }));
    });
    await writerDone;
    expect(result).toEqual(fromFile);
  });

  it("meta names standard input \"-\", with the SHA-256, encoding and rows of the file's bytes", () => {
    const sha256 = createHash("sha256").update(readFileSync(join(ROOT, ROSTER))).digest("hex");
    const piped = shell(`cat ${ROSTER} | iuran budget - ${PERIOD.join(" ")} --format json`);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).meta.inputs).toEqual([{ file: "-", sha256, encoding: "utf-8", delimiter: ",", rowsRead: 1333, rowsAccepted: 1333, rowsRejected: 0, rowsSkipped: 0 }]);
  });

  it("a roster larger than the first read (64 KiB) keeps every row and its hash through a pipe", () => {
    const lines = ["nik,name,district"];
    for (let index = 0; index < 5000; index++) lines.push(`130306010${String(1_800_000 + index).padStart(7, "0")},Worker ${index},Kupitan`);
    const path = join(folder(), "big.csv");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const piped = shell(`cat ${path} | iuran budget - --start 2026-01 --funding APBD --format json`);
    expect(piped.code).toBe(0);
    const { meta, total } = JSON.parse(piped.stdout);
    expect(total.workers).toBe(5000);
    expect(meta.inputs[0].sha256).toBe(createHash("sha256").update(readFileSync(path)).digest("hex"));
  });

  it("errors name standard input \"-\", with the line and column of the file", () => {
    const result = iuran(["budget", "-", "--start", "2026-01"], { input: readFileSync(join(ROOT, "fixtures/bad/several_errors.csv"), "utf8") });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('-:3:4: error INVALID_AMOUNT: income "1,000" is ambiguous');
  });

  it("audit reads a piped roster too", () => {
    const result = shell(`cat ${ROSTER} | iuran audit --format csv`);
    expect(result).toEqual({ code: 0, stderr: "", stdout: "file,encoding,delimiter,rows_read,rows_accepted,rows_rejected,rows_skipped\n-,utf-8,\",\",1333,1333,0,0\n" });
  });

  it("nothing piped (an empty or closed standard input) is no roster: the usage errors of old", () => {
    expect(iuran(["budget", ...PERIOD])).toEqual({ code: 2, stdout: "", stderr: 'iuran: give a roster file, or --workers N for a headcount budget\n(add "--help" for usage)\n' });
    expect(shell(`iuran audit < /dev/null`)).toEqual({ code: 2, stdout: "", stderr: 'iuran: give one or more roster files, or --example NAME (iuran examples lists them), or pipe a roster in\n(add "--help" for usage)\n' });
  });

  it("a headcount budget leaves standard input alone", () => {
    const result = shell(`cat ${ROSTER} | iuran budget --workers 1333 ${PERIOD.join(" ")} --format csv`);
    expect(result).toEqual({ ...fromFile, stdout: "workers,worker_months,jkk,jkm,total\n1333,11997,119970000,81579600,201549600\n" });
  });
});

describe("standard input for the other inputs", () => {
  it("weights, a tariff table and claims may come from standard input", () => {
    const weights = "district,weight\nKupitan,1\nSijunjung,3\n";
    const allocation = iuran(["allocate", "--weights", "-", "--weight", "weight", "--key", "district", "--workers", "100", "--start", "2026-01", "--format", "csv"], { input: weights });
    const fromWeightsFile = join(folder(), "weights.csv");
    writeFileSync(fromWeightsFile, weights);
    expect(allocation.code).toBe(0);
    expect(allocation.stdout).toBe(iuran(["allocate", "--weights", fromWeightsFile, "--weight", "weight", "--key", "district", "--workers", "100", "--start", "2026-01", "--format", "csv"]).stdout);

    const tariffs = readFileSync(join(ROOT, "src/data/tariffs/tariffs.csv"), "utf8");
    const premium = iuran(["premium", "--month", "2025-07", "--no-default-tariffs", "--tariff", "-", "--format", "json"], { input: tariffs });
    expect(premium.code).toBe(0);
    expect(JSON.parse(premium.stdout).meta.tariffFiles).toEqual([{ file: "-", sha256: createHash("sha256").update(tariffs).digest("hex") }]);

    const claims = readFileSync(join(ROOT, "fixtures/claims/reported.csv"), "utf8");
    const checked = iuran(["check", "--claims", "-", "--format", "csv"], { input: claims });
    expect(checked.code).toBe(iuran(["check", "--claims", "fixtures/claims/reported.csv", "--format", "csv"]).code);
    expect(checked.stdout).toBe(iuran(["check", "--claims", "fixtures/claims/reported.csv", "--format", "csv"]).stdout);
  });
});

describe("standard input is read once", () => {
  const twice = (first: string, second: string) => `iuran: standard input is given twice (${first} and ${second}); it can be read only once\n(add "--help" for usage)\n`;

  it("\"-\" twice is a usage error, before anything is read", () => {
    expect(shell(`cat ${ROSTER} | iuran budget - - ${PERIOD.join(" ")}`)).toEqual({ code: 2, stdout: "", stderr: twice("-", "-") });
  });

  it("\"-\" and /dev/stdin, or a roster and a tariff both from standard input: the same", () => {
    expect(shell(`cat ${ROSTER} | iuran budget - /dev/stdin ${PERIOD.join(" ")}`)).toEqual({ code: 2, stdout: "", stderr: twice("-", "/dev/stdin") });
    expect(shell(`cat ${ROSTER} | iuran budget - --tariff - ${PERIOD.join(" ")}`)).toEqual({ code: 2, stdout: "", stderr: twice("-", "-") });
  });

  it("one FIFO named twice is refused, without waiting for a writer that never comes", () => {
    const fifo = join(folder(), "roster.fifo");
    const result = shell(`mkfifo ${fifo}; cat ${ROSTER} > ${fifo} & iuran budget ${fifo} ${fifo} ${PERIOD.join(" ")}`);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `iuran: ${fifo}: this pipe was read already (as ${fifo}), and a pipe can be read only once\n(add "--help" for usage)\n` });
  });

  it("standard input redirected from a file is an input: -o cannot replace it", () => {
    const where = folder();
    const roster = join(where, "roster.csv");
    writeFileSync(roster, rosterText);
    const result = shell(`iuran budget - ${PERIOD.join(" ")} --format csv -o ${roster} < ${roster}`);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(`iuran: ${roster}: refusing to write the report over an input of this run: it is the same file as -\n`);
    expect(readFileSync(roster, "utf8")).toBe(rosterText);
  });
});

describe("the report's target and format", () => {
  it("-o - is standard output", () => {
    expect(iuran(["budget", ROSTER, ...PERIOD, "--format", "csv", "-o", "-"])).toEqual(fromFile);
  });

  it("-o out.json writes JSON, out.csv CSV, out.txt the table; any other extension the table", () => {
    const where = folder();
    for (const [name, starts] of [["out.json", "{\n"], ["out.CSV", "workers,worker_months"], ["out.txt", "BPJS Ketenagakerjaan"], ["out.report", "BPJS Ketenagakerjaan"]]) {
      const result = iuran(["budget", ROSTER, ...PERIOD, "--lang", "en", "-o", join(where, name!)]);
      expect(result, name).toEqual({ code: 0, stdout: "", stderr: "" });
      expect(readFileSync(join(where, name!), "utf8").startsWith(starts!), name).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(where, "out.json"), "utf8")).total.total).toBe("201549600");
    expect(readFileSync(join(where, "out.CSV"), "utf8")).toBe(fromFile.stdout);
  });

  it("a --format that contradicts -o's extension is a usage error naming both, and writes nothing", () => {
    const target = join(folder(), "out.csv");
    const result = iuran(["budget", ROSTER, ...PERIOD, "-o", target, "--format", "json"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `iuran: --format json contradicts -o ${target}: a .csv file is written with --format csv; leave out --format, or name the file for the format\n(add "--help" for usage)\n`,
    });
    expect(existsSync(target)).toBe(false);
    // Saying the same thing twice is no contradiction.
    expect(iuran(["budget", ROSTER, ...PERIOD, "-o", target, "--format", "csv"]).code).toBe(0);
  });

  it("--rejects - writes the rejected rows to standard output when the report goes to a file, and only then", () => {
    const target = join(folder(), "budget.csv");
    const args = ["budget", "fixtures/bad/several_errors.csv", "--start", "2026-01", "--funding", "APBD", "--skip-invalid", "--rejects", "-"];
    const result = iuran([...args, "-o", target]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("nik,name,district,income,line,error");
    expect(readFileSync(target, "utf8").startsWith("workers,worker_months")).toBe(true);
    const clash = iuran(args);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("iuran: --rejects - writes the rejected rows to standard output, where the report goes too");
  });
});

describe("warnings go to standard error, once, with a code", () => {
  // The mixed roster states no funding for one worker, pays another from a village budget, and runs into 2027: four
  // warnings.
  const MIXED_RUN = [MIXED, "--start", "2026-01", "--by", "month", "--lang", "en"];
  const WARNINGS = [
    "the total spans two fiscal years, 2026 and 2027",
    "funding not stated, so relief PP 50/2025 (pp50-2025-transport) was applied",
    "relief PP 50/2025 (pp50-2025-transport) was applied to workers paid from APB Nagari/APBDes",
    "relief PP 50/2025 (pp50-2025-other) was applied to workers paid from APB Nagari/APBDes",
  ];

  function expectOnceOnStandardError(stderr: string): void {
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(WARNINGS.length);
    WARNINGS.forEach((text, index) => expect(lines[index]!.startsWith(`iuran: warning: ${text}`)).toBe(true));
  }

  it.each([["table", []], ["table in Indonesian", ["--lang", "id"]], ["CSV", ["--format", "csv"]]] as const)("never in the report: %s on standard output", (_, format) => {
    const result = iuran(["budget", ...MIXED_RUN, ...format]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/^(?:Warning|Peringatan):/m);
    // The warning's sentence stays on stderr; the report's own note on the open reading is another, shorter line.
    expect(result.stdout).not.toMatch(/was applied to workers paid from|diterapkan pada pekerja yang dibayar dari/);
    if (format[1] !== "id") expectOnceOnStandardError(result.stderr);
    else expect(result.stderr.trimEnd().split("\n")).toHaveLength(WARNINGS.length);
  });

  it("JSON on standard output is only JSON; the warnings come on standard error as well", () => {
    const result = iuran(["budget", ...MIXED_RUN, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expectOnceOnStandardError(result.stderr);
  });

  it("never in a report file either", () => {
    const target = join(folder(), "budget.txt");
    const result = iuran(["budget", ...MIXED_RUN, "-o", target]);
    expect(result.code).toBe(0);
    expect(readFileSync(target, "utf8")).not.toMatch(/was applied to workers paid from|funding not stated/);
    expectOnceOnStandardError(result.stderr);
  });

  it("JSON keeps them in meta.warnings with their codes", () => {
    const { meta } = JSON.parse(iuran(["budget", ...MIXED_RUN, "--format", "json"]).stdout);
    expect(meta.warnings.map((warning: { code: string }) => warning.code)).toEqual(["FISCAL_YEARS_SPANNED", "FUNDING_NOT_STATED", "FUNDING_READING_OPEN", "FUNDING_READING_OPEN"]);
    WARNINGS.forEach((text, index) => expect(meta.warnings[index].message.startsWith(text)).toBe(true));
  });

  it("--errors json: every warning a line with its code", () => {
    const result = iuran(["budget", ...MIXED_RUN, "--format", "csv", "--errors", "json"]);
    const lines = result.stderr.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines.map(({ type, code }) => ({ type, code }))).toEqual([
      { type: "warning", code: "FISCAL_YEARS_SPANNED" },
      { type: "warning", code: "FUNDING_NOT_STATED" },
      { type: "warning", code: "FUNDING_READING_OPEN" },
      { type: "warning", code: "FUNDING_READING_OPEN" },
    ]);
    // Roster warnings carry theirs too.
    const title = join(folder(), "title.csv");
    writeFileSync(title, "DAFTAR PEKERJA RENTAN 2026\nnik,nama,kecamatan\n1303060101800001,A,Kupitan\n");
    const titled = iuran(["budget", title, "--start", "2026-01", "--funding", "APBD", "--format", "csv", "--errors", "json"]);
    expect(titled.stderr.trimEnd().split("\n").map((line) => JSON.parse(line).code)).toEqual(["TITLE_SKIPPED"]);
  });

  it("--quiet (-q) silences warnings and summaries, not errors", () => {
    for (const flag of ["-q", "--quiet"]) {
      const quiet = iuran(["budget", ...MIXED_RUN, "--format", "csv", flag]);
      expect(quiet).toEqual({ code: 0, stdout: iuran(["budget", ...MIXED_RUN, "--format", "csv"]).stdout, stderr: "" });
    }
    const skipped = iuran(["budget", "fixtures/bad/several_errors.csv", "--start", "2026-01", "--funding", "APBD", "--skip-invalid", "--format", "csv", "-q"]);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain("fixtures/bad/several_errors.csv:3:4: error INVALID_AMOUNT");
    expect(skipped.stderr).not.toContain("rejected and left out");
    const failed = iuran(["budget", "fixtures/bad/several_errors.csv", "--start", "2026-01", "-q"]);
    expect(failed.code).toBe(65);
    expect(failed.stderr.trimEnd().split("\n")).toHaveLength(4);
    expect(failed.stderr).toContain("fixtures/bad/several_errors.csv:5:1: error NIK_SCIENTIFIC");
    const usage = iuran(["budget", ROSTER, "--workers", "5", "--start", "2026-01", "-q"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("iuran: give either roster files or --workers N, not both");
  });
});
