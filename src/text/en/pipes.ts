// Section "pipes" of the English catalogue: standard input and output, the output's format, --quiet.
export const pipes = {
  "pipes.standardInputTwice": "standard input is given twice ({first} and {file}); it can be read only once",
  "pipes.pipeTwice": "{file}: this pipe was read already (as {first}), and a pipe can be read only once",
  "pipes.formatContradictsExtension": "--format {format} contradicts -o {file}: a {extension} file is written with --format {expected}; leave out --format, or name the file for the format",
  "pipes.rejectsWithReportOnStandardOutput": "--rejects - writes the rejected rows to standard output, where the report goes too: write the report to a file with -o FILE",
  "pipes.noRosterToAudit": "give one or more roster files, or --example NAME (iuran examples lists them), or pipe a roster in",
  "pipes.outputOption": 'write the report to FILE (atomically) instead of standard output ("-" is standard output); a .csv, .json, .xlsx or .txt FILE chooses the format',
  "pipes.quietOption": "no warnings and no summaries (errors still go to standard error)",
} as const;
