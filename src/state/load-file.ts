/**
 * A file served beside the app and named by `?data=`: read as the Open
 * dialog and the command line read files (encodings, every format), its
 * source texts fetched relative to it, and validated. Loaded with the first
 * such file.
 */
import type { Problem } from '../model/problems';
import type { ValidationResult } from '../model/validate';
import { decodeBytes, detectFormat, tooLarge } from '../io';
import { loadDataset } from '../model/parse';
import type { Loaded } from './load';

/** Raised when the file itself cannot be had (not found, not allowed). */
export class LoadError extends Error {
  override name = 'LoadError';
}

export async function loadFile(data: string): Promise<Loaded> {
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
  const bytes = new Uint8Array(await response.arrayBuffer());
  const large = tooLarge(bytes.byteLength);
  if (large) throw new LoadError(`Could not open ${data}: ${large}`);
  // The bytes are read as the Open dialog and the command line read them (BOM, UTF-16, XML encoding).
  const decoded = decodeBytes(bytes);
  let result: ValidationResult;
  const sourceTexts = new Map<string, string>();
  if (detectFormat(decoded.text) === 'diplomap') {
    const read = new Map<string, string>();
    result = await loadDataset(decoded.text, async (path) => {
      const source = await fetch(new URL(path, url)).catch(() => undefined);
      const body = source?.ok
        ? decodeBytes(new Uint8Array(await source.arrayBuffer())).text
        : undefined;
      if (body !== undefined) read.set(path, body);
      return body;
    });
    for (const source of result.dataset?.sources ?? []) {
      const body = source.text === undefined ? undefined : read.get(source.text);
      if (body !== undefined) sourceTexts.set(source.id, body);
    }
  } else {
    // Other formats: the readers load when first used (XML with the browser's own parser).
    const { importText } = await import('../io/import');
    const base = decodeURIComponent(url.pathname.split('/').pop() ?? data).replace(/\.[^.]*$/, '');
    const imported = importText(decoded, { title: base || data });
    result = {
      dataset: imported.dataset,
      problems: imported.report.issues.map((issue) => {
        const problem: Problem = {
          code: 'invalid-value',
          severity: issue.severity,
          path: issue.path ?? '',
          message: issue.message,
        };
        if (issue.line !== undefined) problem.line = issue.line;
        if (issue.column !== undefined) problem.column = issue.column;
        return problem;
      }),
    };
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? 'dataset').replace(
    /\.[^.]*$/,
    '',
  );
  return { name: name || 'dataset', result, sourceTexts };
}
