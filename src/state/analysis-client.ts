/**
 * The page's side of analysis.worker.ts: sends what the map shows, passes on
 * each step's result and progress, and can stop the worker (it is ended, so
 * a stopped analysis costs nothing more).
 */
import type { AnalysisInput } from '../model/compact-graph';
import type { AnalysisOptions, AnalysisResult } from './analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis.worker';

export interface AnalysisJob {
  /** Settles when every step has run (or the job was stopped). */
  done: Promise<void>;
  stop(): void;
}

export interface AnalysisListener {
  /** A step starts: its index and what it does. */
  step(index: number, label: string): void;
  part(part: Partial<AnalysisResult>): void;
  /** A step failed; the others still run. */
  failed(label: string, message: string): void;
}

export function analyseOffThread(
  input: AnalysisInput,
  options: AnalysisOptions,
  listener: AnalysisListener,
): AnalysisJob {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  let finish: (() => void) | undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
    worker.addEventListener('message', (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.type === 'step') listener.step(reply.index, reply.label);
      else if (reply.type === 'part') listener.part(reply.part);
      else if (reply.type === 'failed') listener.failed(reply.label, reply.message);
      else {
        worker.terminate();
        resolve();
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      listener.failed('The analysis', event.message || 'the worker stopped');
      resolve();
    });
  });
  const request: AnalysisRequest = { input, options };
  worker.postMessage(request);
  return {
    done,
    stop() {
      worker.terminate();
      finish?.();
    },
  };
}
