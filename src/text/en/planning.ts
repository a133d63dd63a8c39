// Section "planning" of the English catalogue: the reports of capacity, target, project, allocate and check that
// their commands build themselves (titles, subtitles, headings, warnings). Keys start with "planning.".
export const planning = {
  "planning.capacity.title": "Budget capacity",
  "planning.capacity.mostWorkers": "The most workers for this period",
  "planning.capacity.mostMonths": "The most months for these workers",
  "planning.capacity.buysNothing": "the budget does not cover a single worker for a single month of this period",

  "planning.target.title": "Coverage target",
  "planning.target.subtitle": "Coverage in percent to {places} places, rounded half up; a percentage target is rounded up to whole workers",
  "planning.target.target": "Target",
  "planning.target.additionalWorkers": "Additional workers",
  "planning.target.coverageBefore": "Coverage now",
  "planning.target.coverageAfter": "Coverage after",
  "planning.target.abovePotential": "the target is above the potential",
  "planning.target.enrolledAbovePotential": "more workers are enrolled than are eligible",
  "planning.target.met": "the target is already met",

  "planning.project.title": "Multi-year projection",
  "planning.project.subtitle": "Each year priced month by month from January; growth rounded half up to whole workers",
  "planning.project.scenarioWorkers": "{scenario}: workers",
  "planning.project.scenarioTotal": "{scenario}: total",

  "planning.allocate.title": "Allocation of workers",
  "planning.allocate.units": "Units",
  "planning.allocate.buysNothing": "the budget does not cover a single worker for this period",
  "planning.allocate.source": "{workers|worker|workers}",
  "planning.allocate.sourceWithBudget": "{workers|worker|workers}; budget {budget:rupiah}, left over {leftover:rupiah}",
  "planning.allocate.method": "largest remainder (Hamilton); ties to the smaller key",

  "planning.check.claim": "claim",
  "planning.check.line": "line {line:plain}",
} as const;
