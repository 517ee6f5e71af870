/**
 * The dataset that ships with diplomap, with the source text its quotes are
 * checked against. Both are served beside the app (data/ is copied into the
 * build) and fetched as data, not bundled into its JavaScript, then
 * validated like any other file.
 */
import { loadDataset, type ValidationResult } from '../model';

export const BUNDLED_NAME = 'nagorno-karabakh-2016';

/** Where the bundled dataset is served: beside the app, wherever that is deployed. */
export function bundledUrl(): URL {
  return new URL(`${BUNDLED_NAME}.json`, new URL(import.meta.env.BASE_URL, window.location.href));
}

export interface Bundled {
  result: ValidationResult;
  /** The source texts read beside the dataset, by source id. */
  sourceTexts: Map<string, string>;
}

/** A file served beside the app, as text; undefined when it cannot be had. */
async function fetchText(url: URL): Promise<string | undefined> {
  const response = await fetch(url).catch(() => undefined);
  return response?.ok ? response.text() : undefined;
}

export async function loadBundledDataset(): Promise<Bundled> {
  const url = bundledUrl();
  const text = await fetchText(url);
  if (text === undefined)
    throw new Error(
      `Could not load the bundled dataset (${url.pathname}): check the connection and reload the page.`,
    );
  const read = new Map<string, string>();
  const result = await loadDataset(text, async (path) => {
    const body = await fetchText(new URL(path, url));
    if (body !== undefined) read.set(path, body);
    return body;
  });
  const sourceTexts = new Map<string, string>();
  for (const source of result.dataset?.sources ?? []) {
    const body = source.text === undefined ? undefined : read.get(source.text);
    if (body !== undefined) sourceTexts.set(source.id, body);
  }
  return { result, sourceTexts };
}
