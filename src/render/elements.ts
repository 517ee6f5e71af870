/**
 * Model → Cytoscape elements. Each element's data carries what the
 * stylesheet maps (colour, shape, width, line style, arrow), derived from the
 * vocabulary here, so the stylesheet needs no per-kind rules and no function
 * styles.
 */
import type { ElementDefinition, Position } from 'cytoscape';
import type { DiplomacyGraph } from '../model/graph';
import { actorKey } from './ids';
import {
  ACTOR_KINDS,
  RELATION_KINDS,
  RELATION_STATUSES,
  OTHER_DIRECTED_ARROW,
  isDirected,
  type ActorKindId,
  type ArrowShape,
  type RelationKindId,
} from '../model/vocabulary';

export interface NodeData {
  /** The map id (see ids.ts), not the model's. */
  id: string;
  label: string;
  kind: ActorKindId;
  color: string;
  shape: string;
  /** Diameter in pixels: actors with more relations are drawn larger. */
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: RelationKindId;
  /** The kind's label, shown on the edge when it is highlighted. */
  label: string;
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed';
  arrow: ArrowShape;
}

/** The data of the node for the actor at this graph key (which is its map id too). */
export function nodeData(graph: DiplomacyGraph, key: string): NodeData {
  const actor = graph.getNodeAttributes(key);
  const kind = ACTOR_KINDS[actor.kind];
  const size = Math.round(30 + 5 * Math.sqrt(graph.degree(key)));
  return {
    id: key,
    label: actor.name,
    kind: actor.kind,
    color: kind.color,
    shape: kind.shape,
    size,
  };
}

/** The data of the edge for the relation at this graph key (which is its map id too). */
export function edgeData(graph: DiplomacyGraph, key: string): EdgeData {
  const relation = graph.getEdgeAttributes(key);
  const kind = RELATION_KINDS[relation.kind];
  const dashed = relation.status !== undefined && RELATION_STATUSES[relation.status].dashed;
  return {
    id: key,
    source: actorKey(relation.source),
    target: actorKey(relation.target),
    kind: relation.kind,
    label: relation.kind === 'other' && relation.originalKind ? relation.originalKind : kind.label,
    color: kind.color,
    width: kind.width,
    lineStyle: dashed ? 'dashed' : 'solid',
    arrow:
      relation.kind === 'other'
        ? isDirected(relation)
          ? OTHER_DIRECTED_ARROW
          : 'none'
        : kind.directed
          ? kind.arrow
          : 'none',
  };
}

/** Every actor as a node and every relation as an edge. */
export function toElements(graph: DiplomacyGraph): ElementDefinition[] {
  return [...nodeElements(graph), ...edgeElements(graph)];
}

/** Every actor as a node, at `positions` (by map id) where given. */
export function nodeElements(
  graph: DiplomacyGraph,
  positions?: ReadonlyMap<string, Position>,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key) => {
    const data = nodeData(graph, key);
    const position = positions?.get(data.id);
    elements.push({
      group: 'nodes',
      data: { ...data },
      ...(position ? { position: { ...position } } : {}),
    });
  });
  return elements;
}

export function edgeElements(graph: DiplomacyGraph): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachEdge((key) => elements.push({ group: 'edges', data: { ...edgeData(graph, key) } }));
  return elements;
}
