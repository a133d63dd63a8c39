// Section "footer" of the English catalogue: footer rows under a roster's data (JUMLAH, place and date, signatures).
export const footer = {
} as const;
