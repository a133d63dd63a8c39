// Remembers where each NIK was seen, to catch a worker listed twice (a duplicate means paying twice).
// Compact on purpose: an open-addressing table of two 32-bit halves of the NIK, a 32-bit line and a 16-bit file
// per slot (14 bytes, at most half the slots used), instead of a Map's hundred bytes a row.

export interface NikPlace {
  source: number;
  line: number;
}

const EMPTY = 0xffffffff;

export class NikRegistry {
  private high = new Uint32Array(0);
  private low = new Uint32Array(0);
  private places = new Uint32Array(0);
  private sources = new Uint16Array(0);
  private size = 0;

  constructor(initialCapacity = 1 << 16) {
    this.allocate(initialCapacity);
  }

  private allocate(capacity: number): void {
    this.high = new Uint32Array(capacity).fill(EMPTY);
    this.low = new Uint32Array(capacity);
    this.places = new Uint32Array(capacity);
    this.sources = new Uint16Array(capacity);
  }

  /** Records a 16-digit NIK at a place; returns where it was seen before, if it was. */
  add(nik: string, place: NikPlace): NikPlace | undefined {
    // Counts, not money: each half has 8 digits, well inside 2^32.
    const high = Number(nik.slice(0, 8));
    const low = Number(nik.slice(8, 16));
    const mask = this.high.length - 1;
    let slot = this.hash(high, low) & mask;
    while (this.high[slot] !== EMPTY) {
      if (this.high[slot] === high && this.low[slot] === low) return { source: this.sources[slot]!, line: this.places[slot]! };
      slot = (slot + 1) & mask;
    }
    this.high[slot] = high;
    this.low[slot] = low;
    this.places[slot] = place.line;
    this.sources[slot] = place.source;
    this.size++;
    if (this.size * 2 > this.high.length) this.grow();
    return undefined;
  }

  private hash(high: number, low: number): number {
    let h = Math.imul(high ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(low, 0xc2b2ae35);
    h ^= h >>> 15;
    return h >>> 0;
  }

  private grow(): void {
    const { high, low, places, sources } = this;
    this.allocate(high.length * 2);
    const mask = this.high.length - 1;
    for (let index = 0; index < high.length; index++) {
      if (high[index] === EMPTY) continue;
      let slot = this.hash(high[index]!, low[index]!) & mask;
      while (this.high[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.high[slot] = high[index]!;
      this.low[slot] = low[index]!;
      this.places[slot] = places[index]!;
      this.sources[slot] = sources[index]!;
    }
  }
}
