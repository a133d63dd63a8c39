// Section "rollup" of the English catalogue: subtotals of nested groupings and the spreadsheet header row.
export const rollup = {
  "rollup.subtotal": "Total {name}",
  "rollup.workersNotAdded": "Subtotals leave the workers blank: a worker covered in several months is counted in each of them.",
  "rollup.rollupOption": "show subtotals at this --by column (default: the first, when --by names two or more)",
  "rollup.noSubtotalsOption": "no subtotal rows under a nested --by",
  "rollup.notGrouped": "--rollup {column}: not one of the --by columns ({columns})",
  "rollup.lastColumn": "--rollup {column}: the last --by column has nothing under it to add up; name a column before it ({columns})",
  "rollup.withoutSubtotals": "--rollup asks for subtotals and --no-subtotals leaves them out: give one of them",
  "rollup.excelFormat": "--excel writes CSV for a spreadsheet; it cannot go with --format {format}",
  "rollup.excelExtension": "--excel writes CSV, but {file} ends in {extension}: name the file .csv, or leave out --excel",
} as const;
