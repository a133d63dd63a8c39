import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { monthlyContribution } from "../../src/domain/contribution.js";
import { parseMonth } from "../../src/domain/month.js";
import { InvalidInput } from "../../src/io/input-error.js";
import { loadTariffs } from "../../src/io/tariff-file.js";

const folder = mkdtempSync(join(tmpdir(), "iuran-tariff-"));
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}
const HEADER = "id,program,segment,risk_class,basis,rate_percent,flat_amount,income_floor,income_ceiling,wage_cap,effective_from,effective_to,reference\n";
const farmer = { segment: "BPU" as const, programs: ["JKK", "JKM"] as const, income: 1_000_000n, wage: null, riskClass: null, sector: "pertanian", funding: "APB Nagari/APBDes" };

describe("tariff tables", () => {
  it("the bundled tables load with their hashes", async () => {
    const loaded = await loadTariffs([], true);
    expect(loaded.files.map((entry) => entry.file)).toEqual(["(bundled) tariffs.csv", "(bundled) reliefs.csv"]);
    expect(loaded.files.every((entry) => /^[0-9a-f]{64}$/.test(entry.sha256))).toBe(true);
    expect(loaded.book.reliefs.map((relief) => relief.id)).toEqual(["pp49-2020", "pp7-2025", "pp50-2025-transport", "pp50-2025-other"]);
  });

  it("a user relief with a bundled id replaces it (APB Nagari read as APBD)", async () => {
    const { book } = await loadTariffs(["src/data/tariffs/alternatives/apb-nagari-as-apbd.csv"], true);
    const lines = monthlyContribution(book, farmer, parseMonth("2026-05")!, "half-up");
    expect(lines.map((line) => line.amount)).toEqual([10_000n, 6_800n]);
  });

  it("the other reading ships with iuran and is named without a path", async () => {
    const { book, files } = await loadTariffs(["apb-nagari-as-apbd"], true);
    expect(files.map((entry) => entry.file)).toContain("(bundled) apb-nagari-as-apbd.csv");
    expect(monthlyContribution(book, farmer, parseMonth("2026-05")!, "half-up").map((line) => line.amount)).toEqual([10_000n, 6_800n]);
  });

  it("reliefs exclude funding categories, never spellings: an unknown one is refused with its cell", async () => {
    const reliefs = file(
      "reliefs.csv",
      "id,programs,segment,sectors,excluded_sectors,excluded_funding,multiplier,effective_from,effective_to,reference\nx,JKK,BPU,,,APBD+DBHCHT,0.5,2026-01,2026-12,test\n",
    );
    await expect(loadTariffs([reliefs], true)).rejects.toMatchObject({
      errors: [{ line: 2, column: 6, code: "INVALID_TARIFF", message: expect.stringContaining('excluded_funding: funding "DBHCHT" is not a funding source iuran knows') }],
    });
    const spelled = file("spelled.csv", "id,programs,segment,sectors,excluded_sectors,excluded_funding,multiplier,effective_from,effective_to,reference\nx,JKK,BPU,,,apbd kab.+ADD,0.5,2026-01,2026-12,test\n");
    const { book } = await loadTariffs([spelled], false);
    expect(book.reliefs[0]!.excludedFunding).toEqual(["APBD", "APB Nagari/APBDes"]);
  });

  it("a later file extends the schedule where the bundled one ends", async () => {
    const extra = file("jp.csv", `${HEADER}my-jp,JP,PU,,percent,3,,,,11000000,2026-03,,example cap\n`);
    const { book } = await loadTariffs([extra], true);
    const [jp] = monthlyContribution(book, { ...farmer, segment: "PU", wage: 20_000_000n, programs: ["JP"] }, parseMonth("2026-03")!, "half-up");
    expect(jp?.amount).toBe(330_000n);
  });

  it("a later file overrides an overlapping bundled row", async () => {
    const extra = file("jkm.csv", `${HEADER}my-jkm,JKM,BPU,,flat,,7000,,,,2027-01,,hypothetical\n`);
    const { book } = await loadTariffs([extra], true);
    const month = (text: string) => monthlyContribution(book, { ...farmer, programs: ["JKM"], funding: "APBD" }, parseMonth(text)!, "half-up")[0]?.amount;
    expect([month("2026-12"), month("2027-01")]).toEqual([6_800n, 7_000n]);
  });

  it("an id used twice in one file is an error, not a silent replacement", async () => {
    const bad = file("twice.csv", `${HEADER}x,JKM,BPU,,flat,,7000,,,,2027-01,2027-06,a\nx,JKM,BPU,,flat,,9000,,,,2027-07,,b\n`);
    const error = await loadTariffs([bad], true).catch((caught: unknown) => caught);
    expect((error as InvalidInput).errors[0]).toMatchObject({ code: "TARIFF_CONFLICT", line: 3, column: 1 });
  });

  it("two rows of one file for the same months are a conflict naming both", async () => {
    const bad = file("overlap.csv", `${HEADER}a,JKM,BPU,,flat,,6800,,,,2015-07,,x\nb,JKM,BPU,,flat,,7000,,,,2020-01,2020-12,y\n`);
    const error = await loadTariffs([bad], false).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).errors[0]).toMatchObject({ code: "TARIFF_CONFLICT", line: 3 });
    expect((error as InvalidInput).errors[0]?.message).toMatch(/"a".*"b".*JKM/);
  });

  it("without the bundled tables, a month no row covers is an error", async () => {
    const only = file("only.csv", `${HEADER}jkk,JKK,BPU,,percent,1,,,,,2015-07,2020-12,x\njkm,JKM,BPU,,flat,,6800,,,,2015-07,,x\n`);
    const { book } = await loadTariffs([only], false);
    expect(() => monthlyContribution(book, farmer, parseMonth("2025-01")!, "half-up")).toThrow(/no tariff row covers JKK for BPU in 2025-01/);
    expect(() => monthlyContribution(book, { ...farmer, programs: ["JHT"] }, parseMonth("2020-01")!, "half-up")).toThrow(/JHT is not a programme for BPU/);
  });
});
