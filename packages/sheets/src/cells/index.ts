export {
  type Cell,
  type CellEmpty,
  type CellInvalid,
  type CellOptions,
  type CellRead,
  isBlank,
  type MissingMarkers,
  missingMarkerKeys,
} from './Cell.js';
export { normaliseDateCell } from './normaliseDateCell.js';
export {
  type ActorMatch,
  normaliseActorCell,
  normaliseEvaluatorCell,
  normaliseFormCell,
  normaliseOrganiserCell,
  normaliseProgramCell,
} from './normaliseEnumCell.js';
export { normaliseFiscalYearCell } from './normaliseFiscalYearCell.js';
export { normaliseLevelCell } from './normaliseLevelCell.js';
export { normaliseNumberCell } from './normaliseNumberCell.js';
export { normalisePeriodCell, type Period } from './normalisePeriodCell.js';
export { normaliseTextCell } from './normaliseTextCell.js';
export { normaliseYenCell, type YenCellOptions } from './normaliseYenCell.js';
