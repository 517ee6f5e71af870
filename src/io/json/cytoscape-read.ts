/**
 * Reading Cytoscape JSON: the element lists of Cytoscape.js and the .cyjs
 * files of Cytoscape desktop: a plain element array `[{ group?, data }, ...]`
 * (the group told from data.source / data.target when absent),
 * `{ elements: [...] }`, or `{ elements: { nodes, edges } }`.
 *
 * Node name or label → name, kind or type → kind, color → colour, the
 * element's position → position; edge interaction, kind or type → relation
 * kind, date, weight, quote, directed (else the network's own `directed`, as
 * NetworkX writes it). What only diplomap writes is in a `diplomap` object
 * (in each element's data and in the network's data). Every other data field
 * is kept as an attribute (SUID, shared_name... tie the graph back to its
 * Cytoscape session), except `selected`, the state of a view. Lists and
 * objects are kept as their JSON text, nulls dropped. Problems are placed by
 * JSON path, and by line and column.
 */
import { childPath } from '../../model/json-text';
import type { AttributeValue } from '../../model/types';
import { DatasetBuilder } from '../shared/builder';
import {
  attributeValueOf,
  freshRecord,
  type ActorInput,
  type RelationInput,
} from '../shared/inputs';
import { decodeEvidence } from '../shared/lists';
import type { ImportResult, ReadOptions } from '../shared/types';
import {
  field,
  firstText,
  hasField,
  isObject,
  locateIssues,
  parseForReader,
  text,
  type Json,
} from './shape';

/** Data fields that are views, not data: dropped. */
export const DROPPED = new Set(['selected']);

/** Data fields read as diplomap fields (the rest are attributes). */
export const NODE_FIELDS = ['id', 'name', 'label', 'kind', 'type', 'color', 'diplomap'];
export const EDGE_FIELDS = [
  'id',
  'source',
  'target',
  'interaction',
  'kind',
  'type',
  'date',
  'weight',
  'quote',
  'directed',
  'diplomap',
];

interface Element {
  data: Json;
  /** JSON path of the element. */
  path: string;
  position?: unknown;
}

/** Reads the fields of a `diplomap` object, each checked; a value of the wrong type is reported and ignored. */
function diplomapFields(
  builder: DatasetBuilder,
  data: Json,
  dataPath: string,
): { get: <T>(key: string, check: (value: unknown) => T | undefined) => T | undefined } {
  const diplomap = field(data, 'diplomap');
  return {
    get: (key, check) => {
      if (!isObject(diplomap) || field(diplomap, key) === undefined) return undefined;
      const value = check(field(diplomap, key));
      if (value === undefined)
        builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `the diplomap field "${key}" has the wrong type; it is ignored`,
          },
          { path: childPath(childPath(dataPath, 'diplomap'), key) },
        );
      return value;
    },
  };
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? (value as string[])
    : undefined;
const asBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);

/** Every data field not read as a field, and what diplomap kept under diplomap.attributes. */
function attributesOf(
  data: Json,
  used: readonly string[],
  nested: unknown,
): Record<string, AttributeValue> {
  const attributes = freshRecord<AttributeValue>();
  for (const key of Object.keys(data)) {
    if (used.includes(key) || DROPPED.has(key)) continue;
    const value = attributeValueOf(data[key]);
    if (value !== undefined) attributes[key] = value;
  }
  if (isObject(nested))
    for (const key of Object.keys(nested)) {
      const value = attributeValueOf(nested[key]);
      if (value !== undefined) attributes[key] = value;
    }
  return attributes;
}

function addNode(builder: DatasetBuilder, { data, path, position }: Element): void {
  const dataPath = childPath(path, 'data');
  const at = (key: string) => ({ path: childPath(dataPath, key) });
  const { get } = diplomapFields(builder, data, dataPath);
  const used = ['id', ...(isObject(field(data, 'diplomap')) ? ['diplomap'] : [])];
  const name = firstText(data, ['name', 'label']);
  const kind = firstText(data, ['kind', 'type']);
  const color =
    typeof field(data, 'color') === 'string' ? (field(data, 'color') as string) : undefined;
  for (const found of [name, kind]) if (found) used.push(found[0]);
  if (color !== undefined) used.push('color');
  const input: ActorInput = {
    id: text(field(data, 'id')) ?? '',
    name: name?.[1],
    kind: kind?.[1],
    color,
    aliases: get('aliases', asStrings),
    role: get('role', asString),
    description: get('description', asString),
    originalKind: get('originalKind', asString),
    affiliation: get('affiliation', asString),
    placeholder: get('placeholder', asBoolean),
    evidence: get('evidence', decodeEvidence),
    attributes: attributesOf(
      data,
      used,
      get('attributes', (v) => (isObject(v) ? v : undefined)),
    ),
  };
  if (isObject(position) && (hasField(position, 'x') || hasField(position, 'y')))
    input.position = { x: text(field(position, 'x')) ?? '', y: text(field(position, 'y')) ?? '' };
  builder.addActor(input, at('id'), (key) =>
    key === 'position'
      ? { path: childPath(path, 'position') }
      : key === 'kind' && kind
        ? at(kind[0])
        : key === 'name' && name
          ? at(name[0])
          : undefined,
  );
}

