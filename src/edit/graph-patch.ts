/**
 * A patch applied to the open graph in place, so that the map can follow an
 * edit element by element instead of being rebuilt. What it returns names
 * every actor and relation the patch touched; the map brings each of those in
 * line with the graph (added, removed, or its data and place updated).
 */
import { actorKey, addActor, addRelation, relationKey, type DiplomacyGraph } from '../model/graph';
import type { Dataset, Relation } from '../model/types';
import { isDirected } from '../model/vocabulary';
import type { Patch } from './patch';

export interface Touched {
  /** Actor ids added, removed or changed, and the ends of every touched relation (their size follows their relations). */
  actors: Set<string>;
  relations: Set<string>;
  /** Whether the title, the sources or the stories changed. */
  attributes: boolean;
}

function sameEdge(a: Relation, b: Relation): boolean {
  return a.source === b.source && a.target === b.target && isDirected(a) === isDirected(b);
}

/**
 * Applies `patch` to `graph`; `dataset` is the dataset after the patch (for
 * the graph's attributes).
 */
export function patchGraph(graph: DiplomacyGraph, patch: Patch, dataset: Dataset): Touched {
  const touched: Touched = { actors: new Set(), relations: new Set(), attributes: false };
  const touchRelation = (relation: Relation) => {
    touched.relations.add(relation.id);
    touched.actors.add(relation.source);
    touched.actors.add(relation.target);
  };
  for (const op of patch) {
    if (op.op === 'field' || op.list === 'sources') {
      touched.attributes = true;
      continue;
    }
    if (op.list === 'actors') {
      if (op.op === 'insert') addActor(graph, op.item);
      else if (op.op === 'remove') graph.dropNode(actorKey(op.item.id));
      else graph.replaceNodeAttributes(actorKey(op.after.id), op.after);
      touched.actors.add(op.op === 'replace' ? op.after.id : op.item.id);
      continue;
    }
    if (op.op === 'insert') {
      addRelation(graph, op.item);
      touchRelation(op.item);
    } else if (op.op === 'remove') {
      if (graph.hasEdge(relationKey(op.item.id))) graph.dropEdge(relationKey(op.item.id));
      touchRelation(op.item);
    } else {
      if (sameEdge(op.before, op.after))
        graph.replaceEdgeAttributes(relationKey(op.after.id), op.after);
      else {
        graph.dropEdge(relationKey(op.before.id));
        addRelation(graph, op.after);
      }
      touchRelation(op.before);
      touchRelation(op.after);
    }
  }
  if (touched.attributes) {
    graph.setAttribute('title', dataset.title);
    graph.setAttribute('sources', dataset.sources);
    if (dataset.description === undefined) graph.removeAttribute('description');
    else graph.setAttribute('description', dataset.description);
    if (dataset.stories === undefined) graph.removeAttribute('stories');
    else graph.setAttribute('stories', dataset.stories);
  }
  return touched;
}
