/**
 * Runs the analysis steps (analysis.ts) off the page's thread for a big
 * graph, sending each step's result as soon as it is there.
 */
import { compactGraph, type AnalysisInput } from '../model/compact-graph';
import { ANALYSIS_STEPS, type AnalysisOptions, type AnalysisResult } from './analysis';

export interface AnalysisRequest {
  input: AnalysisInput;
  options: AnalysisOptions;
}

export type AnalysisReply =
  | { type: 'step'; index: number; label: string }
  | { type: 'part'; index: number; part: Partial<AnalysisResult> }
  | { type: 'done' }
  | { type: 'failed'; label: string; message: string };

const post = (reply: AnalysisReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const { input, options } = event.data;
  const compact = compactGraph(input);
  post({ type: 'part', index: -1, part: { actors: compact.actors, measures: {} } });
  for (const [index, step] of ANALYSIS_STEPS.entries()) {
    post({ type: 'step', index, label: step.label });
    try {
      post({ type: 'part', index, part: step.run(compact, input, options) });
    } catch (error) {
      post({
        type: 'failed',
        label: step.label,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  post({ type: 'done' });
});
