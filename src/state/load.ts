/**
 * Where the open dataset comes from: the bundled one, or a file served beside
 * the app and named by `?data=` (its source texts are fetched relative to it).
 */
import type { ValidationResult } from '../model/validate';
import { BUNDLED_NAME, loadBundledDataset } from './bundled';

export interface Loaded {
  /** Short name for file names: the file's name without its extension. */
  name: string;
  result: ValidationResult;
  /** The source texts read beside the dataset, by source id. */
  sourceTexts: Map<string, string>;
  /** Or, for the bundled dataset, the texts to come after its first frame. */
  laterTexts?: Promise<Map<string, string>>;
}

/** Whether the address opens the bundled dataset (it names no other with `?data=`). */
export function opensBundled(params: URLSearchParams): boolean {
  return !params.get('data');
}

export async function loadFromParams(params: URLSearchParams): Promise<Loaded> {
  const data = params.get('data');
  if (!data) {
    const { result, laterTexts } = await loadBundledDataset();
    return { name: BUNDLED_NAME, result, sourceTexts: new Map(), laterTexts };
  }
  // A file of one's own loads its reader and validator with it: the bundled dataset needs neither.
  return (await import('./load-file')).loadFile(data);
}
