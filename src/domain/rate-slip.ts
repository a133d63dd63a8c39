// The recognisable ways a published total goes wrong, tried one by one: a slip explains a figure only when the
// slipped computation gives it exactly (to the rupiah, or within the interval a rounded figure stands for), never
// because it comes close. Pure: the caller prices whatever a slip needs through `SlipContext`.
import { scaled, stands, wholeMultiples, type PublishedAmount } from "./published-amount.js";
import type { Month } from "./month.js";
import type { Program } from "./program.js";

export type SlipCode =
  | "ROUND_RATE"
  | "JKK_ONLY"
  | "JKM_ONLY"
  | "RELIEF_APPLIED"
  | "RELIEF_LEFT_OUT"
  | "RELIEF_PERIOD"
  | "OTHER_YEAR_TARIFF"
  | "FULL_YEAR"
  | "EARLIER_START"
  | "JUTA_FOR_RIBU"
  | "RIBU_FOR_JUTA";

/** Another reading of the stated months priced by the caller: another year's tariff, a relief applied or not. */
export interface PricedReading {
  /** The same months this many years later (negative: earlier); 0 for the stated months. */
  yearShift: number;
  /** "unstated": as if nobody said who pays (reliefs excluding APBN/APBD apply); "APBD": as paid by APBD. */
  funding: "unstated" | "APBD" | null;
  transportSector: boolean;
  /** How many things differ from the claim as stated. */
  changes: number;
  /** One worker over the stated months. */
  perWorker: bigint;
  /** The monthly rate, when every one of those months costs the same; null otherwise. */
  rate: bigint | null;
  /** Without a stated start: the first month of the relief period the months are priced in, and its regulation. */
  from: Month | null;
  relief: string | null;
}

/** What the slips need to know of a claim, and how to price what they try. */
export interface SlipContext {
  /** The figure, with its precision (and any --tolerance) as the interval it stands for. */
  reported: PublishedAmount;
  workers: number | null;
  months: number | null;
  /** The formula's cost of one worker in each stated month, in order; empty when no months are stated. */
  monthlyRates: readonly bigint[];
  programs: readonly Program[];
  /** The calendar month (1–12) the stated period starts in. */
  startCalendarMonth: number;
  /** One worker priced with other programmes, from a start shifted by `startShift` months, over `months`; null when the tariff cannot. */
  price(change: { programs?: readonly Program[]; startShift?: number; months: number }): { perWorker: bigint; rate: bigint | null } | null;
  /** Other readings of the stated months (another year's tariff, a relief applied or not). */
  readings: readonly PricedReading[];
  /** Whether the formula, as the claim states it, gives some figure this amount stands for. */
  holds(amount: PublishedAmount): boolean;
}

/** The figures behind one slip: enough to write its arithmetic out. */
export interface Slip {
  code: SlipCode;
  /** The workers the slipped computation is for: the stated ones, or the whole number it implies. */
  workers: number | null;
  /** Months the slipped computation prices, and from how many months before the stated start. */
  months: number | null;
  startShift: number;
  /** One worker over those months, as the slip prices them; null for a slip in the figure's unit. */
  perWorker: bigint | null;
  /** The monthly rate used, when the slip prices every month at one rate. */
  rate: bigint | null;
  /** The formula's rate it stands in for (ROUND_RATE). */
  trueRate: bigint | null;
  /** The slipped total, or (JUTA_FOR_RIBU, RIBU_FOR_JUTA) the figure as meant. */
  total: bigint;
  /** RELIEF_*, OTHER_YEAR_TARIFF: the reading. */
  reading: PricedReading | null;
}

type Candidate = Omit<Slip, "workers" | "total"> & { perWorker: bigint };

interface SlipRule {
  code: SlipCode | SlipCode[];
  /** Where the slip comes from: why it is worth trying. */
  source: string;
  candidates(context: SlipContext): Candidate[];
}

/** The round rates an official may have used for `rate`: the thousands on either side of it. */
function roundRatesNear(rate: bigint): bigint[] {
  const down = (rate / 1000n) * 1000n;
  return [down, down + 1000n].filter((candidate) => candidate > 0n && candidate !== rate);
}

function uniformRate(context: SlipContext): bigint | null {
  const [first] = context.monthlyRates;
  return first !== undefined && context.monthlyRates.every((rate) => rate === first) ? first : null;
}

const NO_CANDIDATE: Candidate[] = [];
const PLAIN = { startShift: 0, rate: null, trueRate: null, reading: null } as const;

/**
 * The slips tried, in the order they are reported. Each is a computation an official could have made instead of the
 * formula; the list is data, so a new slip seen in the field is one more entry.
 */
