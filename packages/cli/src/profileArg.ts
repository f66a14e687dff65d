import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { err, getProfile, PROFILE_LIMITS, type Profile, type Result, readProfileJson } from '@kyodo/core';
import { ioMessages } from './io/ioMessages.js';

/**
 * The profile a `--profile` argument names (docs/profiles.md): a built-in ID
 * (ichinoseki, toride, plan-004) or a JSON file, read by core readProfileJson (the line and column of
 * malformed JSON, the size limit, forbidden keys, `extends` resolved against the built-ins). A file is recognised by its .json ending or a path
 * separator. Problems name the file or the ID.
 */
export async function profileArg(arg: string, cwd: string): Promise<Result<Profile>> {
  if (!/\.json$/i.test(arg) && !/[/\\]/.test(arg)) return getProfile(arg);
  const path = resolve(cwd, arg);
  const where = { path: [arg] };
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(ioMessages.problem('io.not-a-file', { file: arg }, where));
    // Refused before it is read: a profile is text of at most PROFILE_LIMITS.maxChars characters.
    if (info.size > PROFILE_LIMITS.maxChars * 4)
      return err(
        ioMessages.problem(
          'io.profile-too-large',
          { file: arg, size: info.size, limit: PROFILE_LIMITS.maxChars },
          where,
        ),
      );
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return err(ioMessages.problem('io.missing-file', { file: arg }, where));
    return err(ioMessages.problem('io.unreadable', { file: arg, reason: code ?? String(error) }, where));
  }
  return readProfileJson(text);
}
