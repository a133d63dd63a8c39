// Exit codes (sysexits.h where one fits), documented in docs/errors.md and pinned by golden tests.
export const EXIT = {
  ok: 0,
  /** A check or an expectation failed (the figures disagree). */
  checkFailed: 1,
  usage: 2,
  invalidData: 65,
  inputMissing: 66,
  internal: 70,
  cannotCreateOutput: 73,
} as const;

/** A mistake in the command line: exit 2 with the message and a pointer to --help. */
export class UsageError extends Error {}

/** The report was written, but a figure it was asked to confirm does not hold: exit 1 with the message. */
export class ExpectationFailed extends Error {}

/** The report was written (an audit), but the data it describes is invalid: exit 65 with the message. */
export class DataRejected extends Error {}
