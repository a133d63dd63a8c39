// Section "forms" of the English catalogue: how dates and amounts are read as officers write them, and --below-floor.
export const forms = {
} as const;
