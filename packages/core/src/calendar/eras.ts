import type { PlainDate } from './types.js';

/** An era (元号) kyodo reads and writes: 大正, 昭和, 平成, 令和 (RULES C2). */
export type EraName = '大正' | '昭和' | '平成' | '令和';

/** One era: its name, its Latin letter (R, H, S, T), first and last day (inclusive). */
export interface Era {
  readonly name: EraName;
  readonly letter: 'T' | 'S' | 'H' | 'R';
  /** First day of the era (in Japan). */
  readonly start: PlainDate;
  /** Last day of the era, or undefined for the current one. */
  readonly end: PlainDate | undefined;
}

/**
 * The eras, oldest first (RULES C2: 平成 1989-01-08 to 2019-04-30, 令和 from 2019-05-01;
 * 昭和 1926-12-25 to 1989-01-07 and 大正 1912-07-30 to 1926-12-24 for older dates). 明治 is not
 * read: its early years predate the Gregorian calendar in Japan (1873).
 */
export const ERAS: readonly Era[] = [
  { name: '大正', letter: 'T', start: '1912-07-30', end: '1926-12-24' },
  { name: '昭和', letter: 'S', start: '1926-12-25', end: '1989-01-07' },
  { name: '平成', letter: 'H', start: '1989-01-08', end: '2019-04-30' },
  { name: '令和', letter: 'R', start: '2019-05-01', end: undefined },
];

const [TAISHO, SHOWA, HEISEI, REIWA] = ERAS as [Era, Era, Era, Era];
const BY_NAME: Readonly<Record<string, Era>> = {
  大正: TAISHO,
  大: TAISHO,
  T: TAISHO,
  t: TAISHO,
  昭和: SHOWA,
  昭: SHOWA,
  S: SHOWA,
  s: SHOWA,
  平成: HEISEI,
  平: HEISEI,
  H: HEISEI,
  h: HEISEI,
  令和: REIWA,
  令: REIWA,
  R: REIWA,
  r: REIWA,
};

/** The era of a name, one-character abbreviation or Latin letter (令和, 令, R, r), if any. */
export function eraByName(text: string): Era | undefined {
  return BY_NAME[text];
}

/** Western year of year `eraYear` of an era: 令和6 → 2024. */
export function westernYear(era: Era, eraYear: number): number {
  return Number(era.start.slice(0, 4)) + eraYear - 1;
}
