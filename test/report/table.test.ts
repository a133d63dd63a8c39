// The layout of tables at a width, word wrapping and cutting: pure functions, checked on cases and under fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fittedTable, tableAsText, tableLayout, tableWidth, type ColumnSpec } from "../../src/report/table.js";
import { cutText, displayWidth, wrapText } from "../../src/report/width.js";

/** Independent of the code under test: strip colour, count code points (the fixtures hold no wide characters). */
function columnsOf(line: string): number {
  return [...line.replace(/\u001b\[[0-9;]*m/g, "")].length;
}

describe("displayWidth", () => {
  it("counts box-drawing characters as one column, colour codes as none, wide characters as two", () => {
    expect(displayWidth("│ Rp 1.333 │")).toBe(12);
    expect(displayWidth("\u001b[1mJumlah\u001b[22m")).toBe(6);
    expect(displayWidth("東京")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
  });
});

describe("cutText", () => {
  it("keeps what fits and marks the cut", () => {
    expect(cutText("Tanjung Bonai Aur Selatan", 12)).toBe("Tanjung Bon…");
    expect(cutText("fixtures/sijunjung-2022/roster.csv", 16, "end")).toBe("…2022/roster.csv");
    expect(cutText("Kupitan", 12)).toBe("Kupitan");
  });
});

describe("wrapText", () => {
  it("leaves text alone without a width, and lines that fit", () => {
    const long = "word ".repeat(40).trim();
    expect(wrapText(long, null)).toBe(long);
    expect(wrapText("short line", 80)).toBe("short line");
  });

  it("wraps between words with a hanging indent, never splitting an amount or a regulation", () => {
    const text = "  JKK BPU: 1% × declared income, 2015-07 – onwards (PP 44/2015 Lampiran II jo. PP 82/2019, PP 49/2023)";
    expect(wrapText(text, 60)).toBe("  JKK BPU: 1% × declared income, 2015-07 – onwards\n    (PP 44/2015 Lampiran II jo. PP 82/2019, PP 49/2023)");
    expect(wrapText("Total includes JKK Rp 119,970,000 and JKM Rp 81,579,600", 40)).toBe("Total includes JKK Rp 119,970,000 and\n  JKM Rp 81,579,600");
  });

  it("splits a word only when it is longer than a line", () => {
    expect(wrapText("see aaaaaaaaaaaaaaaaaaaaaaaaa", 10)).toBe("see\n  aaaaaaaa\n  aaaaaaaa\n  aaaaaaaa\n  a");
  });

  it("no wrapped line is wider than the width", () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9.,;:()×–−-]{1,30}$/);
    const text = fc.array(fc.oneof(word, fc.constantFrom("Rp", "PP", "")), { maxLength: 40 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.integer({ min: 20, max: 120 }), fc.integer({ min: 0, max: 6 }), (lines, width, indent) => {
        const source = lines.map((line) => `${" ".repeat(indent)}${line}`).join("\n");
        const wrapped = wrapText(source, width);
        for (const line of wrapped.split("\n")) expect(columnsOf(line)).toBeLessThanOrEqual(width);
        // Nothing lost but spaces at the breaks.
        expect(wrapped.replace(/\s+/g, "")).toBe(source.replace(/\s+/g, ""));
      }),
    );
  });
});

