export { matchKey, normaliseText } from './normalise.js';
