// Section "figures" of the English catalogue: coverage and count claims of programme announcements.
export const figures = {
} as const;
