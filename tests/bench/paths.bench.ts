/**
 * Path queries on a generated network of 20,000 actors and 60,000 relations.
 * Target: each query under 50 ms (see the README's benchmark section).
 */
import { bench, describe } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { generateDataset, seededRandom } from '../../src/model/generate';
import { findPaths } from '../../src/model/paths';

const graph = buildGraph(generateDataset({ actors: 20_000, relationsPerActor: 3, seed: 1 }));
const nodes = graph.nodes();
const random = seededRandom(42);
const pairs: Array<[string, string]> = Array.from({ length: 200 }, () => [
  nodes[Math.floor(random() * nodes.length)]!,
  nodes[Math.floor(random() * nodes.length)]!,
]);
// The first query on a graph builds its step index; later ones reuse it.
const started = performance.now();
findPaths(graph, pairs[0]![0], pairs[0]![1]);
console.log(
  `first path query on this graph, building its step index: ${(performance.now() - started).toFixed(1)} ms`,
);

let next = 0;
const pair = () => pairs[next++ % pairs.length]!;

describe(`path query on ${graph.order} actors and ${graph.size} relations`, () => {
  bench('shortest paths and alternatives, undirected, default caps', () => {
    const [from, to] = pair();
    findPaths(graph, from, to);
  });
  bench('respecting direction', () => {
    const [from, to] = pair();
    findPaths(graph, from, to, { directed: true });
  });
  bench('hostile and cooperative steps only, leaving out direct relations', () => {
    const [from, to] = pair();
    findPaths(graph, from, to, { stances: [1, -1], excludeDirect: true });
  });
});
