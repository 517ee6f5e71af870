/**
 * Communities: groups of actors bound by cooperative ties (alliance,
 * support, membership...), found by Louvain modularity optimisation
 * (graphology-communities-louvain) on one undirected link per pair of
 * actors, weighted by the number of cooperative relations between them.
 * Neutral and hostile relations play no part: a community is a bloc, not a
 * conversation; nor do claimed and alleged ones, as in the camps by default. Louvain visits actors in a random order; a seeded generator
 * makes the same map give the same communities on every visit.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { pairWeights, type CompactGraph } from './compact-graph';
import { seededRandom } from './generate';

export interface Communities {
  /** Each actor's community (0 the largest), or −1 for an actor with no cooperative tie. */
  of: Int32Array;
  /** Each community's members (indices into the actors), best tied first. */
  members: number[][];
  /** The modularity of the split (how much more tied within communities than by chance). */
  modularity: number;
}

export function findCommunities(compact: CompactGraph, seed = 2016): Communities {
  const n = compact.actors.length;
  const of = new Int32Array(n).fill(-1);
  // Reported ties only: a bloc is not built on what one side alleges of another.
  const weights = pairWeights(compact, (r) => compact.stance[r] === 1 && compact.unproven[r] === 0);
  const graph = new UndirectedGraph();
  const strength = new Float64Array(n);
  for (const [pair, weight] of weights) {
    const a = Math.floor(pair / n);
    const b = pair % n;
    graph.mergeNode(String(a));
    graph.mergeNode(String(b));
    graph.addEdge(String(a), String(b), { weight });
    strength[a]! += weight;
    strength[b]! += weight;
  }
  if (graph.size === 0) return { of, members: [], modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const groups = new Map<number, number[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    const list = groups.get(community);
    if (list) list.push(Number(node));
    else groups.set(community, [Number(node)]);
  }
  const byStrength = (i: number, j: number) =>
    strength[j]! - strength[i]! || (compact.actors[i]! < compact.actors[j]! ? -1 : 1);
  const members = [...groups.values()]
    .map((list) => list.sort(byStrength))
    .sort((x, y) => y.length - x.length || byStrength(x[0]!, y[0]!));
  members.forEach((list, c) => list.forEach((i) => (of[i] = c)));
  return { of, members, modularity: detailed.modularity };
}
