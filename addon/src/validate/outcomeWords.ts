import type { Bilingual } from '@kyodo/core';

/** What happened to an application in the review ranking, as the sidebar says it. */
export const OUTCOMES: Readonly<Record<string, Bilingual>> = {
  funded: { ja: '交付', en: 'funded' },
  reduced: { ja: '減額交付', en: 'reduced' },
  'below-threshold': { ja: '基準未満', en: 'below threshold' },
  'not-eligible': { ja: '対象外', en: 'not eligible' },
  'no-budget': { ja: '予算なし', en: 'no budget left' },
};