function addEdge(builder: DatasetBuilder, { data, path }: Element, directed: unknown): void {
  const dataPath = childPath(path, 'data');
  const at = (key: string) => ({ path: childPath(dataPath, key) });
  const { get } = diplomapFields(builder, data, dataPath);
  const used = EDGE_FIELDS.filter((key) => key !== 'diplomap' || isObject(field(data, 'diplomap')));
  const kind = firstText(data, ['interaction', 'kind', 'type']);
  const weight = field(data, 'weight');
  const own = field(data, 'directed');
  const input: RelationInput = {
    source: text(field(data, 'source')) ?? '',
    target: text(field(data, 'target')) ?? '',
    id: text(field(data, 'id')),
    kind: kind?.[1],
    date: text(field(data, 'date')),
    weight: typeof weight === 'number' || typeof weight === 'string' ? weight : undefined,
    quote: text(field(data, 'quote')),
    directed: typeof own === 'boolean' ? own : typeof directed === 'boolean' ? directed : undefined,
    originalKind: get('originalKind', asString),
    status: get('status', asString),
    claimedBy: get('claimedBy', asStrings),
    note: get('note', asString),
    evidence: get('evidence', decodeEvidence),
    attributes: attributesOf(
      data,
      used,
      get('attributes', (v) => (isObject(v) ? v : undefined)),
    ),
  };
  // An edge's own complaints (an end that names no node) go to that end; the rest to their field.
  const end = !builder.hasActor(input.source)
    ? 'source'
    : !builder.hasActor(input.target)
      ? 'target'
      : 'id';
  const place = hasField(data, end) ? at(end) : { path: dataPath };
  builder.addRelation(input, place, (key) => {
    if (key === 'kind') return kind ? at(kind[0]) : undefined;
    if (['source', 'target', 'id', 'date', 'weight', 'quote', 'directed'].includes(key))
      return at(key);
    return hasField(data, 'diplomap') ? at('diplomap') : undefined;
  });
}

/** The elements of a document, each with its group and path; reports what is malformed. */
function elementsOf(
  builder: DatasetBuilder,
  root: unknown,
): { nodes: Element[]; edges: Element[] } | undefined {
  const nodes: Element[] = [];
  const edges: Element[] = [];
  const fatal = (message: string, path: string) => {
    builder.report({ category: 'missing-field', severity: 'error', message }, { path });
    return undefined;
  };
  const take = (item: unknown, path: string, group?: 'nodes' | 'edges'): void => {
    if (!isObject(item))
      return void fatal('an element is not an object with a "data" object', path);
    const data = field(item, 'data');
    if (!isObject(data))
      return void fatal('an element has no "data" object', childPath(path, 'data'));
    let kind = group;
    if (kind === undefined) {
      const declared = field(item, 'group');
      if (declared === 'nodes' || declared === 'edges') kind = declared;
      else if (declared !== undefined) {
        builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `group ${JSON.stringify(declared)} is neither "nodes" nor "edges"; the element is dropped`,
          },
          { path: childPath(path, 'group') },
        );
        return;
      } else kind = hasField(data, 'source') || hasField(data, 'target') ? 'edges' : 'nodes';
    }
    (kind === 'nodes' ? nodes : edges).push({ data, path, position: field(item, 'position') });
  };
  const list = (value: unknown, path: string, group?: 'nodes' | 'edges'): boolean => {
    if (!Array.isArray(value)) return fatal(`"${path}" is not a list of elements`, path) ?? false;
    value.forEach((item, index) => take(item, childPath(path, index), group));
    return true;
  };
  if (Array.isArray(root)) return list(root, '') ? { nodes, edges } : undefined;
  if (!isObject(root) || !hasField(root, 'elements')) {
    return fatal(
      'no "elements": Cytoscape JSON is a list of elements, { "elements": [...] } or { "elements": { "nodes": [...], "edges": [...] } }',
      isObject(root) ? 'elements' : '',
    );
  }
  const elements = root.elements;
  if (Array.isArray(elements)) return list(elements, 'elements') ? { nodes, edges } : undefined;
  if (!isObject(elements)) return fatal('"elements" is neither a list nor an object', 'elements');
  let ok = true;
  for (const group of ['nodes', 'edges'] as const) {
    if (hasField(elements, group))
      ok = list(elements[group], childPath('elements', group), group) && ok;
  }
  return ok ? { nodes, edges } : undefined;
}

/** The network's own data: its name, and what diplomap wrote there. */
function describe(builder: DatasetBuilder, root: unknown): void {
  const data = isObject(root) ? field(root, 'data') : undefined;
  if (!isObject(data)) return;
  const name = text(field(data, 'name'));
  const { get } = diplomapFields(builder, data, 'data');
  const title = get('title', asString);
  const description = get('description', asString);
  const sources = get('sources', (v) => (Array.isArray(v) ? v : undefined));
  const stories = get('stories', (v) => (Array.isArray(v) ? v : undefined));
  const meta: Parameters<DatasetBuilder['describe']>[0] = {};
  const shown = title ?? name;
  if (shown?.trim()) meta.title = shown;
  if (description?.trim()) meta.description = description;
  if (sources) meta.sources = sources;
  if (stories) meta.stories = stories;
  builder.describe(meta, { path: 'data.diplomap' });
}

/** Reads Cytoscape JSON (element list or .cyjs) into a dataset and its report. */
export function readCytoscapeJson(source: string, options: ReadOptions = {}): ImportResult {
  const parsed = parseForReader(source, 'cytoscape');
  if ('refused' in parsed) return parsed.refused;
  const root = parsed.value;
  const builder = new DatasetBuilder('cytoscape', {
    title: options.title ?? 'Cytoscape network',
    importedOn: options.importedOn,
  });
  describe(builder, root);
  const elements = elementsOf(builder, root);
  if (elements) {
    const directed = isObject(root) ? field(root, 'directed') : undefined;
    for (const node of elements.nodes) addNode(builder, node);
    for (const edge of elements.edges) addEdge(builder, edge, directed);
  }
  const result = builder.finish();
  locateIssues(result.report.issues, source);
  return result;
}
