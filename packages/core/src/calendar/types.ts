/**
 * A day in Japan, written 'YYYY-MM-DD' (ISO 8601 calendar date, no time, no zone).
 * Dates are kept as plain days so that no machine time zone can shift a day or a year
 * (RULES C2: era arithmetic depends on the date in Japan).
 */
export type PlainDate = string;

/**
 * A fiscal year (年度, RULES C1), named by the Western year of its 1 April:
 * 2024 = 令和6年度 = 2024-04-01 … 2025-03-31.
 */
export type FiscalYear = number;
