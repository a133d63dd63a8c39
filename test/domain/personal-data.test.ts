// The one place for NIKs and hostile text in what iuran prints: masking in every digit system, cut cells, visible
// controls.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiDigits, cutCell, hasNikRun, jsonForTerminal, listCells, maskNiks, MAX_LISTED, MAX_MESSAGE, MAX_QUOTED, quoteCell, safeData, safeInline, safeText, visibleControls } from "../../src/domain/personal-data.js";

const NIK = "1303061204950001";
const MASKED = "130306******0001";

/** The NIK written with the digits of a system whose zero is at `zero`. */
function inDigits(zero: number, text = NIK): string {
  return [...text].map((character) => (/\d/.test(character) ? String.fromCodePoint(zero + Number(character)) : character)).join("");
}

/** Any raw C0/C1 control, DEL, or bidirectional control left in a text. */
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe("asciiDigits", () => {
  it.each([
    ["ASCII", 0x30],
    ["full-width", 0xff10],
    ["Arabic-Indic", 0x0660],
    ["Extended Arabic-Indic", 0x06f0],
    ["Devanagari", 0x0966],
    ["Bengali", 0x09e6],
    ["Thai", 0x0e50],
    ["mathematical bold", 0x1d7ce],
    ["mathematical double-struck", 0x1d7d8],
    ["mathematical sans-serif", 0x1d7e2],
    ["mathematical sans-serif bold", 0x1d7ec],
    ["mathematical monospace", 0x1d7f6],
  ])("reads %s digits", (_, zero) => {
    expect(asciiDigits(inDigits(zero, "0123456789"))).toBe("0123456789");
  });

  it("drops what is not a digit", () => {
    expect(asciiDigits("Rp 1.000")).toBe("1000");
  });
});