describe("tableLayout", () => {
  const column = (width: number, more: Partial<ColumnSpec> = {}): ColumnSpec => ({ width, minWidth: width, ...more });

  it("without a width, or with room, every column whole", () => {
    const columns = [column(10), column(20, { priority: 1 })];
    for (const width of [null, 37, 200]) {
      const layout = tableLayout(columns, width);
      expect(layout.columns).toEqual([
        { shown: true, narrow: false, width: 10 },
        { shown: true, narrow: false, width: 20 },
      ]);
      expect(layout.width).toBe(37);
    }
  });

  it("narrow forms before leaving anything out, lowest priority first", () => {
    const columns = [column(10), column(12, { narrowWidth: 7 }), column(14, { priority: 1, narrowWidth: 3 })];
    // 10 + 12 + 14 + 10 = 46; narrowing the low-priority column gives 35, both 30.
    expect(tableLayout(columns, 40).columns.map((fit) => fit.narrow)).toEqual([false, false, true]);
    expect(tableLayout(columns, 30).columns.map((fit) => [fit.shown, fit.narrow])).toEqual([
      [true, false],
      [true, true],
      [true, true],
    ]);
  });

  it("narrows only what it takes: a column narrowed on the way is whole again when a later one suffices", () => {
    const columns = [column(9), column(36, { priority: 1, narrowWidth: 23 }), column(8), column(61, { priority: 2, narrowWidth: 11 })];
    // Narrowing the basis (priority 1) alone is not enough (112); with the references as notes the basis fits whole (77).
    expect(tableLayout(columns, 80).columns.map((fit) => fit.narrow)).toEqual([false, false, false, true]);
    expect(tableLayout(columns, 70).columns.map((fit) => fit.narrow)).toEqual([false, true, false, true]);
  });

  it("leaves out all columns of the lowest priority together, then the next", () => {
    const columns = [column(10), column(14, { priority: 1 }), column(14, { priority: 1 }), column(8, { priority: 2 }), column(14)];
    const shown = (width: number) => tableLayout(columns, width).columns.map((fit) => fit.shown);
    expect(shown(76)).toEqual([true, true, true, true, true]);
    expect(shown(75)).toEqual([true, false, false, true, true]);
    expect(shown(42)).toEqual([true, false, false, true, true]);
    expect(shown(41)).toEqual([true, false, false, false, true]);
    expect(tableLayout(columns, 75).fullWidth).toBe(76);
  });

  it("cuts a name only when its cut priority comes, the widest first", () => {
    const columns = [column(25, { minWidth: 12, cutPriority: 2 }), column(13, { priority: 1 }), column(7, { priority: 3 }), column(14)];
    // At 60: leaving out priority 1 (25 + 7 + 14 + 13 = 59) is enough: no cut.
    expect(tableLayout(columns, 60).columns.map((fit) => [fit.shown, fit.width])).toEqual([
      [true, 25],
      [false, 13],
      [true, 7],
      [true, 14],
    ]);
    // At 50: the name is cut (to 19: 19 + 7 + 14 + 10 = 50) before the priority-3 column goes.
    expect(tableLayout(columns, 50).columns.map((fit) => [fit.shown, fit.width])).toEqual([
      [true, 19],
      [false, 13],
      [true, 7],
      [true, 14],
    ]);
  });

  it("says when even the narrowest layout does not fit", () => {
    const layout = tableLayout([column(30), column(30, { minWidth: 10 })], 40);
    expect(layout.fits).toBe(false);
    expect(layout.columns[1]!.width).toBe(10);
  });

  it("fits whenever the columns that always show fit at their narrowest, and never leaves one of them out", () => {
    const spec = fc.record({
      width: fc.integer({ min: 1, max: 40 }),
      cut: fc.integer({ min: 0, max: 30 }),
      narrow: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      priority: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      cutPriority: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 8 }), fc.integer({ min: 20, max: 200 }), (specs, width) => {
        const columns: ColumnSpec[] = specs.map((item) => ({
          width: item.width,
          minWidth: Math.max(1, item.width - item.cut),
          ...(item.narrow === undefined ? {} : { narrowWidth: item.narrow }),
          ...(item.priority === undefined ? {} : { priority: item.priority }),
          ...(item.cutPriority === undefined ? {} : { cutPriority: item.cutPriority }),
        }));
        const layout = tableLayout(columns, width);
        const required = columns.filter((column) => column.priority === undefined);
        const least = tableWidth(required.map((column) => Math.min(column.minWidth, column.narrowWidth ?? column.width)));
        if (least <= width) expect(layout.fits).toBe(true);
        if (layout.fits) expect(layout.width).toBeLessThanOrEqual(width);
        columns.forEach((column, index) => {
          if (column.priority === undefined) expect(layout.columns[index]!.shown).toBe(true);
          expect(layout.columns[index]!.width).toBeLessThanOrEqual(column.width);
        });
      }),
    );
  });
});

