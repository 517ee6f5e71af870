/**
 * The frustration index of a signed graph: the fewest ties that must break
 * (a cooperative tie across the two sides, or a hostile one within a side)
 * for the actors to fall into two camps. Finding it is NP-hard in general,
 * so:
 *
 * - each connected part of up to EXACT_UP_TO actors is solved exactly, by
 *   branch and bound over the 2-colourings of its actors (the first actor's
 *   side fixed, actors taken in breadth-first order; a partial colouring is
 *   dropped when its broken ties, plus for every actor still to place the
 *   fewest ties it must break with those placed, reach the best found);
 *   the search stops after EXACT_BUDGET steps, and the part is then
 *   reported as not proven;
 * - larger parts take a heuristic: sides along a breadth-first spanning
 *   tree (every tree tie kept), then single actors moved to the other side
 *   while that breaks fewer ties. At its end no actor breaks more than half
 *   of its own ties, so at most half of the part's ties are broken; and a
 *   lower bound is given, from edge-disjoint unbalanced cycles found greedily
 *   (each must have a broken tie): the true index lies between the two.
 */

/** A tie between actors `u` and `v` (indices): +1 cooperative, −1 hostile. */
export interface SignedEdge {
  u: number;
  v: number;
  sign: 1 | -1;
}

export interface SignedGraph {
  /** Number of actors. */
  n: number;
  edges: readonly SignedEdge[];
}

/** Largest connected part solved exactly. */
export const EXACT_UP_TO = 40;
/** Steps of the exact search before it gives up on a part. */
export const EXACT_BUDGET = 300_000;

export interface Frustration {
  /** Each actor's side, +1 or −1 (+1 for an actor without ties). */
  sides: Int8Array;
  /** Ties broken by these sides. */
  frustration: number;
  /** A proven lower bound of the frustration index (equal to it when `exact`). */
  lowerBound: number;
  /** Whether `frustration` is proven minimal. */
  exact: boolean;
  /** The connected parts (actors joined by ties), each solved on its own. */
  parts: FrustrationPart[];
}

export interface FrustrationPart {
  /** The part's actors, its actor with the most ties first. */
  members: number[];
  ties: number;
  frustration: number;
  lowerBound: number;
  exact: boolean;
}

/** Edge indices of each actor. */
export function incidence(graph: SignedGraph): number[][] {
  const around: number[][] = Array.from({ length: graph.n }, () => []);
  graph.edges.forEach(({ u, v }, e) => {
    around[u]!.push(e);
    around[v]!.push(e);
  });
  return around;
}

/** Whether a tie is broken by these sides. */
export const isBroken = (edge: SignedEdge, sides: ArrayLike<number>): boolean =>
  (sides[edge.u] === sides[edge.v]) !== edge.sign > 0;

export function brokenCount(graph: SignedGraph, sides: ArrayLike<number>): number {
  let count = 0;
  for (const edge of graph.edges) if (isBroken(edge, sides)) count++;
  return count;
}

/** The connected parts, each in breadth-first order from its actor with the most ties. */
export function connectedParts(graph: SignedGraph, around = incidence(graph)): number[][] {
  const seen = new Uint8Array(graph.n);
  const byDegree = [...Array(graph.n).keys()].sort(
    (x, y) => around[y]!.length - around[x]!.length || x - y,
  );
  const parts: number[][] = [];
  for (const start of byDegree) {
    if (seen[start]) continue;
    const part = [start];
    seen[start] = 1;
    for (let i = 0; i < part.length; i++) {
      for (const e of around[part[i]!]!) {
        const { u, v } = graph.edges[e]!;
        const w = u === part[i] ? v : u;
        if (!seen[w]) {
          seen[w] = 1;
          part.push(w);
        }
      }
    }
    parts.push(part);
  }
  return parts;
}