describe("maskNiks", () => {
  it("masks a NIK to its kecamatan prefix and last four digits", () => {
    expect(maskNiks(`NIK ${NIK} is also on line 3`)).toBe(`NIK ${MASKED} is also on line 3`);
  });

  it.each([
    ["full-width", 0xff10],
    ["Arabic-Indic", 0x0660],
    ["Extended Arabic-Indic", 0x06f0],
    ["Devanagari", 0x0966],
    ["mathematical monospace", 0x1d7f6],
  ])("masks a NIK written in %s digits", (_, zero) => {
    expect(maskNiks(`got "${inDigits(zero)}"`)).toBe(`got "${MASKED}"`);
  });

  it("masks a NIK whose digits come from several systems", () => {
    const mixed = NIK.slice(0, 8) + inDigits(0xff10, NIK.slice(8, 12)) + inDigits(0x0660, NIK.slice(12));
    expect(maskNiks(mixed)).toBe(MASKED);
  });

  it.each([
    "1303 0612 0495 0001",
    "1303.0612.0495.0001",
    "1303-0612-0495-0001",
    "13.03.06.120495.0001",
    "1303\u00a00612\u00a00495\u00a00001",
    "1303\u20090612\u20090495\u20090001",
    // Excel's thousands grouping of a NIK stored as a number
    "1.303.061.204.950.001",
  ])("masks a NIK written in groups: %s", (grouped) => {
    expect(maskNiks(`NIK ${grouped}.`)).toBe(`NIK ${MASKED}.`);
  });

  it.each([
    ["a zero-width space", "\u200b"],
    ["a soft hyphen", "\u00ad"],
    ["a byte-order mark", "\ufeff"],
    ["a right-to-left override", "\u202e"],
    ["an escape", "\u001b"],
    ["a combining mark", "\u0332"],
  ])("masks a NIK split by %s", (_, splitter) => {
    expect(maskNiks(`${NIK.slice(0, 4)}${splitter}${NIK.slice(4)}`)).toBe(MASKED);
  });

  it("masks a NIK whose invisible characters were already made visible", () => {
    expect(maskNiks(visibleControls(`${NIK.slice(0, 4)}\u200b${NIK.slice(4, 9)}\u001b${NIK.slice(9)}`))).toBe(MASKED);
  });

  it("masks longer runs too (a digit typed twice, two NIKs in one cell)", () => {
    expect(maskNiks(`${NIK}7`)).toBe("130306*******0017");
    expect(maskNiks(`${NIK} ${NIK}`)).not.toContain(NIK.slice(6, 12));
  });

  it.each([
    ["15 digits", "130306120495000"],
    ["an amount", "Rp 201.549.600"],
    ["a large amount", "Rp 1.000.000.000.000"],
    ["a month and a count", "2022-04, 1333 workers"],
    ["line numbers", "lines 12, 15, 18, 21, 24, 27, 30, 33"],
    ["a period", "2022-04 – 2022-12 (9 months)"],
    ["a location", "roster.csv:1303:14"],
    ["a masked NIK", MASKED],
  ])("leaves %s alone", (_, text) => {
    expect(maskNiks(text)).toBe(text);
  });

  it("keeps the text around a NIK, in every position", () => {
    expect(maskNiks(`${NIK}`)).toBe(MASKED);
    expect(maskNiks(`a${NIK}b`)).toBe(`a${MASKED}b`);
    expect(maskNiks(`"${NIK}", "${NIK}"`)).toBe(`"${MASKED}", "${MASKED}"`);
  });

  it("masks a megabyte of digits in well under a second", () => {
    const started = performance.now();
    const masked = maskNiks(`x ${"7".repeat(1 << 20)} y`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(masked).toBe(`x 777777${"*".repeat((1 << 20) - 10)}7777 y`);
  });
});

describe("hasNikRun", () => {
  it("finds a NIK in any digit system, and says so every time it is asked", () => {
    expect(hasNikRun(`x ${NIK}`)).toBe(true);
    expect(hasNikRun(`x ${NIK}`)).toBe(true);
    expect(hasNikRun(inDigits(0x0660))).toBe(true);
    expect(hasNikRun("130306120495000")).toBe(false);
    expect(hasNikRun(MASKED)).toBe(false);
  });
});

describe("visibleControls", () => {
  it.each([
    ["a CSI colour", "red \u001b[31mALERT\u001b[0m", "red ⟨1B⟩[31mALERT⟨1B⟩[0m"],
    ["a cursor move", "\u001b[2J\u001b[H", "⟨1B⟩[2J⟨1B⟩[H"],
    ["an OSC title", "\u001b]0;pwned\u0007", "⟨1B⟩]0;pwned⟨07⟩"],
    ["an OSC 8 link ended by ST", "\u001b]8;;http://x\u001b\\click\u001b]8;;\u001b\\", "⟨1B⟩]8;;http://x⟨1B⟩\\click⟨1B⟩]8;;⟨1B⟩\\"],
    ["an 8-bit CSI", "\u009b31m", "⟨9B⟩31m"],
    ["a bare carriage return", "Budi\rXXXX", "Budi⟨0D⟩XXXX"],
    ["a line feed", "a\nb", "a⟨0A⟩b"],
    ["a tab", "a\tb", "a⟨09⟩b"],
    ["a NUL and a bell", "a\u0000\u0007", "a⟨00⟩⟨07⟩"],
    ["DEL", "a\u007f", "a⟨7F⟩"],
    ["a right-to-left override", "abc\u202edcba", "abc⟨202E⟩dcba"],
    ["a bidi isolate", "\u2066x\u2069", "⟨2066⟩x⟨2069⟩"],
    ["a zero-width space", "Bu\u200bdi", "Bu⟨200B⟩di"],
    ["a line separator", "a\u2028b", "a⟨2028⟩b"],
    ["an invisible tag character", "a\u{e0041}", "a⟨E0041⟩"],
  ])("shows %s", (_, text, shown) => {
    expect(visibleControls(text)).toBe(shown);
    expect(visibleControls(text)).not.toMatch(RAW_CONTROL);
  });

  it("leaves ordinary text alone, whatever its script", () => {
    for (const text of ["Nagari Koto VII", "Lubuk Tarok – Sijunjung", "محمد", "१२३", "１２３", "Ñandú 😀"]) expect(visibleControls(text)).toBe(text);
  });
});

describe("quoteCell", () => {
  it("quotes a short cell as it is", () => {
    expect(quoteCell("Koto VII")).toBe('"Koto VII"');
  });

  it(`cuts a cell longer than ${MAX_QUOTED} characters`, () => {
    expect(quoteCell("a".repeat(MAX_QUOTED))).toBe(`"${"a".repeat(MAX_QUOTED)}"`);
    expect(quoteCell("a".repeat(MAX_QUOTED + 1))).toBe(`"${"a".repeat(MAX_QUOTED)}…"`);
  });

  it("counts and cuts by code point, never splitting a surrogate pair", () => {
    const quoted = quoteCell("😀".repeat(100));
    expect(quoted).toBe(`"${"😀".repeat(MAX_QUOTED)}…"`);
    // No lone surrogate: a pair cut in half would print as a replacement character.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(quoted).not.toMatch(loneSurrogate);
    expect(quoteCell(`${"a".repeat(MAX_QUOTED - 1)}😀😀`)).not.toMatch(loneSurrogate);
  });

  it("makes controls visible, the ones that pad the cut text included", () => {
    expect(quoteCell("\u001b[31mred")).toBe('"⟨1B⟩[31mred"');
    expect(quoteCell(`${"\u001b".repeat(100)}`)).not.toMatch(RAW_CONTROL);
  });

  it("quotes a cell of megabytes quickly and briefly", () => {
    // 40 million characters: a whole 50 MB line read as one cell.
    const cell = `${"x".repeat(10)}${"\u001b[31m".repeat(8_000_000)}`;
    const started = performance.now();
    const quoted = quoteCell(cell);
    expect(performance.now() - started).toBeLessThan(200);
    expect(quoted.length).toBeLessThan(MAX_QUOTED * 5);
  });

  it("never leaves more of a cut NIK than its mask would show", () => {
    for (let before = MAX_QUOTED - 15; before < MAX_QUOTED; before++) {
      const quoted = quoteCell(`${"a".repeat(before)}${NIK}`);
      expect(asciiDigits(quoted).length).toBeLessThanOrEqual(6);
    }
    expect(quoteCell(`${"a".repeat(MAX_QUOTED - 8)}${"1303 0612 0495 0001"}`)).toBe(`"${"a".repeat(MAX_QUOTED - 8)}1303 06…"`);
    expect(asciiDigits(quoteCell(NIK.repeat(1000)))).toBe("130306");
    // A whole NIK within the cut is left for the masker, which shows the same six digits and four more.
    expect(maskNiks(quoteCell(`${NIK} ${"a".repeat(100)}`))).toBe(`"${MASKED} ${"a".repeat(MAX_QUOTED - 17)}…"`);
  });
});

describe("cutCell and listCells", () => {
  it("cut like quoteCell, without the quotes", () => {
    expect(cutCell("nama\u001b")).toBe("nama⟨1B⟩");
    expect(cutCell("x".repeat(100))).toBe(`${"x".repeat(MAX_QUOTED)}…`);
  });

  it("lists a header's names, each cut, and not more than a screenful of them", () => {
    expect(listCells(["nama", "kecamatan"])).toBe("nama, kecamatan");
    expect(listCells(["a", "b"], ",")).toBe("a,b");
    const many = Array.from({ length: 500 }, (_, index) => `c${index}`);
    expect(listCells(many)).toBe(`${many.slice(0, MAX_LISTED).join(", ")}, … (${500 - MAX_LISTED} more)`);
    expect(listCells(["y".repeat(1000)])).toHaveLength(MAX_QUOTED + 1);
  });
});

describe("safeInline and safeData", () => {
  it("mask unless shown; inline text shows every control, data keeps it", () => {
    expect(safeInline(`${NIK}\nx`, false)).toBe(`${MASKED}⟨0A⟩x`);
    expect(safeInline(`${NIK}\nx`, true)).toBe(`${NIK}⟨0A⟩x`);
    expect(safeData(`${NIK}\nx`, false)).toBe(`${MASKED}\nx`);
    expect(safeData(`${NIK}\nx`, true)).toBe(`${NIK}\nx`);
  });
});

describe("safeText", () => {
  it("masks NIKs unless they are to be shown", () => {
    expect(safeText(`NIK ${NIK}`, false)).toBe(`NIK ${MASKED}`);
    expect(safeText(`NIK ${NIK}`, true)).toBe(`NIK ${NIK}`);
    expect(safeText(`NIK ${inDigits(0xff10)}`, false)).toBe(`NIK ${MASKED}`);
  });

  it("keeps a message's own line breaks and indentation, and shows every other control", () => {
    expect(safeText("first\n  second\r\n\tthird", false)).toBe("first\n  second\r\n\tthird");
    expect(safeText("a\rb\u001b[2Kc\u202e", false)).toBe("a⟨0D⟩b⟨1B⟩[2Kc⟨202E⟩");
  });

  it("masks a NIK hidden behind invisible characters, then shows them", () => {
    const hidden = `${NIK.slice(0, 4)}\u200b${NIK.slice(4)}`;
    expect(safeText(hidden, false)).toBe(MASKED);
    expect(safeText(hidden, true)).toBe(`${NIK.slice(0, 4)}⟨200B⟩${NIK.slice(4)}`);
  });

  it("cuts a message that quoted a cell whole, and the NIK the cut goes through", () => {
    const message = `income "${"x".repeat(MAX_MESSAGE - 20)}${NIK}${"x".repeat(5_000_000)}" is not an amount`;
    const shown = safeText(message, false);
    expect(shown).toHaveLength(MAX_MESSAGE - 20 + 'income "'.length + 6 + 1);
    expect(shown.endsWith(`${NIK.slice(0, 6)}…`)).toBe(true);
    expect(safeText("short\nmessage", false)).toBe("short\nmessage");
  });

  it("masks a NIK that a quoted cell carried in", () => {
    expect(safeText(`income ${quoteCell(`${NIK.slice(0, 8)}\u001b${NIK.slice(8)}`)} is not an amount`, false)).toBe(`income "${MASKED}" is not an amount`);
  });
});

describe("jsonForTerminal", () => {
  it("escapes what JSON.stringify leaves raw and a terminal acts on, and the data stays the same", () => {
    const value = { key: "a\u009b31m\u202eb\u200bc\u2028d\u007f\u{e0041}", plain: "Koto VII – ١٢" };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json).not.toMatch(/[\u200b\u2028\u{e0041}]/u);
    expect(json).toContain("Koto VII – ١٢");
    expect(JSON.parse(json)).toEqual(value);
  });
});

