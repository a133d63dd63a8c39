#!/usr/bin/env node
// Baseline for the benchmark: reads a CSV the way iuran reads a roster (a file stream piped into csv-parse with the
// same options, records consumed with for await) and only counts the data rows. Prints the count.
//
//   node bench/parse-only.mjs FILE.csv
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

// The options src/io/csv-source.ts streams a roster with (CSV_OPTIONS, then info off and blank lines kept);
// keep them in step.
const CSV_OPTIONS = {
  bom: true,
  info: false,
  skip_empty_lines: false,
  relax_column_count: true,
  record_delimiter: ["\r\n", "\n", "\r"],
  delimiter: ",",
};

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/parse-only.mjs FILE.csv");
  process.exit(2);
}
const bytes = createReadStream(file);
const parser = bytes.pipe(parse(CSV_OPTIONS));
bytes.on("error", (error) => parser.destroy(error));
let records = 0;
for await (const record of parser) {
  if (record.some((field) => field !== "")) records++;
}
// The first record is the header.
console.log(Math.max(0, records - 1));
