/**
 * Reads a file off the page's thread (JSON and delimited formats; XML needs
 * the page's DOMParser, which workers lack, and is read on the page), so
 * that a large file neither freezes the page nor outlives a Cancel: the page
 * ends the worker. A public entry point of io/ (see index.ts).
 */
import { importText, type ImportOptions } from './import';
import type { DecodedText } from './shared/encoding';
import type { ImportResult } from './shared/types';

export type WorkerRequest = { decoded: DecodedText; options: ImportOptions };
export type WorkerReply =
  | { type: 'progress'; phase: string }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  post({ type: 'progress', phase: 'Reading the records…' });
  try {
    post({ type: 'done', result: importText(event.data.decoded, event.data.options) });
  } catch (error) {
    // A reader never throws for bad input; this is a fault of diplomap's, said as such.
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
