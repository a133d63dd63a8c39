// What the terminal gets: colour or not, and the width tables fit. Decided once per run, here, from the flags, the
// environment and whether standard output is a terminal; renderers only see the outcome (chalk.level, a width).
import chalk from "chalk";

export const COLOR_CHOICES = ["always", "never", "auto"] as const;
/** --color WHEN, or --no-color (false); undefined when neither is given. */
export type ColorOption = (typeof COLOR_CHOICES)[number] | false | undefined;

/** The narrowest and widest --width taken: below 40 columns no table of iuran's can be read. */
export const LEAST_WIDTH = 40;
export const MOST_WIDTH = 1000;
/** A terminal that does not say its width is taken to be this wide. */
export const DEFAULT_TERMINAL_WIDTH = 80;

export interface Surroundings {
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  isTerminal: boolean;
  /** Whether the report goes to standard output (not to a file named by --output). */
  toStandardOutput: boolean;
  /** The terminal's width as Node knows it (process.stdout.columns), if it does. */
  columns?: number | undefined;
}

/**
 * FORCE_COLOR as chalk reads it: "0" or "false" off, "" or "true" basic colour, 1 to 3 that level; unset or
 * unreadable: undefined.
 */
function forcedLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === "" || value === "true") return 1;
  if (value === "false") return 0;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? undefined : Math.max(0, Math.min(level, 3));
}

/**
 * The chalk level (0: no colour). First --color/--no-color, then NO_COLOR (any non-empty value turns colour off),
 * then FORCE_COLOR, then whether the report goes to a terminal.
 */
export function colourLevel(option: ColorOption, surroundings: Surroundings): 0 | 1 | 2 | 3 {
  const forced = forcedLevel(surroundings.env.FORCE_COLOR);
  const on = (): 1 | 2 | 3 => Math.max(1, forced ?? 1) as 1 | 2 | 3;
  if (option === "always") return on();
  if (option === "never" || option === false) return 0;
  if (surroundings.env.NO_COLOR) return 0;
  if (forced !== undefined) return forced as 0 | 1 | 2 | 3;
  return surroundings.isTerminal && surroundings.toStandardOutput ? on() : 0;
}

/** A terminal width from text (COLUMNS): a whole number of columns, or undefined. */
function columnsOf(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const columns = Number(text);
  return columns > 0 ? columns : undefined;
}

/**
 * The width tables fit, or null for the full table. --width N always; else a report for a terminal fits it: COLUMNS,
 * then the width the terminal reports, then 80. A report piped or written to a file keeps the full layout.
 */
export function tableWidthFor(option: number | undefined, surroundings: Surroundings): number | null {
  if (option !== undefined) return option;
  if (!surroundings.isTerminal || !surroundings.toStandardOutput) return null;
  return columnsOf(surroundings.env.COLUMNS) ?? (surroundings.columns !== undefined && surroundings.columns > 0 ? surroundings.columns : DEFAULT_TERMINAL_WIDTH);
}

/** Tells chalk, once, whether to colour: every renderer's chalk calls follow. */
export function applyColourLevel(level: 0 | 1 | 2 | 3): void {
  chalk.level = level;
}
