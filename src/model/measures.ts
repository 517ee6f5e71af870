/**
 * Who matters on the map: centrality measures from graphology's standard
 * library (graphology-metrics), over what the filters show.
 *
 * The diplomacy graph is a mixed multigraph, and each measure says how it
 * reads it:
 * - relations, initiated and received count relations as they are: every
 *   parallel relation counts, and only directed ones have a way in or out;
 * - betweenness and closeness are about reach, so they run on the ties:
 *   one undirected link per pair of actors with any relation, whatever its
 *   direction and however many there are (parallel relations would
 *   otherwise count as so many distinct shortest paths);
 * - PageRank follows direction: a directed relation points from source to
 *   target, an undirected one both ways, and parallel relations add weight.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { pairWeights, type CompactGraph } from './compact-graph';
import { EXACT_CENTRALITY_UP_TO, sampledBetweenness, sampledCloseness } from './sampled-centrality';

export { MEASURE_IDS, isMeasureId, type MeasureId } from './measure-ids';
export { MEASURES, type Measure } from './measure-labels';
import type { MeasureId } from './measure-ids';

/** Graph keys are actor indices, as strings. */
const key = (i: number): string => String(i);

function collect(n: number, scores: Record<string, number>): Float64Array {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = scores[key(i)] ?? 0;
  return values;
}

/** One undirected link per pair of actors with any relation between them. */
export function tieGraph(compact: CompactGraph): UndirectedGraph {
  const n = compact.actors.length;
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(key(i));
  for (const [pair, weight] of pairWeights(compact)) {
    graph.addEdge(key(Math.floor(pair / n)), key(pair % n), { weight });
  }
  return graph;
}

/** Arcs along directed relations, both ways along undirected ones; parallel relations add weight. */
function flowGraph(compact: CompactGraph): DirectedGraph {
  const n = compact.actors.length;
  const graph = new DirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(key(i));
  const add = (s: number, t: number) => {
    const edge = graph.edge(key(s), key(t));
    if (edge === undefined) graph.addEdge(key(s), key(t), { weight: 1 });
    else graph.updateEdgeAttribute(edge, 'weight', (w) => (w as number) + 1);
  };
  for (let r = 0; r < compact.source.length; r++) {
    const s = compact.source[r]!;
    const t = compact.target[r]!;
    if (s === t) continue;
    add(s, t);
    if (!compact.directed[r]) add(t, s);
  }
  return graph;
}

function counts(
  compact: CompactGraph,
  which: 'relations' | 'received' | 'initiated',
): Float64Array {
  const values = new Float64Array(compact.actors.length);
  for (let r = 0; r < compact.source.length; r++) {
    const s = compact.source[r]!;
    const t = compact.target[r]!;
    if (which === 'relations') {
      values[s]!++;
      values[t]!++;
    } else if (compact.directed[r]) {
      values[which === 'initiated' ? s : t]!++;
    }
  }
  return values;
}

/** One measure of every actor, in the order of `compact.actors`. */
export function computeMeasure(compact: CompactGraph, id: MeasureId): Float64Array {
  const n = compact.actors.length;
  // graphology's indices refuse an empty graph.
  if (n === 0) return new Float64Array(0);
  switch (id) {
    case 'relations':
    case 'received':
    case 'initiated':
      return counts(compact, id);
    case 'ties': {
      const values = new Float64Array(n);
      for (const pair of pairWeights(compact).keys()) {
        values[Math.floor(pair / n)]!++;
        values[pair % n]!++;
      }
      return values;
    }
    case 'betweenness':
      if (isEstimated(id, n)) return sampledBetweenness(tieGraph(compact));
      return collect(n, betweennessCentrality(tieGraph(compact), { getEdgeWeight: null }));
    case 'closeness':
      if (isEstimated(id, n)) return sampledCloseness(tieGraph(compact));
      return collect(n, closenessCentrality(tieGraph(compact), { wassermanFaust: true }));
    case 'pagerank':
      return collect(
        n,
        pagerank(flowGraph(compact), { getEdgeWeight: 'weight', maxIterations: 1000 }),
      );
  }
}

/** Whether a measure of this many actors is estimated from a sample (see sampled-centrality.ts). */
export function isEstimated(id: MeasureId, actors: number): boolean {
  return (id === 'betweenness' || id === 'closeness') && actors > EXACT_CENTRALITY_UP_TO;
}

/** The actors' indices by decreasing value of a measure (then by id). */
export function rankBy(compact: CompactGraph, values: Float64Array): number[] {
  return [...compact.actors.keys()].sort(
    (i, j) => values[j]! - values[i]! || (compact.actors[i]! < compact.actors[j]! ? -1 : 1),
  );
}
