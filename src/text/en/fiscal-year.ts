// Section "fiscal-year" of the English catalogue: the budget window (--year, --until) and fiscal-year warnings.
export const fiscalYear = {
  "fiscalYear.yearOption": "the budget year: only its months, January to December, are priced; every worker's months are cut to them",
  "fiscalYear.untilOption": "the last month priced; with --year, a month of that year",
  "fiscalYear.untilOutsideYear": "{until:month} is not in the budget year {year:plain}; give a month from January to December {year:plain}",
  "fiscalYear.periodOutside":
    "the period {from:month} – {to:month} lies wholly outside the budget window {first:month} – {last:month}; give a --start inside the window, or leave it out to start in its first month",
  "fiscalYear.periodAfterUntil": "the period {from:month} – {to:month} starts after the last month priced, {last:month} (--until)",
  "fiscalYear.startNeeded": "the period needs a first month: --start YYYY-MM, or --year YYYY to start in January",

  "fiscalYear.window": "Window: {first:month} – {last:month}",
  "fiscalYear.windowUntil": "Window: up to {last:month}",
  "fiscalYear.outside": "outside it {before|worker-month|worker-months} before and {after} after; {workers|worker|workers} with no month in it",
  "fiscalYear.windowLabel": "Budget window",
  "fiscalYear.windowValue": "{first:month} – {last:month}",
  "fiscalYear.windowValueUntil": "up to {last:month}",
  "fiscalYear.monthsBeforeLabel": "Months per worker before the window",
  "fiscalYear.monthsAfterLabel": "Months per worker after the window",

  "fiscalYear.totalSpansTwoYears":
    "the total spans two fiscal years, {firstYear:plain} and {lastYear:plain} ({from:month} – {to:month}); budget one year with --year {firstYear:plain}",
  "fiscalYear.totalSpansYears":
    "the total spans the fiscal years {firstYear:plain} to {lastYear:plain} ({from:month} – {to:month}); budget one year with --year {firstYear:plain}",
  "fiscalYear.periodSpansTwoYears":
    "the period spans two fiscal years, {firstYear:plain} and {lastYear:plain} ({from:month} – {to:month}); plan one year with --year {firstYear:plain}",
  "fiscalYear.periodSpansYears":
    "the period spans the fiscal years {firstYear:plain} to {lastYear:plain} ({from:month} – {to:month}); plan one year with --year {firstYear:plain}",
  "fiscalYear.nothingOutside": "no worker-month falls outside it",
  "fiscalYear.nothingInWindow": "none of the {rows} workers accepted has a month in the budget window ({before} worker-months fall before it, {after} after it): the budget is Rp 0; check --year and --until",
} as const;
