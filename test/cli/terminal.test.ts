// Colour and width decided once: --color/--no-color, then NO_COLOR, then FORCE_COLOR, then whether stdout is a
// terminal; --width, then (on a terminal) COLUMNS, the terminal's own width, 80.
import { describe, expect, it } from "vitest";
import { colourLevel, tableWidthFor, type Surroundings } from "../../src/cli/terminal.js";

const terminal: Surroundings = { env: {}, isTerminal: true, toStandardOutput: true, columns: 100 };
const piped: Surroundings = { env: {}, isTerminal: false, toStandardOutput: true };
const toFile: Surroundings = { env: {}, isTerminal: true, toStandardOutput: false, columns: 100 };

describe("colourLevel", () => {
  it("auto: colour on a terminal, none when piped or written to a file", () => {
    expect(colourLevel(undefined, terminal)).toBe(1);
    expect(colourLevel("auto", terminal)).toBe(1);
    expect(colourLevel(undefined, piped)).toBe(0);
    expect(colourLevel(undefined, toFile)).toBe(0);
  });

  it("--color always and never win over everything else", () => {
    expect(colourLevel("always", { ...piped, env: { NO_COLOR: "1", FORCE_COLOR: "0" } })).toBe(1);
    expect(colourLevel("never", { ...terminal, env: { FORCE_COLOR: "3" } })).toBe(0);
    expect(colourLevel(false, { ...terminal, env: { FORCE_COLOR: "1" } })).toBe(0);
  });

  it("NO_COLOR (any non-empty value) turns colour off, before FORCE_COLOR", () => {
    for (const value of ["1", "0", "false", "yes"]) expect(colourLevel("auto", { ...terminal, env: { NO_COLOR: value } }), value).toBe(0);
    expect(colourLevel(undefined, { ...terminal, env: { NO_COLOR: "1", FORCE_COLOR: "1" } })).toBe(0);
    // Empty is unset.
    expect(colourLevel(undefined, { ...terminal, env: { NO_COLOR: "" } })).toBe(1);
  });

  it("FORCE_COLOR as chalk reads it: 0 and false off, empty and true basic, 1 to 3 that level", () => {
    expect(colourLevel(undefined, { ...piped, env: { FORCE_COLOR: "" } })).toBe(1);
    expect(colourLevel(undefined, { ...piped, env: { FORCE_COLOR: "true" } })).toBe(1);
    expect(colourLevel(undefined, { ...piped, env: { FORCE_COLOR: "2" } })).toBe(2);
    expect(colourLevel(undefined, { ...piped, env: { FORCE_COLOR: "9" } })).toBe(3);
    expect(colourLevel(undefined, { ...terminal, env: { FORCE_COLOR: "0" } })).toBe(0);
    expect(colourLevel(undefined, { ...terminal, env: { FORCE_COLOR: "false" } })).toBe(0);
    // Unreadable: as if unset.
    expect(colourLevel(undefined, { ...piped, env: { FORCE_COLOR: "lots" } })).toBe(0);
    // --color always keeps a forced higher level.
    expect(colourLevel("always", { ...piped, env: { FORCE_COLOR: "3" } })).toBe(3);
  });
});

describe("tableWidthFor", () => {
  it("--width always wins, piped or not", () => {
    expect(tableWidthFor(60, piped)).toBe(60);
    expect(tableWidthFor(60, { ...terminal, env: { COLUMNS: "200" } })).toBe(60);
  });

  it("piped or written to a file: the full table, whatever COLUMNS says", () => {
    expect(tableWidthFor(undefined, { ...piped, env: { COLUMNS: "60" } })).toBeNull();
    expect(tableWidthFor(undefined, { ...toFile, env: { COLUMNS: "60" } })).toBeNull();
  });

  it("on a terminal: COLUMNS, then the terminal's width, then 80", () => {
    expect(tableWidthFor(undefined, { ...terminal, env: { COLUMNS: "72" } })).toBe(72);
    expect(tableWidthFor(undefined, terminal)).toBe(100);
    expect(tableWidthFor(undefined, { ...terminal, columns: undefined })).toBe(80);
    expect(tableWidthFor(undefined, { ...terminal, columns: 0 })).toBe(80);
    // A COLUMNS that is no width is ignored.
    expect(tableWidthFor(undefined, { ...terminal, env: { COLUMNS: "wide" } })).toBe(100);
    expect(tableWidthFor(undefined, { ...terminal, env: { COLUMNS: "0" }, columns: undefined })).toBe(80);
  });
});
