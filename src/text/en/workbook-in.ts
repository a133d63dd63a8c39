// Section "workbookIn" of the English catalogue: workbook input (.xlsx rosters and tables, --sheet, cell types, positions).
export const workbookIn = {
  "workbookIn.unsupported.xls":
    'this is an old Excel 97–2003 workbook (.xls) or a password-protected one, which iuran cannot read: open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)" without a password, or as "CSV UTF-8"',
  "workbookIn.unsupported.ods":
    'this is an OpenDocument spreadsheet (.ods), which iuran cannot read: open it in LibreOffice and save it as "Excel 2007-365 (.xlsx)" or as CSV (UTF-8)',
  "workbookIn.unsupported.zip": 'this is a zip archive but no Excel workbook (it has no xl/workbook.xml): give the .xlsx file itself, or a "CSV UTF-8" file',
  "workbookIn.notAZip": "this looks like an Excel workbook (.xlsx) but cannot be opened as one: {reason}; the file may be cut short or damaged: save it again from Excel",
  "workbookIn.missingPart": "the workbook is damaged: its part {part} is missing; save it again from Excel",
  "workbookIn.damagedPart": "the workbook is damaged: its part {part} cannot be read ({reason}); save it again from Excel",
  "workbookIn.partTooLarge": "the workbook's part {part} would be larger than {limit:plain} MB once unpacked: iuran does not unpack it (a roster is far smaller; the file may be a zip bomb)",
  "workbookIn.pipedTooLarge": "a workbook on standard input is read into memory, and this one is larger than {limit:plain} MB: give its file name instead",
  "workbookIn.noSheets": "the workbook has no sheet",
  "workbookIn.noSharedString": "the workbook is damaged: cell {cell} names shared string {index}, which is not in the workbook; save it again from Excel",
  "workbookIn.unknownSheet": "the workbook has no sheet named {sheet} (--sheet); its sheets: {sheets}",
  "workbookIn.formulaNotCalculated":
    "the cell holds a formula whose value was never calculated (the workbook was written by a program, not saved by Excel): open the workbook in Excel or LibreOffice, save it, and run again",
  "workbookIn.cellError": "the cell holds the error value {value}: correct the cell or its formula in the workbook",
  "workbookIn.nikStoredAsNumber":
    "{file}: {count} {count?NIK is:NIKs are} stored as a number, not as text, in column {column} (first at {first}); {count?it reads:they read} as 16 digits, but Excel keeps only 15 digits of a number and a NIK typed into a number cell loses its last digit: check {count?it:them} against the KTP and format the column as Text",
  "workbookIn.sheetOption": "the sheet to read from each workbook (.xlsx) given: rosters and tables alike (default: the first visible sheet)",
} as const;
