/**
 * Betweenness and closeness estimated from a sample of actors, for graphs
 * too big to compute them exactly in seconds (both take one breadth-first
 * search from every actor: minutes at 20,000 actors). The searches are
 * graphology-shortest-path's, as graphology-metrics runs them; only the
 * sources differ: SAMPLED_SOURCES actors drawn with a seeded generator, the
 * sums scaled up by how many actors each stands for (Brandes and Pich's
 * estimate of betweenness; Eppstein and Wang's of closeness).
 */
import type { UndirectedGraph } from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { seededRandom } from './generate';

/** Up to this many actors betweenness and closeness are exact; above, estimated. */
export const EXACT_CENTRALITY_UP_TO = 2000;
/** How many actors the estimates search from. */
export const SAMPLED_SOURCES = 250;

/** `count` distinct actor indices out of `n`, the same for the same seed. */
function sample(n: number, count: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = 0; i < Math.min(count, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, Math.min(count, n));
}

/**
 * Betweenness of every actor of `ties` (nodes in actor order), normalized as
 * graphology-metrics does: the share of the shortest chains between other
 * actors that pass through it.
 */
export function sampledBetweenness(
  ties: UndirectedGraph,
  sources = SAMPLED_SOURCES,
  seed = 7,
): Float64Array {
  const n = ties.order;
  const values = new Float64Array(n);
  if (n <= 2) return values;
  const brandes = createUnweightedIndexedBrandes(ties);
  const delta = new Float64Array(n);
  const chosen = sample(n, sources, seed);
  for (const s of chosen) {
    const [stack, predecessors, sigma] = brandes(s);
    const popped: number[] = [];
    while (stack.size !== 0) {
      const w = stack.pop()!;
      popped.push(w);
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) values[w]! += delta[w]!;
    }
    for (const w of popped) delta[w] = 0;
  }
  // Each source stands for n / k; both ends of a pair count it, hence (n − 1)(n − 2).
  const scale = n / chosen.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) values[i]! *= scale;
  return values;
}

/**
 * Closeness (Wasserman and Faust) of every actor of `ties`: the share of the
 * others it reaches, over its mean distance to them, both read from its
 * distances to the sampled actors.
 */
export function sampledCloseness(
  ties: UndirectedGraph,
  sources = SAMPLED_SOURCES,
  seed = 7,
): Float64Array {
  const n = ties.order;
  const total = new Float64Array(n);
  const reached = new Float64Array(n);
  const distance = new Float64Array(n);
  // The same breadth-first searches as betweenness: the order actors are reached in, and for
  // each its predecessors, give its distance.
  const brandes = createUnweightedIndexedBrandes(ties);
  const chosen = sample(n, sources, seed);
  const isSource = new Uint8Array(n);
  for (const s of chosen) isSource[s] = 1;
  for (const s of chosen) {
    const [stack, predecessors] = brandes(s);
    const order: number[] = [];
    while (stack.size !== 0) order.push(stack.pop()!);
    distance[s] = 0;
    for (let k = order.length - 1; k >= 0; k--) {
      const w = order[k]!;
      if (w === s) continue;
      distance[w] = distance[predecessors[w]![0]!]! + 1;
      total[w]! += distance[w]!;
      reached[w]!++;
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (reached[i] === 0) continue;
    // The share of the others it reaches: of the sampled actors, itself left out.
    const share = reached[i]! / (chosen.length - isSource[i]!);
    values[i] = share / (total[i]! / reached[i]!);
  }
  return values;
}
