import type { Rounding } from './types.js';

/**
 * The rounding kyodo applies when a program says none (RULES C4: the documents state no
 * rounding rule; default 円未満切り捨て, truncate to the yen). A program's profile may set
 * another, such as 千円未満切り捨て `{ mode: 'truncate', unit: 1000 }` or 四捨五入
 * `{ mode: 'half-up', unit: 1 }`.
 */
export const DEFAULT_ROUNDING: Rounding = { mode: 'truncate', unit: 1 };
