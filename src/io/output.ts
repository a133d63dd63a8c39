// Writes an output (the report, the rejected rows) to a file, or the report to standard output. Only a regular file
// is replaced, and atomically: a temporary file beside the real target (symlinks followed), synced, given the
// replaced file's permissions, then renamed over it, so an interrupted run never leaves half a CSV. A FIFO, a
// character device (/dev/null) or a standard stream (/dev/stdout, or "-") is written through: no temporary, no rename.
// Anything else (a directory, a block device, a symbolic link to nothing) is refused (exit 73).
import { randomBytes } from "node:crypto";
import { constants, createWriteStream, type BigIntStats } from "node:fs";
import { lstat, open, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { describeFsError } from "./csv-source.js";
import { t } from "../text/render.js";
import { claimOutput, outputContent, type OutputRole } from "./file-registry.js";
import { OutputError, ReportReaderGone } from "./output-error.js";
import { forgetTemporary, trackTemporary } from "./temporary-files.js";

type Target =
  /** A regular file, replaced: `realPath` is the file itself, links followed. */
  | { kind: "replace"; realPath: string; file: BigIntStats }
  /** No file yet: `realPath` is in the real folder. */
  | { kind: "create"; realPath: string }
  /** Written through: this process's standard output or error, or opened under the name given. */
  | { kind: "stream"; path: string; standard: StandardStream | undefined; file: BigIntStats };

type StandardStream = "stdout" | "stderr";

/** Names of a descriptor already open in a process, written through whatever they lead to. */
const OPEN_DESCRIPTOR = /^\/(?:dev\/(stdout|stderr|fd\/\d+)|proc\/(self|\d+)\/fd\/(\d+))$/;

/**
 * This process's standard output or error when a path names it (/dev/stdout, /dev/fd/2, /proc/self/fd/1…): written
 * through the stream the process already has, since reopening it fails when it is a socket.
 */
function standardStreamNamed(absolute: string): StandardStream | undefined {
  const match = OPEN_DESCRIPTOR.exec(absolute);
  if (!match) return undefined;
  const [, device, pid, procDescriptor] = match;
  if (pid !== undefined && pid !== "self" && pid !== String(process.pid)) return undefined;
  const descriptor = device === "stdout" ? "1" : device === "stderr" ? "2" : (device?.slice("fd/".length) ?? procDescriptor);
  return descriptor === "1" ? "stdout" : descriptor === "2" ? "stderr" : undefined;
}

/** Owner read and write, nothing for anybody else: a new file holding whole NIKs. */
const OWNER_ONLY = 0o600;

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : "";
}

/** A file system error on writing, in words. */
export function describeWriteError(error: unknown): string {
  switch (errorCode(error)) {
    case "ENOSPC":
      return t("output.noSpace");
    case "EDQUOT":
      return t("output.quotaExceeded");
    case "EFBIG":
      return t("output.fileTooLarge");
    case "EIO":
      return t("output.ioError");
    case "EROFS":
      return t("output.readOnly");
    case "ENOTDIR":
      return t("output.pathThroughFile");
    case "ENXIO":
      return t("output.noReader");
    case "EPIPE":
      return t("output.pipeClosed");
    default:
      return describeFsError(error);
  }
}

function cannotWrite(path: string, role: OutputRole, reason: string): OutputError {
  return new OutputError(t("output.cannotWrite", { path, content: outputContent(role), reason }));
}

/** Why a target that is no regular file, pipe or character device is refused. */
function notAFile(file: BigIntStats): string {
  if (file.isDirectory()) return t("output.isDirectory");
  if (file.isBlockDevice()) return t("output.isBlockDevice");
  if (file.isSocket()) return t("output.isSocket");
  return t("output.notRegularFile");
}

/** "-" names standard output, as in other CSV tools ("./-" is a file named "-"). */
const STANDARD_OUTPUT = "-";

