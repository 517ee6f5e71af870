/**
 * Node-link JSON, three dialects of one shape (a list of nodes with their
 * attributes, a list of links between them):
 *
 * - NetworkX's `node_link_data`: `{ directed, graph, nodes: [{ id, ... }],
 *   links (or edges): [{ source, target, ... }] }`.
 * - graphology's serialisation (sigma.js apps): `{ options: { type },
 *   attributes, nodes: [{ key, attributes }], edges: [{ key, source, target,
 *   attributes, undirected }] }`.
 * - A Gephi Lite project: `{ type: "gephi-lite", graphDataset: { fullGraph
 *   (graphology), nodeData, edgeData, layout, metadata } }`.
 *
 * Attributes are read as GEXF's and GraphML's are (shared/fields.ts): label
 * or name, kind, x and y, color... graphology and Gephi Lite draw y upwards
 * (sigma.js), diplomap downwards: their y is flipped.
 */
import { childPath } from '../../model/json-text';
import { DatasetBuilder } from '../shared/builder';
import { edgeInput, nodeInput, type Field } from '../shared/fields';
import { flipY, numberOf } from '../shared/values';
import type { ImportFormat, ImportResult, ReadOptions } from '../shared/types';
import { nodeLinkFormat, type NodeLinkFormat } from './node-link-format';
import { field, isObject, locateIssues, parseForReader, text, type Json } from './shape';

interface Item {
  attributes: Json;
  /** Where the item is, and where its attributes are (Gephi Lite keeps them apart). */
  path: string;
  attributesPath: string;
}
interface NodeItem extends Item {
  id: unknown;
  position?: unknown;
}
interface LinkItem extends Item {
  id?: unknown;
  source: unknown;
  target: unknown;
  directed?: boolean;
}

/** A graph read from one dialect: what every dialect gives the builder. */
export interface LinkGraph {
  format: NodeLinkFormat;
  meta: Json;
  nodes: NodeItem[];
  links: LinkItem[];
  directed: boolean | undefined;
  yUp: boolean;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const object = (value: unknown): Json => (isObject(value) ? value : {});

function networkx(root: Json): LinkGraph {
  const key = Array.isArray(field(root, 'links')) ? 'links' : 'edges';
  const strip = (item: Json, keys: string[]) =>
    Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k)));
  const directed = field(root, 'directed');
  return {
    format: 'networkx',
    meta: object(field(root, 'graph')),
    directed: typeof directed === 'boolean' ? directed : undefined,
    yUp: false,
    nodes: list(field(root, 'nodes')).map((node, index) => {
      const item = object(node);
      const path = childPath('nodes', index);
      return { id: field(item, 'id'), attributes: strip(item, ['id']), path, attributesPath: path };
    }),
    links: list(field(root, key)).map((link, index) => {
      const item = object(link);
      const path = childPath(key, index);
      return {
        id: field(item, 'id'),
        source: field(item, 'source'),
        target: field(item, 'target'),
        attributes: strip(item, ['id', 'source', 'target', 'key']),
        path,
        attributesPath: path,
      };
    }),
  };
}

function graphology(
  root: Json,
  base = '',
  data?: { nodes: Json; edges: Json; layout: Json },
): LinkGraph {
  const type = field(object(field(root, 'options')), 'type');
  const at = (key: string) => (base ? childPath(base, key) : key);
  // Gephi Lite keeps each item's attributes apart, by key, in nodeData and edgeData.
  const kept = (item: Json, key: unknown, store: 'nodes' | 'edges', path: string) => {
    const id = text(key);
    const own = object(field(item, 'attributes'));
    const apart = data && id !== undefined ? field(data[store], id) : undefined;
    if (!isObject(apart)) return { attributes: own, attributesPath: childPath(path, 'attributes') };
    const where = childPath(
      store === 'nodes' ? 'graphDataset.nodeData' : 'graphDataset.edgeData',
      id as string,
    );
    return { attributes: { ...own, ...apart }, attributesPath: where };
  };
  return {
    format: base ? 'gephi-lite' : 'graphology',
    meta: object(field(root, 'attributes')),
    directed: type === 'undirected' ? false : type === 'directed' ? true : undefined,
    yUp: true,
    nodes: list(field(root, 'nodes')).map((node, index) => {
      const item = object(node);
      const path = childPath(at('nodes'), index);
      const id = field(item, 'key');
      const position =
        data && text(id) !== undefined ? field(data.layout, text(id) as string) : undefined;
      return { id, path, position, ...kept(item, id, 'nodes', path) };
    }),
    links: list(field(root, 'edges')).map((edge, index) => {
      const item = object(edge);
      const path = childPath(at('edges'), index);
      const undirected = field(item, 'undirected');
      return {
        id: field(item, 'key'),
        source: field(item, 'source'),
        target: field(item, 'target'),
        ...(typeof undirected === 'boolean' ? { directed: !undirected } : {}),
        path,
        ...kept(item, field(item, 'key'), 'edges', path),
      };
    }),
  };
}