export const SLIPS: readonly SlipRule[] = [
  {
    code: "ROUND_RATE",
    // DOMAIN.md: "a rate of 16,000 used for 16,800"; budget notes also round up to 17,000 to leave a margin.
    source: "a round monthly rate (the thousands either side of the tariff's) used instead of the tariff's rate",
    candidates(context) {
      const rate = uniformRate(context);
      if (rate === null || context.months === null) return NO_CANDIDATE;
      return roundRatesNear(rate).map((round) => ({ ...PLAIN, code: "ROUND_RATE", months: context.months, perWorker: round * BigInt(context.months!), rate: round, trueRate: rate }));
    },
  },
  {
    code: ["JKK_ONLY", "JKM_ONLY"],
    // One programme priced: Rp 10,000 (JKK at 1% of Rp 1,000,000) or Rp 6,800 (JKM) where both are paid.
    source: "only one of the programmes paid for priced (JKK Rp 10,000 or JKM Rp 6,800 a month for Rp 16,800)",
    candidates(context) {
      if (context.months === null || context.programs.length < 2) return NO_CANDIDATE;
      const found: Candidate[] = [];
      for (const [program, code] of [
        ["JKK", "JKK_ONLY"],
        ["JKM", "JKM_ONLY"],
      ] as const) {
        if (!context.programs.includes(program)) continue;
        const priced = context.price({ programs: [program], months: context.months });
        if (priced !== null) found.push({ ...PLAIN, code, months: context.months, ...priced });
      }
      return found;
    },
  },
  {
    code: ["RELIEF_APPLIED", "RELIEF_LEFT_OUT", "OTHER_YEAR_TARIFF", "RELIEF_PERIOD"],
    // A relief (Rp 8,400 for Rp 16,800 under PP 50/2025) applied in months or to funding it does not cover, or left
    // out where it applies; or last year's tariff carried into a budget. Without a stated start, the months of a
    // relief period: the figure may be right for months the claim does not name. The caller prices these readings.
    source: "a relief applied where it does not apply or left out where it does, or another year's tariff",
    candidates(context) {
      if (context.months === null) return NO_CANDIDATE;
      return context.readings
        .filter((reading) => reading.changes > 0)
        .map((reading) => ({
          ...PLAIN,
          code: readingCode(reading),
          months: context.months,
          perWorker: reading.perWorker,
          rate: reading.rate,
          reading,
        }));
    },
  },
  {
    code: ["FULL_YEAR", "EARLIER_START"],
    // A programme that started mid-year budgeted as if it ran the whole year: 12 months for the stated ones, or
    // from January through the stated end.
    source: "12 months priced where the programme started mid-year, or a start month earlier than stated",
    candidates(context) {
      const months = context.months;
      if (months === null) return NO_CANDIDATE;
      const found: Candidate[] = [];
      if (months < 12) {
        const priced = context.price({ months: 12 });
        if (priced !== null) found.push({ ...PLAIN, code: "FULL_YEAR", months: 12, ...priced });
      }
      const before = context.startCalendarMonth - 1;
      if (before > 0) {
        const priced = context.price({ startShift: -before, months: months + before });
        if (priced !== null && !found.some((candidate) => candidate.perWorker === priced.perWorker)) {
          found.push({ ...PLAIN, code: "EARLIER_START", months: months + before, startShift: -before, ...priced });
        }
      }
      return found;
    },
  },
];

function readingCode(reading: PricedReading): SlipCode {
  if (reading.relief !== null) return "RELIEF_PERIOD";
  if (reading.funding === "APBD") return "RELIEF_LEFT_OUT";
  return reading.funding === "unstated" || reading.transportSector ? "RELIEF_APPLIED" : "OTHER_YEAR_TARIFF";
}

/** DOMAIN.md: "'Rp 5.040 juta' written for Rp 5,040,000": the unit word one step off, the figure × or ÷ 1,000. */
export const UNIT_SLIPS: readonly { code: SlipCode; divide: boolean; source: string }[] = [
  { code: "JUTA_FOR_RIBU", divide: true, source: "'juta' written for 'ribu' (or thousands for units): the figure ÷ 1,000 holds" },
  { code: "RIBU_FOR_JUTA", divide: false, source: "'ribu' written for 'juta': the figure × 1,000 holds" },
];

const THOUSAND = 1000n;

/** The slips that explain the figure exactly, in the order of SLIPS, without two giving the same total the same way. */
export function findSlips(context: SlipContext): Slip[] {
  const found: Slip[] = [];
  const seen = new Set<string>();
  for (const rule of SLIPS) {
    for (const candidate of rule.candidates(context)) {
      const explained = explains(context, candidate.perWorker);
      if (explained === null) continue;
      const key = `${candidate.code}|${explained.total}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ ...candidate, ...explained });
    }
  }
  for (const unit of UNIT_SLIPS) {
    // × 1,000 makes almost any figure a whole number of workers or months: only a computed total can tell.
    if (!unit.divide && (context.workers === null || context.months === null)) continue;
    const meant = scaled(context.reported, THOUSAND, unit.divide);
    if (meant === null || !context.holds(meant)) continue;
    found.push({ ...PLAIN, code: unit.code, workers: context.workers, months: context.months, perWorker: null, total: meant.written });
  }
  return found;
}

/**
 * Whether `perWorker` for the stated workers (or, with none stated, for a whole number of them) gives a figure the
 * published one stands for; the workers and total when it does.
 */
function explains(context: SlipContext, perWorker: bigint): { workers: number; total: bigint } | null {
  if (perWorker <= 0n) return null;
  if (context.workers !== null) {
    const total = perWorker * BigInt(context.workers);
    return stands(context.reported, total) ? { workers: context.workers, total } : null;
  }
  const whole = wholeMultiples(context.reported, perWorker);
  if (whole === null) return null;
  // The whole headcount nearest the figure as written.
  const nearest = (context.reported.written + perWorker / 2n) / perWorker;
  const workers = nearest < whole.first ? whole.first : nearest > whole.last ? whole.last : nearest;
  if (workers < 1n || workers > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return { workers: Number(workers), total: perWorker * workers };
}