async function inspectTarget(path: string, role: OutputRole): Promise<Target> {
  const absolute = path === STANDARD_OUTPUT ? "/dev/stdout" : resolve(path);
  let entry: BigIntStats;
  try {
    entry = await lstat(absolute, { bigint: true });
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw cannotWrite(path, role, describeWriteError(error));
    let folder: string;
    try {
      folder = await realpath(dirname(absolute));
    } catch (folderError) {
      throw cannotWrite(path, role, errorCode(folderError) === "ENOENT" ? t("output.noSuchFolder") : describeWriteError(folderError));
    }
    return { kind: "create", realPath: join(folder, basename(absolute)) };
  }
  let file = entry;
  if (entry.isSymbolicLink()) {
    try {
      file = await stat(absolute, { bigint: true });
    } catch (error) {
      // Creating a file wherever a dangling link points is how a shared folder gets abused: refused.
      throw cannotWrite(path, role, errorCode(error) === "ENOENT" ? t("output.danglingLink") : describeWriteError(error));
    }
  }
  if (OPEN_DESCRIPTOR.test(absolute) || file.isFIFO() || file.isCharacterDevice()) {
    return { kind: "stream", path: absolute, standard: standardStreamNamed(absolute), file };
  }
  if (file.isFile()) return { kind: "replace", realPath: await realpath(absolute), file };
  throw cannotWrite(path, role, notAFile(file));
}

/**
 * Checks a target and claims it for `role`, so that no input read from now on and no other output can be the same
 * file. A pipe or a device written through replaces nothing and is not claimed; a standard stream that leads to a
 * regular file (>> roster.csv) is, since writing through it would still add to that file.
 */
async function claimTarget(path: string, role: OutputRole): Promise<Target> {
  const target = await inspectTarget(path, role);
  if (target.kind === "create") claimOutput(path, role, { realPath: target.realPath });
  else if (target.file.isFile()) claimOutput(path, role, { realPath: target.kind === "replace" ? target.realPath : target.path, file: target.file });
  return target;
}

/** Claims the report's target early (before rosters are read), so a clash is found before any work is done. */
export async function claimReportTarget(path: string): Promise<void> {
  // Standard output is written as it is, like the report with no -o, so there is nothing to claim.
  if (path !== STANDARD_OUTPUT) await claimTarget(path, "report");
}

/** One output being written: text goes in with write(); finish() puts it in place, abandon() leaves no trace. */
export class OutputFile {
  private failure: unknown;
  private closed = false;
  /** On a standard stream, which is never ended: the last write, whose callback comes once all was written. */
  private lastWrite: Promise<void> = Promise.resolve();

  private constructor(
    /** The path as the user gave it, for messages. */
    readonly path: string,
    private readonly role: OutputRole,
    private readonly stream: Writable,
    /** What this output opened and closes itself: a temporary file, a FIFO, a device; none for a standard stream. */
    private readonly handle: FileHandle | undefined,
    private readonly placement: { temporary: string; target: string; finalMode: number | undefined } | undefined,
  ) {
    if (handle) this.stream.on("error", (error) => (this.failure ??= error));
  }

