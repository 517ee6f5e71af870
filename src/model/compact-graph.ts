/**
 * The part of a diplomacy graph that an analysis runs on (what the filters
 * show), in a compact form that crosses to a worker cheaply: actor ids, and
 * for each relation its ends (indices into the actors), direction and stance.
 */
import type { DiplomacyGraph } from './graph';
import type { Relation } from './types';
import { UNPROVEN_STATUSES } from './signed';
import { RELATION_KINDS, isDirected } from './vocabulary';

/** What an analysis needs of a relation (no evidence): it crosses to a worker cheaply. */
export type RelationCore = Pick<Relation, 'id' | 'kind' | 'source' | 'target'> &
  Partial<Pick<Relation, 'status' | 'directed'>>;

/** The actors and relations an analysis runs on. */
export interface AnalysisInput {
  actors: string[];
  relations: RelationCore[];
}

/** The actors and relations kept (by id), those of the whole graph when not given. */
export function analysisInput(
  graph: DiplomacyGraph,
  keep?: { actors: ReadonlySet<string>; relations: ReadonlySet<string> },
): AnalysisInput {
  const actors: string[] = [];
  graph.forEachNode((_, { id }) => {
    if (!keep || keep.actors.has(id)) actors.push(id);
  });
  const relations: RelationCore[] = [];
  graph.forEachEdge((_, { id, kind, source, target, status, directed }) => {
    if (keep && !keep.relations.has(id)) return;
    const core: RelationCore = { id, kind, source, target };
    if (status !== undefined) core.status = status;
    if (directed !== undefined) core.directed = directed;
    relations.push(core);
  });
  return { actors, relations };
}

export interface CompactGraph {
  actors: string[];
  source: Uint32Array;
  target: Uint32Array;
  /** 1 for a directed relation. */
  directed: Uint8Array;
  /** +1 cooperative, 0 neutral, −1 hostile. */
  stance: Int8Array;
  /** 1 for a relation only claimed or alleged (see UNPROVEN_STATUSES). */
  unproven: Uint8Array;
}

/** The input as index arrays; relations with an end outside the actors are left out. */
export function compactGraph({ actors, relations }: AnalysisInput): CompactGraph {
  const index = new Map(actors.map((id, i) => [id, i]));
  const kept = relations.filter((r) => index.has(r.source) && index.has(r.target));
  const compact: CompactGraph = {
    actors,
    source: new Uint32Array(kept.length),
    target: new Uint32Array(kept.length),
    directed: new Uint8Array(kept.length),
    stance: new Int8Array(kept.length),
    unproven: new Uint8Array(kept.length),
  };
  kept.forEach((relation, r) => {
    compact.source[r] = index.get(relation.source)!;
    compact.target[r] = index.get(relation.target)!;
    compact.directed[r] = isDirected(relation) ? 1 : 0;
    compact.stance[r] = RELATION_KINDS[relation.kind].stance;
    compact.unproven[r] =
      relation.status !== undefined && UNPROVEN_STATUSES.includes(relation.status) ? 1 : 0;
  });
  return compact;
}

/**
 * One weight per unordered pair of actors joined by a relation that `take`
 * accepts (the number of such relations): the ties under every relation.
 */
export function pairWeights(
  compact: CompactGraph,
  take: (relation: number) => boolean = () => true,
): Map<number, number> {
  const n = compact.actors.length;
  const weights = new Map<number, number>();
  for (let r = 0; r < compact.source.length; r++) {
    if (!take(r)) continue;
    const s = compact.source[r]!;
    const t = compact.target[r]!;
    if (s === t) continue;
    const key = s < t ? s * n + t : t * n + s;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  return weights;
}
