import { parseLevel } from '@kyodo/core';
import { both } from '../i18n/strings.js';
import { asColumn, errorText, isBlank, isRange, type Out, scalar, thrownText } from './cells.js';
import { profileFor } from './profileFor.js';

/**
 * =KYODO_SCORE(levels, [profile], [framework]): per row of levels (A–D, 4–1, full width too),
 * the mean of the answered items on the framework's scale (RULES E7): blanks are unanswered,
 * not zero; a row with nothing answered stays blank. When the row has one column per item of
 * the framework, the items' weights apply; otherwise items weigh the same. A level off the
 * scale shows why, in Japanese and English.
 */
export function KYODO_SCORE(levels: unknown, profile?: unknown, framework?: unknown): Out | Out[][] {
  try {
    const found = profileFor(scalar(profile), 'ichinoseki');
    if (!found.ok) return errorText(found.problems);
    const frameworks = found.value.evaluation.frameworks;
    const wanted = scalar(framework);
    const fw = isBlank(wanted)
      ? (frameworks.find((f) => f.id === found.value.evaluation.default) ?? frameworks[0])
      : frameworks.find((f) => f.id === String(wanted).trim());
    if (fw === undefined)
      return `⚠ ${both('noFramework', { profile: found.value.id, framework: String(wanted ?? '') })}`;
    const rows = isRange(levels) ? levels : [[levels]];
    const out = rows.map((row): Out => {
      const weights = row.length === fw.items.length ? fw.items.map((i) => i.weight) : row.map(() => 1);
      let sum = 0;
      let weight = 0;
      for (let c = 0; c < row.length; c += 1) {
        if (isBlank(row[c])) continue;
        const level = parseLevel(fw.scale, row[c]);
        if (!level.ok) return errorText(level.problems);
        sum += level.value.value * (weights[c] ?? 1);
        weight += weights[c] ?? 1;
      }
      return weight === 0 ? '' : sum / weight;
    });
    return asColumn(out, isRange(levels));
  } catch (error) {
    return thrownText(error);
  }
}
