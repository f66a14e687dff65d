/**
 * What a review framework's schema says when the framework contradicts itself: one text for
 * both languages (a schema issue carries one message).
 */
export const SCHEMA_WORDS = {
  minBelowMax: 'min must be below max / min は max より小さく',
  criterionIdRepeats: (id: string) => `審査項目 ID「${id}」が重複しています / criterion id "${id}" repeats`,
  headerOnTwoCriteria: (text: string) =>
    `見出し「${text}」が二つの審査項目にあります / header "${text}" names two criteria`,
  notMultipleOfStep: 'max − min が step の倍数ではありません / max − min is not a multiple of step',
  maxOffScale: (max: number, min: number, step: number) =>
    `配点 ${max} が尺度（${min} から ${step} 刻み）に合いません / max ${max} does not fit the scale (from ${min} in steps of ${step})`,
} as const;
