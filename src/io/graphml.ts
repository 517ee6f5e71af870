/**
 * GraphML, as yEd and NetworkX write it. Keys declare the data of nodes and
 * edges (attr.name, attr.type, a default); yEd's drawing keys (yfiles.type)
 * are not data, but their node and edge labels are read. A node's name comes
 * from a key named label or name, else its yEd label, else its id; kind, date,
 * weight and quote are mapped as for GEXF and every other value is kept,
 * typed by attr.type. Nested graphs (yEd groups) are read flat.
 */
import type { Dataset } from '../model/types';
import type { Place } from './builder';
import type { ImportResult, ReadOptions } from './types';
import {
  actorColumns,
  attributeOf,
  childElements,
  escapeXml,
  failedImport,
  GraphFeeder,
  ownText,
  parseRoot,
  parseSources,
  placeOf,
  relationColumns,
  valueTypeOf,
  xmlAttributes,
  type Column,
  type ColumnType,
  type Field,
  type ValueType,
} from './xml';
import { isDirected } from '../model/vocabulary';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

interface Key {
  name: string;
  for: string;
  type: ValueType;
  default?: string;
  /** yEd's drawing keys (nodegraphics, edgegraphics, resources...): not data. */
  yfiles?: string;
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
    };
    const fallback = childElements(element, 'default', ns)[0];
    if (fallback) key.default = fallback.textContent ?? '';
    const yfiles = attributeOf(element, 'yfiles.type');
    if (yfiles !== undefined) key.yfiles = yfiles;
    keys.set(id, key);
  }
  return keys;
}

/** The first non-empty yEd label (NodeLabel or EdgeLabel) inside a drawing's data. */
function yedLabel(data: Element, localName: 'NodeLabel' | 'EdgeLabel'): string | undefined {
  const labels = data.getElementsByTagNameNS('*', localName);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const text = label ? ownText(label).trim() : '';
    if (text !== '') return text;
  }
  return undefined;
}

