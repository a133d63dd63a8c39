// Text at a terminal's width: how many columns a text takes, word wrapping, cutting a cell with "…".
// A width of null means no limit: piped or written to a file, text keeps its full lines.

/** SGR and other CSI escape sequences (colour), which take no column. */
const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export function stripEscapes(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "");
}

/** Combining marks, zero-width characters and variation selectors take no column. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]$/u;

/** East Asian wide and full-width characters, and pictographs, take two columns. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function characterWidth(character: string): number {
  if (ZERO_WIDTH.test(character)) return 0;
  return isWide(character.codePointAt(0)!) ? 2 : 1;
}

/** Columns a text takes on a terminal: colour codes none, box-drawing characters one, wide characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of stripEscapes(text)) width += characterWidth(character);
  return width;
}

/**
 * A text cut to at most `width` columns, "…" marking the cut; its end kept instead of its start with `keep: "end"`
 * (a file's name matters more than its folders). Colour is dropped from a cut text.
 */
export function cutText(text: string, width: number, keep: "start" | "end" = "start"): string {
  if (displayWidth(text) <= width) return text;
  const characters = [...stripEscapes(text)];
  if (keep === "end") characters.reverse();
  let kept = "";
  let used = 1;
  for (const character of characters) {
    const columns = characterWidth(character);
    if (used + columns > width) break;
    kept = keep === "end" ? character + kept : kept + character;
    used += columns;
  }
  return keep === "end" ? `…${kept}` : `${kept}…`;
}

/**
 * Each line of a text wrapped at `width` columns, between words; a word wider than the line is split. Continuation
 * lines are indented by the line's own indent and two more (or by `hang` columns), so a wrapped line reads as one.
 */
export function wrapText(text: string, width: number | null, hang?: number): string {
  if (width === null) return text;
  return text
    .split("\n")
    .map((line) => wrapLine(line, width, hang))
    .join("\n");
}

function wrapLine(line: string, width: number, hang: number | undefined): string {
  if (displayWidth(line) <= width) return line;
  const indent = /^ */.exec(line)![0].length;
  // A hanging indent never takes more than half the line, so there is always room for words.
  const continuation = " ".repeat(Math.min(hang ?? indent + 2, Math.floor(width / 2)));
  const lines: string[] = [];
  let current = " ".repeat(Math.min(indent, Math.floor(width / 2)));
  let currentWidth = current.length;
  let empty = true;
  for (const word of words(line.slice(indent))) {
    let rest = word;
    let restWidth = displayWidth(rest);
    if (!empty && currentWidth + 1 + restWidth > width) {
      lines.push(current);
      current = continuation;
      currentWidth = continuation.length;
      empty = true;
    }
    // Only a word longer than a whole line is broken inside.
    while (currentWidth + (empty ? 0 : 1) + restWidth > width) {
      const room = width - currentWidth - (empty ? 0 : 1);
      const [head, tail] = splitAt(rest, room);
      current += `${empty ? "" : " "}${head}`;
      lines.push(current);
      current = continuation;
      currentWidth = continuation.length;
      empty = true;
      rest = tail;
      restWidth = displayWidth(rest);
    }
    current += `${empty ? "" : " "}${rest}`;
    currentWidth += (empty ? 0 : 1) + restWidth;
    empty = false;
  }
  lines.push(current);
  return lines.map((text) => text.trimEnd()).join("\n");
}

/** An amount or a regulation stays on one line: "Rp" and "PP" keep the word after them ("Rp 201.549.600", "PP 50/2025"). */
const KEEPS_NEXT_WORD = /(?:^|[^\p{L}])(?:Rp|PP)$/u;

function words(text: string): string[] {
  const found: string[] = [];
  for (const word of text.split(" ")) {
    const previous = found[found.length - 1];
    if (previous !== undefined && word !== "" && KEEPS_NEXT_WORD.test(stripEscapes(previous))) found[found.length - 1] = `${previous} ${word}`;
    else found.push(word);
  }
  return found;
}

/** The first `columns` columns of a word (at least one character), and the rest. */
function splitAt(word: string, columns: number): [string, string] {
  const characters = [...stripEscapes(word)];
  let used = 0;
  let count = 0;
  for (const character of characters) {
    const width = characterWidth(character);
    if (used + width > columns && count > 0) break;
    used += width;
    count++;
  }
  return [characters.slice(0, count).join(""), characters.slice(count).join("")];
}
