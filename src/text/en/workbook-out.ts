// Section "workbookOut" of the English catalogue: workbook output (--format xlsx, --rejects .xlsx, the provenance sheet).
export const workbookOut = {
} as const;
