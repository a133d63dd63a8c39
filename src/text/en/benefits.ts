// Section "benefits" of the English catalogue: the benefit schedule, the benefits command and the claims ratio.
export const benefits = {
} as const;
