// Section "report-layout" of the English catalogue: tables at a terminal's width, colour, and their options.
export const reportLayout = {
  "layout.columnsLeftOut": "Not shown at {width:plain} columns: {columns}; --width {needed:plain} shows every column.",
  "layout.differenceFromFirst": "Difference from {first}",
  "layout.columnWithTotal": "{column} (total {total})",
  "layout.widthOption": "fit tables to N columns (default: the terminal's width, or COLUMNS; piped or written to a file: the full table)",
  "layout.widthInvalid": "expected a whole number of columns from {least:plain} to {most:plain}, got {text}",
  "layout.colorOption": "when to colour: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces colour), always or never",
  "layout.noColorOption": "no colour (as --color never)",
} as const;
