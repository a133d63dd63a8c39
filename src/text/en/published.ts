// Section "published" of the English catalogue: published figures: amounts and percentages with their stated precision, totals checked as intervals, slips.
export const published = {
  "published.claimsFileNoColumns":
    "the claims file has no column of a claim: reported_total (a total), covered, of or percent (coverage), count (a count), benefits (a claims ratio)",
  "published.claimsFileUnknownKind": "kind {kind} is not a kind of claim this file holds ({kinds})",
  "published.claimsFileNoClaim": "the row states no claim: fill in the figure of one kind ({kinds}), or name it in a kind column",
  "published.claimsFileTwoClaims": "the row fills in the figures of two kinds of claim ({kinds}): one claim a row, or name its kind in a kind column",
} as const;