function gephiLite(root: Json): LinkGraph {
  const dataset = object(field(root, 'graphDataset'));
  const full = object(field(dataset, 'fullGraph'));
  const graph = graphology(full, 'graphDataset.fullGraph', {
    nodes: object(field(dataset, 'nodeData')),
    edges: object(field(dataset, 'edgeData')),
    layout: object(field(dataset, 'layout') ?? field(dataset, 'nodeRenderingData')),
  });
  const metadata = object(field(dataset, 'metadata'));
  const type = field(metadata, 'type');
  if (type === 'undirected' || type === 'directed') graph.directed = type === 'directed';
  return { ...graph, meta: metadata };
}

/** A JSON value as a field the attribute mapping reads (lists and objects as their JSON text). */
function fieldsOf(attributes: Json, path: string): Field[] {
  const fields: Field[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    const type =
      typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
    const shown =
      typeof value === 'string'
        ? value
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    fields.push({ name, value: shown, type, place: { path: childPath(path, name) } });
  }
  return fields;
}

function read(graph: LinkGraph, options: ReadOptions): DatasetBuilder {
  const builder = new DatasetBuilder(graph.format, {
    title: options.title ?? 'Imported graph',
    importedOn: options.importedOn,
  });
  const title = text(field(graph.meta, 'title')) ?? text(field(graph.meta, 'name'));
  const description = text(field(graph.meta, 'description'));
  builder.describe({
    ...(title?.trim() ? { title } : {}),
    ...(description?.trim() ? { description } : {}),
  });
  for (const node of graph.nodes) {
    const fields = fieldsOf(node.attributes, node.attributesPath);
    const place = { path: childPath(node.path, graph.format === 'networkx' ? 'id' : 'key') };
    const extras: { position?: { x: number; y: number } } = {};
    const x = numberOf(text(field(object(node.position), 'x')) ?? '');
    const y = numberOf(text(field(object(node.position), 'y')) ?? '');
    if (x !== undefined && y !== undefined) extras.position = { x, y };
    const { input, places } = nodeInput(text(node.id) ?? '', fields, extras, builder);
    if (graph.yUp && input.position) {
      const flipped = numberOf(String(input.position.y));
      if (flipped !== undefined) input.position = { x: input.position.x, y: flipY(flipped) };
    }
    builder.addActor(input, place, places);
  }
  for (const link of graph.links) {
    const fields = fieldsOf(link.attributes, link.attributesPath);
    const directed = link.directed ?? graph.directed;
    const id = text(link.id);
    const { input, places } = edgeInput(
      fields,
      {
        source: text(link.source) ?? '',
        target: text(link.target) ?? '',
        ...(id !== undefined ? { id } : {}),
        ...(directed !== undefined ? { directed } : {}),
      },
      { path: link.path },
      builder,
    );
    builder.addRelation(input, { path: link.path }, (key) =>
      key === 'source' || key === 'target' ? { path: childPath(link.path, key) } : places[key],
    );
  }
  return builder;
}

/** Reads NetworkX node-link JSON, graphology JSON or a Gephi Lite project. */
export function readNodeLink(source: string, options: ReadOptions = {}): ImportResult {
  const parsed = parseForReader(source, 'networkx');
  if ('refused' in parsed) return parsed.refused;
  const format = nodeLinkFormat(parsed.value);
  const root = object(parsed.value);
  if (!format) {
    const builder = new DatasetBuilder('networkx' as ImportFormat, { title: '' });
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: 'no "nodes" list: node-link JSON has "nodes" and "links" (or "edges")',
      },
      { path: 'nodes' },
    );
    return builder.finish();
  }
  const graph =
    format === 'networkx'
      ? networkx(root)
      : format === 'graphology'
        ? graphology(root)
        : gephiLite(root);
  const result = read(graph, options).finish();
  locateIssues(result.report.issues, source);
  return result;
}
