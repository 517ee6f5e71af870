/**
 * Where the open dataset comes from: the bundled one, or a file served beside
 * the app and named by `?data=` (its source texts are fetched relative to it).
 */
import { loadDataset, type ValidationResult } from '../model';
import { detectFormat } from '../io/detect';
import { BUNDLED_NAME, bundledSourceTexts, loadBundledDataset } from './bundled';

export interface Loaded {
  /** Short name for file names: the file's name without its extension. */
  name: string;
  result: ValidationResult;
  /** The source texts read beside the dataset, by source id. */
  sourceTexts: Map<string, string>;
}

/** Raised when the file itself cannot be had (not found, not allowed). */
export class LoadError extends Error {
  override name = 'LoadError';
}

export async function loadFromParams(params: URLSearchParams): Promise<Loaded> {
  const data = params.get('data');
  if (data === null || data === '')
    return {
      name: BUNDLED_NAME,
      result: await loadBundledDataset(),
      sourceTexts: bundledSourceTexts(),
    };
  const url = new URL(data, window.location.href);
  if (url.origin !== window.location.origin) {
    throw new LoadError(`diplomap opens datasets served beside it only, not from ${url.origin}.`);
  }
  const response = await fetch(url).catch((error: unknown) => {
    throw new LoadError(
      `Could not load ${data}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  });
  if (!response.ok)
    throw new LoadError(`Could not load ${data}: the server answered ${response.status}.`);
  // A server that falls back to the app's page for unknown paths answers 200 with HTML.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new LoadError(`Could not load ${data}: there is no such file beside the app.`);
  }
  const text = await response.text();
  let result: ValidationResult;
  const sourceTexts = new Map<string, string>();
  if (detectFormat(text) === 'diplomap') {
    const read = new Map<string, string>();
    result = await loadDataset(text, async (path) => {
      const source = await fetch(new URL(path, url)).catch(() => undefined);
      const body = source?.ok ? await source.text() : undefined;
      if (body !== undefined) read.set(path, body);
      return body;
    });
    for (const source of result.dataset?.sources ?? []) {
      const body = source.text === undefined ? undefined : read.get(source.text);
      if (body !== undefined) sourceTexts.set(source.id, body);
    }
  } else {
    // Other formats: the readers load when first used.
    const [{ importText }, { browserXmlParser }] = await Promise.all([
      import('../io/import'),
      import('../io/xml'),
    ]);
    const base = decodeURIComponent(url.pathname.split('/').pop() ?? data).replace(/\.[^.]*$/, '');
    const imported = importText(text, { parseXml: browserXmlParser, title: base || data });
    result = {
      dataset: imported.dataset,
      problems: imported.report.issues.map((issue) => ({
        code: 'invalid-value' as const,
        severity: issue.severity,
        path: [issue.path, issue.line !== undefined ? `line ${issue.line}` : '']
          .filter(Boolean)
          .join(', '),
        message: issue.message,
      })),
    };
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? 'dataset').replace(
    /\.[^.]*$/,
    '',
  );
  return { name: name || 'dataset', result, sourceTexts };
}
