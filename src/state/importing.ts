/**
 * Importing in the page: a file's bytes decoded by io's one decoder, XML read
 * on the page (DOMParser), the rest in a worker so that a large file does not
 * freeze the page; every import can be cancelled, which ends its worker. The
 * column mapping of an event table is remembered for the next file with the
 * same header.
 */
import {
  decodeBytes,
  type ColumnMapping,
  type DecodedText,
  type ImportReport,
  type ImportResult,
} from '../io';
import type { ImportOptions } from '../io/import';
import type { WorkerReply, WorkerRequest } from '../io/import.worker';

/** io's public entry point: what the Open dialog shows of an import, and reads a file with. */
export * from '../io';

/** A file's text, as the command line reads it too (BOM, UTF-16, an XML declaration's encoding). */
export async function readFileText(file: Blob): Promise<DecodedText> {
  return decodeBytes(new Uint8Array(await file.arrayBuffer()));
}

export interface ImportJob {
  /** The result; undefined when the import was cancelled. */
  readonly result: Promise<ImportResult | undefined>;
  /** Stops the import: its worker ends at once, and its result is dropped. */
  cancel(): void;
}

function onPage(
  decoded: DecodedText,
  options: ImportOptions,
  onProgress: (phase: string) => void,
): ImportJob {
  let cancelled = false;
  const result = (async () => {
    onProgress('Reading the XML…');
    const { importText } = await import('../io/import');
    // Let the page paint the message (and a Cancel) before the parser takes the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled) return undefined;
    const imported = importText(decoded, options);
    return cancelled ? undefined : imported;
  })();
  return { result, cancel: () => (cancelled = true) };
}

function inWorker(
  decoded: DecodedText,
  options: ImportOptions,
  onProgress: (phase: string) => void,
): ImportJob {
  const worker = new Worker(new URL('../io/import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: ImportResult | undefined) => void = () => {};
  const result = new Promise<ImportResult | undefined>((resolve, reject) => {
    settle = resolve;
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.phase);
      else if (reply.type === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    });
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the reader failed')),
    );
    const request: WorkerRequest = { decoded, options };
    worker.postMessage(request);
  });
  const end = () => worker.terminate();
  void result.then(end, end);
  return {
    result,
    cancel: () => {
      end();
      settle(undefined);
    },
  };
}

/** Starts reading a decoded file; XML on the page, everything else in a worker. */
export function startImport(
  decoded: DecodedText,
  options: ImportOptions,
  onProgress: (phase: string) => void,
): ImportJob {
  return options.format === 'gexf' || options.format === 'graphml'
    ? onPage(decoded, options, onProgress)
    : inWorker(decoded, options, onProgress);
}

/**
 * The report of a text read on the page, as the Open dialog reads it (the
 * XML with this browser's parser): for scripts and tests.
 */
export async function importReport(text: string): Promise<ImportReport> {
  const { importText } = await import('../io/import');
  return importText(text).report;
}

const MAPPING_KEY = 'diplomap:columns:';

/** The mapping chosen last time for a table with this header, if any. */
export function rememberedMapping(header: readonly string[]): ColumnMapping | undefined {
  try {
    const saved = localStorage.getItem(MAPPING_KEY + header.join('\u0001'));
    if (!saved) return undefined;
    const mapping = JSON.parse(saved) as ColumnMapping;
    const known = new Set(header);
    return known.has(mapping.source) && known.has(mapping.target) ? mapping : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMapping(header: readonly string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(MAPPING_KEY + header.join('\u0001'), JSON.stringify(mapping));
  } catch {
    // Private browsing: the choice is simply not remembered.
  }
}
