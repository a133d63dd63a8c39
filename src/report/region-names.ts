// The warnings on region names: spellings read as one group (GROUP_NAMES_MERGED), and names the --region's official
// list does not have (REGION_NAME_UNKNOWN). Bounded: a few names, a few spellings each, then a count.
import type { GroupName } from "../domain/budget.js";
import { cutCell } from "../domain/personal-data.js";
import { closestName, type GroupNaming } from "../domain/region-name.js";
import { warning, type Warning } from "../text/message.js";
import { tIn } from "../text/render.js";
import type { Lang } from "./format.js";

const NAMES_SHOWN = 5;
const SPELLINGS_SHOWN = 3;

/** The first few entries, then "and N more". */
function bounded(entries: readonly string[], limit: number, lang: Lang): string {
  const more = entries.length > limit ? [tIn(lang, "regions.more", { count: entries.length - limit })] : [];
  return [...entries.slice(0, limit), ...more].join("; ");
}

/** Warnings for the named columns of one report, in the report's language. */
export function regionNameWarnings(names: readonly GroupName[], groupBy: readonly string[], namings: readonly (GroupNaming | undefined)[], lang: Lang): Warning[] {
  const warnings: Warning[] = [];
  groupBy.forEach((column, slot) => {
    const naming = namings[slot];
    if (!naming) return;
    const ofColumn = names.filter((name) => name.slot === slot);
    // Cells are cut, not masked: masking and controls are for whoever shows the warning.
    const merged = ofColumn.flatMap((name) => {
      const others = name.spellings.filter((spelling) => spelling.rows > 0 && spelling.text !== name.shown);
      if (others.length === 0) return [];
      const spellings = others.slice(0, SPELLINGS_SHOWN).map((spelling) => tIn(lang, "regions.spelling", { text: cutCell(spelling.text), rows: spelling.rows }));
      if (others.length > SPELLINGS_SHOWN) spellings.push(tIn(lang, "regions.moreSpellings", { count: others.length - SPELLINGS_SHOWN }));
      return [tIn(lang, "regions.mergedEntry", { shown: cutCell(name.shown), spellings })];
    });
    if (merged.length > 0) warnings.push(warning("GROUP_NAMES_MERGED", tIn(lang, "regions.merged", { column, entries: bounded(merged, NAMES_SHOWN, lang) })));

    const checked = naming.checked;
    if (!checked || naming.level === undefined) return;
    const unknown = ofColumn.filter((name) => !name.official && name.spellings.some((spelling) => spelling.rows > 0));
    if (unknown.length === 0) return;
    const entries = unknown.map((name) => {
      const rows = name.spellings.reduce((sum, spelling) => sum + spelling.rows, 0);
      const closest = closestName(naming.key(name.shown), checked.names, naming.level!);
      return closest === undefined
        ? tIn(lang, "regions.unknownEntryFar", { name: cutCell(name.shown), rows })
        : tIn(lang, "regions.unknownEntry", { name: cutCell(name.shown), rows, closest });
    });
    const region = tIn(lang, "regions.region", { name: checked.region.name, code: checked.region.code });
    warnings.push(warning("REGION_NAME_UNKNOWN", tIn(lang, "regions.unknown", { count: unknown.length, column, region, entries: bounded(entries, NAMES_SHOWN, lang) })));
  });
  return warnings;
}
