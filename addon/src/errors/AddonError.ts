import type { StringKey } from '../i18n/strings.js';

/**
 * An expected failure of the add-on (another run holds the lock, an unknown sheet): a key of
 * the strings catalogue and its parameters, turned into a sentence in the user's language by
 * the handler that catches it. Never shown as a stack trace.
 */
export class AddonError extends Error {
  readonly key: StringKey;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(key: StringKey, params: Readonly<Record<string, string | number>> = {}) {
    super(key);
    this.name = 'AddonError';
    this.key = key;
    this.params = params;
  }
}
