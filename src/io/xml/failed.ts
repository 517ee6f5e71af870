/** The result of a GEXF or GraphML import that stopped at one error before reading anything. */
import { refusedResult, type ImportResult } from '../shared/types';
import type { XmlFailure } from './parse';

export function failedImport(format: 'gexf' | 'graphml', failure: XmlFailure): ImportResult {
  return refusedResult(format, {
    category: failure.category,
    message: failure.message,
    ...failure.place,
  });
}
