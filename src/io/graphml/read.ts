/**
 * Reading GraphML, as yEd, yEd Live, Gephi and NetworkX write it. Keys
 * declare the data of nodes and edges (attr.name, attr.type, a default);
 * yEd's drawing keys are not data, but the labels, places and fills they
 * draw are read (yfiles.ts). A node's name comes from a key named label or
 * name, else its drawn label, else its id; x and y (or a drawing's box) make
 * its position, color (or r, g, b, or a drawing's fill) its colour; kind,
 * date, weight and quote are mapped as for GEXF, and every other value is
 * kept, typed by attr.type. Nested graphs (yEd groups) are read flat; the
 * edge's directed attribute, else the graph's edgedefault, gives direction.
 */
import { DatasetBuilder } from '../shared/builder';
import type { ImportResult, ReadOptions } from '../shared/types';
import type { ValueType } from '../shared/values';
import { attributeOf, childElements, placeOf, valueTypeOf } from '../xml/dom';
import { edgeInput, nodeInput, type Field, type NodeExtras } from '../shared/fields';
import { openGraphs } from '../xml/open';
import { drawnColor, drawnLabel, drawnPosition, isDrawingKey } from './yfiles';

interface Key {
  name: string;
  for: string;
  type: ValueType;
  default?: string;
  /** A drawing key (yEd, yFiles for HTML): not data. */
  drawing: boolean;
}

function keysOf(root: Element, ns: string | null): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const element of childElements(root, 'key', ns)) {
    const id = attributeOf(element, 'id');
    if (id === undefined) continue;
    const key: Key = {
      name: attributeOf(element, 'attr.name') ?? id,
      for: (attributeOf(element, 'for') ?? 'all').trim().toLowerCase(),
      type: valueTypeOf(attributeOf(element, 'attr.type')),
      drawing: isDrawingKey(element),
    };
    const fallback = childElements(element, 'default', ns)[0];
    if (fallback) key.default = fallback.textContent ?? '';
    keys.set(id, key);
  }
  return keys;
}

