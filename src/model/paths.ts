/**
 * Paths between two actors on the multigraph: all shortest paths (ties
 * included) and ranked alternatives up to a number of steps, under
 * constraints of kind, stance and direction.
 *
 * A path is a sequence of actors; each step between two of them may be taken
 * by several relations (Russia and Turkey have four), all of which are kept
 * with the step, strongest evidence first.
 *
 * graphology-shortest-path answers single shortest paths over a whole graph;
 * here every query carries an edge predicate (kinds, stances, filters,
 * direction on a mixed graph, leaving out the direct relations), so the
 * search is our own: a breadth-first search back from the target gives each
 * actor's remaining distance, and a depth-first enumeration forward, pruned
 * by that distance, lists the simple paths of each length in turn, with caps
 * on paths and on work so that no query can run away.
 */
import type { DiplomacyGraph } from './graph';
import type { Relation } from './types';
import {
  RELATION_KINDS,
  type RelationKindId,
  type RelationStatusId,
  type Stance,
} from './vocabulary';

export interface PathOptions {
  /** Follow relations only along their direction (undirected ones both ways). Default false. */
  directed?: boolean;
  /** Relation kinds a step may use; all when absent. */
  kinds?: readonly RelationKindId[];
  /** Stances a step may use; all when absent. */
  stances?: readonly Stance[];
  /** Leave out the relations directly between the two actors. Default false. */
  excludeDirect?: boolean;
  /** Longest path considered, in steps. Default 6. */
  maxSteps?: number;
  /** Most paths listed (shortest and alternatives together). Default 12. */
  maxPaths?: number;
}

export const PATH_DEFAULTS = { maxSteps: 6, maxPaths: 12 } as const;
/** Hard limits whatever the options say: steps, and actors visited by one enumeration. */
export const PATH_LIMITS = { maxSteps: 12, maxPaths: 100, maxVisits: 200_000 } as const;

export interface PathStep {
  from: string;
  to: string;
  /** Relations that take this step, strongest evidence first. */
  relations: Relation[];
}

export interface Path {
  actors: string[];
  steps: PathStep[];
  /** Strength of the weakest step (see {@link relationStrength}). */
  strength: number;
}

export type NoPathReason =
  | 'unknown-actor'
  | 'same-actor'
  | 'filtered-out'
  | 'too-long'
  | 'against-direction'
  | 'disconnected';

export interface PathResult {
  from: string;
  to: string;
  /** Every shortest path (ties included), up to the cap. */
  shortest: Path[];
  /** Longer paths, by length then strength, up to the cap. */
  alternatives: Path[];
  /** Steps of the shortest paths, when there is one. */
  length?: number;
  /** True when a cap cut the list short. */
  truncated: boolean;
  /** Why there is no path, when there is none. */
  reason?: NoPathReason;
  /** The reason in words. */
  explanation?: string;
}

const STATUS_WEIGHT: Record<RelationStatusId | 'plain', number> = {
  plain: 1,
  historical: 0.9,
  planned: 0.7,
  pledged: 0.7,
  claimed: 0.5,
  alleged: 0.5,
};

/**
 * How well a relation is established: 1 for a plain fact with one quote, less
 * for planned, pledged, claimed or alleged ones, a little more for each extra
 * quote.
 */
export function relationStrength(relation: Relation): number {
  const extra = Math.min(relation.evidence.length - 1, 4) * 0.1;
  return STATUS_WEIGHT[relation.status ?? 'plain'] * (1 + extra);
}

type Usable = (relation: Relation) => boolean;

/** Calls `visit(neighbour, relation)` for each usable step out of `node`. */
function forEachStep(
  graph: DiplomacyGraph,
  node: string,
  directed: boolean,
  backwards: boolean,
  usable: Usable,
  visit: (neighbour: string, relation: Relation) => void,
): void {
  graph.forEachEdge(node, (_, relation, source, target) => {
    if (!usable(relation)) return;
    const neighbour = source === node ? target : source;
    if (directed && RELATION_KINDS[relation.kind].directed) {
      // Forward, a step leaves its source; backwards, it arrives at its target.
      const leaves = backwards ? target === node : source === node;
      if (!leaves) return;
    }
    visit(neighbour, relation);
  });
}

/** The distinct actors one usable step away (several relations to one actor count once). */
function neighbours(
  graph: DiplomacyGraph,
  node: string,
  directed: boolean,
  usable: Usable,
): string[] {
  const list: string[] = [];
  const seen = new Set<string>();
  forEachStep(graph, node, directed, false, usable, (neighbour) => {
    if (seen.has(neighbour)) return;
    seen.add(neighbour);
    list.push(neighbour);
  });
  return list;
}

