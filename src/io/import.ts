/**
 * Importing a file: its bytes read as text (shared/encoding.ts), its format
 * told from its content, then the matching reader, with the size limit; the
 * diplomap format itself reported the same way as the others. A public
 * entry point of io/ (see index.ts), loaded when first needed.
 */
import { readEdgeList } from './csv/edge-list';
import { readEvents } from './csv/events';
import { detectDelimiter } from './csv/scan';
import { detectFormat } from './detect';
import { readGexf } from './gexf/read';
import { readGraphml } from './graphml/read';
import { readCytoscapeJson } from './json/cytoscape-read';
import { readDiplomap } from './json/diplomap';
import { readNodeLink } from './json/node-link';
import { decodeBytes, type DecodedText } from './shared/encoding';
import {
  refusedResult,
  tooLarge,
  type ImportFormat,
  type ImportResult,
  type ReadOptions,
} from './shared/types';

export interface ImportOptions extends ReadOptions {
  /** The format, when already known (the column-mapping step); detected otherwise. */
  format?: ImportFormat;
  /** A node table to go with a CSV edge list. */
  nodes?: string;
  /** Source texts for a diplomap dataset's quotes, by source id. */
  sourceTexts?: ReadonlyMap<string, string>;
}

const UNREADABLE =
  'the format is not one diplomap reads: diplomap JSON, GEXF, GraphML, CSV or TSV edge lists, event tables, Cytoscape JSON, NetworkX node-link JSON, graphology JSON or a Gephi Lite project';

function read(
  text: string,
  format: ImportFormat | undefined,
  options: ImportOptions,
): ImportResult {
  switch (format) {
    case undefined:
    case 'unknown':
      return text.trim() === ''
        ? refusedResult('unknown', {
            category: 'refused',
            message: 'the file is empty',
            line: 1,
            column: 1,
          })
        : refusedResult('unknown', {
            category: 'refused',
            message: UNREADABLE,
            line: 1,
            column: 1,
          });
    case 'diplomap':
      return readDiplomap(text, options.sourceTexts ? { sourceTexts: options.sourceTexts } : {});
    case 'gexf':
      return readGexf(text, options);
    case 'graphml':
      return readGraphml(text, options);
    case 'csv':
      return readEdgeList(text, { ...options, delimiter: detectDelimiter(text) });
    case 'tsv':
      return readEdgeList(text, { ...options, delimiter: '\t' });
    case 'events':
      return readEvents(text, options);
    case 'cytoscape':
      return readCytoscapeJson(text, options);
    case 'networkx':
    case 'graphology':
    case 'gephi-lite':
      return readNodeLink(text, options);
  }
}

/** Reads a file's text (or decoded bytes) of any supported format into a dataset and its report. */
export function importText(input: string | DecodedText, options: ImportOptions = {}): ImportResult {
  const decoded = typeof input === 'string' ? undefined : input;
  const text = typeof input === 'string' ? input : input.text;
  const format = options.format ?? detectFormat(text);
  if (decoded?.issues.some((issue) => issue.severity === 'error')) {
    const result = refusedResult(format ?? 'unknown', { category: 'refused', message: '' });
    result.report.issues = decoded.issues;
    return result;
  }
  // Characters are at least one byte each: a text this long is over the limit in any encoding.
  const large = tooLarge(text.length);
  if (large) return refusedResult(format ?? 'unknown', { category: 'refused', message: large });
  const result = read(text, format, options);
  if (decoded) {
    result.report.issues = [...decoded.issues, ...result.report.issues];
    if (decoded.encoding !== 'UTF-8') result.report.encoding = decoded.encoding;
  }
  return result;
}

/** Reads a file's bytes: refused over the size limit, decoded, then imported. */
export function importBytes(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const large = tooLarge(bytes.byteLength);
  if (large) return refusedResult('unknown', { category: 'refused', message: large });
  return importText(decodeBytes(bytes), options);
}
