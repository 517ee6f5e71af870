/**
 * Questions a view asks of the graph: an actor's relations by kind, the
 * relations between two actors, the neighbourhood within k steps.
 */
import { actorKey, forEachRelationOf, hasActor, idOfKey, type DiplomacyGraph } from './graph';
import type { Relation } from './types';
import type { RelationKindId } from './vocabulary';
import { RELATION_KIND_IDS, isDirected } from './vocabulary';

/** How a relation stands from one actor's side. */
export type Direction = 'outgoing' | 'incoming' | 'mutual';

export interface RelationView {
  relation: Relation;
  /** The actor at the other end. */
  counterpart: string;
  direction: Direction;
}

function directionFrom(actor: string, relation: Relation): Direction {
  if (!isDirected(relation)) return 'mutual';
  return relation.source === actor ? 'outgoing' : 'incoming';
}

/** Every relation of an actor, grouped by kind in vocabulary order; empty groups are left out. */
export function relationsByKind(
  graph: DiplomacyGraph,
  actor: string,
): Map<RelationKindId, RelationView[]> {
  const groups = new Map<RelationKindId, RelationView[]>();
  forEachRelationOf(graph, actor, (relation) => {
    const view: RelationView = {
      relation,
      counterpart: relation.source === actor ? relation.target : relation.source,
      direction: directionFrom(actor, relation),
    };
    const group = groups.get(relation.kind);
    if (group) group.push(view);
    else groups.set(relation.kind, [view]);
  });
  const ordered = new Map<RelationKindId, RelationView[]>();
  for (const kind of RELATION_KIND_IDS) {
    const group = groups.get(kind);
    if (group) ordered.set(kind, group);
  }
  return ordered;
}

/** Every relation between two actors, in either direction. */
export function relationsBetween(graph: DiplomacyGraph, a: string, b: string): Relation[] {
  const found: Relation[] = [];
  if (!hasActor(graph, b)) return found;
  forEachRelationOf(graph, a, (relation) => {
    const { source, target } = relation;
    if ((source === a && target === b) || (source === b && target === a)) found.push(relation);
  });
  return found;
}

export interface NeighbourhoodOptions {
  /** Follow relations only along their direction (undirected ones both ways). Default false. */
  directed?: boolean;
}

/**
 * The actors within `k` steps of `actor`, each with its distance (the actor
 * itself at 0). Relations are followed both ways unless `directed` is set.
 *
 * A breadth-first search of our own: graphology-traversal's typed modes
 * cannot follow directed and undirected edges together on a mixed graph.
 */
export function neighbourhood(
  graph: DiplomacyGraph,
  actor: string,
  k: number,
  options: NeighbourhoodOptions = {},
): Map<string, number> {
  const distances = new Map<string, number>();
  if (!hasActor(graph, actor) || k < 0) return distances;
  distances.set(actor, 0);
  let frontier = [actorKey(actor)];
  for (let depth = 1; depth <= k && frontier.length > 0; depth++) {
    const next: string[] = [];
    const visit = (neighbour: string): void => {
      const id = idOfKey(neighbour);
      if (distances.has(id)) return;
      distances.set(id, depth);
      next.push(neighbour);
    };
    for (const node of frontier) {
      if (options.directed) graph.forEachOutboundNeighbor(node, visit);
      else graph.forEachNeighbor(node, visit);
    }
    frontier = next;
  }
  return distances;
}
