/**
 * The diplomacy graph: a graphology multigraph in which directed relations (a
 * call goes from caller to callee) and undirected ones (an alliance joins two)
 * live side by side, and several relations between one pair stay apart. Nodes
 * carry their {@link Actor}, edges their {@link Relation}, keyed by id behind
 * a prefix (see actorKey); read them through the functions below.
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

/**
 * Graph keys. graphology keeps each node's neighbours in plain objects keyed
 * by neighbour key, and its standard library returns plain objects keyed by
 * node key: a key such as "__proto__", "constructor" or "toString" would
 * break both. Every key is therefore an actor's or a relation's id behind a
 * prefix, which no Object.prototype property name starts with; the model's
 * own id is the key less its prefix, and is carried in the attributes too.
 * The map keys its Cytoscape elements the same way (see render/ids.ts).
 */
export const actorKey = (id: string): string => `a:${id}`;
export const relationKey = (id: string): string => `r:${id}`;

/** The model id behind a graph key (an actor's or a relation's). */
export const idOfKey = (key: string): string => key.slice(2);

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
  for (const actor of dataset.actors) addActor(graph, actor);
  for (const relation of dataset.relations) addRelation(graph, relation);
  return graph;
}

export function addActor(graph: DiplomacyGraph, actor: Actor): void {
  graph.addNode(actorKey(actor.id), actor);
}

/** Adds a relation as a directed or undirected edge, as its kind says. */
export function addRelation(graph: DiplomacyGraph, relation: Relation): void {
  const key = relationKey(relation.id);
  const source = actorKey(relation.source);
  const target = actorKey(relation.target);
  if (isDirected(relation)) graph.addDirectedEdgeWithKey(key, source, target, relation);
  else graph.addUndirectedEdgeWithKey(key, source, target, relation);
}

export function hasActor(graph: DiplomacyGraph, id: string): boolean {
  return graph.hasNode(actorKey(id));
}

/** The actor with this id; throws when there is none (ask hasActor first). */
export function getActor(graph: DiplomacyGraph, id: string): Actor {
  return graph.getNodeAttributes(actorKey(id));
}

export function hasRelation(graph: DiplomacyGraph, id: string): boolean {
  return graph.hasEdge(relationKey(id));
}

/** The relation with this id; throws when there is none (ask hasRelation first). */
export function getRelation(graph: DiplomacyGraph, id: string): Relation {
  return graph.getEdgeAttributes(relationKey(id));
}

/** The actor's name, or the id itself for an actor the graph lacks. */
export function nameOf(graph: DiplomacyGraph, id: string): string {
  const key = actorKey(id);
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : id;
}

/** How many relations an actor has, either way. */
export function degreeOf(graph: DiplomacyGraph, id: string): number {
  return graph.degree(actorKey(id));
}

/** Calls `visit` with each relation of an actor (none for an actor the graph lacks). */
export function forEachRelationOf(
  graph: DiplomacyGraph,
  id: string,
  visit: (relation: Relation) => void,
): void {
  const key = actorKey(id);
  if (graph.hasNode(key)) graph.forEachEdge(key, (_, relation) => visit(relation));
}

/** Every actor's id, in graph order. */
export function actorIds(graph: DiplomacyGraph): string[] {
  return graph.mapNodes((_, actor) => actor.id);
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
