import type { StringKey } from '../i18n/strings.js';

/**
 * An expected failure of the add-on (another run holds the lock, an unknown sheet): a key of
 * the strings catalogue and its parameters, turned into a sentence in the user's language by
 * the handler that catches it. Never shown as a stack trace.
 */
export class AddonError extends Error {
  // `declare`: assigned below, not defined as class fields first, which ES2019 lowers to a helper.
  declare readonly key: StringKey;
  declare readonly params: Readonly<Record<string, string | number>>;

  constructor(key: StringKey, params: Readonly<Record<string, string | number>> = {}) {
    super(key);
    // Own properties in the order the class fields gave them: key, params, then name.
    this.key = key;
    this.params = params;
    this.name = 'AddonError';
  }
}
