import { describe, expect, it } from 'vitest';
import { EMPTY_STYLES, MARK_COLOURS, markStyles } from './markStyles.js';

describe('markStyles', () => {
  it('gives each format a marked twin with the fill of its severity, found again rather than added twice', () => {
    const styles = markStyles(EMPTY_STYLES);
    const error = styles.marked(0, 'error');
    expect(styles.marked(0, 'error')).toBe(error);
    expect(styles.isMarked(error)).toBe(true);
    expect(styles.isMarked(0)).toBe(false);
    const xml = styles.serialize();
    expect(xml).toContain(`<fgColor rgb="${MARK_COLOURS.error}"/>`);
    // Read again, the marks are found, not added.
    const again = markStyles(xml);
    expect(again.marked(0, 'error')).toBe(error);
    expect(again.serialize()).toBe(xml);
    // The fill put back: the original format itself.
    expect(again.withFill(error, again.fillOf(0))).toBe(0);
  });
});