/** The data of a node or an edge, its yEd label, then the defaults of the keys it lacks. */
function fieldsOf(
  element: Element,
  ns: string | null,
  keys: Map<string, Key>,
  domain: 'node' | 'edge',
  path: string,
  feeder: GraphFeeder,
): { fields: Field[]; label?: string } {
  const fields: Field[] = [];
  const seen = new Set<string>();
  let label: string | undefined;
  let index = 0;
  for (const data of childElements(element, 'data', ns)) {
    index++;
    const place = placeOf(data, `${path}/data[${index}]`);
    const id = attributeOf(data, 'key');
    if (id === undefined) {
      feeder.builder.report(
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
    if (key?.yfiles !== undefined) {
      label ??= yedLabel(data, domain === 'node' ? 'NodeLabel' : 'EdgeLabel');
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    if (!key) {
      feeder.builder.report(
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
    if (seen.has(id) || key.default === undefined || key.yfiles !== undefined) continue;
    if (key.for !== domain && key.for !== 'all') continue;
    fields.push({
      name: key.name,
      value: key.default,
      type: key.type,
      place: placeOf(element, path),
    });
  }
  return label === undefined ? { fields } : { fields, label };
}

/** Graph-level data: a title, a description, and the sources diplomap writes. */
function graphData(graph: Element, ns: string | null, keys: Map<string, Key>) {
  const found: { title?: string; description?: string; sources?: string } = {};
  for (const data of childElements(graph, 'data', ns)) {
    const key = keys.get(attributeOf(data, 'key') ?? '');
    if (!key || key.yfiles !== undefined) continue;
    const name = key.name.trim().toLowerCase();
    const value = data.textContent ?? '';
    if ((name === 'title' || name === 'name') && found.title === undefined) {
      if (value.trim()) found.title = value;
    } else if (name === 'description' && found.description === undefined) {
      if (value.trim()) found.description = value;
    } else if (name === 'sources' && found.sources === undefined) found.sources = value;
  }
  return found;
}

export function readGraphml(text: string, options: ReadOptions = {}): ImportResult {
  const parsed = parseRoot(text, options.parseXml, 'graphml', 'GraphML');
  if ('failure' in parsed) return failedImport('graphml', parsed.failure);
  const { root } = parsed;
  const ns = root.namespaceURI ?? null;
  const graphs = childElements(root, 'graph', ns);
  const first = graphs[0];
  if (!first) {
    return failedImport('graphml', {
      category: 'missing-field',
      message: 'the GraphML file has no <graph> element',
      place: placeOf(root, 'graphml'),
    });
  }
  const keys = keysOf(root, ns);
  const about = graphData(first, ns, keys);
  const feeder = new GraphFeeder(
    'graphml',
    about.title ?? options.title ?? 'Imported GraphML',
    options.importedOn,
  );

  let nodeIndex = 0;
  let edgeIndex = 0;
  const readGraph = (graph: Element): void => {
    const edgeDefault = attributeOf(graph, 'edgedefault')?.trim().toLowerCase();
    for (const element of childElements(graph, undefined, ns)) {
      if (element.localName === 'node') {
        nodeIndex++;
        const path = `graph/node[${nodeIndex}]`;
        const place: Place = placeOf(element, path);
        const { fields, label } = fieldsOf(element, ns, keys, 'node', path, feeder);
        feeder.node(attributeOf(element, 'id') ?? '', undefined, fields, place, label);
        // A yEd group or folder: its nodes and edges are read as part of the graph.
        for (const nested of childElements(element, 'graph', ns)) readGraph(nested);
      } else if (element.localName === 'edge') {
        edgeIndex++;
        const path = `graph/edge[${edgeIndex}]`;
        const place: Place = placeOf(element, path);
        const { fields, label } = fieldsOf(element, ns, keys, 'edge', path, feeder);
        const id = attributeOf(element, 'id');
        const directedText = (attributeOf(element, 'directed') ?? '').trim().toLowerCase();
        const directed =
          directedText === 'true'
            ? true
            : directedText === 'false'
              ? false
              : edgeDefault === 'directed'
                ? true
                : edgeDefault === 'undirected'
                  ? false
                  : undefined;
        feeder.edge(
          {
            ...(id !== undefined && id.trim() !== '' ? { id } : {}),
            source: attributeOf(element, 'source') ?? '',
            target: attributeOf(element, 'target') ?? '',
            ...(label !== undefined ? { label } : {}),
            ...(directed !== undefined ? { directed } : {}),
          },
          fields,
          place,
        );
      } else if (element.localName === 'hyperedge') {
        feeder.builder.report(
          {
            category: 'refused',
            severity: 'warning',
            message: 'a hyperedge (an edge joining more than two nodes) is not read',
          },
          placeOf(element, `graph/hyperedge`),
        );
      }
    }
  };
  for (const graph of graphs) readGraph(graph);
  return feeder.finish(
    about.sources !== undefined ? parseSources(about.sources) : [],
    about.description,
  );
}

const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
};

/**
 * The dataset as GraphML, for yEd and NetworkX; readGraphml reads it back to
 * the same actors and relations (and sources). Direction is a boolean
 * "directed" data key rather than the edge's directed attribute: NetworkX
 * refuses a file whose edges disagree with edgedefault.
 */
export function writeGraphml(dataset: Dataset): string {
  let next = 0;
  const keyLines: string[] = [];
  const declare = (domain: 'graph' | 'node' | 'edge', name: string, type: ColumnType) => {
    const id = `d${next++}`;
    keyLines.push(
      `  <key${xmlAttributes([
        ['id', id],
        ['for', domain],
        ['attr.name', name],
        ['attr.type', GRAPHML_TYPES[type]],
      ])}/>`,
    );
    return id;
  };
  const titleKey = declare('graph', 'title', 'string');
  const descriptionKey = dataset.description ? declare('graph', 'description', 'string') : '';
  const sourcesKey = dataset.sources.length ? declare('graph', 'sources', 'string') : '';
  const labelKey = declare('node', 'label', 'string');
  const nodeColumns: Array<[string, Column<Dataset['actors'][number]>]> = actorColumns(
    dataset.actors,
  ).map((column) => [declare('node', column.title, column.type), column]);
  const relations = dataset.relations;
  const edgeColumns: Array<[string, Column<Dataset['relations'][number]>]> = [
    ...relationColumns(relations),
    ...(relations.some((r) => r.weight !== undefined)
      ? [
          {
            title: 'weight',
            type: 'number' as const,
            value: (r: Dataset['relations'][number]) =>
              r.weight === undefined ? undefined : String(r.weight),
          },
        ]
      : []),
    {
      title: 'directed',
      type: 'boolean' as const,
      value: (r: Dataset['relations'][number]) => String(isDirected(r)),
    },
  ].map((column) => [declare('edge', column.title, column.type), column]);

  const data = (key: string, value: string | undefined, indent: string) =>
    value === undefined ? [] : [`${indent}<data key="${key}">${escapeXml(value)}</data>`];
  const allDirected = relations.length > 0 && relations.every(isDirected);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...keyLines,
    `  <graph id="G" edgedefault="${allDirected ? 'directed' : 'undirected'}">`,
    ...data(titleKey, dataset.title, '    '),
    ...(descriptionKey ? data(descriptionKey, dataset.description, '    ') : []),
    ...(sourcesKey ? data(sourcesKey, JSON.stringify(dataset.sources), '    ') : []),
  ];
  for (const actor of dataset.actors) {
    lines.push(
      `    <node${xmlAttributes([['id', actor.id]])}>`,
      ...data(labelKey, actor.name, '      '),
      ...nodeColumns.flatMap(([key, column]) => data(key, column.value(actor), '      ')),
      '    </node>',
    );
  }
  for (const relation of relations) {
    lines.push(
      `    <edge${xmlAttributes([
        ['id', relation.id],
        ['source', relation.source],
        ['target', relation.target],
      ])}>`,
      ...edgeColumns.flatMap(([key, column]) => data(key, column.value(relation), '      ')),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
