/** Finding actors, relations and sources of a dataset by id, for the edits. */
import type { Actor, Dataset, Relation, Source } from '../model/types';
import { RELATION_KINDS } from '../model/vocabulary';
import { EditRefused } from './types';

export function actorIndex(dataset: Dataset, id: string): number {
  const index = dataset.actors.findIndex((actor) => actor.id === id);
  if (index === -1) throw new EditRefused(`There is no actor "${id}" in the map.`);
  return index;
}

export function relationIndex(dataset: Dataset, id: string): number {
  const index = dataset.relations.findIndex((relation) => relation.id === id);
  if (index === -1) throw new EditRefused(`There is no relation "${id}" in the map.`);
  return index;
}

export function sourceIndex(dataset: Dataset, id: string): number {
  const index = dataset.sources.findIndex((source) => source.id === id);
  if (index === -1) throw new EditRefused(`There is no article "${id}" in the map.`);
  return index;
}

export function actorOf(dataset: Dataset, id: string): Actor {
  return dataset.actors[actorIndex(dataset, id)] as Actor;
}

export function sourceOf(dataset: Dataset, id: string): Source {
  return dataset.sources[sourceIndex(dataset, id)] as Source;
}

/** An actor's name, or its id when the dataset lacks it. */
export function nameIn(dataset: Pick<Dataset, 'actors'>, id: string): string {
  return dataset.actors.find((actor) => actor.id === id)?.name ?? id;
}

/** "Russia has an alliance with Armenia", from the vocabulary. */
export function relationWords(dataset: Pick<Dataset, 'actors'>, relation: Relation): string {
  return RELATION_KINDS[relation.kind].sentence
    .replace('{source}', () => nameIn(dataset, relation.source))
    .replace('{target}', () => nameIn(dataset, relation.target));
}

/** Whether an id is free: actors and relations share one set of ids. */
export function idTaken(dataset: Dataset, id: string): boolean {
  return (
    dataset.actors.some((actor) => actor.id === id) ||
    dataset.relations.some((relation) => relation.id === id)
  );
}
