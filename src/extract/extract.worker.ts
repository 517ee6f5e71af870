/**
 * Drafts from an article off the page's main thread: the NLP library loads
 * here, on the first request, and never at the page's start-up.
 */
import { ExtractError, extractDraft, type ExtractReply, type ExtractRequest } from './index';

const post = (reply: ExtractReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
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
