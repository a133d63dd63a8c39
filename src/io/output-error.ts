// Kept apart from output.ts so that the readers, which refuse an input that is a claimed output, can raise it too.

/** The output cannot be created or written, or would land on an input or on the other output (exit 73). */
export class OutputError extends Error {}

/** The reader of the report closed its pipe (| head): it has what it wanted; the run stops quietly (exit 0). */
export class ReportReaderGone extends Error {}
