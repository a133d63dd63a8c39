#!/usr/bin/env node
// Benchmark of `iuran budget` on large roster workbooks: is memory bounded when a roster arrives as .xlsx?
//
//   npm run build && node bench/xlsx-read.mjs
//
// For each size (XLSX_BENCH_SIZES=100000,400000 by default) it generates the synthetic roster of
// bench/generate-roster.mjs into a temporary folder, writes the same rows as a workbook the hard way for a reader
// (every text a shared string, NIKs unique, so the shared-strings table grows with the rows; the table stored
// after the sheet; deflated), then times `iuran budget` on the workbook and on the CSV. Each run must exit 0 with
// total.workers equal to the row count, and the two budgets must be equal, or the benchmark fails. Peak RSS comes
// from /usr/bin/time -v when it works, else from process.resourceUsage().maxRSS (bench/rss-probe.cjs).
// Prints a markdown table on stdout; the temporary folder is removed at the end.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import yazl from "yazl";
import { generateRoster } from "./generate-roster.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const SIZES = (process.env.XLSX_BENCH_SIZES ?? "100000,400000").split(",").map((text) => Number(text.trim().replace(/_/g, "")));
const ARGS = ["--start", "2026-01", "--months", "12", "--by", "district", "--format", "json"];
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function fail(message) {
  console.error(`xlsx bench: FAILED: ${message}`);
  process.exit(1);
}

if (SIZES.some((size) => !Number.isSafeInteger(size) || size < 1)) fail(`bad XLSX_BENCH_SIZES: ${process.env.XLSX_BENCH_SIZES}`);
if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) fail("dist/ is missing: run `npm run build` first");

const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]);
const letters = "ABCDEFGH";

/** The CSV's rows as a workbook: the sheet streamed into the zip first, the shared strings (known only then) after it. */
async function toWorkbook(csvPath, xlsxPath) {
  const strings = new Map();
  const shared = (text) => {
    let index = strings.get(text);
    if (index === undefined) strings.set(text, (index = strings.size));
    return index;
  };
  async function* sheet() {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity })) {
      if (text === "") continue;
      line++;
      const cells = text.split(",").map((field, index) => {
        const reference = `${letters[index]}${line}`;
        // Income is a number cell; everything else, NIKs included, a shared string.
        return line > 1 && index === 6 ? `<c r="${reference}"><v>${field}</v></c>` : `<c r="${reference}" t="s"><v>${shared(field)}</v></c>`;
      });
      yield `<row r="${line}">${cells.join("")}</row>`;
    }
    yield "</sheetData></worksheet>";
  }
  async function* sharedStrings() {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" uniqueCount="${strings.size}">`;
    let batch = [];
    for (const text of strings.keys()) {
      batch.push(`<si><t>${escape(text)}</t></si>`);
      if (batch.length === 1000) yield batch.splice(0).join("");
    }
    yield `${batch.join("")}</sst>`;
  }
  const zip = new yazl.ZipFile();
  const out = zip.outputStream.pipe(createWriteStream(xlsxPath));
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`), "[Content_Types].xml");
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`), "_rels/.rels");
  zip.addReadStream(Readable.from(sheet()), "xl/worksheets/sheet1.xml");
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Daftar" sheetId="1" r:id="rId1"/></sheets></workbook>`), "xl/workbook.xml");
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`), "xl/_rels/workbook.xml.rels");
  zip.addReadStream(Readable.from(sharedStrings()), "xl/sharedStrings.xml");
  zip.end();
  await once(out, "close");
  return strings.size;
}

// ---- measuring ----------------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), "iuran-xlsx-bench-"));
const TIME_FILE = join(work, "time.txt");
const RSS_FILE = join(work, "rss.txt");
const GNU_TIME = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-v", "-o", TIME_FILE, "true"]).status === 0 && /Maximum resident/.test(readFileSync(TIME_FILE, "utf8"));

function measure(args) {
  rmSync(TIME_FILE, { force: true });
  rmSync(RSS_FILE, { force: true });
  const [file, argv] = GNU_TIME ? ["/usr/bin/time", ["-v", "-o", TIME_FILE, process.execPath, "bin/iuran.js", ...args]] : [process.execPath, ["--require", join(BENCH, "rss-probe.cjs"), "bin/iuran.js", ...args]];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", BENCH_RSS_FILE: RSS_FILE }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) fail(`iuran ${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  const rssKiB = GNU_TIME ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(TIME_FILE, "utf8"))?.[1]) : Number(readFileSync(RSS_FILE, "utf8").trim());
  return { seconds, rssMiB: rssKiB / 1024, report: JSON.parse(result.stdout) };
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const lines = ["| rows | .xlsx size | shared strings | `budget` on .xlsx: wall s / peak RSS MiB | on the same .csv: wall s / peak RSS MiB |", "|---:|---:|---:|---|---|"];
try {
  for (const rows of SIZES) {
    const csvPath = join(work, `roster-${rows}.csv`);
    const xlsxPath = join(work, `roster-${rows}.xlsx`);
    console.error(`xlsx bench: generating ${rows.toLocaleString("en")} rows`);
    await generateRoster(csvPath, rows);
    const sharedCount = await toWorkbook(csvPath, xlsxPath);
    const book = measure(["budget", xlsxPath, ...ARGS]);
    const csv = measure(["budget", csvPath, ...ARGS]);
    if (book.report.total.workers !== rows) fail(`${rows} rows: the workbook gave ${book.report.total.workers} workers`);
    if (JSON.stringify(book.report.total) !== JSON.stringify(csv.report.total)) fail(`${rows} rows: the workbook's total differs from the CSV's`);
    lines.push(`| ${rows.toLocaleString("en")} | ${mib(statSync(xlsxPath).size)} MiB | ${sharedCount.toLocaleString("en")} | ${book.seconds.toFixed(2)} / ${book.rssMiB.toFixed(0)} | ${csv.seconds.toFixed(2)} / ${csv.rssMiB.toFixed(0)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(lines.join("\n"));
console.log(`\nPeak RSS by ${GNU_TIME ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"}; Node ${process.version}.`);
