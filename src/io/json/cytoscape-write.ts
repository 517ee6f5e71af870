/**
 * Writing Cytoscape JSON in the .cyjs shape of Cytoscape desktop: id, name,
 * kind and colour on nodes, with their position; id, source, target,
 * interaction (the kind), date, weight, the first quote and, for a relation
 * of its own kind, whether it is directed, on edges; the attributes as flat
 * data fields; and what only diplomap reads in a `diplomap` object (in each
 * element's data and in the network's data: title, description, sources,
 * stories), so that readCytoscapeJson reads back the same dataset.
 */
import type { Actor, AttributeValue, Dataset, Relation } from '../../model/types';
import { isDirected } from '../../model/vocabulary';
import { DROPPED, EDGE_FIELDS, NODE_FIELDS } from './cytoscape-read';
import type { Json } from './shape';

const RESERVED_NODE = new Set([...NODE_FIELDS, ...DROPPED]);
const RESERVED_EDGE = new Set([...EDGE_FIELDS, ...DROPPED]);

const record = () => Object.create(null) as Json;

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
    if (reserved.has(key)) (nested ??= record())[key] = attributes[key];
    else data[key] = attributes[key];
  }
  if (nested) diplomap.attributes = nested;
}

/** Copies the fields an element has (absent ones stay absent). */
function copy<T extends object>(from: T, to: Json, keys: ReadonlyArray<keyof T & string>): void {
  for (const key of keys) if (from[key] !== undefined) to[key] = from[key];
}

function nodeData(actor: Actor): Json {
  const data = record();
  data.id = actor.id;
  data.name = actor.name;
  data.kind = actor.kind;
  if (actor.color !== undefined) data.color = actor.color;
  const diplomap = record();
  splitAttributes(actor.attributes, RESERVED_NODE, data, diplomap);
  copy(actor, diplomap, ['originalKind', 'role', 'affiliation', 'description']);
  if (actor.placeholder) diplomap.placeholder = true;
  if (actor.aliases?.length) diplomap.aliases = actor.aliases;
  if (actor.evidence?.length) diplomap.evidence = actor.evidence;
  if (Object.keys(diplomap).length) data.diplomap = diplomap;
  return data;
}

function edgeData(relation: Relation): Json {
  const data = record();
  data.id = relation.id;
  data.source = relation.source;
  data.target = relation.target;
  data.interaction = relation.kind;
  copy(relation, data, ['date', 'weight']);
  if (relation.kind === 'other' && isDirected(relation)) data.directed = true;
  const diplomap = record();
  splitAttributes(relation.attributes, RESERVED_EDGE, data, diplomap);
  copy(relation, diplomap, ['originalKind', 'status', 'note']);
  if (relation.claimedBy?.length) diplomap.claimedBy = relation.claimedBy;
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
      nodes: dataset.actors.map((actor) => {
        const node: Json = { data: nodeData(actor) };
        if (actor.position) node.position = { x: actor.position.x, y: actor.position.y };
        return node;
      }),
      edges: dataset.relations.map((relation) => ({ data: edgeData(relation) })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
