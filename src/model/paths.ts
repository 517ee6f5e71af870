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
import { actorIds, hasActor, nameOf, type DiplomacyGraph } from './graph';
import type { Relation } from './types';
import { RELATION_KINDS, isDirected, type RelationStatusId } from './vocabulary';

export { PATH_DEFAULTS, PATH_LIMITS, type PathOptions } from './path-options';
import { PATH_DEFAULTS, PATH_LIMITS, type PathOptions } from './path-options';

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

/**
 * The graph's steps as flat arrays (compressed rows), built once per graph and
 * kept until the graph changes: walking them is several times faster than
 * graphology's per-node edge iteration, which matters on big graphs.
 */
interface StepIndex {
  ids: string[];
  position: Map<string, number>;
  /** Node i's steps are entries offsets[i] to offsets[i + 1] - 1. */
  offsets: Int32Array;
  neighbour: Int32Array;
  relation: Relation[];
  /** 1: may be taken from the node to the neighbour when direction counts; 2: the other way. */
  ways: Uint8Array;
}

const FORWARD = 1;
const BACKWARD = 2;
const indexes = new WeakMap<DiplomacyGraph, StepIndex>();

function stepIndex(graph: DiplomacyGraph): StepIndex {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const ids = actorIds(graph);
  const position = new Map(ids.map((id, i) => [id, i]));
  const degree = new Int32Array(ids.length + 1);
  // A relation from an actor to itself is no step on any path: it is left out.
  graph.forEachEdge((_, { source, target }) => {
    if (source === target) return;
    degree[position.get(source) as number]! += 1;
    degree[position.get(target) as number]! += 1;
  });
  const offsets = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, ids.length);
  const neighbour = new Int32Array(offsets[ids.length]!);
  const relation: Relation[] = new Array<Relation>(offsets[ids.length]!);
  const ways = new Uint8Array(offsets[ids.length]!);
  graph.forEachEdge((_, attributes) => {
    if (attributes.source === attributes.target) return;
    const s = position.get(attributes.source) as number;
    const t = position.get(attributes.target) as number;
    const directed = isDirected(attributes);
    let k = fill[s]!++;
    neighbour[k] = t;
    relation[k] = attributes;
    ways[k] = directed ? FORWARD : FORWARD | BACKWARD;
    k = fill[t]!++;
    neighbour[k] = s;
    relation[k] = attributes;
    ways[k] = directed ? BACKWARD : FORWARD | BACKWARD;
  });
  const index = { ids, position, offsets, neighbour, relation, ways };
  indexes.set(graph, index);
  const events = [
    'nodeAdded',
    'nodeDropped',
    'edgeAdded',
    'edgeDropped',
    // An edit that replaces a relation's attributes (its kind, say) changes the steps too.
    'edgeAttributesUpdated',
    'cleared',
    'edgesCleared',
  ] as const;
  const forget = () => {
    indexes.delete(graph);
    for (const event of events) graph.removeListener(event, forget);
  };
  for (const event of events) graph.on(event, forget);
  return index;
}

