/** Ids for what an author adds: readable, from the names, and unique in the map. */
import type { Dataset } from '../model/types';

/** "Serzh Sargsyan" → "serzh-sargsyan"; letters of any script are kept. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/** `base`, or `base-2`, `base-3`... whichever no other id in `taken` has. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken(id)) return id;
  }
}

/** A new actor's id, from its name (actors and relations share one set of ids). */
export function newActorId(dataset: Dataset, name: string): string {
  const ids = new Set([...dataset.actors, ...dataset.relations].map((item) => item.id));
  return uniqueId(slugOf(name), (id) => ids.has(id));
}

/** A new relation's id: "russia-alliance-armenia". */
export function newRelationId(
  dataset: Dataset,
  relation: { source: string; kind: string; target: string },
): string {
  const ids = new Set([...dataset.actors, ...dataset.relations].map((item) => item.id));
  const base = slugOf(`${relation.source} ${relation.kind} ${relation.target}`);
  return uniqueId(base, (id) => ids.has(id));
}

/** A new source's id: "wapo-2016-04-05" style, from publisher and date. */
export function newSourceId(dataset: Dataset, publisher: string, published: string): string {
  const ids = new Set(dataset.sources.map((source) => source.id));
  return uniqueId(slugOf(`${publisher} ${published}`), (id) => ids.has(id));
}