/** The data of a node or an edge, what its drawings show, then the defaults of the keys it lacks. */
function fieldsOf(
  element: Element,
  ns: string | null,
  keys: Map<string, Key>,
  domain: 'node' | 'edge',
  path: string,
  builder: DatasetBuilder,
): { fields: Field[]; drawn: NodeExtras } {
  const fields: Field[] = [];
  const drawn: NodeExtras = {};
  const seen = new Set<string>();
  let index = 0;
  for (const data of childElements(element, 'data', ns)) {
    index++;
    const place = placeOf(data, `${path}/data[${index}]`);
    const id = attributeOf(data, 'key');
    if (id === undefined) {
      builder.report(
        {
          category: 'missing-field',
          severity: 'warning',
          message: 'a <data> element names no key; it is dropped',
        },
        place,
      );
      continue;
    }
    const key = keys.get(id);
    if (key?.drawing) {
      drawn.drawnLabel ??= drawnLabel(data);
      if (domain === 'node') {
        drawn.position ??= drawnPosition(data);
        drawn.color ??= drawnColor(data);
      }
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    if (!key) {
      builder.report(
        {
          category: 'bad-value',
          severity: 'warning',
          message: `<data key="${id}"> refers to no declared key; kept as text under that name`,
        },
        place,
      );
    }
    fields.push({
      name: key?.name ?? id,
      value: data.textContent ?? '',
      type: key?.type ?? 'string',
      place,
    });
  }
  for (const [id, key] of keys) {
    if (seen.has(id) || key.default === undefined || key.drawing) continue;
    if (key.for !== domain && key.for !== 'all') continue;
    fields.push({
      name: key.name,
      value: key.default,
      type: key.type,
      place: placeOf(element, path),
    });
  }
  for (const field of ['drawnLabel', 'position', 'color'] as const)
    if (drawn[field] === undefined) delete drawn[field];
  return { fields, drawn };
}

/** Graph-level data: a title, a description, and the sources and stories diplomap writes. */
function graphData(graph: Element, ns: string | null, keys: Map<string, Key>) {
  const found: { title?: string; description?: string; sources?: unknown; stories?: unknown } = {};
  for (const data of childElements(graph, 'data', ns)) {
    const key = keys.get(attributeOf(data, 'key') ?? '');
    if (!key || key.drawing) continue;
    const name = key.name.trim().toLowerCase();
    const value = data.textContent ?? '';
    if ((name === 'title' || name === 'name') && value.trim()) found.title ??= value;
    else if (name === 'description' && value.trim()) found.description ??= value;
    else if (name === 'sources' || name === 'stories') found[name] ??= jsonList(value);
  }
  return found;
}

function jsonList(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function direction(element: Element, edgeDefault: string | undefined): boolean | undefined {
  const own = (attributeOf(element, 'directed') ?? '').trim().toLowerCase();
  if (own === 'true' || own === 'false') return own === 'true';
  if (edgeDefault === 'directed' || edgeDefault === 'undirected') return edgeDefault === 'directed';
  return undefined;
}

export function readGraphml(text: string, options: ReadOptions = {}): ImportResult {
  const opened = openGraphs(text, options.parseXml, 'graphml');
  if ('refused' in opened) return opened.refused;
  const { root, ns, graphs } = opened;
  const first = graphs[0];
  const keys = keysOf(root, ns);
  const builder = new DatasetBuilder('graphml', {
    title: options.title ?? 'Imported GraphML',
    importedOn: options.importedOn,
  });
  builder.describe(graphData(first, ns, keys));

  // Edges may come before the nodes they join: they are read once every node is known.
  const edges: Array<() => void> = [];
  let nodeIndex = 0;
  let edgeIndex = 0;
  // Nested graphs (yEd groups) are read where they stand, with a stack rather than recursion.
  interface Level {
    elements: Element[];
    next: number;
    edgeDefault: string | undefined;
  }
  const levelOf = (graph: Element, inherited: string | undefined): Level => ({
    elements: childElements(graph, undefined, ns),
    next: 0,
    edgeDefault: attributeOf(graph, 'edgedefault')?.trim().toLowerCase() ?? inherited,
  });
  const stack: Level[] = graphs.map((graph) => levelOf(graph, undefined)).reverse();
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as Level;
    const element = level.elements[level.next++];
    if (!element) {
      stack.pop();
      continue;
    }
    const { edgeDefault } = level;
    if (element.localName === 'node') {
      const path = `graph/node[${++nodeIndex}]`;
      const place = placeOf(element, path);
      const { fields, drawn } = fieldsOf(element, ns, keys, 'node', path, builder);
      const { input, places } = nodeInput(attributeOf(element, 'id') ?? '', fields, drawn, builder);
      builder.addActor(input, place, places);
      const inner = childElements(element, 'graph', ns).map((graph) => levelOf(graph, edgeDefault));
      stack.push(...inner.reverse());
    } else if (element.localName === 'edge') {
      const path = `graph/edge[${++edgeIndex}]`;
      const place = placeOf(element, path);
      const { fields, drawn } = fieldsOf(element, ns, keys, 'edge', path, builder);
      const id = attributeOf(element, 'id');
      const directed = direction(element, edgeDefault);
      const extras = {
        source: attributeOf(element, 'source') ?? '',
        target: attributeOf(element, 'target') ?? '',
        ...(id?.trim() ? { id } : {}),
        ...(drawn.drawnLabel !== undefined ? { label: drawn.drawnLabel } : {}),
        ...(directed !== undefined ? { directed } : {}),
      };
      edges.push(() => {
        const { input, places } = edgeInput(fields, extras, place, builder);
        builder.addRelation(input, place, places);
      });
    } else if (element.localName === 'hyperedge') {
      builder.report(
        {
          category: 'refused',
          severity: 'warning',
          message: 'a hyperedge (an edge joining more than two nodes) is not read',
        },
        placeOf(element, 'graph/hyperedge'),
      );
    }
  }
  for (const edge of edges) edge();
  return builder.finish();
}
