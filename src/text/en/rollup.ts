// Section "rollup" of the English catalogue: subtotals of nested groupings and the spreadsheet header row.
export const rollup = {
} as const;
