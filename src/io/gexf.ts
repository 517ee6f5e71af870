/**
 * GEXF, Gephi's format: read from versions 1.2 and 1.3 (or no namespace at
 * all), written as 1.3. Nodes become actors (label → name, an attribute
 * titled kind, type or category → kind), edges become relations (an
 * attribute titled kind, type or relation, else the GEXF kind or the label →
 * kind; start/end or spells → date; weight); every other attribute value is
 * kept, typed as declared. viz: elements are ignored when reading.
 */
import type { Dataset } from '../model/types';
import { ACTOR_KINDS, RELATION_KINDS } from '../model/vocabulary';
import type { Place } from './builder';
import type { ImportResult, ReadOptions } from './types';
import {
  actorColumns,
  attributeOf,
  childElements,
  escapeXml,
  failedImport,
  GraphFeeder,
  parseRoot,
  placeOf,
  relationColumns,
  spanOf,
  valueTypeOf,
  writtenKind,
  xmlAttributes,
  type Column,
  type ColumnType,
  type Field,
  type ValueType,
} from './xml';
import { isDirected } from '../model/vocabulary';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

interface Declared {
  title: string;
  type: ValueType;
  default?: string;
}

/** The <attributes class="node|edge"> declarations, by attribute id. */
function declarations(
  graph: Element,
  ns: string | null,
): Record<'node' | 'edge', Map<string, Declared>> {
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  for (const group of childElements(graph, 'attributes', ns)) {
    const kind = (attributeOf(group, 'class') ?? 'node').trim().toLowerCase();
    if (kind !== 'node' && kind !== 'edge') continue;
    for (const attribute of childElements(group, 'attribute', ns)) {
      const id = attributeOf(attribute, 'id') ?? attributeOf(attribute, 'title');
      if (id === undefined) continue;
      const entry: Declared = {
        title: attributeOf(attribute, 'title') ?? id,
        type: valueTypeOf(attributeOf(attribute, 'type')),
      };
      const fallback = childElements(attribute, 'default', ns)[0];
      if (fallback) entry.default = fallback.textContent ?? '';
      declared[kind].set(id, entry);
    }
  }
  return declared;
}

/** The attvalues of a node or an edge, then the declared defaults of those it lacks. */
function fieldsOf(
  element: Element,
  ns: string | null,
  declared: Map<string, Declared>,
  path: string,
  feeder: GraphFeeder,
): Field[] {
  const fields: Field[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const group of childElements(element, 'attvalues', ns)) {
    for (const attvalue of childElements(group, 'attvalue', ns)) {
      index++;
      const place = placeOf(attvalue, `${path}/attvalues/attvalue[${index}]`);
      const key = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id');
      if (key === undefined) {
        feeder.builder.report(
          {
            category: 'missing-field',
            severity: 'warning',
            message: 'an attvalue names no attribute (no "for"); it is dropped',
          },
          place,
        );
        continue;
      }
      // A dynamic attribute repeats its attvalue once per period: the first is kept.
      if (seen.has(key)) continue;
      seen.add(key);
      const declaration = declared.get(key);
      if (!declaration) {
        feeder.builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `attvalue for "${key}" refers to no declared attribute; kept as text under that name`,
          },
          place,
        );
      }
      fields.push({
        name: declaration?.title ?? key,
        value: attributeOf(attvalue, 'value') ?? '',
        type: declaration?.type ?? 'string',
        place,
      });
    }
  }
  for (const [key, declaration] of declared) {
    if (seen.has(key) || declaration.default === undefined) continue;
    fields.push({
      name: declaration.title,
      value: declaration.default,
      type: declaration.type,
      place: placeOf(element, path),
    });
  }
  return fields;
}

/** The date of an edge: start/end (or the open forms), a timestamp, or its first spell. */
function edgeDate(edge: Element, ns: string | null): string | undefined {
  const own = spanOf(
    attributeOf(edge, 'start') ?? attributeOf(edge, 'startopen'),
    attributeOf(edge, 'end') ?? attributeOf(edge, 'endopen'),
  );
  if (own !== undefined) return own;
  const timestamp = attributeOf(edge, 'timestamp');
  if (timestamp?.trim()) return timestamp.trim();
  const spell = childElements(edge, 'spells', ns).flatMap((spells) =>
    childElements(spells, 'spell', ns),
  )[0];
  if (!spell) return undefined;
  return spanOf(
    attributeOf(spell, 'start') ?? attributeOf(spell, 'startopen'),
    attributeOf(spell, 'end') ?? attributeOf(spell, 'endopen'),
  );
}

