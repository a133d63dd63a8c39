// Section "regions" of the English catalogue: group names read as one region (normalised kecamatan and nagari names, --region).
export const regions = {
} as const;
