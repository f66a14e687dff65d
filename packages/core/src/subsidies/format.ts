import { formatDate, formatFiscalYear } from '../calendar/index.js';
import type { FiscalYear, PlainDate } from '../calendar/types.js';
import { formatRate, formatYen } from '../money/index.js';
import type { Rate, Yen } from '../money/types.js';

// Internal: how the subsidy sentences and messages write yen, fiscal years, dates and rates.

/** '200,000円'. */
export function yenJa(yen: Yen): string {
  return formatYen(yen);
}

/** '200,000 yen'. */
export function yenEn(yen: Yen): string {
  return `${formatYen(yen).slice(0, -1)} yen`;
}

/** '平成26年度'. */
export function fyJa(fy: FiscalYear): string {
  return formatFiscalYear(fy);
}

/** 'FY2014'. */
export function fyEn(fy: FiscalYear): string {
  return `FY${fy}`;
}

/** '平成28年3月31日'. */
export function dateJa(date: PlainDate): string {
  return formatDate(date);
}

/** '2/3', and '100%' for a whole rate (as the documents write 補助率：100%). */
export function rateText(rate: Rate): string {
  return rate.numerator === rate.denominator ? formatRate(rate, 'percent') : formatRate(rate);
}

/** '平成26年度～平成27年度', '平成27年度～' (ja); 'FY2014–FY2015', 'FY2015 on' (en). */
export function periodJa(from: FiscalYear, to: FiscalYear | undefined): string {
  return to === undefined ? `${fyJa(from)}～` : from === to ? fyJa(from) : `${fyJa(from)}～${fyJa(to)}`;
}

/** 'FY2014–FY2015', 'FY2015 on'. */
export function periodEn(from: FiscalYear, to: FiscalYear | undefined): string {
  return to === undefined ? `FY${from} on` : from === to ? `FY${from}` : `FY${from}–FY${to}`;
}
