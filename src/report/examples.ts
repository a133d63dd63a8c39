// `iuran examples`: the example files shipped with iuran, each with what it holds, who takes it and where it is.
import chalk from "chalk";
import { t } from "../text/render.js";

export interface ExampleListing {
  name: string;
  about: string;
  files: { use: string; commands: string; path: string }[];
}

export function examplesAsText(examples: readonly ExampleListing[], tryCommand: string): string {
  const files = examples.flatMap((example) => example.files);
  const useWidth = Math.max(...files.map((file) => file.use.length));
  const commandsWidth = Math.max(...files.map((file) => file.commands.length));
  const blocks = examples.map((example) =>
    [
      chalk.bold(example.name),
      `  ${example.about}`,
      ...example.files.map((file) => `  ${file.use.padEnd(useWidth)}  ${file.commands.padEnd(commandsWidth)}  ${file.path}`),
    ].join("\n"),
  );
  return `${[t("package.examplesHeading"), ...blocks, t("package.examplesTry", { command: tryCommand })].join("\n\n")}\n`;
}