describe("fittedTable", () => {
  const head = ["District", "Workers", "JKK", "JKM", "Total"];
  const body = [
    ["Tanjung Gadang", "175", "Rp 15,750,000", "Rp 10,710,000", "Rp 26,460,000"],
    ["Kupitan", "107", "Rp 9,630,000", "Rp 6,548,400", "Rp 16,178,400"],
  ];
  const totals = ["Total", "282", "Rp 25,380,000", "Rp 17,258,400", "Rp 42,638,400"];
  const columns = head.map((heading, index) => ({ heading, align: index === 0 ? ("left" as const) : ("right" as const), ...(index === 2 || index === 3 ? { priority: 1 } : {}) }));

  it("without a width draws exactly the full table", () => {
    expect(fittedTable(columns, body, totals, null, "en").text).toBe(tableAsText(head, columns.map((column) => column.align), body, totals));
  });

  it("names the columns it leaves out, with their totals, and the width that shows them", () => {
    const { text } = fittedTable(columns, body, totals, 60, "en");
    expect(text).not.toContain("Rp 15,750,000");
    expect(text).toContain("│ Tanjung Gadang │     175 │ Rp 26,460,000 │");
    expect(text).toContain("Not shown at 60 columns: JKK (total Rp 25,380,000), JKM\n  (total Rp 17,258,400); --width 76 shows every column.");
    expect(fittedTable(columns, body, totals, 76, "en").text).toBe(tableAsText(head, columns.map((column) => column.align), body, totals));
    for (const line of text.split("\n")) expect(columnsOf(line)).toBeLessThanOrEqual(60);
  });

  it("moves long references into numbered notes, one number for each distinct text", () => {
    const notes = [
      { heading: "Programme", align: "left" as const },
      { heading: "Contribution", align: "right" as const },
      { heading: "Legal basis", align: "left" as const, notes: true },
    ];
    const rows = [
      ["JKK", "Rp 10,000", "PP 44/2015 Lampiran II jo. PP 82/2019, PP 49/2023"],
      ["JKM", "Rp 6,800", "PP 44/2015 Lampiran II jo. PP 82/2019, PP 49/2023"],
      ["JHT", "Rp 20,000", "PP 46/2015 jo. PP 60/2015"],
    ];
    const { text } = fittedTable(notes, rows, ["Total", "Rp 36,800", ""], 50, "id");
    expect(text).toContain("│ JKK       │    Rp 10,000 │ [1]         │");
    expect(text).toContain("│ JKM       │     Rp 6,800 │ [1]         │");
    expect(text).toContain("│ JHT       │    Rp 20,000 │ [2]         │");
    expect(text).toContain("Legal basis:\n  [1] PP 44/2015 Lampiran II jo. PP 82/2019,\n      PP 49/2023\n  [2] PP 46/2015 jo. PP 60/2015");
  });

  it("draws a section row across the table", () => {
    const { text } = fittedTable([{ heading: "Village", align: "left" }, { heading: "Total", align: "right" }], [{ section: "District: Kupitan" }, ["  Batu Manjulur", "Rp 1"]], undefined, 40, "en");
    expect(text.split("\n")).toEqual([
      "┌─────────────────┬───────┐",
      "│ Village         │ Total │",
      "├─────────────────┼───────┤",
      "│ District: Kupitan       │",
      "│   Batu Manjulur │  Rp 1 │",
      "└─────────────────┴───────┘",
    ]);
  });
});

describe("subtotal rows", () => {
  it("are drawn like body rows, in bold, and count for the width; a cut one keeps its start", async () => {
    const chalk = (await import("chalk")).default;
    const level = chalk.level;
    chalk.level = 1;
    try {
      const text = tableAsText(["Nagari", "Jumlah"], ["left", "right"], [["  Koto Baru", "1.965.600"], { subtotal: ["Jumlah IV Nagari", "15.120.000"] }], ["Jumlah", "201.549.600"]);
      const lines = text.split("\n");
      expect(lines[4]).toBe("│ \u001b[1mJumlah IV Nagari\u001b[22m │  \u001b[1m15.120.000\u001b[22m │");
      expect(lines[3]).toBe("│   Koto Baru      │   1.965.600 │");
    } finally {
      chalk.level = level;
    }
    const columns = [
      { heading: "Nagari", align: "left" as const, minWidth: 8, cutPriority: 1 },
      { heading: "Jumlah", align: "right" as const },
    ];
    const wide = fittedTable(columns, [["  Koto Baru", "1"], { subtotal: ["Jumlah Tanjung Gadang", "2"] }], ["Jumlah", "3"], null, "id");
    expect(wide.layout.columns[0]!.width).toBe("Jumlah Tanjung Gadang".length);
    const narrow = fittedTable(columns, [["  Koto Baru", "1"], { subtotal: ["Jumlah Tanjung Gadang", "2"] }], ["Jumlah", "3"], 24, "id");
    expect(narrow.text.split("\n").find((line) => line.includes("Jumlah Tan"))).toBe("│ Jumlah Tan… │      2 │");
  });
});