/** Steps from every actor to `to` (within `limit`), following relations backwards. */
function distancesTo(
  graph: DiplomacyGraph,
  to: string,
  directed: boolean,
  usable: Usable,
  limit: number,
): Map<string, number> {
  const distance = new Map([[to, 0]]);
  let frontier = [to];
  for (let depth = 1; depth <= limit && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachStep(graph, node, directed, true, usable, (neighbour) => {
        if (distance.has(neighbour)) return;
        distance.set(neighbour, depth);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  return distance;
}

function usableFor(from: string, to: string, options: PathOptions, allow?: Usable): Usable {
  const kinds = options.kinds && new Set(options.kinds);
  const stances = options.stances && new Set(options.stances);
  return (relation) =>
    (allow === undefined || allow(relation)) &&
    (kinds === undefined || kinds.has(relation.kind)) &&
    (stances === undefined || stances.has(RELATION_KINDS[relation.kind].stance)) &&
    !(
      options.excludeDirect &&
      ((relation.source === from && relation.target === to) ||
        (relation.source === to && relation.target === from))
    );
}

function byStrength(a: Relation, b: Relation): number {
  return relationStrength(b) - relationStrength(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function buildPath(
  graph: DiplomacyGraph,
  actors: string[],
  directed: boolean,
  usable: Usable,
): Path {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < actors.length; i++) {
    const from = actors[i] as string;
    const to = actors[i + 1] as string;
    const relations: Relation[] = [];
    forEachStep(graph, from, directed, false, usable, (neighbour, relation) => {
      if (neighbour === to) relations.push(relation);
    });
    relations.sort(byStrength);
    steps.push({ from, to, relations });
  }
  const strength = Math.min(...steps.map((s) => relationStrength(s.relations[0] as Relation)));
  return { actors, steps, strength };
}

/** Ranks paths: fewer steps, then stronger weakest step, then stronger steps overall, then names. */
export function comparePaths(a: Path, b: Path): number {
  const total = (p: Path) =>
    p.steps.reduce((sum, s) => sum + relationStrength(s.relations[0] as Relation), 0);
  return (
    a.steps.length - b.steps.length ||
    b.strength - a.strength ||
    total(b) - total(a) ||
    (a.actors.join('\u0000') < b.actors.join('\u0000') ? -1 : 1)
  );
}

/** Finds the paths from one actor to another. `allow` adds a filter (the map's, say). */
export function findPaths(
  graph: DiplomacyGraph,
  from: string,
  to: string,
  options: PathOptions = {},
  allow?: Usable,
): PathResult {
  const result: PathResult = { from, to, shortest: [], alternatives: [], truncated: false };
  const fail = (reason: NoPathReason, explanation: string): PathResult => ({
    ...result,
    reason,
    explanation,
  });
  for (const actor of [from, to]) {
    if (!graph.hasNode(actor))
      return fail('unknown-actor', `There is no actor "${actor}" in this dataset.`);
  }
  if (from === to)
    return fail(
      'same-actor',
      'The path starts and ends at the same actor: pick two different actors.',
    );

  const directed = options.directed ?? false;
  const maxSteps = Math.min(options.maxSteps ?? PATH_DEFAULTS.maxSteps, PATH_LIMITS.maxSteps);
  const maxPaths = Math.min(options.maxPaths ?? PATH_DEFAULTS.maxPaths, PATH_LIMITS.maxPaths);
  const usable = usableFor(from, to, options, allow);
  const remaining = distancesTo(graph, to, directed, usable, maxSteps);
  const shortestLength = remaining.get(from);
  if (shortestLength === undefined) return diagnose(graph, from, to, options, result);

  // Enumerate the simple paths of each length in turn, pruned by the distance still to go.
  const found: string[][] = [];
  let visits = 0;
  const onPath = new Set([from]);
  const trail = [from];
  const walk = (node: string, depth: number, length: number): void => {
    if (node === to) {
      if (depth === length) found.push([...trail]);
      return;
    }
    for (const neighbour of neighbours(graph, node, directed, usable)) {
      if (found.length >= maxPaths || visits >= PATH_LIMITS.maxVisits) return;
      const left = remaining.get(neighbour);
      if (left === undefined || onPath.has(neighbour) || depth + 1 + left > length) continue;
      visits++;
      onPath.add(neighbour);
      trail.push(neighbour);
      walk(neighbour, depth + 1, length);
      trail.pop();
      onPath.delete(neighbour);
    }
  };
  for (let length = shortestLength; length <= maxSteps; length++) {
    if (found.length >= maxPaths || visits >= PATH_LIMITS.maxVisits) break;
    walk(from, 0, length);
  }
  result.truncated = found.length >= maxPaths || visits >= PATH_LIMITS.maxVisits;

  const paths = found
    .map((actors) => buildPath(graph, actors, directed, usable))
    .sort(comparePaths);
  result.length = shortestLength;
  result.shortest = paths.filter((p) => p.steps.length === shortestLength);
  result.alternatives = paths.filter((p) => p.steps.length > shortestLength);
  return result;
}

/** Why no path was found: the filters, the cap on steps, the direction, or no link at all. */
function diagnose(
  graph: DiplomacyGraph,
  from: string,
  to: string,
  options: PathOptions,
  result: PathResult,
): PathResult {
  const directed = options.directed ?? false;
  const maxSteps = Math.min(options.maxSteps ?? PATH_DEFAULTS.maxSteps, PATH_LIMITS.maxSteps);
  const anything: Usable = () => true;
  const name = (id: string) => graph.getNodeAttribute(id, 'name');
  const within = distancesTo(graph, to, directed, anything, maxSteps).get(from);
  if (within !== undefined) {
    return {
      ...result,
      reason: 'filtered-out',
      explanation: `${name(from)} and ${name(to)} are ${within} step${within === 1 ? '' : 's'} apart, but not through the relations allowed here: the filters or the path options leave those links out.`,
    };
  }
  const anyLength = distancesTo(graph, to, directed, anything, graph.order).get(from);
  if (anyLength !== undefined) {
    return {
      ...result,
      reason: 'too-long',
      explanation: `The shortest chain from ${name(from)} to ${name(to)} has ${anyLength} steps, more than the ${maxSteps} allowed: raise the maximum number of steps.`,
    };
  }
  if (directed && distancesTo(graph, to, false, anything, graph.order).has(from)) {
    return {
      ...result,
      reason: 'against-direction',
      explanation: `No chain runs from ${name(from)} to ${name(to)} in the direction of the relations; ignoring direction, there is one.`,
    };
  }
  return {
    ...result,
    reason: 'disconnected',
    explanation: `Nothing in this dataset links ${name(from)} to ${name(to)}, however long the chain.`,
  };
}