export function readGexf(text: string, options: ReadOptions = {}): ImportResult {
  const parsed = parseRoot(text, options.parseXml, 'gexf', 'GEXF');
  if ('failure' in parsed) return failedImport('gexf', parsed.failure);
  const { root } = parsed;
  const ns = root.namespaceURI ?? null;
  const graph = childElements(root, 'graph', ns)[0];
  if (!graph) {
    return failedImport('gexf', {
      category: 'missing-field',
      message: 'the GEXF file has no <graph> element',
      place: placeOf(root, 'gexf'),
    });
  }
  const meta = childElements(root, 'meta', ns)[0];
  const description = meta && childElements(meta, 'description', ns)[0]?.textContent?.trim();
  const feeder = new GraphFeeder(
    'gexf',
    description || options.title || 'Imported GEXF',
    options.importedOn,
  );
  const declared = declarations(graph, ns);

  let nodeIndex = 0;
  const readNodes = (container: Element): void => {
    for (const group of childElements(container, 'nodes', ns)) {
      for (const node of childElements(group, 'node', ns)) {
        nodeIndex++;
        const path = `nodes/node[${nodeIndex}]`;
        const place = placeOf(node, path);
        const fields = fieldsOf(node, ns, declared.node, path, feeder);
        for (const name of ['start', 'end', 'pid']) {
          const value = attributeOf(node, name);
          if (value !== undefined) fields.push({ name, value, type: 'string', place });
        }
        feeder.node(attributeOf(node, 'id') ?? '', attributeOf(node, 'label'), fields, place);
        // Hierarchical GEXF: nodes inside a node.
        readNodes(node);
      }
    }
  };
  readNodes(graph);

  const defaultType = (attributeOf(graph, 'defaultedgetype') ?? 'undirected').trim().toLowerCase();
  let edgeIndex = 0;
  for (const group of childElements(graph, 'edges', ns)) {
    for (const edge of childElements(group, 'edge', ns)) {
      edgeIndex++;
      const path = `edges/edge[${edgeIndex}]`;
      const place: Place = placeOf(edge, path);
      const type = (attributeOf(edge, 'type') ?? defaultType).trim().toLowerCase();
      const id = attributeOf(edge, 'id');
      const label = attributeOf(edge, 'label');
      const kind = attributeOf(edge, 'kind');
      const weight = attributeOf(edge, 'weight');
      const date = edgeDate(edge, ns);
      feeder.edge(
        {
          ...(id !== undefined ? { id } : {}),
          source: attributeOf(edge, 'source') ?? '',
          target: attributeOf(edge, 'target') ?? '',
          ...(label !== undefined ? { label } : {}),
          ...(kind !== undefined ? { kind } : {}),
          ...(weight !== undefined ? { weight } : {}),
          ...(date !== undefined ? { date } : {}),
          directed: type === 'directed',
        },
        fieldsOf(edge, ns, declared.edge, path, feeder),
        place,
      );
    }
  }
  return feeder.finish();
}

const GEXF_TYPES: Record<ColumnType, string> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
};

function declare<T>(columns: Column<T>[], kind: 'node' | 'edge', prefix: string): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (column, index) =>
        `      <attribute${xmlAttributes([
          ['id', `${prefix}${index}`],
          ['title', column.title],
          ['type', GEXF_TYPES[column.type]],
        ])}/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(item: T, columns: Column<T>[], prefix: string, indent: string): string[] {
  const values = columns.flatMap((column, index) => {
    const value = column.value(item);
    return value === undefined
      ? []
      : [
          `${indent}  <attvalue${xmlAttributes([
            ['for', `${prefix}${index}`],
            ['value', value],
          ])}/>`,
        ];
  });
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

function vizColor(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `<viz:color r="${String(r)}" g="${String(g)}" b="${String(b)}"/>`;
}

/** The dataset as GEXF 1.3, for Gephi; readGexf reads it back to the same actors and relations. */
export function writeGexf(dataset: Dataset): string {
  const nodeColumns = actorColumns(dataset.actors);
  const edgeColumns = relationColumns(dataset.relations);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    '  <meta>',
    '    <creator>diplomap</creator>',
    `    <description>${escapeXml(dataset.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare(nodeColumns, 'node', 'n'),
    ...declare(edgeColumns, 'edge', 'e'),
    '    <nodes>',
  ];
  for (const actor of dataset.actors) {
    lines.push(
      `      <node${xmlAttributes([
        ['id', actor.id],
        ['label', actor.name],
      ])}>`,
      ...attvalues(actor, nodeColumns, 'n', '        '),
      `        ${vizColor(ACTOR_KINDS[actor.kind].color)}`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relation of dataset.relations) {
    const kind = writtenKind(relation);
    lines.push(
      `      <edge${xmlAttributes([
        ['id', relation.id],
        ['source', relation.source],
        ['target', relation.target],
        ['type', isDirected(relation) ? 'directed' : 'undirected'],
        ['label', kind === relation.kind ? RELATION_KINDS[relation.kind].label : kind],
        ['weight', relation.weight === undefined ? undefined : String(relation.weight)],
      ])}>`,
      ...attvalues(relation, edgeColumns, 'e', '        '),
      `        ${vizColor(RELATION_KINDS[relation.kind].color)}`,
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
