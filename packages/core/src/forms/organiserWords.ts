import type { Bilingual } from '../problems/Problem.js';
import type { Organiser } from './schema.js';

/** How an organiser is said in messages and docs (RULES R1: 市主催, 市民主催, 共同). */
export const ORGANISER_LABELS: Readonly<Record<Organiser, Bilingual>> = {
  city: { ja: '市', en: 'the city' },
  citizen: { ja: '市民（団体）', en: 'citizens (the partner)' },
  joint: { ja: '市と市民の共同', en: 'the city and citizens jointly' },
};

/** A list of organisers in words: '市民（団体）または市' / 'the city or citizens (the partner)'. */
export function organiserList(organisers: readonly Organiser[]): Bilingual {
  return {
    ja: organisers.map((o) => ORGANISER_LABELS[o].ja).join('または'),
    en: organisers.map((o) => ORGANISER_LABELS[o].en).join(' or '),
  };
}
