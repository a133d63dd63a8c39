// The temporary files this run has not yet renamed into place: one list, so that an interrupted run (a signal,
// a broken pipe, an exit on error) removes them all, whichever output they were for.
import { rmSync } from "node:fs";

const live = new Set<string>();

export function trackTemporary(path: string): void {
  live.add(path);
}

/** The temporary was renamed into place or removed. */
export function forgetTemporary(path: string): void {
  live.delete(path);
}

/** Synchronous, for a signal handler or process exit, where nothing asynchronous runs any more. */
export function removeTemporaries(): void {
  for (const path of live) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while exiting; the name (.NAME.PID.*.tmp) says what it was.
    }
  }
  live.clear();
}
