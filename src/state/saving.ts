/**
 * Saving the open dataset in another format: the formats' names, and the
 * writers, loaded when first used (io's public entry points).
 */
import type { Dataset } from '../model/types';
import type { DataFormat, WrittenFile } from '../io';

export { DATA_FORMAT_LABELS, type DataFormat, type WrittenFile } from '../io';

/** The files a dataset becomes in a format (CSV makes two). */
export async function datasetFiles(dataset: Dataset, format: DataFormat): Promise<WrittenFile[]> {
  const { writeDataset } = await import('../io/export');
  return writeDataset(dataset, format);
}