/** Sides that keep every tie of a breadth-first spanning tree (`part` in that order). */
function treeSides(graph: SignedGraph, around: number[][], part: number[], sides: Int8Array): void {
  const placed = new Uint8Array(graph.n);
  sides[part[0]!] = 1;
  placed[part[0]!] = 1;
  for (const x of part) {
    for (const e of around[x]!) {
      const { u, v, sign } = graph.edges[e]!;
      const w = u === x ? v : u;
      if (placed[w]) continue;
      placed[w] = 1;
      sides[w] = (sides[x]! * sign) as 1 | -1;
    }
  }
}

/** Moves single actors across while that breaks fewer ties. */
function improve(graph: SignedGraph, around: number[][], part: number[], sides: Int8Array): void {
  const queue = [...part];
  const queued = new Uint8Array(graph.n);
  for (const x of part) queued[x] = 1;
  while (queue.length > 0) {
    const x = queue.pop()!;
    queued[x] = 0;
    let gain = 0;
    for (const e of around[x]!) gain += isBroken(graph.edges[e]!, sides) ? 1 : -1;
    if (gain <= 0) continue;
    sides[x] = -sides[x]! as 1 | -1;
    for (const e of around[x]!) {
      const { u, v } = graph.edges[e]!;
      const w = u === x ? v : u;
      if (!queued[w]) {
        queued[w] = 1;
        queue.push(w);
      }
    }
  }
}

/**
 * Branch and bound over the sides of `part` (in breadth-first order), from
 * the sides already in `sides` (a heuristic's) as the best known; writes a
 * better colouring into `sides`. False when the budget ran out.
 */
function exactSides(
  graph: SignedGraph,
  around: number[][],
  part: number[],
  sides: Int8Array,
  budget: number,
): boolean {
  const inPart = new Map(part.map((x, i) => [x, i]));
  const count = part.length;
  let best = 0;
  for (const e of partEdgeList(around, part)) if (isBroken(graph.edges[e]!, sides)) best++;
  if (best === 0) return true;
  // Actors are placed in `part` order: when the i-th is placed, its ties to later actors are
  // those to actors not yet placed. Kept as flat arrays (start, neighbour, sign) for speed.
  const start = new Int32Array(count + 1);
  const later: number[] = [];
  const signs: number[] = [];
  part.forEach((x, i) => {
    start[i] = later.length;
    for (const e of around[x]!) {
      const edge = graph.edges[e]!;
      const j = inPart.get(edge.u === x ? edge.v : edge.u)!;
      if (j > i) {
        later.push(j);
        signs.push(edge.sign);
      }
    }
  });
  start[count] = later.length;
  // costIf[2i] / costIf[2i+1]: ties the i-th actor breaks with those placed, were it on side −1 / +1.
  const costIf = new Int32Array(2 * count);
  const colour = new Int8Array(count);
  let cost = 0;
  let slack = 0;
  let steps = 0;
  const minOf = (i: number) => Math.min(costIf[2 * i]!, costIf[2 * i + 1]!);
  /** Places the i-th actor on side c (sign +1), or takes it back (sign −1). */
  const place = (i: number, c: 1 | -1, sign: 1 | -1) => {
    cost += sign * costIf[2 * i + (c > 0 ? 1 : 0)]!;
    slack -= sign * minOf(i);
    colour[i] = sign > 0 ? c : 0;
    for (let t = start[i]!; t < start[i + 1]!; t++) {
      const j = later[t]!;
      const before = minOf(j);
      // j breaks a cooperative tie on the other side, a hostile one on the same side.
      const at = 2 * j + ((signs[t]! > 0 ? -c : c) > 0 ? 1 : 0);
      costIf[at] = costIf[at]! + sign;
      slack += minOf(j) - before;
    }
  };
  const tryColour = (k: number, c: 1 | -1): boolean => {
    place(k, c, 1);
    const ok = cost + slack < best ? search(k + 1) : true;
    place(k, c, -1);
    return ok;
  };
  const search = (k: number): boolean => {
    if (++steps > budget) return false;
    if (k === count) {
      best = cost;
      part.forEach((x, i) => (sides[x] = colour[i]!));
      return true;
    }
    if (k === 0) return tryColour(0, 1);
    // The side that breaks fewer ties first: good solutions early prune more.
    const first: 1 | -1 = costIf[2 * k]! < costIf[2 * k + 1]! ? -1 : 1;
    return tryColour(k, first) && tryColour(k, first === 1 ? -1 : 1);
  };
  return search(0);
}

