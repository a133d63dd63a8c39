// The package as a user gets it: `npm pack`, installed into a fresh prefix, run from another folder. Every example
// of every --help must run there (the files they read ship with the package and are found by --example NAME).
//
// No network: the production dependencies are copied from this checkout's node_modules (the versions
// package-lock.json names) into the prefix first, then npm installs the tarball offline with a cache of its own.
// Run as the other golden tests are, after `npm run build`. The file spends its time waiting on child processes:
// its checks run concurrently and the examples several at a time, and the setup is this file's own (beforeAll, not
// a global setup), so the other test files go on in the other workers meanwhile.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, EXAMPLE_USES } from "../../src/io/examples.js";
import { ROOT } from "../helpers/cli.js";

const SETUP_TIMEOUT = 120_000;
const RUN_TIMEOUT = 180_000;

interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

const scratch = mkdtempSync(join(tmpdir(), "iuran-package-"));
const prefix = join(scratch, "prefix");
/** Where the examples are run from: a folder that has nothing of iuran in it. */
const elsewhere = join(scratch, "elsewhere");
const installed = join(prefix, "node_modules", "iuran");
const bin = join(prefix, "node_modules", ".bin", "iuran");

/** The environment of a CI job: no colours forced, English messages, and nothing of npm's own run around it. */
function environment(): Record<string, string> {
  const path = [dirname(process.execPath), process.env.PATH ?? ""].join(delimiter);
  return { PATH: path, HOME: process.env.HOME ?? scratch, CI: "true", LANG: "C", FORCE_COLOR: "0" };
}

function npm(args: readonly string[], cwd: string): string {
  const result = spawnSync("npm", args, { cwd, encoding: "utf8", env: { ...environment(), NO_UPDATE_NOTIFIER: "1" } });
  expect(result.status, `npm ${args.join(" ")}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** Runs the installed iuran as a user's shell would: through the bin link npm made, with no standard input. */
function iuranInstalled(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: elsewhere, env: environment(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
  });
}

/** The production dependencies (not dev), as package-lock.json places them under node_modules. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith("node_modules/") && !path.slice("node_modules/".length).includes("node_modules/") && entry.dev !== true)
    .map(([path]) => path);
}

/** Splits an example command line as a shell would: words, and "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** The command names `iuran --help` lists, commander's own `help` left out. */
function commandNames(help: string): string[] {
  const section = /^Commands:\n((?:[ \t]+\S.*\n?)+)/m.exec(help)?.[1] ?? "";
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((match) => match[1]!).filter((name) => name !== "help");
}

/** Runs each job, a few at a time. */
async function inPool<T, R>(items: readonly T[], size: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await job(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

let tarballFiles: string[] = [];

beforeAll(() => {
  mkdirSync(elsewhere);
  mkdirSync(join(prefix, "node_modules"), { recursive: true });
  // dist/ is what `npm run build` made; packing must not build again (the prepare script).
  expect(existsSync(join(ROOT, "dist", "cli", "main.js")), "run npm run build first").toBe(true);
  const packed = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", scratch], ROOT)) as { filename: string; files: { path: string }[] }[];
  tarballFiles = packed[0]!.files.map((file) => file.path);
  for (const path of productionPackages()) {
    if (existsSync(join(ROOT, path))) cpSync(join(ROOT, path), join(prefix, path), { recursive: true });
  }
  npm(
    ["install", "--prefix", prefix, "--offline", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--cache", join(scratch, "npm-cache"), join(scratch, packed[0]!.filename)],
    scratch,
  );
}, SETUP_TIMEOUT);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The checks only read the installation, so they run side by side.
describe.concurrent("the installed package", () => {
  it("holds every example file, and nothing of the repository beyond what it needs", () => {
    const files = EXAMPLES.flatMap((example) => EXAMPLE_USES.flatMap((use) => example.files[use] ?? []));
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.filter((file) => !tarballFiles.includes(file))).toEqual([]);
    expect(files.filter((file) => !existsSync(join(installed, file)))).toEqual([]);
    expect(tarballFiles).toContain("dist/data/tariffs/alternatives/apb-nagari-as-apbd.csv");
    expect(tarballFiles.filter((file) => /^(src|test|bench|fixtures\/bad)\//.test(file))).toEqual([]);
  });

  it("says its version and how current its bundled tables are", async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    const result = await iuranInstalled(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^iuran ${version.replace(/\./g, "\\.")}\nbundled tariffs as of \\w+ \\d{4} \\(.+\\), reliefs as of \\w+ \\d{4} \\(.+\\)\n$`));
  });

  it("lists its examples where they are installed", async () => {
    const result = await iuranInstalled(["examples"]);
    expect(result.code).toBe(0);
    for (const example of EXAMPLES) expect(result.stdout).toContain(`\n${example.name}\n`);
    const paths = [...result.stdout.matchAll(/ (\/\S+\.csv)$/gm)].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThanOrEqual(8);
    for (const path of paths) {
      expect(path.startsWith(`${installed}/`), path).toBe(true);
      expect(existsSync(path), path).toBe(true);
    }
  });

  it(
    "runs every example of every --help from another folder (exit 0, or 1 where a check finds a mismatch)",
    async () => {
      const overview = await iuranInstalled(["--help"]);
      expect(overview.code).toBe(0);
      const commands = commandNames(overview.stdout);
      expect(commands).toEqual(expect.arrayContaining(["premium", "budget", "capacity", "target", "check", "project", "allocate", "audit", "examples"]));
      const helps = [overview.stdout, ...(await inPool(commands, 4, async (command) => (await iuranInstalled([command, "--help"])).stdout))];
      const examples = helps.flatMap((text) => [...text.matchAll(/^\s+\$ iuran (.+)$/gm)].map((match) => match[1]!));
      expect(examples.length).toBeGreaterThan(20);
      expect(examples.filter((example) => example.includes("--example")).length).toBeGreaterThanOrEqual(8);
      const runs = await inPool(examples, Math.max(2, availableParallelism()), async (example) => ({ example, run: await iuranInstalled(words(example)) }));
      const failed = runs
        .filter(({ example, run }) => !(run.code === 0 || (run.code === 1 && example.startsWith("check "))) || run.stdout === "")
        .map(({ example, run }) => `iuran ${example} → exit ${run.code}\n${run.stderr}`);
      expect(failed).toEqual([]);
      // Nothing was written beside the user.
      expect(readdirSync(elsewhere)).toEqual([]);
    },
    RUN_TIMEOUT,
  );
});
