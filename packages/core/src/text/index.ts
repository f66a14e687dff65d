export { type KanjiNumeralOptions, parseKanjiNumeral, replaceKanjiNumerals } from './kanjiNumerals.js';
export { textMessages } from './messages.js';
export { matchKey, normaliseText } from './normalise.js';