/** Steps from every actor to `to` (within `limit`), following relations backwards; -1 when out of reach. */
function distancesTo(
  index: StepIndex,
  to: number,
  directed: boolean,
  usable: Usable,
  limit: number,
): Int32Array {
  const distance = new Int32Array(index.ids.length).fill(-1);
  const way = directed ? BACKWARD : FORWARD | BACKWARD;
  distance[to] = 0;
  let frontier = [to];
  for (let depth = 1; depth <= limit && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let k = index.offsets[node]!; k < index.offsets[node + 1]!; k++) {
        const other = index.neighbour[k]!;
        if (distance[other] !== -1 || (index.ways[k]! & way) === 0 || !usable(index.relation[k]!))
          continue;
        distance[other] = depth;
        next.push(other);
      }
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

function buildPath(index: StepIndex, trail: number[], directed: boolean, usable: Usable): Path {
  const way = directed ? FORWARD : FORWARD | BACKWARD;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < trail.length; i++) {
    const from = trail[i]!;
    const to = trail[i + 1]!;
    const relations: Relation[] = [];
    for (let k = index.offsets[from]!; k < index.offsets[from + 1]!; k++) {
      if (index.neighbour[k] === to && (index.ways[k]! & way) !== 0 && usable(index.relation[k]!)) {
        relations.push(index.relation[k]!);
      }
    }
    relations.sort(byStrength);
    steps.push({ from: index.ids[from]!, to: index.ids[to]!, relations });
  }
  const strength = Math.min(...steps.map((s) => relationStrength(s.relations[0] as Relation)));
  return { actors: trail.map((i) => index.ids[i]!), steps, strength };
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
    if (!hasActor(graph, actor))
      return fail('unknown-actor', `There is no actor "${actor}" in this dataset.`);
  }
  if (from === to)
    return fail(
      'same-actor',
      'The path starts and ends at the same actor: pick two different actors.',
    );

  const index = stepIndex(graph);
  const start = index.position.get(from) as number;
  const end = index.position.get(to) as number;
  const directed = options.directed ?? false;
  const maxSteps = Math.min(options.maxSteps ?? PATH_DEFAULTS.maxSteps, PATH_LIMITS.maxSteps);
  const maxPaths = Math.min(options.maxPaths ?? PATH_DEFAULTS.maxPaths, PATH_LIMITS.maxPaths);
  const usable = usableFor(from, to, options, allow);
  const remaining = distancesTo(index, end, directed, usable, maxSteps);
  const shortestLength = remaining[start]!;
  if (shortestLength === -1) return diagnose(graph, index, start, end, options, allow, result);

  // Enumerate the simple paths of each length in turn, pruned by the distance still
  // to go. Every path of a length is collected (up to a hard bound) and ranked
  // before the list is cut, so the cap keeps the strongest, not the first found.
  const way = directed ? FORWARD : FORWARD | BACKWARD;
  const onPath = new Uint8Array(index.ids.length);
  const seen = new Int32Array(index.ids.length);
  let stamp = 0;
  let visits = 0;
  let level: number[][] = [];
  const trail = [start];
  onPath[start] = 1;
  const walk = (node: number, depth: number, length: number): void => {
    if (node === end) {
      if (depth === length) level.push([...trail]);
      return;
    }
    // Several relations to one neighbour are one step: take each neighbour once.
    const mark = ++stamp;
    const next: number[] = [];
    for (let k = index.offsets[node]!; k < index.offsets[node + 1]!; k++) {
      const other = index.neighbour[k]!;
      if (seen[other] === mark || onPath[other] === 1) continue;
      const left = remaining[other]!;
      if (left === -1 || depth + 1 + left > length) continue;
      if ((index.ways[k]! & way) === 0 || !usable(index.relation[k]!)) continue;
      seen[other] = mark;
      next.push(other);
    }
    for (const other of next) {
      if (level.length >= PATH_LIMITS.perLength || visits >= PATH_LIMITS.maxVisits) return;
      visits++;
      onPath[other] = 1;
      trail.push(other);
      walk(other, depth + 1, length);
      trail.pop();
      onPath[other] = 0;
    }
  };
  const paths: Path[] = [];
  for (let length = shortestLength; length <= maxSteps && paths.length < maxPaths; length++) {
    level = [];
    walk(start, 0, length);
    const ranked = level.map((t) => buildPath(index, t, directed, usable)).sort(comparePaths);
    const room = maxPaths - paths.length;
    if (ranked.length > room || level.length >= PATH_LIMITS.perLength) result.truncated = true;
    paths.push(...ranked.slice(0, room));
    if (visits >= PATH_LIMITS.maxVisits) {
      result.truncated = true;
      break;
    }
  }
  result.length = shortestLength;
  result.shortest = paths.filter((p) => p.steps.length === shortestLength);
  result.alternatives = paths.filter((p) => p.steps.length > shortestLength);
  return result;
}

/** Why no path was found: the filters, the cap on steps, the direction, or no link at all. */
function diagnose(
  graph: DiplomacyGraph,
  index: StepIndex,
  start: number,
  end: number,
  options: PathOptions,
  allow: Usable | undefined,
  result: PathResult,
): PathResult {
  const directed = options.directed ?? false;
  const maxSteps = Math.min(options.maxSteps ?? PATH_DEFAULTS.maxSteps, PATH_LIMITS.maxSteps);
  const anything: Usable = () => true;
  const usable = usableFor(index.ids[start]!, index.ids[end]!, options, allow);
  const name = (i: number) => nameOf(graph, index.ids[i]!);
  const [a, b] = [name(start), name(end)];
  const everywhere = index.ids.length;
  const filteredLength = distancesTo(index, end, directed, usable, everywhere)[start]!;
  if (filteredLength !== -1) {
    return {
      ...result,
      reason: 'too-long',
      explanation: `The shortest chain from ${a} to ${b} has ${filteredLength} steps, more than the ${maxSteps} allowed: raise the maximum number of steps.`,
    };
  }
  const anyLength = distancesTo(index, end, directed, anything, everywhere)[start]!;
  if (anyLength !== -1) {
    return {
      ...result,
      reason: 'filtered-out',
      explanation: `${a} and ${b} are ${anyLength} step${anyLength === 1 ? '' : 's'} apart, but not through the relations allowed here: the filters or the path options leave those links out.`,
    };
  }
  if (directed && distancesTo(index, end, false, anything, everywhere)[start]! !== -1) {
    return {
      ...result,
      reason: 'against-direction',
      explanation: `No chain runs from ${a} to ${b} in the direction of the relations; ignoring direction, there is one.`,
    };
  }
  return {
    ...result,
    reason: 'disconnected',
    explanation: `Nothing in this dataset links ${a} to ${b}, however long the chain.`,
  };
}
