/**
 * Opening a GEXF or GraphML document: parsed, its root checked, its graphs
 * found; or the result that refuses it, with where.
 */
import { refusedResult, type ImportResult, type XmlParser } from '../shared/types';
import { childElements, placeOf } from './dom';
import { parseRoot } from './parse';

const NAMES = { gexf: 'GEXF', graphml: 'GraphML' } as const;

export interface OpenedGraphs {
  root: Element;
  /** The document's namespace (GEXF 1.2 and 1.3 differ; some files have none). */
  ns: string | null;
  /** The <graph> elements under the root, at least one. */
  graphs: [Element, ...Element[]];
}

export function openGraphs(
  text: string,
  parseXml: XmlParser | undefined,
  format: 'gexf' | 'graphml',
): OpenedGraphs | { refused: ImportResult } {
  const parsed = parseRoot(text, parseXml, format, NAMES[format]);
  if ('failure' in parsed) {
    const { category, message, place } = parsed.failure;
    return { refused: refusedResult(format, { category, message, ...place }) };
  }
  const { root } = parsed;
  const ns = root.namespaceURI ?? null;
  const [first, ...rest] = childElements(root, 'graph', ns);
  if (!first) {
    return {
      refused: refusedResult(format, {
        category: 'missing-field',
        message: `the ${NAMES[format]} file has no <graph> element`,
        ...placeOf(root, format),
      }),
    };
  }
  return { root, ns, graphs: [first, ...rest] };
}
