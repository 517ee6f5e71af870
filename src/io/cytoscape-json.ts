/**
 * Cytoscape JSON: the element lists of Cytoscape.js and the .cyjs files of
 * Cytoscape desktop.
 *
 * Read: a plain element array `[{ group?, data }, ...]` (the group told from
 * data.source / data.target when absent), `{ elements: [...] }`, or
 * `{ elements: { nodes, edges } }` as Cytoscape desktop writes it. Node
 * name or label → name, kind or type → kind; edge interaction, kind or type →
 * relation kind, date, weight, quote. Every other data field is kept as an
 * attribute (SUID, shared_name, shared_interaction and an edge's name
 * included: they tie the graph back to its Cytoscape session), except
 * `selected`, which is the state of a view and not data. Lists and objects
 * are kept as their JSON text, nulls are dropped; what is outside `data`
 * (position, classes, element-level `selected`) is ignored. Problems are
 * placed by JSON path and by line and column.
 *
 * Written: the .cyjs shape, with id, name and kind on nodes and id, source,
 * target and interaction (the kind), date, weight and the first quote on
 * edges, the attributes as flat data fields, and what only diplomap reads in
 * a `diplomap` object (in each element's data and in the network's data:
 * title, description, sources, stories) so that a round trip is exact.
 */
import { childPath, lineColumn, parseJsonText, scanJson } from '../model/json-text';
import type { Actor, AttributeValue, Dataset, Relation, Source, Story } from '../model/types';
import { isRelationStatus } from '../model/vocabulary';
import { dateOf, type ActorInput, type Place, type RelationInput } from './builder';
import {
  ExtendedBuilder,
  evidenceOf,
  type ActorExtras,
  type DatasetMeta,
  type RelationExtras,
} from './csv';
import type { ImportIssue, ImportResult, ReadOptions } from './types';

type Json = Record<string, unknown>;

