// Runs the built CLI as a user would (node bin/iuran.js …) from the repository root.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function iuran(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, ["bin/iuran.js", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options.input,
    env: { PATH: process.env.PATH ?? "", FORCE_COLOR: "0", LANG: "C", ...options.env },
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** JSON output with the parts that change between releases masked, for golden files. */
export function stableJson(stdout: string): string {
  return stdout.replace(/"version": "[^"]+"/, '"version": "<version>"');
}
