import { ERAS, type EraName } from './eras.js';
import { requireParts } from './plainDate.js';
import type { PlainDate } from './types.js';

/** A day's era and era year, and how it is written: { era: '令和', year: 1, text: '令和元年' }. */
export interface Wareki {
  readonly era: EraName;
  readonly year: number;
  /** 令和元年, 令和6年: year 1 is written 元年 (RULES C2). */
  readonly text: string;
}

/**
 * The era (元号) and era year of a day in Japan (RULES C2: 平成 from 1989-01-08 to
 * 2019-04-30, 令和 from 2019-05-01; 昭和 and 大正 for older days), or undefined before 大正
 * (1912-07-30). Anything but a PlainDate is a KyodoError.
 *
 * @example
 * warekiOf('2019-04-30') //=> { era: '平成', year: 31, text: '平成31年' }
 * warekiOf('2019-05-01') //=> { era: '令和', year: 1, text: '令和元年' }
 */
export function warekiOf(date: PlainDate): Wareki | undefined {
  requireParts(date);
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (date >= era.start) {
      const year = Number(date.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1;
      return { era: era.name, year, text: `${era.name}${year === 1 ? '元' : year}年` };
    }
  }
  return undefined;
}
