// Runs the built CLI as a user would (node bin/iuran.js …) from the repository root.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** The environment every run gets: no colour, the C locale, and what the caller adds. */
function environment(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", FORCE_COLOR: "0", LANG: "C", ...extra };
}

export function iuran(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, ["bin/iuran.js", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options.input,
    env: environment(options.env),
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** As iuran(), without blocking: for many independent runs at once. */
export function iuranAsync(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/iuran.js", ...args], { cwd: ROOT, env: environment(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
  });
}

/** JSON output with the parts that change between releases masked, for golden files. */
export function stableJson(stdout: string): string {
  return stdout.replace(/"version": "[^"]+"/, '"version": "<version>"');
}
