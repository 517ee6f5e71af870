/**
 * The dataset that ships with diplomap, with the source text its quotes are
 * checked against. Both are bundled as text and validated like any other file.
 */
import datasetText from '../../data/nagorno-karabakh-2016.json?raw';
import reportText from '../../data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt?raw';
import { declaredSourceTexts, loadDataset, type ValidationResult } from '../model';

export const BUNDLED_NAME = 'nagorno-karabakh-2016';

const TEXTS = new Map([['sources/nagorno-karabakh-ceasefire-2016-04-05.txt', reportText]]);

export function loadBundledDataset(): Promise<ValidationResult> {
  return loadDataset(datasetText, (path) => Promise.resolve(TEXTS.get(path)));
}

/** The bundled dataset's source texts, by source id. */
export function bundledSourceTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, path] of declaredSourceTexts(JSON.parse(datasetText))) {
    const text = TEXTS.get(path);
    if (text !== undefined) texts.set(id, text);
  }
  return texts;
}
