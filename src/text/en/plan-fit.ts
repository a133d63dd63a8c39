// Section "plan-fit" of the English catalogue: plans that fit: shortfalls as answers, equal splits, shares between payers.
export const planFit = {
} as const;
