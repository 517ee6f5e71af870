/**
 * The analysis of what the map shows, as a list of steps: the counts first
 * (instant), then communities, camps and their cycles, PageRank, closeness
 * and betweenness (the slowest). The page runs them at once on a small
 * graph; a big one's run in a worker (analysis.worker.ts), which sends each
 * step's result as it comes, so the table fills in while the rest computes.
 */
import { findCamps, type Camps } from '../model/camps';
import { findCommunities, type Communities } from '../model/communities';
import { compactGraph, type AnalysisInput, type CompactGraph } from '../model/compact-graph';
import { signedCycles, type CycleCensus } from '../model/cycles';
import { computeMeasure, type MeasureId } from '../model/measures';

export interface AnalysisOptions {
  /** The camps count claimed and alleged relations. */
  unproven: boolean;
}

export interface AnalysisResult {
  /** The actors the measures are given for, in their order. */
  actors: string[];
  measures: Partial<Record<MeasureId, Float64Array>>;
  communities?: Communities;
  camps?: Camps;
  cycles?: CycleCensus;
}

export interface AnalysisStep {
  /** What the page says while it runs: "Computing betweenness". */
  label: string;
  run(
    compact: CompactGraph,
    input: AnalysisInput,
    options: AnalysisOptions,
  ): Partial<AnalysisResult>;
}

const measures =
  (...ids: MeasureId[]) =>
  (compact: CompactGraph): Partial<AnalysisResult> => ({
    measures: Object.fromEntries(ids.map((id) => [id, computeMeasure(compact, id)])),
  });

export const ANALYSIS_STEPS: readonly AnalysisStep[] = [
  { label: 'Counting relations', run: measures('relations', 'ties', 'received', 'initiated') },
  { label: 'Finding communities', run: (compact) => ({ communities: findCommunities(compact) }) },
  {
    label: 'Finding the camps',
    run: (_, input, options) => {
      // The dataset's order keeps each side in its place while the time window moves.
      const camps = findCamps(input.relations, { ...options, order: input.actors });
      return { camps, cycles: signedCycles(camps.ties) };
    },
  },
  { label: 'Computing PageRank', run: measures('pagerank') },
  { label: 'Computing closeness', run: measures('closeness') },
  { label: 'Computing betweenness', run: measures('betweenness') },
];

/** A step's result merged into what came before. */
export function mergeResult(result: AnalysisResult, part: Partial<AnalysisResult>): AnalysisResult {
  return { ...result, ...part, measures: { ...result.measures, ...part.measures } };
}

/** Every step at once (a small graph, or a test). */
export function analyse(input: AnalysisInput, options: AnalysisOptions): AnalysisResult {
  const compact = compactGraph(input);
  let result: AnalysisResult = { actors: compact.actors, measures: {} };
  for (const step of ANALYSIS_STEPS)
    result = mergeResult(result, step.run(compact, input, options));
  return result;
}
