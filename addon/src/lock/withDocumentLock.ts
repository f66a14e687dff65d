import { AddonError } from '../errors/AddonError.js';

/** How long a run waits for another run on the same document to finish. */
const WAIT_MS = 30_000;

/**
 * Runs `write` holding the document lock, flushes pending writes, then releases the lock
 * (docs/addon.md "Apps Script facts": flush before releaseLock). Another run in progress is an
 * AddonError 'busy', said as a sentence. Outside a document (no lock) it runs unlocked.
 */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock === null) {
    const value = write();
    SpreadsheetApp.flush();
    return value;
  }
  if (!lock.tryLock(WAIT_MS)) throw new AddonError('busy');
  try {
    return write();
  } finally {
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
