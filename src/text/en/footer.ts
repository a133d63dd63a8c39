// Section "footer" of the English catalogue: footer rows under a roster's data (JUMLAH, place and date, signatures).
export const footer = {
  "footer.skipped":
    "{file}: {count|row|rows} under the data {count?was:were} read as the roster's footer (JUMLAH, place and date, signatures) and skipped: {count?line {first:plain}:lines {first:plain}–{last:plain}}",
  "footer.totalDisagrees": "{place}: the total row under the data does not match the roster as iuran read it: {differences}{rejected}",
  "footer.workers": "workers: {stated} in the row, {own} accepted",
  "footer.count": "{column}: {stated} in the row, {own} in the accepted rows",
  "footer.amount": "{column}: {stated:rupiah} in the row, {own:rupiah} in the accepted rows",
  "footer.rejected": " ({rejected|row|rows} of the data rejected, counted in the roster's total but not in iuran's)",
} as const;
