// Section "help" of the English catalogue: every --help text, commander's own words included.
export const help = {
  // Commander's headings and words (src/cli/commander-texts.ts puts them in place).
  "help.usage": "Usage:",
  "help.options": "Options:",
  "help.arguments": "Arguments:",
  "help.commands": "Commands:",
  "help.examples": "Examples:",
  "help.displayHelp": "display help for command",
  "help.choices": "choices: {choices:plain}",
  "help.default": "default: {value}",
  // Names in usage lines and option terms: [options], [command], <file>, <YYYY-MM>…
  "help.nameOptions": "options",
  "help.nameCommand": "command",
  "help.nameRosters": "rosters",
  "help.nameFile": "file",
  "help.nameMonth": "YYYY-MM",
  "help.nameList": "list",
  "help.nameSector": "sector",
  "help.nameSource": "source",
  "help.nameLocalCategory": "local=category",
  "help.nameSegment": "segment",
  "help.nameClass": "class",
  "help.nameLang": "lang",
  "help.nameName": "name",
  "help.nameChar": "char",
  "help.nameMark": "mark",
  "help.nameColumnHeader": "column=header",
  "help.nameColumns": "columns",
  "help.nameColumn": "column",
  "help.nameText": "text",
  "help.nameYear": "year",
  "help.namePercent": "percent",

  "iuranHelp.description": "Exact BPJS Ketenagakerjaan (BPJamsostek) contributions and budgets for rosters of vulnerable workers.",

  // Options every command shares (src/cli/options.ts).
  "optionHelp.format": "output format",
  "optionHelp.lang": "language of reports and messages: id (Rp 201.549.600) or en (Rp 201,549,600); default from the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE)",
  "optionHelp.tariff": "an extra tariff or relief table (CSV); repeatable, later files override earlier rows",
  "optionHelp.noDefaultTariffs": "leave out the bundled tariff and relief tables",
  "optionHelp.rounding": "rounding of each worker-month-programme line to whole rupiah",
  "optionHelp.excel": "CSV for people, to open in Excel (implies --format csv): headers in the report's language, subtotals and a totals row, Indonesian locale: ';' between columns, UTF-8 BOM, decimal comma, formulas neutralised",
  "optionHelp.errors": "input errors on standard error as text or as JSON lines",
  "optionHelp.income": "declared monthly income (BPU), e.g. 1000000 or 1.000.000 (default 1000000)",
  "optionHelp.programs": "programmes, e.g. jkk,jkm,jht (default jkk,jkm)",
  "optionHelp.sector": "sector, e.g. transport (decides PP 50/2025 relief months)",
  "optionHelp.funding": "who pays: APBN, APBD, APBD Provinsi, APB Nagari/APBDes, CSR, BAZNAS, BUMDes/BUMNag, Donatur, Mandiri (usual spellings are read: APBD Kab. X, APBD-P, Dana Desa…)",
  "optionHelp.fundingMap": 'read a local funding name as a category, e.g. --funding-map "DBHCHT=APBD"; repeatable',
  "optionHelp.segment": "BPU (informal workers) or PU (wage earners)",
  "optionHelp.wage": "monthly wage (PU)",
  "optionHelp.risk": "work-accident risk group 1–5 (PU)",

  // Options of the commands that read rosters (src/cli/rosters.ts).
  "rosterHelp.encoding": "roster encoding when it has no BOM: {encodings:plain} (default utf-8)",
  "rosterHelp.delimiter": 'force the delimiter: ",", ";" or "tab" (default: read off the header line)',
  "rosterHelp.decimalMark": 'the decimal mark of amounts, "," or "." (default: refuse amounts that could be read both ways)',
  "rosterHelp.map": "read a column from a header iuran does not know, e.g. --map district=Kec; repeatable",
  "rosterHelp.skipInvalid": "compute on the valid rows; the rest are counted and listed (see --rejects)",
  "rosterHelp.rejects": "with --skip-invalid: write the rejected rows with their line and error to FILE (CSV, or a workbook if FILE ends in .xlsx)",
  "rosterHelp.showNik": "show whole NIKs in reports and rejects (they are masked by default: personal data)",

  "premiumHelp.summary": "one worker's monthly contribution",
  "premiumHelp.description": "One worker's monthly contribution: a line per programme with its basis and legal reference, and the total.",
  "premiumHelp.month": "contribution month (default: the current month)",
  "premiumHelp.explain": "write out the arithmetic with the regulation of each rate",

  "budgetHelp.summary": "contributions of a roster or a headcount over months, grouped",
  "budgetHelp.description":
    "Contributions of the workers in ROSTER.csv (or of --workers N identical workers) over a period, priced month by month, grouped by any roster column and/or by month.",
  "budgetHelp.rosters": "roster CSV files (nik,name,district,…)",
  "budgetHelp.start": "first month, for rows without a start column",
  "budgetHelp.months": "number of months, for rows without a months column (default {months:plain})",
  "budgetHelp.workers": "headcount mode: price N identical workers instead of a roster",
  "budgetHelp.by": "group by roster columns and/or month, comma-separated, e.g. district,village or month",
  "budgetHelp.potential": "CSV of eligible workers per key of --by (columns: the key, potential): adds coverage %",
  "budgetHelp.expectTotal": "exit 1 unless the grand total is this figure at its written precision: 201549600 to the rupiah, \"201,5 juta\" as rounded (the report is still written)",
  "budgetHelp.explain": "write out the arithmetic, split at every tariff change, with the regulation of each rate",

  "capacityHelp.summary": "how many workers (or months) a budget covers",
  "capacityHelp.description":
    "The largest number of workers a budget covers for a period, its cost and what is left over (sisa); with --workers N instead of --months, how many whole months N workers can be covered from --start. Priced month by month.",
  "capacityHelp.budget": "the budget ceiling (pagu), e.g. 201549600 or 201.549.600",
  "capacityHelp.start": "first month",
  "capacityHelp.months": "number of months: the answer is a number of workers",
  "capacityHelp.workers": "number of workers: the answer is a number of months",
  "capacityHelp.explain": "write out the arithmetic of the cost",

  "targetHelp.summary": "what reaching a coverage target takes and costs",
  "targetHelp.description":
    "How many more workers reach a coverage target (a number of workers or a percentage of the potential), and what they cost over a period.",
  "targetHelp.enrolled": "workers covered now",
  "targetHelp.potential": "workers eligible (the potential)",
  "targetHelp.target": "workers to cover",
  "targetHelp.targetPercent": "coverage to reach, in percent of the potential (rounded up to whole workers)",
  "targetHelp.start": "first month of the additional workers",
  "targetHelp.months": "number of months (default 12)",

  "checkHelp.summary": "check published totals against the formula (exit 1 when any does not hold)",
  "checkHelp.description": 
    "Checks published totals against the formula: one claim from flags, or many from a CSV given as the argument or with --claims (a row is a total when it fills in reported_total; optional columns workers,months,start,income,programs,sector,funding,tolerance; an empty cell or a missing column: the report does not state it). A figure is read with the precision of its text: Rp 2,7 miliar stands for 2,65 to 2,75 miliar, Rp 201.549.600 for itself. Workers, months and start may each be left out; without a start the total is read at the full rate, without relief. A figure that does not hold is tried against the common slips (a round rate, one programme, a relief in or out, another year's tariff, 12 months, juta for ribu), each reported only when it gives the figure exactly. Exit 0 when every claim is OK, 1 when any is not.",
  "checkHelp.reported": "the published total, as written: 201549600, Rp 201.549.600, \"Rp 2,7 miliar\", \"Rp 969 juta\"",
  "checkHelp.workers": "workers the report states (leave out when it states none)",
  "checkHelp.start": "first month (leave out when the report states none: the full rate is read)",
  "checkHelp.months": "number of months the report states (leave out when it states none)",
  "checkHelp.tolerance": "accept a difference up to this many rupiah either way for a figure written in full (default 0: exact)",
  "checkHelp.label": "a name for the claim in the report",
  "checkHelp.claims": "a CSV of claims, one per row",
  "checkHelp.explain": "write out the arithmetic of each total (without workers or months: of what it is divided by), the interval of a rounded figure and each slip's arithmetic",
  "checkHelp.statuses": `Statuses:
  OK           the figure holds: the formula's total for the stated workers and
               months is the figure (within --tolerance) or, for a rounded
               figure, one it stands for; with workers or months left out,
               some whole reading gives such a total ("OK (implied)": nothing
               was compared exactly)
  MISMATCH     it does not hold at any reading of its precision
  INCONSISTENT-PRECISION
               it holds only read as rounded more coarsely than written
               (Rp 2.700.000.000 written in full for Rp 2.688.000.000)

Implied figures: worker-months = reported ÷ the cost of one worker-month, over the
stated months (their average where a relief starts or ends inside them) or, without
months, at the start month's rate, naming the month in which that rate changes;
months = worker-months ÷ workers; workers = worker-months ÷ months. They do not
depend on the stated headcount, and are shown to {places:plain} decimal places; for a
rounded figure, as the range of the totals it stands for.

Flagged readings: more months per worker than the budget years of the stated months
hold ({perYear:plain} a year), or than {withoutPeriod:plain} when no months are stated, by at least one
worker-month; a number of workers that is not whole for the stated months; a monthly
rate per worker that matches no tariff rate of the readings tried.`,

  "projectHelp.summary": "multi-year scenarios, side by side",
  "projectHelp.description":
    "A multi-year table: per year the workers (grown by --growth, rounded half up to whole workers), worker-months, cost by programme and the change against the previous year, each year priced month by month from January. From flags, or from scenario CSVs (year,workers,months,income,sector,funding), several side by side with the difference against the first.",
  "projectHelp.from": "first year",
  "projectHelp.years": "number of years (default 5)",
  "projectHelp.workers": "workers in the first year",
  "projectHelp.growth": "yearly growth of the workers, e.g. 10% (default 0%)",
  "projectHelp.months": "months covered each year, from January (default 12)",
  "projectHelp.scenario": "a scenario CSV: year,workers and optional months,income,sector,funding; repeatable",

  "allocateHelp.summary": "split workers or a budget over districts or villages, exactly",
  "allocateHelp.description":
    'Splits a number of workers (--workers N, or what --budget buys) into whole parts in proportion to weights read from a CSV: the largest-remainder (Hamilton) method, each part the floor of its exact share, the leftover one by one to the largest remainders, ties to the smaller key. Or, with --per-unit, a fixed number of workers per unit ("1 Nagari 100 Pekerja Rentan"), rolled up with --rollup. Each part is priced over the period; parts add up exactly to the whole.',
  "allocateHelp.workers": "workers to split",
  "allocateHelp.budget": "a budget: its capacity over the period is split",
  "allocateHelp.start": "first month",
  "allocateHelp.months": "number of months (default 12)",
  "allocateHelp.weights": "CSV with a key column and a weight column",
  "allocateHelp.key": "the key column of the weights or units file, e.g. district or village",
  "allocateHelp.weight": "the weight column, e.g. potential",
  "allocateHelp.min": "a column with each key's minimum number of workers",
  "allocateHelp.max": "a column with each key's maximum number of workers",
  "allocateHelp.perUnit": "quota mode: this many workers per unit",
  "allocateHelp.units": "quota mode: CSV listing the units (one row each)",
  "allocateHelp.rollup": "quota mode: also total per this column of the units file, e.g. district",
  "allocateHelp.potential": "CSV of eligible workers per key: adds coverage %",
  "allocateHelp.decimalMark": 'the decimal mark of the weights, "," or "." (default "."; "4.500" is then refused as ambiguous)',

  "auditHelp.summary": "check rosters (fields, NIKs, duplicates across files) without budgeting",
  "auditHelp.description":
    "Checks one or more rosters: every row's fields, each NIK (16 digits, a real birth date, a known kecamatan prefix) and duplicate NIKs within and across the files. With --start, also whether the tariff prices every worker. Exit 0 when every row is valid, 65 when any is not; the errors are listed either way.",
  "auditHelp.rosters": "roster CSV files",
  "auditHelp.start": "also price each worker from this month (finds incomes outside the tariff's range)",
  "auditHelp.months": "with --start: number of months (default 12)",
} as const;
