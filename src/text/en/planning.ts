// Section "planning" of the English catalogue.
export const planning = {
} as const;
