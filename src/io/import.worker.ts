/**
 * Parses a file off the main thread (JSON and delimited formats; XML needs
 * the page's DOMParser, which workers lack, and is read on the main thread).
 */
import { importText, type ImportOptions } from './import';
import type { ImportResult } from './types';

export type WorkerRequest = { text: string; options: ImportOptions };
export type WorkerReply =
  { type: 'progress'; phase: string } | { type: 'done'; result: ImportResult };

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  post({ type: 'progress', phase: 'Reading the records…' });
  const result = importText(event.data.text, event.data.options);
  post({ type: 'done', result });
});
