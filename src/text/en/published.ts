// Section "published" of the English catalogue: published figures: amounts and percentages with their stated precision, totals checked as intervals, slips.
export const published = {
} as const;
