// Section "fiscal-year" of the English catalogue: the budget window (--year, --until) and fiscal-year warnings.
export const fiscalYear = {
} as const;
