/**
 * Asking the assistant for a draft from the page: the work runs in a worker
 * (the NLP library is loaded there, never with the page), reports its stage
 * as it goes, and can be cancelled, which ends the worker at once.
 */
import type { Draft, ExtractInput, ExtractReply, ExtractStage } from '../extract';

export const STAGE_LABELS: Record<ExtractStage, string> = {
  reading: 'Reading the sentences…',
  actors: 'Finding the actors…',
  relations: 'Finding the relations…',
  draft: 'Writing the proposals…',
};

export interface ExtractionResult {
  draft: Draft;
  /** Time the worker spent on the article, in milliseconds (not counting its start). */
  ms: number;
}

/** The article could not be read (empty, a date that is not one); the message says why. */
export class ExtractionInputError extends Error {}

/** The author cancelled the work. */
export class ExtractionCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'ExtractionCancelled';
  }
}

/**
 * Drafts proposals from an article in a worker. `onStage` hears each stage;
 * aborting `signal` ends the worker and rejects with ExtractionCancelled.
 */
export function runExtraction(
  input: ExtractInput,
  onStage: (stage: ExtractStage, label: string) => void = () => {},
  signal?: AbortSignal,
): Promise<ExtractionResult> {
  if (signal?.aborted) return Promise.reject(new ExtractionCancelled());
  const worker = new Worker(new URL('../extract/extract.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<ExtractionResult>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ExtractionCancelled());
    };
    signal?.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onStage(reply.stage, STAGE_LABELS[reply.stage]);
      else {
        finish();
        if (reply.type === 'done') resolve({ draft: reply.draft, ms: reply.ms });
        else
          reject(reply.input ? new ExtractionInputError(reply.message) : new Error(reply.message));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(event.message || 'the assistant failed'));
    });
    worker.postMessage({ id: 1, input });
  });
}
