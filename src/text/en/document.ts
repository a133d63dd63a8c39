// Section "document" of the English catalogue: the budget document (iuran document, accounts, terbilang).
export const document = {
} as const;
