// Section "cli" of the English catalogue.
export const cli = {
} as const;
