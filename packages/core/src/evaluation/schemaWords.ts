/**
 * What a framework's schema says when a framework contradicts itself: one text for both
 * languages (a schema issue carries one message), Japanese first.
 */
export const SCHEMA_WORDS = {
  levelValueRepeats: (seen: unknown, value: unknown) =>
    `水準 ${seen} と同じ値 ${value} です / level value ${value} repeats level ${seen}`,
  spellingOnTwoLevels: (spelling: string) =>
    `表記「${spelling}」が二つの水準にあります / spelling "${spelling}" is on two levels`,
  itemIdRepeats: (id: string) => `評価項目 ID「${id}」が重複しています / item id "${id}" repeats`,
  groupNotInGroups: (group: unknown) =>
    `グループ「${group}」は groups にありません / group "${group}" is not in groups`,
} as const;
