/**
 * The assistant: reads a news article and proposes the actors and relations
 * it states, each quoting the article. Pure: runs in Node and in a worker.
 *
 *   const draft = extractDraft({ text, published: '2016-04-05' });
 *   draft.relations[0].evidence.quote // a slice of text, by construction
 */
import { recogniseActors } from './actors';
import { articleDay } from './dates';
import { assembleDraft } from './draft';
import { analyse } from './nlp';
import { readRelations } from './relations';
import { bodySentences } from './sentences';
import type { Draft, ExtractInput, ExtractStage } from './types';

export type * from './types';
export { proposalsToDataset, SOURCE_ID } from './draft';
export { resolveActorRef } from './accept';

/** Input the assistant cannot read, with what is wrong. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

export function extractDraft(input: ExtractInput, onStage?: (stage: ExtractStage) => void): Draft {
  if (input.text.trim() === '') throw new ExtractError('the article is empty');
  const published = articleDay(input.published);
  if (!published)
    throw new ExtractError(
      `the date of publication "${input.published}" is not a date of the form YYYY-MM-DD`,
    );
  onStage?.('reading');
  const analysis = analyse(input.text);
  onStage?.('actors');
  const registry = recogniseActors(input.text, analysis);
  onStage?.('relations');
  const body = bodySentences(input.text, analysis.sentences);
  const candidates = readRelations({
    article: input.text,
    published,
    registry,
    sentences: analysis.sentences,
    body,
  });
  for (const fact of registry.facts) candidates.push({ ...fact });
  onStage?.('draft');
  return assembleDraft(input, analysis.sentences, registry, candidates);
}
