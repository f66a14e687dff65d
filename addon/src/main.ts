/**
 * The add-on's entry points, bundled into dist/Code.js as the global `__kyodo`; the build
 * adds a top-level function for each (entryPoints.ts), which Apps Script calls by name.
 * Nothing here runs at load: no service is called at module scope (AuthMode.NONE).
 */
export { KYODO_DOMAIN } from './custom/KYODO_DOMAIN.js';
export { KYODO_NENDO } from './custom/KYODO_NENDO.js';
export { KYODO_REVIEW } from './custom/KYODO_REVIEW.js';
export { KYODO_SCORE } from './custom/KYODO_SCORE.js';
export { KYODO_SUBSIDY } from './custom/KYODO_SUBSIDY.js';
export {
  clearMapping,
  clearMarks,
  getSidebarInfo,
  listProfiles,
  removeProfileJson,
  saveMapping,
  saveProfileJson,
  selectCell,
  validate,
} from './handlers/handlers.js';
export { onInstall, onOpen } from './menu/menu.js';
export { menuClear, menuValidate, showSidebar } from './menu/menuActions.js';
