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
import { RELATION_KINDS } from './vocabulary';

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
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);
  for (const actor of dataset.actors) graph.addNode(actor.id, actor);
  for (const relation of dataset.relations) addRelation(graph, relation);
  return graph;
}

/** Adds a relation as a directed or undirected edge, as its kind says. */
export function addRelation(graph: DiplomacyGraph, relation: Relation): void {
  if (RELATION_KINDS[relation.kind].directed) {
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
