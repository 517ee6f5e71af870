/**
 * The diplomacy graph: a graphology multigraph in which directed relations (a
 * call goes from caller to callee) and undirected ones (an alliance joins two)
 * live side by side, and several relations between one pair stay apart. Nodes
 * carry their {@link Actor}, edges their {@link Relation}, keyed by id.
 *
 * The graph holds the model only: selection, fading and highlighting are view
 * state and are never written onto it.
 */
import { MultiGraph } from 'graphology';
import type { Actor, Dataset, Relation, Source, Story } from './types';
import { isDirected } from './vocabulary';

export interface GraphAttributes {
  title: string;
  description?: string;
  sources: Source[];
  stories?: Story[];
}

export type DiplomacyGraph = MultiGraph<Actor, Relation, GraphAttributes>;

/** Builds the graph of a validated dataset. */
export function buildGraph(dataset: Dataset): DiplomacyGraph {
  const attributes: GraphAttributes = { title: dataset.title, sources: dataset.sources };
  if (dataset.description !== undefined) attributes.description = dataset.description;
  if (dataset.stories !== undefined) attributes.stories = dataset.stories;
  const graph: DiplomacyGraph = new MultiGraph<Actor, Relation, GraphAttributes>({
    type: 'mixed',
    // Real graphs have them: a domestic event, a protein that binds itself.
    allowSelfLoops: true,
  });
  graph.replaceAttributes(attributes);
  ownKeysOnly(graph);
  for (const actor of dataset.actors) addActor(graph, actor);
  for (const relation of dataset.relations) addRelation(graph, relation);
  return graph;
}

interface Internals {
  _nodes: Map<string, NodeIndices>;
  _edges: Map<string, { undirected: boolean }>;
}

/**
 * graphology's edge-existence checks call hasOwnProperty on the neighbour
 * indices, which have no prototype here (see addActor): they are redefined on
 * this graph to ask Object.prototype.hasOwnProperty instead, with the same
 * meaning.
 */
function ownKeysOnly(graph: DiplomacyGraph): void {
  const { _nodes: nodes, _edges: edges } = graph as unknown as Internals;
  const has = (index: object | undefined, key: unknown) =>
    index !== undefined && Object.prototype.hasOwnProperty.call(index, String(key));
  const between = (source: unknown, pick: (data: NodeIndices) => boolean) => {
    const data = nodes.get(String(source));
    return data !== undefined && pick(data);
  };
  Object.assign(graph, {
    hasEdge(this: unknown, source: unknown, target?: unknown): boolean {
      if (arguments.length === 1) return edges.has(String(source));
      return between(source, (d) => has(d.out, target) || has(d.undirected, target));
    },
    hasDirectedEdge(this: unknown, source: unknown, target?: unknown): boolean {
      if (arguments.length === 1) {
        const edge = edges.get(String(source));
        return edge !== undefined && !edge.undirected;
      }
      return between(source, (d) => has(d.out, target));
    },
    hasUndirectedEdge(this: unknown, source: unknown, target?: unknown): boolean {
      if (arguments.length === 1) {
        const edge = edges.get(String(source));
        return edge !== undefined && edge.undirected;
      }
      return between(source, (d) => has(d.undirected, target));
    },
  });
}

interface NodeIndices {
  in?: object;
  out?: object;
  undirected?: object;
}

/**
 * Adds an actor. graphology keeps each node's neighbours in plain objects
 * keyed by neighbour id, where "__proto__" would set the prototype and
 * "toString" or "constructor" would seem present before any edge exists; the
 * node's indices are replaced by objects without a prototype, so such ids are
 * ordinary keys. (A test in tests/unit/graph.test.ts guards this.)
 */
export function addActor(graph: DiplomacyGraph, actor: Actor): void {
  graph.addNode(actor.id, actor);
  const data = (graph as unknown as { _nodes?: Map<string, NodeIndices> })._nodes?.get(actor.id);
  if (!data) return;
  for (const index of ['in', 'out', 'undirected'] as const) {
    if (data[index] !== undefined) data[index] = Object.create(null) as object;
  }
}

/** Adds a relation as a directed or undirected edge, as its kind says. */
export function addRelation(graph: DiplomacyGraph, relation: Relation): void {
  if (isDirected(relation)) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  } else {
    graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  }
}

/** The dataset a graph was built from (actors and relations in graph order). */
export function graphToDataset(graph: DiplomacyGraph): Dataset {
  const { title, description, sources, stories } = graph.getAttributes();
  const dataset: Dataset = {
    title,
    sources,
    actors: graph.mapNodes((_, actor) => actor),
    relations: graph.mapEdges((_, relation) => relation),
  };
  if (description !== undefined) dataset.description = description;
  if (stories !== undefined) dataset.stories = stories;
  return dataset;
}
