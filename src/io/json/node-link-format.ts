/**
 * Whether a parsed JSON document is node-link JSON, and of which dialect
 * (see node-link.ts): light enough for format detection to use.
 */
import { field, isObject } from './shape';

export type NodeLinkFormat = 'networkx' | 'graphology' | 'gephi-lite';

/** The dialect of a parsed JSON document, if it is node-link JSON. */
export function nodeLinkFormat(value: unknown): NodeLinkFormat | undefined {
  if (!isObject(value)) return undefined;
  if (field(value, 'type') === 'gephi-lite' || isObject(field(value, 'graphDataset')))
    return 'gephi-lite';
  const nodes = field(value, 'nodes');
  if (!Array.isArray(nodes)) return undefined;
  if (isObject(field(value, 'options')) || nodes.some((n) => isObject(n) && 'key' in n))
    return 'graphology';
  if (Array.isArray(field(value, 'links')) || Array.isArray(field(value, 'edges')))
    return 'networkx';
  return undefined;
}
