/**
 * Asking the assistant for a draft from the page. The work runs in a worker
 * that loads the NLP library there, never with the page's start-up: in idle
 * time once a map with an article is open for editing, or at the first
 * request. The worker stays for the next article (the library loads once),
 * reports each stage as it goes, and is ended at once when the author cancels.
 */
import type {
  Draft,
  ExtractInput,
  ExtractReply,
  ExtractRequest,
  ExtractStage,
  WarmUpRequest,
} from '../extract';

/** What the page asks the assistant, and its stages, for the ui (which does not import extract). */
export type { ExtractInput, ExtractStage };

export const STAGE_LABELS: Record<ExtractStage, string> = {
  reading: 'Reading the sentences…',
  actors: 'Finding the actors…',
  relations: 'Finding the relations…',
  draft: 'Writing the proposals…',
};

export interface ExtractionResult {
  draft: Draft;
  /** Time the worker spent on the article, in milliseconds. */
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

interface Pending {
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
  onStage: (stage: ExtractStage, label: string) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function stop(reason: () => Error): void {
  worker?.terminate();
  worker = undefined;
  for (const request of pending.values()) request.reject(reason());
  pending.clear();
}

function assistant(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('../extract/extract.worker.ts', import.meta.url), {
    type: 'module',
  });
  created.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    if (reply.type === 'progress') {
      request.onStage(reply.stage, STAGE_LABELS[reply.stage]);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'done') request.resolve({ draft: reply.draft, ms: reply.ms });
    else
      request.reject(
        reply.input ? new ExtractionInputError(reply.message) : new Error(reply.message),
      );
  });
  created.addEventListener('error', (event) => {
    event.preventDefault();
    stop(() => new Error(event.message || 'the assistant failed to start'));
  });
  worker = created;
  return created;
}

/** Starts the assistant's worker, if it is not running, for an article about to come (its panel opened). */
export function startAssistant(): void {
  assistant();
}

/**
 * Starts the assistant's worker ahead of any article (the editor has a map with an article
 * open), and has it read its own sample first. Nothing if it is running already.
 */
export function prepareAssistant(): void {
  if (worker) return;
  const request: WarmUpRequest = { warmUp: true };
  assistant().postMessage(request);
}

/**
 * Ends the assistant's worker (the author stopped editing): the library's memory goes with it,
 * and a reading under way rejects with ExtractionCancelled. The next request starts a new one.
 */
export function stopAssistant(): void {
  stop(() => new ExtractionCancelled());
}

/**
 * Drafts proposals from an article. `onStage` hears each stage; aborting
 * `signal` ends the worker (and any other article it was reading) and
 * rejects with ExtractionCancelled.
 */
export function runExtraction(
  input: ExtractInput,
  onStage: (stage: ExtractStage, label: string) => void = () => {},
  signal?: AbortSignal,
): Promise<ExtractionResult> {
  if (signal?.aborted) return Promise.reject(new ExtractionCancelled());
  const id = nextId++;
  const request: ExtractRequest = { id, input };
  return new Promise<ExtractionResult>((resolve, reject) => {
    const cancel = () => stop(() => new ExtractionCancelled());
    signal?.addEventListener('abort', cancel, { once: true });
    const done = () => signal?.removeEventListener('abort', cancel);
    pending.set(id, {
      onStage,
      resolve: (result) => {
        done();
        resolve(result);
      },
      reject: (error) => {
        done();
        reject(error);
      },
    });
    assistant().postMessage(request);
  });
}
