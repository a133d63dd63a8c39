// What iuran writes, and where: outputs never land on an input or on each other (by the real file, not the
// spelling), only regular files are replaced, permissions are kept, an interrupted run leaves no temporary file,
// standard streams that cannot be written end with exit 73, and personal data stays masked in the rejects file.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { iuran, ROOT } from "../helpers/cli.js";

const ROSTER_TEXT = "nik,name,district\n1303060101800001,Afrizal,Kupitan\n1303060101800003,Citra,Kamang Baru\n";
const BUDGET = ["--start", "2026-01", "--funding", "APBD", "--format", "csv"];

/** A fresh folder holding a small valid roster. */
function workspace(): { folder: string; roster: string } {
  const folder = mkdtempSync(join(tmpdir(), "iuran-files-"));
  const roster = join(folder, "roster.csv");
  writeFileSync(roster, ROSTER_TEXT);
  return { folder, roster };
}

function temporaries(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".tmp"));
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** A roster of `rows` workers, every other one rejected (no district), for long runs. */
function bigRoster(folder: string, rows: number): string {
  const lines = ["nik,name,district"];
  for (let index = 0; index < rows; index++) {
    lines.push(`130306010${String(1_800_000 + index).padStart(7, "0")},W${index},${index % 2 === 0 ? "Kupitan" : ""}`);
  }
  const path = join(folder, "big.csv");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => child.on("exit", (code, signal) => done({ code, signal })));
}

