#!/usr/bin/env node
// Baseline for the benchmark: reads a CSV the way iuran reads a roster (a file stream piped into csv-parse with the
// same options, records consumed with for await) and only counts the data rows. Prints the count.
//
//   node bench/parse-only.mjs FILE.csv
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";

// The options of src/io/csv-source.ts (CSV_OPTIONS); keep them in step.
const CSV_OPTIONS = {
  bom: true,
  info: true,
  skip_empty_lines: true,
  relax_column_count: true,
  record_delimiter: ["\r\n", "\n", "\r"],
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
for await (const item of parser) {
  if (item.record.length > 0) records++;
}
// The first record is the header.
console.log(Math.max(0, records - 1));
