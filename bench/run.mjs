#!/usr/bin/env node
// Benchmark of `iuran budget` on large synthetic rosters. Run with `npm run bench` (builds first).
//
// For each roster size: generates bench/out/roster-N.csv (reused when it already has N rows), then times, RUNS times
// each, `wc -l`, a csv-parse-only baseline (bench/parse-only.mjs) and the built CLI with --by district and with
// --by district,month. Reports the median wall time and the peak RSS, and iuran's time as a multiple of the
// csv-parse-only time. Every iuran run must exit 0 and report total.workers equal to the row count, or the
// benchmark fails.
//
// Environment: BENCH_SIZES=100000,1000000  BENCH_RUNS=3  BENCH_NO_GNU_TIME=1 (measure RSS without /usr/bin/time).
// Progress goes to stderr; the markdown table to stdout; the raw measurements to bench/out/results.json.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRoster, HEADER } from "./generate-roster.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const OUT = join(BENCH, "out");
const SIZES = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map((text) => Number(text.trim().replace(/_/g, "")));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ARGS = ["--start", "2026-01", "--months", "12", "--format", "json"];
const VARIANTS = [
  { label: "iuran budget --by district", by: "district", groups: 8 },
  { label: "iuran budget --by district,month", by: "district,month", groups: 8 * 12 },
];

function fail(message) {
  console.error(`bench: FAILED: ${message}`);
  process.exit(1);
}

if (SIZES.some((size) => !Number.isSafeInteger(size) || size < 1)) fail(`bad BENCH_SIZES: ${process.env.BENCH_SIZES}`);
if (!Number.isSafeInteger(RUNS) || RUNS < 1) fail(`bad BENCH_RUNS: ${process.env.BENCH_RUNS}`);
if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) fail("dist/ is missing: run `npm run bench` (it builds first)");
mkdirSync(OUT, { recursive: true });

// ---- how peak RSS is measured -------------------------------------------------------------------------------

const TIME_FILE = join(OUT, ".time.txt");
const RSS_FILE = join(OUT, ".rss.txt");
const PROBE = join(BENCH, "rss-probe.cjs");

function gnuTimeWorks() {
  if (process.env.BENCH_NO_GNU_TIME === "1" || !existsSync("/usr/bin/time")) return false;
  const probe = spawnSync("/usr/bin/time", ["-v", "-o", TIME_FILE, "true"], { encoding: "utf8" });
  const ok = probe.status === 0 && existsSync(TIME_FILE) && /Maximum resident set size/.test(readFileSync(TIME_FILE, "utf8"));
  rmSync(TIME_FILE, { force: true });
  return ok;
}
const GNU_TIME = gnuTimeWorks();
const RSS_METHOD = GNU_TIME ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS (bench/rss-probe.cjs)";

/**
 * Runs one command, returns its wall time (measured here, around the whole process), its peak RSS in KiB (null when
 * it cannot be known: a non-Node command without /usr/bin/time), exit status and output.
 */
function measure(command, args) {
  const isNode = command === process.execPath;
  let file = command;
  let argv = args;
  const env = { ...process.env, NO_COLOR: "1" };
  if (GNU_TIME) {
    rmSync(TIME_FILE, { force: true });
    file = "/usr/bin/time";
    argv = ["-v", "-o", TIME_FILE, command, ...args];
  } else if (isNode) {
    rmSync(RSS_FILE, { force: true });
    argv = ["--require", PROBE, ...args];
    env.BENCH_RSS_FILE = RSS_FILE;
  }
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) fail(`${command} ${args.join(" ")}: ${result.error.message}`);
  let rssKiB = null;
  if (GNU_TIME && existsSync(TIME_FILE)) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(TIME_FILE, "utf8"));
    if (match) rssKiB = Number(match[1]);
  } else if (!GNU_TIME && isNode && existsSync(RSS_FILE)) {
    rssKiB = Number(readFileSync(RSS_FILE, "utf8").trim());
  }
  return { seconds, rssKiB, status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

// ---- rosters ------------------------------------------------------------------------------------------------

/** Data rows in a roster file (lines after the header), or -1 when it is not one of ours. */
async function rowsIn(path) {
  let lines = 0;
  let firstLine = "";
  let sawFirstLine = false;
  for await (const chunk of createReadStream(path)) {
    if (!sawFirstLine) {
      firstLine += chunk.toString("latin1", 0, Math.min(chunk.length, 200));
      const end = firstLine.indexOf("\n");
      if (end >= 0) {
        sawFirstLine = true;
        if (firstLine.slice(0, end) !== HEADER) return -1;
      }
    }
    let at = -1;
    while ((at = chunk.indexOf(10, at + 1)) !== -1) lines++;
  }
  return sawFirstLine ? lines - 1 : -1;
}

async function roster(rows) {
  const path = join(OUT, `roster-${rows}.csv`);
  if (existsSync(path) && (await rowsIn(path)) === rows) {
    console.error(`bench: reusing ${relative(ROOT, path)}`);
    return path;
  }
  console.error(`bench: generating ${relative(ROOT, path)} (${rows.toLocaleString("en")} rows)`);
  await generateRoster(path, rows);
  const written = await rowsIn(path);
  if (written !== rows) fail(`${path} has ${written} rows after generation, expected ${rows}`);
  return path;
}

// ---- measurements -------------------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function repeat(label, rows, command, args, check) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = measure(command, args);
    check(result);
    console.error(`bench: ${rows} rows, ${label}, run ${run}/${RUNS}: ${result.seconds.toFixed(2)} s, ${result.rssKiB === null ? "?" : (result.rssKiB / 1024).toFixed(0)} MiB`);
    runs.push({ seconds: result.seconds, rssKiB: result.rssKiB });
  }
  const rss = runs.map((run) => run.rssKiB).filter((value) => value !== null);
  return { label, rows, runs, medianSeconds: median(runs.map((run) => run.seconds)), peakRssKiB: rss.length > 0 ? Math.max(...rss) : null };
}

