// Section "input" of the English catalogue: what iuran says about rosters and other input files.
export const input = {
  "funding.unknown": 'is not a funding source iuran knows; use one of {categories}, or map a local name with --funding-map "{local}=APBD" (or another category)',
  "funding.ambiguousRegion": 'could be the province\'s budget or the regency\'s/city\'s: write "APBD Provinsi …", "APBD Kabupaten …" or "APBD Kota …"',
  "funding.notACategory": '"{category}" is no funding category; use one of {categories}',
  "funding.emptyLocalName": 'the local name before "=" is empty',
  "funding.twoSources": "names two sources, {first} and {second}: write the one that pays (a budget shared between two payers is two groups of workers)",
  "funding.mapRedefines": '"{local}" is already read as {current}; --funding-map maps only local names iuran does not know',
  "funding.mapTwice": '"{local}" is mapped twice, to {first} and to {second}; keep one',
  "roster.noHeaderAbove": "line {workerLine:plain} holds a NIK, so it is a worker, but the header is on line {headerLine:plain} below it (was the header sorted into the data?): move the header row to the top",
  "roster.noHeader": "the first row (line {line:plain}) looks like a worker, not a header (it holds a NIK), and no header row follows: add a header row such as nik,name,district as the first line",
  "roster.titleSkipped": "{file}: the header is on line {line:plain}; {lines?the line:the {lines} lines} above it {lines?holds:hold} no NIK and {lines?was:were} skipped as a title",
  "roster.readByWords": "{file}: column {header} is read as {column:column}",
  "roster.tooFewFields": "the row has {fields|field|fields} but the header has {header}: {missing:column} {missing?is:are} missing (a line cut short?); write the delimiters of empty fields if they are meant to be empty",
} as const;
