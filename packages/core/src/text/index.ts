export { type KanjiNumeralOptions, parseKanjiNumeral, replaceKanjiNumerals } from './kanjiNumerals.js';
export { matchKey, normaliseText } from './normalise.js';
