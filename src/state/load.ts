/**
 * Where the open dataset comes from: the bundled one, or a file served beside
 * the app and named by `?data=` (its source texts are fetched relative to it).
 */
import { loadDataset, type ValidationResult } from '../model';
import { BUNDLED_NAME, loadBundledDataset } from './bundled';

export interface Loaded {
  /** Short name for file names: the file's name without its extension. */
  name: string;
  result: ValidationResult;
}

/** Raised when the file itself cannot be had (not found, not allowed). */
export class LoadError extends Error {
  override name = 'LoadError';
}

export async function loadFromParams(params: URLSearchParams): Promise<Loaded> {
  const data = params.get('data');
  if (data === null || data === '')
    return { name: BUNDLED_NAME, result: await loadBundledDataset() };
  const url = new URL(data, window.location.href);
  if (url.origin !== window.location.origin) {
    throw new LoadError(`diplomap opens datasets served beside it only, not from ${url.origin}.`);
  }
  const response = await fetch(url);
  if (!response.ok)
    throw new LoadError(`Could not load ${data}: the server answered ${response.status}.`);
  const text = await response.text();
  const result = await loadDataset(text, async (path) => {
    const source = await fetch(new URL(path, url)).catch(() => undefined);
    return source?.ok ? source.text() : undefined;
  });
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? 'dataset').replace(
    /\.[^.]*$/,
    '',
  );
  return { name: name || 'dataset', result };
}
