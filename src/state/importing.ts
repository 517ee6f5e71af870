/**
 * Importing in the page: XML on the main thread (DOMParser), the rest in a
 * worker so that a large file does not freeze the page; the column mapping
 * of an event table remembered for the next file with the same header.
 */
import type { ImportOptions } from '../io/import';
import type { ImportResult, ColumnMapping } from '../io/types';
import type { WorkerReply } from '../io/import.worker';

export async function runImport(
  text: string,
  options: ImportOptions,
  onProgress: (phase: string) => void,
): Promise<ImportResult> {
  if (options.format === 'gexf' || options.format === 'graphml') {
    onProgress('Reading the XML…');
    // Let the page paint the message before the parser takes the thread.
    const [{ importText }, { browserXmlParser }] = await Promise.all([
      import('../io/import'),
      import('../io/xml'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return importText(text, { ...options, parseXml: browserXmlParser });
  }
  const worker = new Worker(new URL('../io/import.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        if (event.data.type === 'progress') onProgress(event.data.phase);
        else resolve(event.data.result);
      });
      worker.addEventListener('error', (event) =>
        reject(new Error(event.message || 'the reader failed')),
      );
      worker.postMessage({ text, options });
    });
  } finally {
    worker.terminate();
  }
}

export { tooLarge } from '../io/types';

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
