/**
 * io/'s public entry points. Other layers (state, cli) import only these:
 *
 * - this file: what the page needs before reading anything (types, labels,
 *   the size limit, telling a format, decoding bytes, an event table's
 *   header and suggested columns), small enough for the main bundle;
 * - `io/import.ts`: reading any format (`importText`, `importBytes`);
 * - `io/export.ts`: writing any format (`writeDataset`);
 * - `io/import.worker.ts`: the worker the page reads files in;
 * - `io/node.ts`: what Node adds (an XML parser), for the command line.
 *
 * Everything else in io/ is internal to it.
 */
export {
  FORMAT_LABELS,
  IMPORTED_PUBLISHER,
  MAX_IMPORT_BYTES,
  countByCategory,
  hasImportErrors,
  tooLarge,
  type ColumnMapping,
  type ImportFormat,
  type ImportIssue,
  type ImportReport,
  type ImportResult,
  type IssueCategory,
  type Place,
  type ReadOptions,
} from './shared/types';
export { decodeBytes, type DecodedText } from './shared/encoding';
export { detectFormat } from './detect';
export { headerOf } from './csv/scan';
export { suggestColumns } from './csv/suggest';
export { DATA_FORMAT_LABELS, dataFormatOf, type DataFormat, type WrittenFile } from './formats';
