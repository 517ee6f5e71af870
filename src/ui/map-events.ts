/**
 * What the reader does on the map, turned into the app's words: a tap
 * selects (Shift- or Alt-tap picks a path's end), a tap on the background
 * clears, the pointer over an element shows what it is. On a map drawn with
 * the bulk stylesheet the relations are out of Cytoscape's hit test, and
 * found here (relation-hit.ts) on a tap or a move over empty map.
 */
import type { Core, EventObject, Position } from 'cytoscape';
import { getActor, getRelation, type DiplomacyGraph } from '../model/graph';
import { ACTOR_KINDS, RELATION_KINDS } from '../model/vocabulary';
import { modelId } from '../render/ids';
import type { RelationFinder } from '../render/relation-hit';
import { statusSentence } from '../state/format';

export interface MapEventActions {
  select(selection: { type: 'actor' | 'relation'; id: string }): void;
  pathClick(actor: string): void;
  clear(): void;
  /** The pointer is over this element (its map id) at this rendered point, or over none. */
  hover(over: { key: string; isNode: boolean; x: number; y: number } | null): void;
}

export function bindMapEvents(
  cy: Core,
  actions: MapEventActions,
  /**
   * While the map's relations take no pointer events (the bulk stylesheet),
   * how to find the one under a point (relation-hit.ts, loaded with that stylesheet).
   */
  relationFinder: () => RelationFinder | undefined = () => undefined,
): void {
  cy.on('tap', 'node', (event: EventObject) => {
    const id = modelId(event.target.id());
    const modified =
      event.originalEvent instanceof MouseEvent &&
      (event.originalEvent.shiftKey || event.originalEvent.altKey);
    if (modified) actions.pathClick(id);
    else actions.select({ type: 'actor', id });
  });
  const selectRelation = (key: string) => actions.select({ type: 'relation', id: modelId(key) });
  cy.on('tap', 'edge', (event: EventObject) => selectRelation(event.target.id()));
  cy.on('tap', (event: EventObject) => {
    if (event.target !== cy) return;
    const touch = typeof TouchEvent !== 'undefined' && event.originalEvent instanceof TouchEvent;
    const relation = relationFinder()?.(cy, event.renderedPosition, touch ? 'touch' : 'mouse');
    if (relation) selectRelation(relation.id());
    else actions.clear();
  });

  /** The relation found under the pointer here and shown (its map id), if any. */
  let found: string | null = null;
  let pointer: Position | null = null;
  let frame = 0;
  const lookUnderPointer = () => {
    frame = 0;
    const relationAt = relationFinder();
    if (!pointer || !relationAt) return;
    const relation = relationAt(cy, pointer);
    if (relation?.id() === found) return;
    found = relation?.id() ?? null;
    actions.hover(relation ? { key: relation.id(), isNode: false, ...pointer } : null);
  };
  const forget = () => {
    pointer = null;
    if (found === null) return;
    found = null;
    actions.hover(null);
  };
  // Cytoscape tells of every move; the relation under the pointer is looked for once a frame,
  // and not while a button is down: a pan or an actor dragged (Cytoscape then reports moves
  // over the background) keeps what the tooltip showed.
  cy.on('mousemove', (event: EventObject) => {
    if (event.target !== cy || !relationFinder()) return;
    const buttons = event.originalEvent instanceof MouseEvent ? event.originalEvent.buttons : 0;
    if (buttons !== 0) {
      pointer = null;
      return;
    }
    pointer = { ...event.renderedPosition };
    if (frame === 0) frame = requestAnimationFrame(lookUnderPointer);
  });
  cy.container()?.addEventListener('mouseleave', forget);
  // The page hides the tooltip when the map moves: the relation is looked for afresh.
  cy.on('viewport', () => (found = null));

  cy.on('mouseover', 'node, edge', (event: EventObject) => {
    pointer = null;
    found = null;
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