describe("an output is never an input, nor the other output, whatever its spelling", () => {
  it("a symbolic link to the roster as --output: 73, the roster untouched", () => {
    const { folder, roster } = workspace();
    const link = join(folder, "link.csv");
    symlinkSync(roster, link);
    const result = iuran(["budget", roster, ...BUDGET, "--output", link]);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(`iuran: ${link}: refusing to write the report over an input of this run: it is the same file as ${roster}\n`);
    expect(readFileSync(roster, "utf8")).toBe(ROSTER_TEXT);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it("a hard link to the roster as --output: 73", () => {
    const { folder, roster } = workspace();
    const hard = join(folder, "hard.csv");
    linkSync(roster, hard);
    const result = iuran(["budget", roster, ...BUDGET, "--output", hard]);
    expect(result.code).toBe(73);
    expect(result.stderr).toContain("refusing to write the report over an input of this run: it is the same file as");
    expect(readFileSync(roster, "utf8")).toBe(ROSTER_TEXT);
  });

  it("--rejects through a link to the roster: refused before the roster is read, nothing written", () => {
    const { folder, roster } = workspace();
    const link = join(folder, "rejects.csv");
    symlinkSync(roster, link);
    const result = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", link]);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(`iuran: ${link}: refusing to write the rejected rows over an input of this run: it is the same file as ${roster}\n`);
    expect(readFileSync(roster, "utf8")).toBe(ROSTER_TEXT);
    expect(temporaries(folder)).toEqual([]);
  });

  it("a tariff table or a weights file, by another spelling, as --output: 73", () => {
    const { folder } = workspace();
    const tariff = join(folder, "tariff.csv");
    writeFileSync(tariff, readFileSync(join(ROOT, "src/data/tariffs/alternatives/apb-nagari-as-apbd.csv")));
    const overTariff = iuran(["premium", "--month", "2026-01", "--tariff", tariff, "--output", `${folder}/./tariff.csv`]);
    expect(overTariff.code).toBe(73);
    expect(overTariff.stderr).toContain(`refusing to write the report over an input of this run: it is the same file as ${tariff}`);
    mkdirSync(join(folder, "sub"));
    const weights = join(folder, "weights.csv");
    writeFileSync(weights, "district,potential\nKupitan,10\nKoto VII,5\n");
    const allocate = ["allocate", "--workers", "15", "--weights", weights, "--key", "district", "--weight", "potential", "--start", "2026-01"];
    const overWeights = iuran([...allocate, "--output", `${folder}/sub/../weights.csv`]);
    expect(overWeights.code).toBe(73);
    expect(overWeights.stderr).toContain(`refusing to write the report over an input of this run: it is the same file as ${weights}`);
    expect(readFileSync(weights, "utf8")).toBe("district,potential\nKupitan,10\nKoto VII,5\n");
  });

  it("--output and --rejects naming one file by two spellings: 73 before anything is written", () => {
    const { folder, roster } = workspace();
    mkdirSync(join(folder, "sub"));
    const result = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", join(folder, "out.csv"), "--output", `${folder}/sub/../out.csv`]);
    expect(result.code).toBe(73);
    expect(result.stderr).toContain("refusing to write the rejected rows and the report to the same file");
    expect(readdirSync(folder).sort()).toEqual(["roster.csv", "sub"]);
  });

  it("--output and --rejects that are hard links of one file: 73", () => {
    const { folder, roster } = workspace();
    const first = join(folder, "first.csv");
    writeFileSync(first, "keep\n");
    linkSync(first, join(folder, "second.csv"));
    const result = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", first, "--output", join(folder, "second.csv")]);
    expect(result.code).toBe(73);
    expect(readFileSync(first, "utf8")).toBe("keep\n");
  });
});

describe("only regular files are replaced", () => {
  it("a directory as --output or --rejects: 73 with a clear message", () => {
    const { folder, roster } = workspace();
    const output = iuran(["budget", roster, ...BUDGET, "--output", folder]);
    expect(output.code).toBe(73);
    expect(output.stderr).toBe(`iuran: ${folder}: cannot write the report: it is a directory, not a file\n`);
    const rejects = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", folder]);
    expect(rejects.code).toBe(73);
    expect(rejects.stderr).toBe(`iuran: ${folder}: cannot write the rejected rows: it is a directory, not a file\n`);
  });

  it("a symbolic link to nothing is refused, not followed to create a file", () => {
    const { folder, roster } = workspace();
    const dangling = join(folder, "dangling.csv");
    symlinkSync(join(folder, "nowhere.csv"), dangling);
    const result = iuran(["budget", roster, ...BUDGET, "--output", dangling]);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(`iuran: ${dangling}: cannot write the report: it is a symbolic link to nothing\n`);
    expect(readdirSync(folder).sort()).toEqual(["dangling.csv", "roster.csv"]);
  });

  it("a symbolic link to a regular file: the file it points to is replaced, the link stays", () => {
    const { folder, roster } = workspace();
    const real = join(folder, "real.csv");
    writeFileSync(real, "old\n");
    const link = join(folder, "link.csv");
    symlinkSync(real, link);
    expect(iuran(["budget", roster, ...BUDGET, "--output", link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toMatch(/^workers,worker_months,jkk,jkm,total\n/);
    expect(temporaries(folder)).toEqual([]);
  });

  it("a FIFO is written through: no temporary file, no rename, still a FIFO", async () => {
    const { folder, roster } = workspace();
    const fifo = join(folder, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const child = spawn(process.execPath, ["bin/iuran.js", "budget", roster, ...BUDGET, "--output", fifo], { cwd: ROOT, stdio: "ignore" });
    const ending = exited(child);
    // Opening the FIFO for reading waits for iuran to open it for writing; reading ends when iuran closes it.
    const received = readFileSync(fifo, "utf8");
    expect(await ending).toEqual({ code: 0, signal: null });
    expect(received).toBe("workers,worker_months,jkk,jkm,total\n2,24,240000,163200,403200\n");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(["pipe", "roster.csv"]);
  });

  it("/dev/stdout and /dev/null are written through", () => {
    const { roster } = workspace();
    const result = iuran(["budget", roster, ...BUDGET, "--output", "/dev/stdout"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("workers,worker_months,jkk,jkm,total\n2,24,240000,163200,403200\n");
    expect(iuran(["budget", roster, ...BUDGET, "--output", "/dev/null"]).code).toBe(0);
  });
});

describe("permissions", () => {
  it("a replaced output keeps its mode", () => {
    const { folder, roster } = workspace();
    const target = join(folder, "budget.csv");
    writeFileSync(target, "old\n");
    chmodSync(target, 0o640);
    expect(iuran(["budget", roster, ...BUDGET, "--output", target]).code).toBe(0);
    expect(readFileSync(target, "utf8")).toMatch(/^workers,/);
    expect(mode(target)).toBe(0o640);
  });

  it("a new output with --show-nik is its owner's alone; without, it follows the umask like any new file", () => {
    const { folder, roster } = workspace();
    const shown = join(folder, "shown.csv");
    const rejects = join(folder, "rejects.csv");
    const result = iuran(["budget", roster, ...BUDGET, "--by", "nik", "--show-nik", "--output", shown, "--skip-invalid", "--rejects", rejects]);
    expect(result.code).toBe(0);
    expect(readFileSync(shown, "utf8")).toContain("1303060101800001");
    expect(mode(shown)).toBe(0o600);
    expect(mode(rejects)).toBe(0o600);
    const plain = join(folder, "plain.csv");
    expect(iuran(["budget", roster, ...BUDGET, "--output", plain]).code).toBe(0);
    const reference = join(folder, "reference");
    writeFileSync(reference, "");
    expect(mode(plain)).toBe(mode(reference));
  });
});

describe("an interrupted run leaves no temporary file", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} while the rejects file is being written`, async () => {
      const { folder } = workspace();
      const roster = bigRoster(folder, 100_000);
      const child = spawn(process.execPath, ["bin/iuran.js", "budget", roster, ...BUDGET, "--skip-invalid", "--rejects", join(folder, "rejects.csv"), "--output", join(folder, "out.csv")], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr!.on("data", (chunk) => (stderr += chunk));
      const ending = exited(child);
      const started = Date.now();
      while (temporaries(folder).length === 0 && Date.now() - started < 10_000) await new Promise((done) => setTimeout(done, 5));
      expect(temporaries(folder)).toHaveLength(1);
      child.kill(signal);
      // The process ends as the signal ended it (the shell shows 128 + the signal's number), without a stack trace.
      expect(await ending).toEqual({ code: null, signal });
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(folder).sort()).toEqual(["big.csv", "roster.csv"]);
    });
  }
});

describe("standard output and error that cannot be written", () => {
  function withStreams(args: readonly string[], stdout: "pipe" | number, stderr: "pipe" | number) {
    const result = spawnSync(process.execPath, ["bin/iuran.js", ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", stdout, stderr] });
    return { code: result.status, signal: result.signal, stderr: result.stderr ?? "" };
  }

  it("--output /dev/full: 73, one line", () => {
    const { roster } = workspace();
    const result = iuran(["budget", roster, ...BUDGET, "--output", "/dev/full"]);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe("iuran: /dev/full: cannot write the report: no space left on device\n");
  });

  it("--rejects /dev/full: 73, one line", () => {
    const { roster } = workspace();
    const result = iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", "/dev/full"]);
    expect(result.code).toBe(73);
    expect(result.stderr).toBe("iuran: /dev/full: cannot write the rejected rows: no space left on device\n");
  });

  it("standard output on a full device: 73, one line on standard error, no stack trace", () => {
    const { roster } = workspace();
    const full = openSync("/dev/full", "w");
    try {
      const result = withStreams(["budget", roster, ...BUDGET], full, "pipe");
      expect(result.code).toBe(73);
      expect(result.stderr).toBe("iuran: cannot write to standard output: no space left on device\n");
    } finally {
      closeSync(full);
    }
  });

  it("standard error on a full device: 73, for an error message as for a warning", () => {
    const { roster } = workspace();
    const full = openSync("/dev/full", "w");
    try {
      expect(withStreams(["budget", "no-such-roster.csv", "--start", "2026-01"], "pipe", full).code).toBe(73);
      // Funding not stated: a warning on standard error, which cannot be written.
      expect(withStreams(["budget", roster, "--start", "2026-05", "--sector", "transport", "--format", "csv"], "pipe", full).code).toBe(73);
      // Nothing to write on standard error: the run succeeds.
      expect(withStreams(["budget", roster, ...BUDGET], "pipe", full).code).toBe(0);
    } finally {
      closeSync(full);
    }
  });

  it("a reader that stops early (| head -1): exit 0, silent", () => {
    const { folder } = workspace();
    const roster = bigRoster(folder, 40_000);
    const result = spawnSync("bash", ["-c", `node bin/iuran.js budget "${roster}" ${BUDGET.join(" ")} --skip-invalid --by nik 2>"${join(folder, "stderr")}" | head -1; echo "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("nik,workers,worker_months,jkk,jkm,total\n0\n");
    // Only the rejected rows' report (no stack trace, no complaint about the pipe).
    expect(readFileSync(join(folder, "stderr"), "utf8")).not.toMatch(/EPIPE|pipe|\n\s+at /);
  });
});

describe("--excel and the rejects file", () => {
  it("--excel neutralises formula-like header cells, and full-width ＝, but keeps negative numbers", () => {
    const { folder } = workspace();
    const weights = join(folder, "weights.csv");
    writeFileSync(weights, "=cmd,potential\n＝A,10\nB,5\n");
    const result = iuran(["allocate", "--workers", "15", "--weights", weights, "--key", "=cmd", "--weight", "potential", "--start", "2026-01", "--funding", "APBD", "--format", "csv", "--excel"]);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(header!.startsWith("'=cmd;Workers;")).toBe(true);
    expect(rows.filter((row) => row.startsWith("'＝A;10;"))).toHaveLength(1);
    const claims = iuran(["check", "--claims", "fixtures/claims/reported.csv", "--format", "csv", "--excel"]);
    expect(claims.stdout).toContain("Eight months paid for nine;total;MISMATCH;179155200;1;201549600;-22394400;0;computed;");
  });

  it("rejects: a NIK in full-width or Arabic-Indic digits in any column is masked; --show-nik keeps it", () => {
    const { folder } = workspace();
    const roster = join(folder, "typed.csv");
    const fullWidth = "１３０３０６０１０１８００００２";
    const arabicIndic = "١٣٠٣٠٦٠١٠١٨٠٠٠٠٣";
    writeFileSync(roster, `nik,name,district,note\n1303060101800001,A,Kupitan,ok\n1303060101800002,B,,${fullWidth}\n1303060101800003,C,,see ${arabicIndic}\n`);
    const rejects = join(folder, "rejects.csv");
    expect(iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", rejects]).code).toBe(0);
    const rows: Record<string, string>[] = parse(readFileSync(rejects, "utf8"), { columns: true });
    expect(rows.map((row) => [row.nik, row.note])).toEqual([
      ["130306******0002", "130306******0002"],
      ["130306******0003", "see 130306******0003"],
    ]);
    const shown = join(folder, "shown.csv");
    iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", shown, "--show-nik"]);
    expect(readFileSync(shown, "utf8")).toContain(`,see ${arabicIndic},`);
  });

  it("rejects with --excel: header and data cells that look like formulas are neutralised", () => {
    const { folder } = workspace();
    const roster = join(folder, "formula.csv");
    // One valid row: a run in which every row is rejected writes its rejects but exits 65.
    writeFileSync(roster, 'nik,name,district,"=HYPERLINK(""x"")"\n1303060101800001,A,Kupitan,ok\n1303060101800002,＝1+1,,@SUM(A1)\n');
    const rejects = join(folder, "rejects.csv");
    expect(iuran(["budget", roster, ...BUDGET, "--skip-invalid", "--rejects", rejects, "--excel"]).code).toBe(0);
    const [header, row] = readFileSync(rejects, "utf8").replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe(`nik;name;district;"'=HYPERLINK(""x"")";line;error`);
    expect(row!.startsWith("130306******0002;'＝1+1;;'@SUM(A1);3;")).toBe(true);
  });
});
