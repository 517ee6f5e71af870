/** Adding, changing and deleting relations, and adding quotes, as patches. */
import type { Actor, Dataset, Evidence, Relation } from '../model/types';
import { actorIndex, idTaken, relationIndex, relationWords, sourceIndex } from './lookup';
import { EditRefused, type Compiled } from './types';

export function addRelation(dataset: Dataset, relation: Relation): Compiled {
  if (idTaken(dataset, relation.id))
    throw new EditRefused(`The id "${relation.id}" is already used in the map.`);
  return {
    patch: [{ op: 'insert', list: 'relations', index: dataset.relations.length, item: relation }],
    label: `Add “${relationWords(dataset, relation)}”`,
  };
}

export function updateRelation(dataset: Dataset, relation: Relation): Compiled {
  const index = relationIndex(dataset, relation.id);
  const before = dataset.relations[index] as Relation;
  return {
    patch: [{ op: 'replace', list: 'relations', index, before, after: relation }],
    label: `Edit “${relationWords(dataset, relation)}”`,
  };
}

export function deleteRelation(dataset: Dataset, id: string): Compiled {
  const index = relationIndex(dataset, id);
  const item = dataset.relations[index] as Relation;
  return {
    patch: [{ op: 'remove', list: 'relations', index, item }],
    label: `Delete “${relationWords(dataset, item)}”`,
  };
}

const sameEvidence = (a: Evidence, b: Evidence) => a.source === b.source && a.quote === b.quote;

/** Evidence lists joined, each quote once, in order. */
export function unionEvidence(first: readonly Evidence[], second: readonly Evidence[]): Evidence[] {
  const joined = [...first];
  for (const item of second)
    if (!joined.some((have) => sameEvidence(have, item))) joined.push(item);
  return joined;
}

export function addEvidence(
  dataset: Dataset,
  target: { type: 'actor' | 'relation'; id: string },
  evidence: Evidence,
): Compiled {
  sourceIndex(dataset, evidence.source);
  if (evidence.quote.trim() === '') throw new EditRefused('Select the words that say it first.');
  if (target.type === 'actor') {
    const index = actorIndex(dataset, target.id);
    const before = dataset.actors[index] as Actor;
    if (before.evidence?.some((have) => sameEvidence(have, evidence)))
      throw new EditRefused(`${before.name} already has this quote.`);
    const after: Actor = { ...before, evidence: unionEvidence(before.evidence ?? [], [evidence]) };
    return {
      patch: [{ op: 'replace', list: 'actors', index, before, after }],
      label: `Quote the article for ${before.name}`,
    };
  }
  const index = relationIndex(dataset, target.id);
  const before = dataset.relations[index] as Relation;
  if (before.evidence.some((have) => sameEvidence(have, evidence)))
    throw new EditRefused('The relation already has this quote.');
  const after: Relation = { ...before, evidence: unionEvidence(before.evidence, [evidence]) };
  return {
    patch: [{ op: 'replace', list: 'relations', index, before, after }],
    label: `Add a quote to “${relationWords(dataset, before)}”`,
  };
}