/** Whether a value is a list of objects that each have these string fields. */
function listOfRecords(value: unknown, keys: readonly string[]): boolean {
  return (
    Array.isArray(value) &&
    value.every((item) => isObject(item) && keys.every((key) => typeof item[key] === 'string'))
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Own field of a parsed object (never one inherited from Object.prototype). */
function field(object: Json, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** A string, or a number as text; undefined otherwise. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function attributeValue(value: unknown): AttributeValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return JSON.stringify(value);
}

/** Data fields that are views, not data: dropped. */
const DROPPED = new Set(['selected']);

/** Node data fields read as diplomap fields (the rest are attributes). */
const NODE_FIELDS = ['id', 'name', 'label', 'kind', 'type', 'diplomap'];
const EDGE_FIELDS = [
  'id',
  'source',
  'target',
  'interaction',
  'kind',
  'type',
  'date',
  'weight',
  'quote',
  'diplomap',
];

interface Element {
  data: Json;
  /** JSON path of the element. */
  path: string;
}

/** The path one step up: `a.b[2]` → `a.b`, `a` → "". */
function parentPath(path: string): string {
  const parent = path.replace(/(\.[A-Za-z_$][\w$]*|\[[^[\]]*\])$/, '');
  return parent === path ? '' : parent;
}

/** Fills line and column of issues placed by JSON path only. */
function locate(issues: ImportIssue[], source: string): void {
  let offsets: Map<string, number> | undefined;
  for (const issue of issues) {
    if (issue.path === undefined || issue.line !== undefined) continue;
    offsets ??= scanJson(source).offsets;
    let path = issue.path;
    while (path !== '' && !offsets.has(path)) path = parentPath(path);
    const offset = offsets.get(path);
    if (offset === undefined) continue;
    Object.assign(issue, lineColumn(source, offset));
  }
}

/** Checks a diplomap field's type; reports and drops it when wrong. */
function typed<T>(
  builder: ExtendedBuilder,
  diplomap: Json,
  key: string,
  path: string,
  check: (value: unknown) => T | undefined,
): T | undefined {
  if (!hasOwn(diplomap, key) || diplomap[key] === undefined) return undefined;
  const value = check(diplomap[key]);
  if (value === undefined) {
    builder.report(
      {
        category: 'bad-value',
        severity: 'warning',
        message: `the diplomap field "${key}" has the wrong type; it is ignored`,
      },
      { path: childPath(childPath(path, 'diplomap'), key) },
    );
  }
  return value;
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? (value as string[])
    : undefined;
const asTrue = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
const asAttributes = (value: unknown) => {
  if (!isObject(value)) return undefined;
  const attributes = Object.create(null) as Record<string, AttributeValue>;
  for (const key of Object.keys(value)) {
    const kept = attributeValue(value[key]);
    if (kept !== undefined) attributes[key] = kept;
  }
  return attributes;
};

function attributesOf(
  data: Json,
  used: readonly string[],
  extra: Record<string, AttributeValue> | undefined,
): Record<string, AttributeValue> | undefined {
  const attributes = Object.create(null) as Record<string, AttributeValue>;
  let any = false;
  for (const key of Object.keys(data)) {
    if (used.includes(key) || DROPPED.has(key)) continue;
    const value = attributeValue(data[key]);
    if (value === undefined) continue;
    attributes[key] = value;
    any = true;
  }
  if (extra) {
    for (const key of Object.keys(extra)) {
      attributes[key] = extra[key] as AttributeValue;
      any = true;
    }
  }
  return any ? attributes : undefined;
}

/** The first of some keys that holds text: [key, value]. */
function firstText(data: Json, keys: readonly string[]): [string, string] | undefined {
  for (const key of keys) {
    const value = text(field(data, key));
    if (value !== undefined) return [key, value];
  }
  return undefined;
}

function addNode(builder: ExtendedBuilder, { data, path }: Element): void {
  const dataPath = childPath(path, 'data');
  const used = ['id', 'diplomap'];
  const id = text(field(data, 'id')) ?? '';
  const input: ActorInput = { id };
  const name = firstText(data, ['name', 'label']);
  if (name) {
    input.name = name[1];
    used.push(name[0]);
  }
  const kind = firstText(data, ['kind', 'type']);
  if (kind) {
    input.kind = kind[1];
    used.push(kind[0]);
  }
  const diplomap = field(data, 'diplomap');
  const extras: ActorExtras = {};
  let extraAttributes: Record<string, AttributeValue> | undefined;
  if (isObject(diplomap)) {
    const get = <T>(key: string, check: (value: unknown) => T | undefined) =>
      typed(builder, diplomap, key, dataPath, check);
    const aliases = get('aliases', asStrings);
    if (aliases) input.aliases = aliases;
    const role = get('role', asString);
    if (role !== undefined) input.role = role;
    const description = get('description', asString);
    if (description !== undefined) input.description = description;
    const originalKind = get('originalKind', asString);
    if (originalKind !== undefined) extras.originalKind = originalKind;
    const affiliation = get('affiliation', asString);
    if (affiliation !== undefined) extras.affiliation = affiliation;
    if (get('placeholder', asTrue)) extras.placeholder = true;
    const evidence = get('evidence', evidenceOf);
    if (evidence) extras.evidence = evidence;
    extraAttributes = get('attributes', asAttributes);
  } else if (diplomap !== undefined) used.splice(used.indexOf('diplomap'), 1);
  const attributes = attributesOf(data, used, extraAttributes);
  if (attributes) input.attributes = attributes;
  const before = builder.issues.length;
  builder.addActor(input, { path: childPath(dataPath, 'id') }, extras);
  for (const issue of builder.issues.slice(before)) {
    if (issue.category === 'unknown-kind' && kind) issue.path = childPath(dataPath, kind[0]);
  }
}

function addEdge(builder: ExtendedBuilder, { data, path }: Element): void {
  const dataPath = childPath(path, 'data');
  const used = ['id', 'source', 'target', 'date', 'weight', 'quote', 'diplomap'];
  const source = text(field(data, 'source')) ?? '';
  const target = text(field(data, 'target')) ?? '';
  const input: RelationInput = { source, target };
  const id = text(field(data, 'id'));
  if (id !== undefined) input.id = id;
  const kind = firstText(data, ['interaction', 'kind', 'type']);
  if (kind) {
    input.kind = kind[1];
    used.push(kind[0]);
  }
  const date = text(field(data, 'date'));
  if (date !== undefined) input.date = date;
  const weight = field(data, 'weight');
  if (typeof weight === 'number' || typeof weight === 'string') input.weight = weight;
  const quote = text(field(data, 'quote'));
  if (quote !== undefined) input.quote = quote;
  const diplomap = field(data, 'diplomap');
  const extras: RelationExtras = {};
  let extraAttributes: Record<string, AttributeValue> | undefined;
  if (isObject(diplomap)) {
    const get = <T>(key: string, check: (value: unknown) => T | undefined) =>
      typed(builder, diplomap, key, dataPath, check);
    const originalKind = get('originalKind', asString);
    if (originalKind !== undefined) extras.originalKind = originalKind;
    const status = get('status', (value) =>
      typeof value === 'string' && isRelationStatus(value) ? value : undefined,
    );
    if (status) extras.status = status;
    const claimedBy = get('claimedBy', asStrings);
    if (claimedBy) extras.claimedBy = claimedBy;
    const note = get('note', asString);
    if (note !== undefined) extras.note = note;
    const evidence = get('evidence', evidenceOf);
    if (evidence) extras.evidence = evidence;
    extraAttributes = get('attributes', asAttributes);
  } else if (diplomap !== undefined) used.splice(used.indexOf('diplomap'), 1);
  const attributes = attributesOf(data, used, extraAttributes);
  if (attributes) input.attributes = attributes;

  // Where the builder's complaints belong: the end that names no node, or the edge's data.
  const missing = source.trim() === '' ? 'source' : target.trim() === '' ? 'target' : undefined;
  const unknown = !builder.hasActor(source)
    ? 'source'
    : !builder.hasActor(target)
      ? 'target'
      : undefined;
  const place: Place = { path: childPath(dataPath, missing ?? unknown ?? 'id') };
  if (!missing && !unknown && id === undefined) place.path = dataPath;
  const before = builder.issues.length;
  builder.addRelation(input, place, extras);
  // The builder reports a bad date before a bad weight.
  let dateBad = date !== undefined && date.trim() !== '' && dateOf(date) === undefined;
  let weightBad =
    input.weight !== undefined && input.weight !== '' && !Number.isFinite(Number(input.weight));
  for (const issue of builder.issues.slice(before)) {
    if (issue.category === 'unknown-kind' && kind) issue.path = childPath(dataPath, kind[0]);
    else if (issue.category === 'duplicate-id') issue.path = childPath(dataPath, 'id');
    else if (issue.category === 'bad-value' && dateBad) {
      issue.path = childPath(dataPath, 'date');
      dateBad = false;
    } else if (issue.category === 'bad-value' && weightBad) {
      issue.path = childPath(dataPath, 'weight');
      weightBad = false;
    }
  }
}

/** The elements of a document, each with its group and path; reports what is malformed. */
function elementsOf(
  builder: ExtendedBuilder,
  root: unknown,
): { nodes: Element[]; edges: Element[] } | undefined {
  const nodes: Element[] = [];
  const edges: Element[] = [];
  const fatal = (message: string, path: string) => {
    builder.report({ category: 'missing-field', severity: 'error', message }, { path });
    return undefined;
  };
  const take = (item: unknown, path: string, group?: 'nodes' | 'edges'): void => {
    if (!isObject(item)) {
      fatal('an element is not an object with a "data" object', path);
      return;
    }
    const data = field(item, 'data');
    if (!isObject(data)) {
      fatal('an element has no "data" object', childPath(path, 'data'));
      return;
    }
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
      } else kind = hasOwn(data, 'source') || hasOwn(data, 'target') ? 'edges' : 'nodes';
    }
    (kind === 'nodes' ? nodes : edges).push({ data, path });
  };
  const list = (value: unknown, path: string, group?: 'nodes' | 'edges'): boolean => {
    if (!Array.isArray(value)) {
      fatal(`"${path}" is not a list of elements`, path);
      return false;
    }
    value.forEach((item, index) => take(item, childPath(path, index), group));
    return true;
  };
  if (Array.isArray(root)) {
    list(root, '');
    return { nodes, edges };
  }
  if (!isObject(root) || !hasOwn(root, 'elements')) {
    return fatal(
      'no "elements": Cytoscape JSON is a list of elements, { "elements": [...] } or { "elements": { "nodes": [...], "edges": [...] } }',
      isObject(root) ? 'elements' : '',
    );
  }
  const elements = root.elements;
  if (Array.isArray(elements)) {
    list(elements, 'elements');
    return { nodes, edges };
  }
  if (!isObject(elements)) return fatal('"elements" is neither a list nor an object', 'elements');
  let ok = true;
  for (const group of ['nodes', 'edges'] as const) {
    if (hasOwn(elements, group))
      ok = list(elements[group], childPath('elements', group), group) && ok;
  }
  return ok ? { nodes, edges } : undefined;
}

/** The network's own data: its name, and what diplomap wrote there. */
function metaOf(builder: ExtendedBuilder, root: unknown): DatasetMeta & { name?: string } {
  const meta: DatasetMeta & { name?: string } = {};
  if (!isObject(root)) return meta;
  const data = field(root, 'data');
  if (!isObject(data)) return meta;
  const name = text(field(data, 'name'));
  if (name?.trim()) meta.name = name;
  const diplomap = field(data, 'diplomap');
  if (!isObject(diplomap)) return meta;
  const get = <T>(key: string, check: (value: unknown) => T | undefined) =>
    typed(builder, diplomap, key, 'data', check);
  const title = get('title', asString);
  if (title) meta.title = title;
  const description = get('description', asString);
  if (description) meta.description = description;
  const sources = get('sources', (value) =>
    listOfRecords(value, ['id', 'title', 'publisher', 'published'])
      ? (value as Source[])
      : undefined,
  );
  if (sources) meta.sources = sources;
  const stories = get('stories', (value) =>
    listOfRecords(value, ['id', 'title', 'from', 'to']) ? (value as Story[]) : undefined,
  );
  if (stories) meta.stories = stories;
  return meta;
}

/** Reads Cytoscape JSON (element list or .cyjs) into a dataset and its report. */
export function readCytoscapeJson(source: string, options: ReadOptions = {}): ImportResult {
  const parsed = parseJsonText(source);
  if (!parsed.ok) {
    const builder = new ExtendedBuilder('cytoscape', options.title ?? 'Cytoscape network');
    builder.report(
      { category: 'syntax', severity: 'error', message: parsed.error.message },
      { line: parsed.error.line, column: parsed.error.column },
    );
    return builder.finish();
  }
  const root = parsed.value;
  const probe = new ExtendedBuilder('cytoscape', '');
  const meta = metaOf(probe, root);
  const title = meta.title ?? meta.name ?? options.title ?? 'Cytoscape network';
  const builder = new ExtendedBuilder('cytoscape', title, options.importedOn);
  for (const issue of probe.issues) builder.issues.push(issue);
  const elements = elementsOf(builder, root);
  if (elements) {
    for (const node of elements.nodes) addNode(builder, node);
    for (const edge of elements.edges) addEdge(builder, edge);
  }
  const result = builder.finish(meta);
  locate(result.report.issues, source);
  return result;
}

// ---------------------------------------------------------------------------
// Writing

const RESERVED_NODE = new Set([...NODE_FIELDS, ...DROPPED]);
const RESERVED_EDGE = new Set([...EDGE_FIELDS, ...DROPPED]);

/** Flat attributes where their key is free, the others under diplomap.attributes. */
function splitAttributes(
  attributes: Record<string, AttributeValue> | undefined,
  reserved: Set<string>,
  data: Json,
  diplomap: Json,
): void {
  if (!attributes) return;
  let nested: Json | undefined;
  for (const key of Object.keys(attributes)) {
    if (reserved.has(key)) {
      nested ??= Object.create(null) as Json;
      nested[key] = attributes[key];
    } else data[key] = attributes[key];
  }
  if (nested) diplomap.attributes = nested;
}

function nodeData(actor: Actor): Json {
  const data = Object.create(null) as Json;
  data.id = actor.id;
  data.name = actor.name;
  data.kind = actor.kind;
  const diplomap = Object.create(null) as Json;
  splitAttributes(actor.attributes, RESERVED_NODE, data, diplomap);
  if (actor.originalKind !== undefined) diplomap.originalKind = actor.originalKind;
  if (actor.placeholder) diplomap.placeholder = true;
  if (actor.aliases?.length) diplomap.aliases = actor.aliases;
  if (actor.role !== undefined) diplomap.role = actor.role;
  if (actor.affiliation !== undefined) diplomap.affiliation = actor.affiliation;
  if (actor.description !== undefined) diplomap.description = actor.description;
  if (actor.evidence?.length) diplomap.evidence = actor.evidence;
  if (Object.keys(diplomap).length) data.diplomap = diplomap;
  return data;
}

function edgeData(relation: Relation): Json {
  const data = Object.create(null) as Json;
  data.id = relation.id;
  data.source = relation.source;
  data.target = relation.target;
  data.interaction = relation.kind;
  if (relation.date !== undefined) data.date = relation.date;
  if (relation.weight !== undefined) data.weight = relation.weight;
  const diplomap = Object.create(null) as Json;
  splitAttributes(relation.attributes, RESERVED_EDGE, data, diplomap);
  if (relation.originalKind !== undefined) diplomap.originalKind = relation.originalKind;
  if (relation.status !== undefined) diplomap.status = relation.status;
  if (relation.claimedBy?.length) diplomap.claimedBy = relation.claimedBy;
  if (relation.note !== undefined) diplomap.note = relation.note;
  // The first quote is flat for other tools; diplomap reads the full evidence.
  if (relation.evidence.length) {
    data.quote = relation.evidence[0]?.quote;
    diplomap.evidence = relation.evidence;
  }
  if (Object.keys(diplomap).length) data.diplomap = diplomap;
  return data;
}

/** Writes a dataset as a Cytoscape desktop .cyjs document. */
export function writeCytoscapeJson(dataset: Dataset): string {
  const meta: Json = { title: dataset.title };
  if (dataset.description !== undefined) meta.description = dataset.description;
  meta.sources = dataset.sources;
  if (dataset.stories?.length) meta.stories = dataset.stories;
  const document = {
    format_version: '1.0',
    generated_by: 'diplomap',
    target_cytoscapejs_version: '~2.1',
    data: { name: dataset.title, diplomap: meta },
    elements: {
      nodes: dataset.actors.map((actor) => ({ data: nodeData(actor) })),
      edges: dataset.relations.map((relation) => ({ data: edgeData(relation) })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
