// Section "report" of the English catalogue.
export const report = {
} as const;
