/**
 * What the reader does on the map, turned into the app's words: a tap
 * selects (Shift- or Alt-tap picks a path's end), a tap on the background
 * clears, the pointer over an element shows what it is.
 */
import type { Core, EventObject } from 'cytoscape';
import { getActor, getRelation, type DiplomacyGraph } from '../model/graph';
import { ACTOR_KINDS, RELATION_KINDS } from '../model/vocabulary';
import { modelId } from '../render/ids';
import { statusSentence } from '../state/format';

export interface MapEventActions {
  select(selection: { type: 'actor' | 'relation'; id: string }): void;
  pathClick(actor: string): void;
  clear(): void;
  /** The pointer is over this element (its map id) at this rendered point, or over none. */
  hover(over: { key: string; isNode: boolean; x: number; y: number } | null): void;
}

export function bindMapEvents(cy: Core, actions: MapEventActions): void {
  cy.on('tap', 'node', (event: EventObject) => {
    const id = modelId(event.target.id());
    const modified =
      event.originalEvent instanceof MouseEvent &&
      (event.originalEvent.shiftKey || event.originalEvent.altKey);
    if (modified) actions.pathClick(id);
    else actions.select({ type: 'actor', id });
  });
  cy.on('tap', 'edge', (event: EventObject) =>
    actions.select({ type: 'relation', id: modelId(event.target.id()) }),
  );
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) actions.clear();
  });
  cy.on('mouseover', 'node, edge', (event: EventObject) => {
    const { x, y } = event.renderedPosition ?? { x: 0, y: 0 };
    actions.hover({ key: event.target.id(), isNode: event.target.isNode(), x, y });
  });
  cy.on('mouseout', 'node, edge', () => actions.hover(null));
}

/**
 * What the tooltip says of an element (its map id): an actor and its kind,
 * or a relation as the report vouches for it, "Russia alleges that Turkey
 * backs Islamic State (support)".
 */
export function tooltipText(graph: DiplomacyGraph, key: string, isNode: boolean): string {
  const id = modelId(key);
  if (isNode) {
    const actor = getActor(graph, id);
    return `${actor.name} (${ACTOR_KINDS[actor.kind].label})`;
  }
  const relation = getRelation(graph, id);
  return `${statusSentence(graph, relation)} (${RELATION_KINDS[relation.kind].label})`;
}