  /** `ownerOnly`: a new file is readable by its owner only (it holds whole NIKs); a replaced file keeps its mode. */
  static async open(path: string, role: OutputRole, options: { ownerOnly: boolean }): Promise<OutputFile> {
    const target = await claimTarget(path, role);
    if (target.kind === "stream") {
      // A failure on these is the process's own to report (cli/main.ts); writes here only wait for their turn.
      if (target.standard) return new OutputFile(path, role, process[target.standard], undefined, undefined);
      let handle: FileHandle;
      try {
        // Appending keeps what was there before (a shell's >>); nothing is truncated that iuran did not write.
        handle = await open(target.path, constants.O_WRONLY | constants.O_APPEND);
      } catch (error) {
        throw cannotWrite(path, role, describeWriteError(error));
      }
      return new OutputFile(path, role, descriptorStream(handle), handle, undefined);
    }
    const temporary = join(dirname(target.realPath), `.${basename(target.realPath)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    // A replaced file's mode is set at the end: until then the temporary is the owner's alone.
    const finalMode = target.kind === "replace" ? Number(target.file.mode & 0o777n) : undefined;
    trackTemporary(temporary);
    let handle: FileHandle;
    try {
      handle = await open(temporary, "wx", target.kind === "replace" || options.ownerOnly ? OWNER_ONLY : 0o666);
    } catch (error) {
      forgetTemporary(temporary);
      throw cannotWrite(path, role, describeWriteError(error));
    }
    return new OutputFile(path, role, descriptorStream(handle), handle, { temporary, target: target.realPath, finalMode });
  }

  write(text: string): void {
    if (this.failure !== undefined) return;
    if (this.handle) {
      this.stream.write(text);
      return;
    }
    this.lastWrite = new Promise((done) =>
      this.stream.write(text, (error) => {
        if (error) this.failure ??= error;
        done();
      }),
    );
  }

  /**
   * Writes bytes as they come (a workbook being zipped), waiting whenever the target is behind, so that what is
   * held in memory stays bounded however long the source is. A failure of the source is thrown; one of the target is
   * kept for finish() like write()'s.
   */
  async pour(source: AsyncIterable<Uint8Array | string>): Promise<void> {
    for await (const chunk of source) {
      if (this.failure !== undefined) break;
      if (this.handle) {
        if (!this.stream.write(chunk)) await new Promise<void>((done) => {
          const settle = () => {
            this.stream.off("drain", settle);
            this.stream.off("error", settle);
            done();
          };
          this.stream.on("drain", settle).on("error", settle);
        });
        continue;
      }
      await new Promise<void>((done) =>
        this.stream.write(chunk, (error) => {
          if (error) this.failure ??= error;
          done();
        }),
      );
    }
  }

  /** Waits until all was written or writing failed (the failure is kept, not thrown); ends what this output owns. */
  private async drain(): Promise<void> {
    if (!this.handle) return this.lastWrite;
    if (!this.stream.writableEnded) this.stream.end();
    await finished(this.stream).catch((error: unknown) => (this.failure ??= error));
  }

  async finish(): Promise<void> {
    await this.drain();
    try {
      if (this.failure !== undefined) throw this.failure;
      if (this.placement && this.handle) {
        await this.handle.sync();
        if (this.placement.finalMode !== undefined) await this.handle.chmod(this.placement.finalMode);
      }
      await this.close();
      if (this.placement) {
        await rename(this.placement.temporary, this.placement.target);
        forgetTemporary(this.placement.temporary);
      }
    } catch (error) {
      await this.abandon();
      // The reader of a report written through (-o /dev/stdout | head) has all it wanted.
      if (this.role === "report" && errorCode(error) === "EPIPE") throw new ReportReaderGone();
      throw cannotWrite(this.path, this.role, describeWriteError(error));
    }
  }

  async abandon(): Promise<void> {
    await this.drain();
    await this.close().catch(() => undefined);
    if (this.placement) {
      await rm(this.placement.temporary, { force: true });
      forgetTemporary(this.placement.temporary);
    }
  }

  private async close(): Promise<void> {
    if (this.closed || !this.handle) return;
    this.closed = true;
    await this.handle.close();
  }
}

/** A stream on an open file's raw descriptor: one given the FileHandle itself would keep it from closing. */
function descriptorStream(handle: FileHandle): Writable {
  return createWriteStream("", { fd: handle.fd, autoClose: false });
}

/** Writes the report to standard output (no path, or "-"), or to the file `outputPath` (see OutputFile). */
export async function writeReport(text: string, outputPath: string | undefined, options: { ownerOnly: boolean }): Promise<void> {
  if (outputPath === undefined || outputPath === STANDARD_OUTPUT) {
    await new Promise<void>((done, fail) =>
      process.stdout.write(text, (error) => {
        if (!error) return done();
        fail(errorCode(error) === "EPIPE" ? new ReportReaderGone() : new OutputError(t("output.cannotWriteStdout", { reason: describeWriteError(error) })));
      }),
    );
    return;
  }
  const output = await OutputFile.open(outputPath, "report", options);
  output.write(text);
  await output.finish();
}
