// --expect-total: a stated figure compared with the computed one.
import { formatRupiah, type Lang } from "./format.js";

export interface Expectation {
  expected: bigint;
  computed: bigint;
  /** expected − computed. */
  difference: bigint;
  status: "OK" | "MISMATCH";
}

export function expectationOf(expected: bigint, computed: bigint): Expectation {
  return { expected, computed, difference: expected - computed, status: expected === computed ? "OK" : "MISMATCH" };
}

export function expectationAsJson(expectation: Expectation) {
  return {
    expected: expectation.expected.toString(),
    computed: expectation.computed.toString(),
    difference: expectation.difference.toString(),
    status: expectation.status,
  };
}

export function expectationAsText(expectation: Expectation, lang: Lang): string {
  const expected = formatRupiah(expectation.expected, lang);
  if (expectation.status === "OK") return lang === "id" ? `Total yang diharapkan ${expected}: OK` : `Expected total ${expected}: OK`;
  const computed = formatRupiah(expectation.computed, lang);
  const difference = formatRupiah(expectation.difference, lang);
  return lang === "id"
    ? `Total yang diharapkan ${expected}: TIDAK COCOK, hasil hitung ${computed}, selisih ${difference}`
    : `Expected total ${expected}: MISMATCH, computed ${computed}, difference ${difference}`;
}
