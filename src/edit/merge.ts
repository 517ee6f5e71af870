/**
 * Merging two actors that are one ("Sarkisian" and "Sargsyan"): the kept
 * actor takes the other's name as an alias, its aliases and its quotes; the
 * other's relations move to the kept actor, and every reference to it (an
 * affiliation, a claim, a story) is repointed. A relation the two then share
 * twice (same kind, ends, status and date) becomes one carrying both quotes;
 * a relation between the two themselves has no meaning left and is dropped.
 */
import type { Actor, Dataset, Relation } from '../model/types';
import { isDirected } from '../model/vocabulary';
import { repointReferences } from './actors';
import { actorIndex, actorOf } from './lookup';
import { applyPatch, type Op } from './patch';
import { unionEvidence } from './relations';
import { EditRefused, type Compiled } from './types';

/** What makes two relations the same statement. */
function signature(relation: Relation): string {
  const ends = isDirected(relation)
    ? [relation.source, relation.target]
    : [relation.source, relation.target].sort();
  return JSON.stringify([
    relation.kind,
    ...ends,
    relation.status ?? '',
    relation.date ?? '',
    relation.directed ?? '',
    relation.originalKind ?? '',
  ]);
}

/** The kept actor with the other's names, quotes and missing details. */
export function combineActors(keep: Actor, absorb: Actor): Actor {
  const merged: Actor = { ...keep };
  const names = [absorb.name, ...(keep.aliases ?? []), ...(absorb.aliases ?? [])];
  const aliases = [...new Set(names)].filter((name) => name !== keep.name);
  if (aliases.length > 0) merged.aliases = aliases;
  const evidence = unionEvidence(keep.evidence ?? [], absorb.evidence ?? []);
  if (evidence.length > 0) merged.evidence = evidence;
  for (const field of ['role', 'description', 'position', 'color'] as const) {
    if (merged[field] === undefined && absorb[field] !== undefined)
      Object.assign(merged, { [field]: absorb[field] });
  }
  if (merged.affiliation === undefined && absorb.affiliation !== undefined)
    merged.affiliation = absorb.affiliation;
  if (merged.affiliation === keep.id || merged.affiliation === absorb.id) delete merged.affiliation;
  return merged;
}

/** Moves the absorbed actor's relations to the kept one, combining repeats. */
function moveRelations(
  dataset: Dataset,
  keep: string,
  absorb: string,
): { ops: Op[]; combined: number; dropped: number } {
  const final = new Map<number, Relation>();
  const removed: number[] = [];
  const bySignature = new Map<string, number>();
  let combined = 0;
  let dropped = 0;
  dataset.relations.forEach((relation, index) => {
    if (relation.source === keep || relation.target === keep)
      bySignature.set(signature(relation), index);
  });
  dataset.relations.forEach((relation, index) => {
    if (relation.source !== absorb && relation.target !== absorb) return;
    const moved: Relation = {
      ...relation,
      source: relation.source === absorb ? keep : relation.source,
      target: relation.target === absorb ? keep : relation.target,
    };
    if (relation.claimedBy)
      moved.claimedBy = [...new Set(relation.claimedBy.map((id) => (id === absorb ? keep : id)))];
    if (moved.source === moved.target) {
      removed.push(index);
      dropped++;
      return;
    }
    const twin = bySignature.get(signature(moved));
    if (twin === undefined) {
      final.set(index, moved);
      bySignature.set(signature(moved), index);
      return;
    }
    const into = final.get(twin) ?? (dataset.relations[twin] as Relation);
    final.set(twin, { ...into, evidence: unionEvidence(into.evidence, moved.evidence) });
    removed.push(index);
    combined++;
  });
  const ops: Op[] = [];
  for (const [index, after] of [...final].sort((a, b) => a[0] - b[0]))
    ops.push({
      op: 'replace',
      list: 'relations',
      index,
      before: dataset.relations[index] as Relation,
      after,
    });
  for (const index of removed.sort((a, b) => b - a))
    ops.push({
      op: 'remove',
      list: 'relations',
      index,
      item: dataset.relations[index] as Relation,
    });
  return { ops, combined, dropped };
}

export function mergeActors(dataset: Dataset, keep: string, absorb: string): Compiled {
  if (keep === absorb) throw new EditRefused('Choose two different actors to merge.');
  const kept = actorOf(dataset, keep);
  const gone = actorOf(dataset, absorb);
  // In stages, each against the dataset the stage before left.
  const references = repointReferences(dataset, absorb, keep);
  const afterReferences = applyPatch(dataset, references);
  const relations = moveRelations(afterReferences, keep, absorb);
  const afterRelations = applyPatch(afterReferences, relations.ops);
  const keepIndex = actorIndex(afterRelations, keep);
  const keepBefore = afterRelations.actors[keepIndex] as Actor;
  const absorbIndex = actorIndex(afterRelations, absorb);
  const patch: Op[] = [
    ...references,
    ...relations.ops,
    {
      op: 'replace',
      list: 'actors',
      index: keepIndex,
      before: keepBefore,
      after: combineActors(keepBefore, afterRelations.actors[absorbIndex] as Actor),
    },
    {
      op: 'remove',
      list: 'actors',
      index: absorbIndex,
      item: afterRelations.actors[absorbIndex] as Actor,
    },
  ];
  const notes = [
    relations.combined > 0
      ? `${relations.combined} repeated relation${relations.combined > 1 ? 's' : ''} combined`
      : '',
    relations.dropped > 0 ? `${relations.dropped} between them dropped` : '',
  ].filter(Boolean);
  return {
    patch,
    label: `Merge ${gone.name} into ${kept.name}${notes.length ? ` (${notes.join(', ')})` : ''}`,
  };
}
