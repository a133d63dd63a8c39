// Section "help" of the English catalogue.
export const help = {
} as const;
