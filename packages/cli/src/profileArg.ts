import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { err, getProfile, loadProfile, type Profile, type Result } from '@kyodo/core';
import { ioMessages } from './io/ioMessages.js';

/**
 * The profile a `--profile` argument names (DESIGN.md "Profiles"): a built-in ID
 * (ichinoseki, toride, plan-004) or a JSON file, validated by core loadProfile (which resolves
 * `extends` against the built-ins). A file is recognised by its .json ending or a path
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
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return err(ioMessages.problem('io.missing-file', { file: arg }, where));
    return err(ioMessages.problem('io.unreadable', { file: arg, reason: code ?? String(error) }, where));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(ioMessages.problem('io.bad-json', { file: arg, reason }, where));
  }
  return loadProfile(json);
}
