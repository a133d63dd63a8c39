// Every file this run reads and every file it is going to replace, known by the real file (device and inode once
// symlinks are followed, which also catches hard links) rather than by how its path is spelled. The readers note
// each input as they open it; the writers claim their target before writing. Whichever comes second is refused, so
// neither --output nor --rejects ever replaces an input, or each other. An input that flows past once (standard
// input, a FIFO, a process substitution) cannot be read a second time: naming it twice is refused (exit 2).
import type { BigIntStats } from "node:fs";
import { t } from "../text/render.js";
import { OutputError } from "./output-error.js";

export type OutputRole = "report" | "rejects";

/** What an output holds, for messages: "the report", "the rejected rows". */
export function outputContent(role: OutputRole): string {
  return role === "report" ? t("output.theReport") : t("output.theRejectedRows");
}

/** A target that will be replaced or created: its real path, and its file when it exists already. */
export interface OutputIdentity {
  realPath: string;
  file?: BigIntStats;
}

interface Claim extends OutputIdentity {
  /** The path as the user gave it. */
  path: string;
}

/** Device and inode: the same for every name and link of one file. */
function fileKey(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}`;
}

/** File key → the first path it was read under. */
const inputs = new Map<string, string>();
const claims = new Map<OutputRole, Claim>();
/** The name standard input was read under ("-", /dev/stdin), once it was. */
let standardInputRead: string | undefined;

/** Standard input or a pipe named a second time: its bytes are gone (exit 2, a mistake in the command line). */
export class InputReadTwice extends Error {}

/** A pipe or a socket: what it holds is read once and gone. */
function flowsOnce(stats: BigIntStats): boolean {
  return stats.isFIFO() || stats.isSocket();
}

function overInput(path: string, role: OutputRole, input: string): OutputError {
  const content = outputContent(role);
  return new OutputError(input === path ? t("output.overInput", { path, content }) : t("output.overInputAlias", { path, content, input }));
}

/**
 * Refuses (exit 2) a pipe that was read already. Readers call it before opening a path too, since opening a FIFO
 * waits for a writer, which a FIFO read to its end never gets again.
 */
export function refuseSecondRead(file: string, stats: BigIntStats): void {
  const first = inputs.get(fileKey(stats));
  if (first !== undefined && flowsOnce(stats)) throw new InputReadTwice(t("pipes.pipeTwice", { file, first }));
}

/**
 * Called by every reader once it has opened a file; refused (exit 73) if the file is a claimed output, and (exit 2)
 * if it is standard input or a pipe that was read already.
 */
export function noteInput(file: string, stats: BigIntStats, options: { standardInput?: boolean } = {}): void {
  const key = fileKey(stats);
  for (const [role, claim] of claims) {
    if (claim.file && fileKey(claim.file) === key) throw overInput(claim.path, role, file);
  }
  if (options.standardInput) {
    if (standardInputRead !== undefined) throw new InputReadTwice(t("pipes.standardInputTwice", { first: standardInputRead, file }));
    standardInputRead = file;
  }
  refuseSecondRead(file, stats);
  if (!inputs.has(key)) inputs.set(key, file);
}

/**
 * Claims a target for an output before anything is written to it: refused (exit 73) when it is an input read so
 * far, or the target the other output claimed. A role may claim again (its target is checked anew).
 */
export function claimOutput(path: string, role: OutputRole, identity: OutputIdentity): void {
  const input = identity.file && inputs.get(fileKey(identity.file));
  if (input !== undefined) throw overInput(path, role, input);
  for (const [otherRole, other] of claims) {
    if (otherRole === role) continue;
    const sameFile = identity.file && other.file && fileKey(identity.file) === fileKey(other.file);
    if (sameFile || identity.realPath === other.realPath) {
      throw new OutputError(t("output.sameFile", { path, content: outputContent(role), other: outputContent(otherRole), otherPath: other.path }));
    }
  }
  claims.set(role, { path, ...identity });
}
