/** Editing a map: edits as pure transitions over a dataset, their history, and the article's text. */
export type { Edit, ArticleMatch, Compiled } from './types';
export { EditRefused } from './types';
export { applyEdit, describeProblem, type EditOutcome } from './apply';
export { EMPTY_HISTORY, record, undo, redo, type History, type Step, type Travel } from './history';
export { applyPatch, invertPatch, type Patch } from './patch';
export { patchGraph, type Touched } from './graph-patch';
export { newActorId, newRelationId, newSourceId, slugOf } from './ids';
export { QuoteLocator, foldWithOffsets, type Span } from './quote-spans';
export { paragraphsOf, uncodedSentences, type Paragraph } from './sentences';
export { htmlToText, decodeEntities, type PageText } from './html-text';
export { articleFromFile } from './article-file';
export { firstNamed, matchActors, type ActorMention } from './match-actors';
export { editableCopy, emptyDataset } from './copy';
export { relationWords } from './lookup';
