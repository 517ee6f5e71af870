/**
 * Filters: which relations and actors are shown. A filter only hides; it
 * never moves anything, so positions on the map stay put when it changes.
 * The default (nothing hidden, no date range) shows everything.
 */
import type { DiplomacyGraph } from '../model/graph';
import { parseDate } from '../model/dates';
import type { Relation } from '../model/types';
import {
  ACTOR_KIND_IDS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  type ActorKindId,
  type RelationKindId,
  type RelationStatusId,
  type Stance,
} from '../model/vocabulary';

/** "plain" stands for a relation without a status: a plain reported fact. */
export type StatusFilterId = RelationStatusId | 'plain';

export interface Filters {
  hiddenRelationKinds: readonly RelationKindId[];
  hiddenActorKinds: readonly ActorKindId[];
  hiddenStances: readonly Stance[];
  hiddenStatuses: readonly StatusFilterId[];
  /** Inclusive ISO day bounds; a relation is kept when its date span overlaps them. */
  from?: string;
  to?: string;
  /** Whether relations without a date (standing ties) are hidden. Default false: shown. */
  hideUndated?: boolean;
  /**
   * The map as of this ISO day: within the range, only what had begun by
   * then (the timeline's cursor, which Play moves).
   */
  asOf?: string;
}

export const NO_FILTERS: Filters = {
  hiddenRelationKinds: [],
  hiddenActorKinds: [],
  hiddenStances: [],
  hiddenStatuses: [],
};

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenRelationKinds.length > 0 ||
    filters.hiddenActorKinds.length > 0 ||
    filters.hiddenStances.length > 0 ||
    filters.hiddenStatuses.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.asOf !== undefined ||
    filters.hideUndated === true
  );
}

/** Adds or removes a value from a hidden-list, keeping the list free of repeats. */
export function toggleIn<T>(list: readonly T[], value: T, hidden: boolean): T[] {
  const without = list.filter((item) => item !== value);
  return hidden ? [...without, value] : without;
}

/** The last day shown: the range's end, or the "as of" day when it comes first. */
export function lastDayShown(filters: Filters): string | undefined {
  const { to, asOf } = filters;
  if (asOf === undefined) return to;
  return to === undefined || asOf < to ? asOf : to;
}

/** Whether a relation's date falls in the time window (undated ones as the filters say). */
export function dateMatches(relation: Relation, filters: Filters): boolean {
  const to = lastDayShown(filters);
  if (filters.from === undefined && to === undefined && !filters.hideUndated) return true;
  const span = relation.date === undefined ? null : parseDate(relation.date);
  if (span === null) return !filters.hideUndated;
  if (to !== undefined && span.start !== undefined && span.start > to) return false;
  if (filters.from !== undefined && span.end !== undefined && span.end < filters.from) return false;
  return true;
}

/** Whether a relation passes every filter but time (what the timeline counts). */
export function relationMatchesBesidesTime(relation: Relation, filters: Filters): boolean {
  const kind = RELATION_KINDS[relation.kind];
  return (
    !filters.hiddenRelationKinds.includes(relation.kind) &&
    !filters.hiddenStances.includes(kind.stance) &&
    !filters.hiddenStatuses.includes(relation.status ?? 'plain')
  );
}

export function relationMatches(relation: Relation, filters: Filters): boolean {
  return relationMatchesBesidesTime(relation, filters) && dateMatches(relation, filters);
}

export interface Visible {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** Nothing visible: the view before a graph is open. */
export const NOTHING_VISIBLE: Visible = { actors: new Set(), relations: new Set() };

/** The actors and relations that pass the filters (a relation needs both its actors shown). */
export function visibleElements(graph: DiplomacyGraph, filters: Filters): Visible {
  const actors = new Set<string>();
  graph.forEachNode((_, actor) => {
    if (!filters.hiddenActorKinds.includes(actor.kind)) actors.add(actor.id);
  });
  const relations = new Set<string>();
  graph.forEachEdge((_, relation) => {
    const { id, source, target } = relation;
    if (actors.has(source) && actors.has(target) && relationMatches(relation, filters)) {
      relations.add(id);
    }
  });
  return { actors, relations };
}

/** The actor kinds and relation kinds a graph holds, in vocabulary order (for legend and filters). */
export function kindsPresent(graph: DiplomacyGraph): {
  actors: ActorKindId[];
  relations: RelationKindId[];
} {
  const actors = new Set<ActorKindId>();
  const relations = new Set<RelationKindId>();
  graph.forEachNode((_, actor) => actors.add(actor.kind));
  graph.forEachEdge((_, relation) => relations.add(relation.kind));
  return {
    actors: ACTOR_KIND_IDS.filter((kind) => actors.has(kind)),
    relations: RELATION_KIND_IDS.filter((kind) => relations.has(kind)),
  };
}

/** How many relations of each kind the graph holds (for the filter's counts). */
export function countByKind(graph: DiplomacyGraph): Map<RelationKindId, number> {
  const counts = new Map<RelationKindId, number>();
  graph.forEachEdge((_, relation) =>
    counts.set(relation.kind, (counts.get(relation.kind) ?? 0) + 1),
  );
  return counts;
}
