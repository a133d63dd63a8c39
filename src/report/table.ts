// Terminal tables: cli-table3 without lines between body rows, one rule above the totals row.
import chalk from "chalk";
import Table from "cli-table3";

export type Align = "left" | "right";

/** With `totals`, a bold last row under a rule; without, the body alone. */
export function tableAsText(head: readonly string[], aligns: readonly Align[], body: readonly string[][], totals?: readonly string[]): string {
  const table = new Table({
    head: head.map((text) => chalk.bold(text)),
    colAligns: [...aligns],
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const row of body) table.push([...row]);
  if (totals) table.push(totals.map((cell) => chalk.bold(cell)));
  const lines = table.toString().split("\n");
  // A rule under the header and above the totals, drawn from the top border; every cell is a single line.
  const rule = lines[0]!.replace("┌", "├").replace(/┬/g, "┼").replace("┐", "┤");
  if (totals && body.length > 0) lines.splice(lines.length - 2, 0, rule);
  lines.splice(2, 0, rule);
  return lines.join("\n");
}
