/**
 * A key for telling two cells' texts the same: the cells are already width-folded and their
 * spaces collapsed (normaliseTextCell), so dropping spaces and Latin case is what is left of
 * core matchKey. Returns the text itself when there is nothing to drop (no new string).
 */
export function sameKey(normalised: string): string {
  return SPACE_OR_UPPER.test(normalised) ? normalised.replace(/ /g, '').toLowerCase() : normalised;
}

const SPACE_OR_UPPER = /[ A-Z]/;
