/**
 * How many bytes the parts of one .xlsx may hold once unzipped, by default: 256 MiB. A zip
 * bomb (a few KB that inflate to gigabytes) stops there. Raised with `kyodo validate
 * --unzip-limit MB` (docs/cli.md).
 */
export const DEFAULT_UNZIP_LIMIT_MB = 256;

/** Bytes in a MB as --unzip-limit counts them (MiB). */
export const MB = 1024 * 1024;

/**
 * Memory needed to read and validate a workbook, per byte of its unzipped XML: the reader holds
 * the whole workbook (exceljs's cells), and the grids and the report come on top. Measured on
 * generated registers (docs/contributing.md: 200,000 rows, 93 MB unzipped, 1.7 GB at peak with
 * an annotated copy; 1,000,000 rows, 452 MB, 8.5 GB): about 19 times, rounded up.
 */
export const MEMORY_PER_UNZIPPED_BYTE = 20;
