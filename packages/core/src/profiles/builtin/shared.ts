import { DEFAULT_HEADERS, SHEET_KINDS } from '../defaults.js';
import type { Headers } from '../schema.js';

/** A fresh copy of the default header aliases (docs/rules.md "Header aliases"), for a built-in profile. */
export function defaultHeaders(): Headers {
  const out = {} as Record<string, Record<string, string[]>>;
  for (const kind of SHEET_KINDS) {
    const fields: Record<string, string[]> = {};
    for (const [field, texts] of Object.entries(DEFAULT_HEADERS[kind])) fields[field] = [...texts];
    out[kind] = fields;
  }
  return out as Headers;
}
