// Section "forms" of the English catalogue: how dates and amounts are read as officers write them, and --below-floor.
export const forms = {
  // A start month (roster cell or --start) that is no month; "{forms}" is forms.startForms.
  "forms.startForms": "2027-01, 2027-01-15, 01/2027, 15/01/2027 (day/month/year), Januari 2027, Jan 2027, Jan-27, 15 Januari 2027",
  "forms.startUnknown": "start must be a month, got {value}; forms read: {forms}",
  "forms.startNoYear": "start {value} names a month but no year; forms read: {forms}",
  "forms.startBareYear": "start {value} is a year, not a month; write the month, e.g. 01/{year:plain} or Januari {year:plain}",
  "forms.startTwoDigitYear": "start {value} has a two-digit year; write the year in four digits (15/01/2027); forms read: {forms}",
  "forms.startUsOrder":
    "start {value} looks like a US-order date (month/day/year); dates are read day/month/year, as Indonesian Excel writes them: write {dayFirst} or {iso}",
  "forms.startNotADate": "start {value} is not a real date (read day/month/year: day {day:plain}, month {month:plain}); forms read: {forms}",
  "forms.startYearRange": "start {value} is in the year {year:plain}, outside {first:plain}–{last:plain}",

  // Why a text is no whole-rupiah amount (after the value, like amount.*).
  "forms.amountAmbiguousScaled":
    "is ambiguous: {quoted} could be {small:rupiah} (a decimal mark) or {large:rupiah} (a thousands separator); write it in plain digits, {smallPlain} or {largePlain}",
  "forms.amountScaledNotWhole": "is not a whole rupiah amount: {quoted} leaves a fraction of a rupiah",
  "forms.amountLowercaseM": 'is ambiguous: the "m" in {quoted} could be million (English) or miliar; write "juta" for million, "M" or "miliar" for miliar',
  "forms.amountUnknownScale": "is not an amount: {word} is not a scale word ({words})",

  // --below-floor.
  "forms.belowFloorAdvice": "declare at least {floor:rupiah}, or run with --below-floor raise to price the floor",
  "forms.belowFloorOption": "a BPU income below the tariff's floor: refuse the worker, or raise it to the floor with a warning",
  "forms.raisedWorkers":
    "{workers|worker|workers} declared an income below the floor ({incomes}) and {workers?was:were} priced at the floor {floors}, as --below-floor raise asks",
  "forms.raisedFlag": "the declared income {incomes} is below the floor and was priced at the floor {floors}, as --below-floor raise asks",
} as const;
