/**
 * A key for telling two cells' texts the same: the cells are already width-folded and their
 * spaces collapsed (normaliseTextCell), so dropping spaces and Latin case is what is left of
 * core matchKey. Returns the text itself when there is nothing to drop (no new string).
 */
export function sameKey(normalised: string): string {
  // A scan rather than /[ A-Z]/: this runs once per row and most texts have neither (replacing
  // and lowering every name made the 100,000-row register 8–13% slower, bench/sheets.bench.ts).
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    if (c === 0x20 || (c >= 0x41 && c <= 0x5a)) return normalised.replace(/ /g, '').toLowerCase();
  }
  return normalised;
}