/** Digits and what may sit between them, in three digit systems: the texts where masking could go wrong. */
const character = fc.constantFrom(
  ..."0123456789".split(""),
  ..."０１２３４５６７８９".split(""),
  ..."٠١٢٣٤٥٦٧٨٩".split(""),
  " ",
  ".",
  "-",
  "'",
  ",",
  "a",
  "\n",
  "\t",
  "\r",
  "\u001b",
  "[",
  "\u009b",
  "\u200b",
  "\u202e",
  "⟨",
  "⟩",
);
const hostileText = fc.array(character, { maxLength: 80 }).map((characters) => characters.join(""));

/** An independent reading of "a NIK is shown": 16 digits in a row, each pair split by at most one space, dot or dash. */
function showsSixteenDigits(text: string): boolean {
  const normalised = text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  return /\d(?:[ .-]?\d){15}/.test(normalised);
}

describe("safeText on any text", () => {
  it("never shows sixteen digits in a row, in any of the digit systems", () => {
    fc.assert(fc.property(hostileText, (text) => !showsSixteenDigits(safeText(text, false))), { numRuns: 2000 });
  });

  it("never lets a raw control through, except the message's own line breaks and tabs", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, showNik) => {
        const shown = safeText(text, showNik).replace(/\r\n|\n|\t/g, "");
        return !RAW_CONTROL.test(shown) && !/[\u200b]/.test(shown);
      }),
      { numRuns: 2000 },
    );
  });

  it("masks a quoted cell however it was cut", () => {
    fc.assert(fc.property(hostileText, fc.integer({ min: 1, max: 70 }), (text, max) => !showsSixteenDigits(safeText(quoteCell(text, max), false))), { numRuns: 2000 });
  });

  it("masks plain ASCII text (read on a fast path) as it masks any other", () => {
    // Groups of digits split by up to three gap characters: runs that are and are not one NIK.
    const group = fc.tuple(fc.stringMatching(/^\d{1,5}$/), fc.array(fc.constantFrom(..." .-'_a,".split("")), { maxLength: 3 }));
    const ascii = fc.array(group, { maxLength: 12 }).map((groups) => groups.map(([digits, gap]) => digits + gap.join("")).join(""));
    // A trailing "é" sends the same text down the general path, and is no digit and no gap.
    fc.assert(fc.property(ascii, (text) => maskNiks(text) === maskNiks(`${text}é`).slice(0, -1)), { numRuns: 3000 });
  });

  it("is stable: masking masked text changes nothing", () => {
    fc.assert(fc.property(hostileText, (text) => maskNiks(maskNiks(text)) === maskNiks(text)), { numRuns: 2000 });
  });
});
