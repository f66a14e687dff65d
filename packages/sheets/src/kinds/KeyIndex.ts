/**
 * The first row seen with each key (a recipient, a project name), for one validation: an
 * open-addressing hash table in typed arrays. A sheet has as many keys as rows, and a Map of a
 * hundred thousand strings spends its time growing and chasing entries; this table costs one
 * probe in a flat array per row. It grows with the keys it holds and is dropped with the
 * validation (nothing is kept across calls). Measured on the 100,000-row sheets of
 * bench/sheets.bench.ts against plain Maps (docs/contributing.md "Speed"): the register's
 * duplicate check took 26–44% longer with Maps, the ledger's grouping 11–17%.
 *
 * @example
 * const index = new KeyIndex();
 * index.firstOrAdd('ひまわり', 0) //=> -1 (new)
 * index.firstOrAdd('ひまわり', 5) //=> 0
 */
export class KeyIndex {
  /** Per slot: the key's hash, then 1 + its entry number (0: an empty slot). */
  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  private readonly ids: number[] = [];

  constructor(expected = 512) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** How many different keys were added. */
  get size(): number {
    return this.keys.length;
  }

  /** The id first added with this key, or -1 after adding the key with this id. */
  firstOrAdd(key: string, id: number): number {
    const h = hash(key);
    const slots = this.slots;
    const mask = this.mask;
    let s = h & mask;
    for (;;) {
      const entry = slots[2 * s + 1]!;
      if (entry === 0) break;
      if (slots[2 * s] === h && this.keys[entry - 1] === key) return this.ids[entry - 1]!;
      s = (s + 1) & mask;
    }
    this.keys.push(key);
    this.ids.push(id);
    slots[2 * s] = h;
    slots[2 * s + 1] = this.keys.length;
    // At most half full, so that probes stay short.
    if (this.keys.length * 2 > mask) this.grow();
    return -1;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    for (let o = 0; o < old.length; o += 2) {
      const entry = old[o + 1]!;
      if (entry === 0) continue;
      const h = old[o]!;
      let s = h & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = h;
      slots[2 * s + 1] = entry;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * FNV-1a over the UTF-16 code units, kept to 30 bits: a small integer to V8 (no heap number,
 * no deoptimisation when a hash leaves that range).
 */
function hash(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}
