/**
 * The dataset that ships with diplomap, with the source text its quotes are
 * checked against. Both are bundled as text and validated like any other file.
 */
import datasetText from '../../data/nagorno-karabakh-2016.json?raw';
import reportText from '../../data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt?raw';
import { loadDataset, type ValidationResult } from '../model';

export const BUNDLED_NAME = 'nagorno-karabakh-2016';

const TEXTS = new Map([['sources/nagorno-karabakh-ceasefire-2016-04-05.txt', reportText]]);

export function loadBundledDataset(): Promise<ValidationResult> {
  return loadDataset(datasetText, (path) => Promise.resolve(TEXTS.get(path)));
}