function exitedCleanly(what, result) {
  if (result.status !== 0) {
    fail(`${what} exited with ${result.status ?? `signal ${result.signal}`}\n${(result.stderr ?? "").split("\n").slice(0, 20).join("\n")}`);
  }
}

const results = [];
for (const rows of SIZES) {
  const file = await roster(rows);
  const shown = relative(ROOT, file);

  results.push(
    repeat("wc -l", rows, "wc", ["-l", file], (result) => {
      exitedCleanly(`wc -l ${shown}`, result);
      const lines = Number(result.stdout.trim().split(/\s+/)[0]);
      if (lines !== rows + 1) fail(`wc -l ${shown} counted ${lines} lines, expected ${rows + 1}`);
    }),
  );
  const parseOnly = repeat("csv-parse only", rows, process.execPath, [join(BENCH, "parse-only.mjs"), file], (result) => {
    exitedCleanly(`parse-only ${shown}`, result);
    const counted = Number(result.stdout.trim());
    if (counted !== rows) fail(`parse-only ${shown} counted ${counted} rows, expected ${rows}`);
  });
  parseOnly.baseline = true;
  results.push(parseOnly);

  for (const variant of VARIANTS) {
    const args = [join(ROOT, "bin", "iuran.js"), "budget", shown, ...ARGS.slice(0, 4), "--by", variant.by, ...ARGS.slice(4)];
    const measured = repeat(variant.label, rows, process.execPath, args, (result) => {
      exitedCleanly(`iuran budget ${shown} --by ${variant.by}`, result);
      let report;
      try {
        report = JSON.parse(result.stdout);
      } catch (error) {
        fail(`iuran budget ${shown} --by ${variant.by} did not print JSON: ${error.message}\n${result.stdout.slice(0, 500)}`);
      }
      if (report?.total?.workers !== rows) fail(`iuran budget ${shown} --by ${variant.by}: total.workers is ${report?.total?.workers}, expected ${rows}`);
      if (report.groups?.length !== variant.groups) fail(`iuran budget ${shown} --by ${variant.by}: ${report.groups?.length} groups, expected ${variant.groups}`);
    });
    measured.ratio = measured.medianSeconds / parseOnly.medianSeconds;
    results.push(measured);
  }
  parseOnly.ratio = 1;
  for (const result of results) if (result.rows === rows && result.label === "wc -l") result.ratio = result.medianSeconds / parseOnly.medianSeconds;
}
rmSync(TIME_FILE, { force: true });
rmSync(RSS_FILE, { force: true });

// ---- report -------------------------------------------------------------------------------------------------

const count = (value) => Math.round(value).toLocaleString("en");
const table = [
  "| Rows | Command | Median wall time (s) | Rows/s | Peak RSS (MiB) | × csv-parse only |",
  "|---:|---|---:|---:|---:|---:|",
  ...results.map((result) =>
    [
      "",
      count(result.rows),
      result.label,
      result.medianSeconds.toFixed(3),
      count(result.rows / result.medianSeconds),
      result.peakRssKiB === null ? "–" : (result.peakRssKiB / 1024).toFixed(0),
      result.ratio.toFixed(2),
      "",
    ]
      .join(" | ")
      .trim(),
  ),
];

const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
};
writeFileSync(
  join(OUT, "results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, rssMethod: RSS_METHOD, command: ["budget", "FILE", ...ARGS], results }, null, 2)}\n`,
);

console.log(`iuran budget FILE --start 2026-01 --months 12 --by … --format json; ${RUNS} runs each, median wall time; peak RSS by ${RSS_METHOD}.`);
console.log(`Node ${machine.node}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB.`);
console.log("");
console.log(table.join("\n"));
