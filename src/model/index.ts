/** The diplomap model: pure TypeScript over graphology, no DOM and no renderer. */
export * from './types';
export * from './vocabulary';
export * from './problems';
export { parseDataset, loadDataset, declaredSourceTexts, locateProblems } from './parse';
export { validateDataset, type ValidateOptions, type ValidationResult } from './validate';
export { parseDate, isValidDate, type DateSpan } from './dates';
export { foldText, QuoteMatcher } from './quotes';
export {
  buildGraph,
  addRelation,
  graphToDataset,
  type DiplomacyGraph,
  type GraphAttributes,
} from './graph';
export {
  relationsByKind,
  relationsBetween,
  neighbourhood,
  type Direction,
  type RelationView,
  type NeighbourhoodOptions,
} from './queries';
