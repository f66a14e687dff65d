export {
  buildPublicationSummary,
  type PublicationInput,
  type PublicationProjectInput,
  type PublicationSubsidyInput,
} from './buildPublicationSummary.js';
export type {
  PublicationGap,
  PublicationGroup,
  PublicationItem,
  PublicationPlanActual,
  PublicationProject,
  PublicationSubsidy,
  PublicationSummary,
} from './PublicationSummary.js';
export { renderSummaryHtml } from './renderSummaryHtml.js';
export { renderSummaryMarkdown } from './renderSummaryMarkdown.js';
