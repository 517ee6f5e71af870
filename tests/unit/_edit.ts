/** Datasets for the edit tests. */
import { editableCopy } from '../../src/edit';
import type { Dataset } from '../../src/model/types';
import { parseBundled, readBundled } from './_bundled';

/** The bundled dataset with its report inside, as "Make a copy to edit" makes it. */
export function bundledCopy(): Dataset {
  const { dataset } = parseBundled();
  if (!dataset) throw new Error('bundled dataset invalid');
  return editableCopy(dataset, readBundled().sourceTexts);
}
