// --expect-total: a stated figure compared with the computed one.
import { tIn } from "../text/render.js";
import type { Lang } from "./format.js";

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
  const { expected, computed, difference } = expectation;
  return expectation.status === "OK"
    ? tIn(lang, "report.expectation.ok", { expected })
    : tIn(lang, "report.expectation.mismatch", { expected, computed, difference });
}
