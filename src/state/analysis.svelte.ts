/**
 * The analysis of what the map shows, kept up to date while it is wanted:
 * at once on a small graph, in a worker (with progress, and Stop) on a big
 * one. A component that needs it calls `update()` from an effect, which then
 * follows the filters, the time window and the camps' options. Its code
 * (graphology-metrics, Louvain, the camps) loads when first wanted.
 */
import type { DiplomacyGraph } from '../model/graph';
import type { AnalysisOptions, AnalysisResult } from './analysis';
import type { AnalysisJob } from './analysis-client';
import { lazy } from './lazy';
import type { Visible } from './filters';

/** The analysis's code, loaded when first wanted (once; again after a failed load). */
const loadAnalysis = lazy(() =>
  Promise.all([
    import('./analysis'),
    import('./analysis-client'),
    import('../model/compact-graph'),
  ]),
);

/** Above this many actors the analysis runs in a worker (as the layout does). */
export const ANALYSIS_OFF_THREAD_FROM = 400;

export interface AnalysisProgress {
  /** The step under way, from 0, of `total`. */
  index: number;
  total: number;
  label: string;
  /** When the analysis started (performance.now()). */
  started: number;
}

export interface AnalysisSource {
  graph: DiplomacyGraph | undefined;
  visible: Visible;
  options: AnalysisOptions;
}

export class AnalysisState {
  /** The result for what the map shows (parts of it while a worker computes the rest). */
  result: AnalysisResult | null = $state.raw(null);
  progress: AnalysisProgress | null = $state.raw(null);
  /** Said when a step failed or the analysis was stopped. */
  message = $state('');

  #source: () => AnalysisSource;
  #key: AnalysisSource | undefined;
  #job: AnalysisJob | undefined;

  constructor(source: () => AnalysisSource) {
    this.#source = source;
  }

  /** Runs the analysis if what the map shows changed since the last run. */
  update(): void {
    const source = this.#source();
    const { graph, visible, options } = source;
    const key = this.#key;
    if (
      key &&
      key.graph === graph &&
      key.visible === visible &&
      key.options.unproven === options.unproven
    )
      return;
    this.#key = source;
    this.#cancel();
    this.message = '';
    // Another graph's figures are never shown against this one, even while the code loads.
    if (key?.graph !== graph) this.result = null;
    if (!graph) {
      this.result = null;
      return;
    }
    void loadAnalysis().then(
      ([steps, client, compact]) => {
        // Another update may have come while the code loaded: the latest one runs.
        if (this.#key === source) this.#run(graph, visible, options, steps, client, compact);
      },
      (error: unknown) => {
        if (this.#key !== source) return;
        this.#key = undefined;
        this.message = `The analysis could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
      },
    );
  }

  #run(
    graph: DiplomacyGraph,
    visible: Visible,
    options: AnalysisOptions,
    { ANALYSIS_STEPS, analyse, mergeResult }: typeof import('./analysis'),
    { analyseOffThread }: typeof import('./analysis-client'),
    { analysisInput }: typeof import('../model/compact-graph'),
  ): void {
    const input = analysisInput(graph, visible);
    if (graph.order <= ANALYSIS_OFF_THREAD_FROM) {
      this.result = analyse(input, options);
      return;
    }
    let result: AnalysisResult = { actors: input.actors, measures: {} };
    this.result = result;
    const started = performance.now();
    const total = ANALYSIS_STEPS.length;
    const job: AnalysisJob = analyseOffThread(input, options, {
      step: (index, label) => {
        if (this.#job === job) this.progress = { index, total, label, started };
      },
      part: (part) => {
        if (this.#job !== job) return;
        result = mergeResult(result, part);
        this.result = result;
      },
      failed: (label, message) => {
        if (this.#job === job) this.message = `${label} failed: ${message}`;
      },
    });
    this.#job = job;
    void job.done.then(() => {
      if (this.#job !== job) return;
      this.#job = undefined;
      this.progress = null;
    });
  }

  /** Stops the worker; what it computed so far stays. */
  stop(): void {
    if (!this.#job) return;
    const step = this.progress?.label.toLowerCase();
    this.#cancel();
    this.message = `The analysis was stopped${step ? ` while ${step}` : ''}: what it had computed is shown. Run it again to finish.`;
  }

  /** Runs the analysis afresh (after a stop). */
  rerun(): void {
    this.#key = undefined;
    this.update();
  }

  #cancel(): void {
    const job = this.#job;
    this.#job = undefined;
    this.progress = null;
    job?.stop();
  }
}
