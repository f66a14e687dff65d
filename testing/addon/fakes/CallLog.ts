/**
 * Counts the calls the add-on makes on the fake services ('Range.getValues' → 3) and keeps
 * the order of lock, flush and release events, so tests can assert batching and locking.
 */
export class CallLog {
  readonly counts = new Map<string, number>();
  readonly events: string[] = [];

  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  event(name: string): void {
    this.events.push(name);
  }

  /** All counts as a plain object, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The total number of service calls. */
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.events.length = 0;
  }
}
