#!/usr/bin/env node
// Benchmark of workbook output: time and peak RSS of writing a large report and a large rejects file as .xlsx,
// beside the same run writing CSV, to show what the workbook costs and that its memory does not grow with the rows.
// Run after a build: `npm run build && node bench/workbook.mjs`.
//
//   report:  iuran budget ROSTER --by nik          → one row per worker (N groups), -o .xlsx against -o .csv
//   rejects: iuran budget BAD --skip-invalid        → every row but the first rejected, --rejects .xlsx against .csv
//
// Environment: BENCH_SIZES=100000,400000 (rows; default 100000). Peak RSS is process.resourceUsage().maxRSS, taken
// at exit by bench/rss-probe.cjs. Every run must exit 0 and leave its file, or the benchmark fails.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster } from "./generate-roster.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, "out");
const SIZES = (process.env.BENCH_SIZES ?? "100000").split(",").map((text) => Number(text.trim().replace(/_/g, "")));
const RSS_FILE = join(OUT, ".workbook-rss.txt");
const PERIOD = ["--start", "2026-01", "--months", "12"];

function fail(message) {
  console.error(`bench: FAILED: ${message}`);
  process.exit(1);
}

if (SIZES.some((size) => !Number.isSafeInteger(size) || size < 2)) fail(`bad BENCH_SIZES: ${process.env.BENCH_SIZES}`);
if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) fail("dist/ is missing: run `npm run build` first");
mkdirSync(OUT, { recursive: true });

function measure(args) {
  rmSync(RSS_FILE, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", join(BENCH, "rss-probe.cjs"), "bin/iuran.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RSS_FILE: RSS_FILE, NO_COLOR: "1" },
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) fail(`iuran ${args.join(" ")}: exit ${result.status}\n${result.stderr.slice(0, 2000)}`);
  return { seconds, rssMiB: Number(readFileSync(RSS_FILE, "utf8").trim()) / 1024 };
}

/** The roster with every NIK but the first cut to 15 digits: every row but one rejected (INVALID_NIK). */
async function badRoster(good, path) {
  const out = createWriteStream(path);
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(good), crlfDelay: Infinity })) {
    const row = line++ < 2 ? text : text.replace(/^(\d{15})\d/, "$1");
    if (!out.write(`${row}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
}

const rows = [];
for (const size of SIZES) {
  const roster = join(OUT, `workbook-roster-${size}.csv`);
  const bad = join(OUT, `workbook-bad-${size}.csv`);
  console.error(`bench: generating ${size.toLocaleString("en")}-row rosters`);
  await generateRoster(roster, size);
  await badRoster(roster, bad);
  for (const extension of ["csv", "xlsx"]) {
    const report = join(OUT, `by-nik-${size}.${extension}`);
    const reportRun = measure(["budget", roster, ...PERIOD, "--by", "nik", "-o", report]);
    rows.push([`budget --by nik -o .${extension}`, size, reportRun, statSync(report).size]);
    const rejects = join(OUT, `rejected-${size}.${extension}`);
    const rejectsRun = measure(["budget", bad, ...PERIOD, "--skip-invalid", "--quiet", "--rejects", rejects, "--format", "json"]);
    rows.push([`--rejects .${extension} (${(size - 1).toLocaleString("en")} rejected)`, size, rejectsRun, statSync(rejects).size]);
  }
}

console.log("| run | rows | wall s | peak RSS MiB | file MB |");
console.log("|---|---:|---:|---:|---:|");
for (const [label, size, run, bytes] of rows) {
  console.log(`| ${label} | ${size.toLocaleString("en")} | ${run.seconds.toFixed(2)} | ${run.rssMiB.toFixed(0)} | ${(bytes / 1e6).toFixed(1)} |`);
}
