// Preloaded with `node --require bench/rss-probe.cjs …` when /usr/bin/time is not available: at exit, writes the
// process's peak resident set size in KiB (process.resourceUsage().maxRSS) to the file named by BENCH_RSS_FILE.
"use strict";
const { writeFileSync } = require("node:fs");

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    try {
      writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // A benchmark probe must never change the exit status of what it measures.
    }
  });
}