/** Edges of a part (each once). */
function partEdgeList(around: number[][], part: number[]): number[] {
  const edges = new Set<number>();
  for (const x of part) for (const e of around[x]!) edges.add(e);
  return [...edges].sort((a, b) => a - b);
}

/** How far the cycle search looks from a tie (steps) and how many states it visits. */
const CYCLE_DEPTH = 6;
const CYCLE_VISITS = 4000;

/**
 * A lower bound of the frustration of a part: edge-disjoint unbalanced
 * cycles (an odd number of hostile ties), found greedily through the ties
 * that `sides` breaks. Each such cycle must have a broken tie.
 */
export function cycleLowerBound(
  graph: SignedGraph,
  around: number[][],
  part: number[],
  sides: ArrayLike<number>,
): number {
  const used = new Uint8Array(graph.edges.length);
  // Breadth-first search over (actor, parity of hostile ties so far).
  const stamp = new Int32Array(2 * graph.n);
  const via = new Int32Array(2 * graph.n);
  let round = 0;
  let bound = 0;
  for (const start of partEdgeList(around, part)) {
    const first = graph.edges[start]!;
    if (!isBroken(first, sides) || used[start]) continue;
    round++;
    const want = first.sign < 0 ? 0 : 1;
    let frontier = [2 * first.u];
    stamp[2 * first.u] = round;
    via[2 * first.u] = -1;
    let found = -1;
    let visits = 0;
    for (let depth = 0; depth < CYCLE_DEPTH && found < 0 && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const state of frontier) {
        const x = state >> 1;
        const parity = state & 1;
        for (const e of around[x]!) {
          if (e === start || used[e]) continue;
          const edge = graph.edges[e]!;
          const w = edge.u === x ? edge.v : edge.u;
          const to = 2 * w + (parity ^ (edge.sign < 0 ? 1 : 0));
          if (stamp[to] === round) continue;
          stamp[to] = round;
          via[to] = e;
          if (w === first.v && (to & 1) === want) {
            found = to;
            break;
          }
          if (++visits > CYCLE_VISITS) break;
          next.push(to);
        }
        if (found >= 0 || visits > CYCLE_VISITS) break;
      }
      frontier = next;
    }
    if (found < 0) continue;
    bound++;
    used[start] = 1;
    for (let state = found; via[state]! >= 0;) {
      const e = via[state]!;
      used[e] = 1;
      const edge = graph.edges[e]!;
      const x = state >> 1;
      const w = edge.u === x ? edge.v : edge.u;
      state = 2 * w + ((state & 1) ^ (edge.sign < 0 ? 1 : 0));
    }
  }
  return bound;
}

/** The two sides that break the fewest ties, exactly where the part is small enough. */
export function frustration(
  graph: SignedGraph,
  { exactUpTo = EXACT_UP_TO, budget = EXACT_BUDGET } = {},
): Frustration {
  const around = incidence(graph);
  const sides = new Int8Array(graph.n).fill(1);
  const parts: FrustrationPart[] = [];
  for (const members of connectedParts(graph, around)) {
    const edges = partEdgeList(around, members);
    if (members.length > 1) {
      treeSides(graph, around, members, sides);
      improve(graph, around, members, sides);
    }
    const solved = members.length <= exactUpTo && exactSides(graph, around, members, sides, budget);
    let broken = 0;
    for (const e of edges) if (isBroken(graph.edges[e]!, sides)) broken++;
    // None broken is the least there can be, whoever found it.
    const exact = solved || broken === 0;
    parts.push({
      members,
      ties: edges.length,
      frustration: broken,
      lowerBound: exact ? broken : cycleLowerBound(graph, around, members, sides),
      exact,
    });
  }
  return {
    sides,
    frustration: brokenCount(graph, sides),
    lowerBound: parts.reduce((sum, part) => sum + part.lowerBound, 0),
    exact: parts.every((part) => part.exact),
    parts,
  };
}
