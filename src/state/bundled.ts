/**
 * The dataset that ships with diplomap, with the source text its quotes are
 * checked against. Both are served beside the app (data/ is copied into the
 * build) and fetched as data, not bundled into its JavaScript. The file is
 * the app's own: the tests validate it, quotes and all
 * (tests/unit/dataset.test.ts), and check that it reads the same without
 * validation, so the page takes it as it is and loads no validator for it.
 */
import type { Dataset } from '../model/types';
import type { ValidationResult } from '../model/validate';

export const BUNDLED_NAME = 'nagorno-karabakh-2016';

/** Where the bundled dataset is served: beside the app, wherever that is deployed. */
export function bundledUrl(): URL {
  return new URL(`${BUNDLED_NAME}.json`, new URL(import.meta.env.BASE_URL, window.location.href));
}

/** The bundled dataset's text as the page takes it: the JSON, less the editors' schema link. */
export function trustedDataset(text: string): Dataset {
  const value = JSON.parse(text) as Dataset & { $schema?: string };
  delete value.$schema;
  return value;
}

export interface Bundled {
  result: ValidationResult;
  /** The source texts read beside the dataset, by source id: they come after the dataset. */
  laterTexts: Promise<Map<string, string>>;
}

/** A file served beside the app, as text; undefined when it cannot be had. */
async function fetchText(url: URL): Promise<string | undefined> {
  const response = await fetch(url).catch(() => undefined);
  return response?.ok ? response.text() : undefined;
}

/** The read started before the page was mounted (see readBundledEarly), taken once. */
let early: Promise<Bundled> | undefined;

/**
 * Starts reading the bundled dataset now, while the page is mounted, for the first
 * loadBundledDataset to take (index.html has already asked the browser for the file).
 */
export function readBundledEarly(): void {
  early ??= readBundled();
  // A failure is reported by the loadBundledDataset that takes it.
  early.catch(() => undefined);
}

/** The bundled dataset: the early read the first time, if one was started, else read now. */
export function loadBundledDataset(): Promise<Bundled> {
  const started = early;
  early = undefined;
  return started ?? readBundled();
}

async function readBundled(): Promise<Bundled> {
  const url = bundledUrl();
  const text = await fetchText(url);
  if (text === undefined)
    throw new Error(
      `Could not load the bundled dataset (${url.pathname}): check the connection and reload the page.`,
    );
  const dataset = trustedDataset(text);
  // The first frame needs none of the texts (they check quotes): they come after it.
  const laterTexts = (async () => {
    const sourceTexts = new Map<string, string>();
    await Promise.all(
      dataset.sources.map(async (source) => {
        const body =
          source.text === undefined ? undefined : await fetchText(new URL(source.text, url));
        if (body !== undefined) sourceTexts.set(source.id, body);
      }),
    );
    return sourceTexts;
  })();
  return { result: { dataset, problems: [] }, laterTexts };
}
