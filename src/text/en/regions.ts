// Section "regions" of the English catalogue: group names read as one region (normalised kecamatan and nagari names, --region).
export const regions = {
  "regions.help.region": 'the kabupaten or kota the rosters are for, by name ("Sijunjung", "Kota Solok") or code (13.03): kecamatan and nagari names are checked against its official list',
  "regions.usage.unknown": '--region {text}: no kabupaten or kota has that name or code; write it as the official list does, such as "Sijunjung" or 13.03',
  "regions.usage.unknownNear": "--region {text}: no kabupaten or kota has that name; closest: {names}",
  "regions.usage.ambiguous": '--region {text} could be {choices}: write the code or the full name, such as --region "{example}"',
  "regions.region": "{name} ({code})",
  "regions.merged": "{column:column} names written several ways are read as one: {entries}",
  "regions.mergedEntry": "{shown}: also written {spellings}",
  "regions.spelling": "{text} ({rows|row|rows})",
  "regions.more": "and {count|more name|more names}",
  "regions.moreSpellings": "and {count|other spelling|other spellings}",
  "regions.unknown": "{count|name is|names are} not in the official {column:column} list of {region}: {entries}",
  "regions.unknownEntry": "{name} ({rows|row|rows}; closest: {closest})",
  "regions.unknownEntryFar": "{name} ({rows|row|rows}; no close name)",
  "regions.columnUnread": "the kabupaten/kota column names {values}, not one kabupaten or kota as the official list names it: kecamatan and nagari names are not checked (give --region)",
} as const;
