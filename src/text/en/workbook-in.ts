// Section "workbookIn" of the English catalogue: workbook input (.xlsx rosters and tables, --sheet, cell types, positions).
export const workbookIn = {
} as const;
