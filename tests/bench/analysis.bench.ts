/**
 * The analysis steps (src/state/analysis.ts), as the worker runs them, on
 * generated networks of 1,000, 5,000 and 20,000 actors with three relations
 * each (src/model/generate.ts, seeded). Each step runs once a size: the
 * slowest take seconds. Above 2,000 actors betweenness and closeness are
 * estimated from 250 sampled actors (src/model/sampled-centrality.ts).
 */
import { bench, describe } from 'vitest';
import { analysisInput, compactGraph } from '../../src/model/compact-graph';
import { generateDataset } from '../../src/model/generate';
import { buildGraph } from '../../src/model/graph';
import { ANALYSIS_STEPS } from '../../src/state/analysis';

const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

for (const actors of [1_000, 5_000, 20_000]) {
  const graph = buildGraph(generateDataset({ actors, relationsPerActor: 3, seed: 1 }));
  const input = analysisInput(graph);
  const compact = compactGraph(input);
  describe(`analysis of ${graph.order} actors and ${graph.size} relations`, () => {
    for (const step of ANALYSIS_STEPS) {
      bench(step.label, () => void step.run(compact, input, { unproven: false }), ONCE);
    }
  });
}
