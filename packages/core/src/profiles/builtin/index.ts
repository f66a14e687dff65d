import type { Profile } from '../schema.js';
import { ichinosekiProfile } from './ichinoseki.js';
import { plan004Profile } from './plan004.js';
import { torideProfile } from './toride.js';

export { ichinosekiProfile, plan004Profile, torideProfile };

/**
 * The built-in profiles: `ichinoseki` (000_…, 001_…, 002_…), `toride` (003_77c600037372601a.txt)
 * and `plan-004` (004_fa4f1dbae27f2456.txt). Each element cites its document and section.
 */
export const builtinProfiles: readonly Profile[] = [ichinosekiProfile, torideProfile, plan004Profile];
