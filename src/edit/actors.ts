/** Adding, changing and deleting actors, as patches. */
import type { Actor, Dataset, Point, Relation, Story } from '../model/types';
import { actorIndex, actorOf, idTaken, nameIn } from './lookup';
import type { Op } from './patch';
import { EditRefused, type Compiled } from './types';

export function addActor(dataset: Dataset, actor: Actor): Compiled {
  if (idTaken(dataset, actor.id))
    throw new EditRefused(`The id "${actor.id}" is already used in the map.`);
  return {
    patch: [{ op: 'insert', list: 'actors', index: dataset.actors.length, item: actor }],
    label: `Add ${actor.name}`,
  };
}

export function updateActor(dataset: Dataset, actor: Actor): Compiled {
  const index = actorIndex(dataset, actor.id);
  const before = dataset.actors[index] as Actor;
  const label =
    before.name === actor.name ? `Edit ${actor.name}` : `Rename ${before.name} to ${actor.name}`;
  return { patch: [{ op: 'replace', list: 'actors', index, before, after: actor }], label };
}

/**
 * Ops that drop every reference to `id` outside its own relations: another
 * actor's affiliation, a claim's author, a story's end. `replacement` repoints
 * them instead (a merge); references that would then point at their own
 * holder are dropped. The actor's own relations are left to the caller.
 */
export function repointReferences(dataset: Dataset, id: string, replacement?: string): Op[] {
  const ops: Op[] = [];
  dataset.actors.forEach((actor, index) => {
    if (actor.affiliation !== id || actor.id === id) return;
    const after: Actor = { ...actor };
    if (replacement !== undefined && replacement !== actor.id) after.affiliation = replacement;
    else delete after.affiliation;
    ops.push({ op: 'replace', list: 'actors', index, before: actor, after });
  });
  dataset.relations.forEach((relation, index) => {
    // The actor's own relations go with it, or are rewritten by the merge.
    if (!relation.claimedBy?.includes(id) || relation.source === id || relation.target === id)
      return;
    const claimedBy = [
      ...new Set(
        relation.claimedBy.flatMap((claimant) =>
          claimant === id ? (replacement ?? []) : claimant,
        ),
      ),
    ];
    const after: Relation = { ...relation, claimedBy };
    ops.push({ op: 'replace', list: 'relations', index, before: relation, after });
  });
  if (dataset.stories?.some((story) => story.from === id || story.to === id)) {
    const stories = dataset.stories.flatMap((story): Story[] => {
      if (story.from !== id && story.to !== id) return [story];
      if (replacement === undefined) return [];
      const moved = {
        ...story,
        from: story.from === id ? replacement : story.from,
        to: story.to === id ? replacement : story.to,
      };
      return moved.from === moved.to ? [] : [moved];
    });
    ops.push({ op: 'field', field: 'stories', before: dataset.stories, after: stories });
  }
  return ops;
}

/** Removes items at these indices, last first, so each index holds when its turn comes. */
export function removeAt<L extends 'actors' | 'relations'>(
  dataset: Dataset,
  list: L,
  indices: readonly number[],
): Op[] {
  const items = dataset[list] as readonly Dataset[L][number][];
  return [...indices]
    .sort((a, b) => b - a)
    .map((index) => ({ op: 'remove', list, index, item: items[index] }) as Op);
}

export function deleteActor(dataset: Dataset, id: string): Compiled {
  const index = actorIndex(dataset, id);
  const own: number[] = [];
  dataset.relations.forEach((relation, i) => {
    if (relation.source === id || relation.target === id) own.push(i);
  });
  // References first (they index the dataset as it is), then the relations, then the actor.
  const patch: Op[] = [
    ...repointReferences(dataset, id),
    ...removeAt(dataset, 'relations', own),
    { op: 'remove', list: 'actors', index, item: dataset.actors[index] as Actor },
  ];
  const count =
    own.length === 0
      ? ''
      : own.length === 1
        ? ' and its relation'
        : ` and its ${own.length} relations`;
  return { patch, label: `Delete ${nameIn(dataset, id)}${count}` };
}

export function moveActors(
  dataset: Dataset,
  moves: readonly { id: string; position: Point }[],
  label?: string,
): Compiled {
  const patch: Op[] = [];
  // One place per actor: the last given.
  const last = new Map(moves.map((move) => [move.id, move.position]));
  for (const [id, position] of last) {
    const index = actorIndex(dataset, id);
    const before = dataset.actors[index] as Actor;
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y))
      throw new EditRefused(`${before.name} cannot be put at a place that is not a number.`);
    if (before.position?.x === position.x && before.position.y === position.y) continue;
    patch.push({
      op: 'replace',
      list: 'actors',
      index,
      before,
      after: { ...before, position: { x: position.x, y: position.y } },
    });
  }
  const only = last.size === 1 ? actorOf(dataset, [...last.keys()][0] as string).name : undefined;
  return { patch, label: label ?? (only ? `Move ${only}` : `Move ${last.size} actors`) };
}
