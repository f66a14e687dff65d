/**
 * How many bytes the parts of one .xlsx may hold once unzipped, by default: 256 MiB. A zip
 * bomb (a few KB that inflate to gigabytes) stops there, and so does a sheet too large to read
 * within Node's default memory (the reader holds the whole workbook: a 550,000-row register
 * is about 250 MB of XML). Raised with `kyodo validate --unzip-limit MB` (docs/cli.md).
 */
export const DEFAULT_UNZIP_LIMIT_MB = 256;

/** Bytes in a MB as --unzip-limit counts them (MiB). */
export const MB = 1024 * 1024;
