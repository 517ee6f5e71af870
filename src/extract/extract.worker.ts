/**
 * Drafts from an article off the page's main thread: the NLP library loads
 * here, when the page first starts the worker (in idle time once a map with an
 * article is open for editing, or at the first request), never at the page's
 * start-up. A worker started ahead of any article is asked to read a short
 * sample of the assistant's own first, so that the author's first article does
 * not pay the library's first-use cost (words the worker has never read still
 * cost more than words it has); one started by an article reads it at once.
 */
import {
  ExtractError,
  extractDraft,
  type ExtractReply,
  type ExtractRequest,
  type WarmUpRequest,
} from './index';
import { warmUp } from './warm-up';

const post = (reply: ExtractReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ExtractRequest | WarmUpRequest>) => {
  if ('warmUp' in event.data) {
    try {
      warmUp();
    } catch {
      // The sample is the assistant's own: an article would meet the same fault and report it.
    }
    return;
  }
  const { id, input } = event.data;
  const started = performance.now();
  try {
    const draft = extractDraft(input, (stage) => post({ id, type: 'progress', stage }));
    post({ id, type: 'done', draft, ms: performance.now() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ id, type: 'error', message, input: error instanceof ExtractError });
  }
});
