/**
 * The map after an edit: only the actors and relations the edit touched are
 * brought in line with the graph (added, removed, their data or their place
 * updated) in one batch; the rest of the map is left as it is. This is how
 * the map follows an edit, an undo or a redo without being rebuilt.
 */
import type { CollectionReturnValue, Core, Position } from 'cytoscape';
import type { DiplomacyGraph } from '../model/graph';
import { actorKey, relationKey } from './ids';
import { edgeData, nodeData } from './elements';

export interface Touched {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/**
 * Applies the touched elements; `place` gives a place to an added actor that
 * has none of its own. Returns the elements added (the caller hides those the
 * filters leave out) and how many actors were moved to a saved place.
 */
export function syncElements(
  cy: Core,
  graph: DiplomacyGraph,
  touched: Touched,
  place: (id: string) => Position,
): { added: CollectionReturnValue; moved: number } {
  let added = cy.collection();
  let moved = 0;
  cy.batch(() => {
    // Relations gone first, then actors gone (which takes their edges too).
    for (const id of touched.relations) {
      const key = relationKey(id);
      if (!graph.hasEdge(key)) cy.getElementById(key).remove();
    }
    for (const id of touched.actors) {
      const key = actorKey(id);
      if (!graph.hasNode(key)) cy.getElementById(key).remove();
    }
    for (const id of touched.actors) {
      const key = actorKey(id);
      if (!graph.hasNode(key)) continue;
      const data = nodeData(graph, key);
      const saved = graph.getNodeAttribute(key, 'position');
      const node = cy.getElementById(key);
      if (node.empty()) {
        const position = saved ?? place(id);
        added = added.union(
          cy.add({ group: 'nodes', data: { ...data }, position: { ...position } }),
        );
        continue;
      }
      node.data(data);
      const now = node.position();
      if (saved && (saved.x !== now.x || saved.y !== now.y)) {
        node.position({ ...saved });
        moved++;
      }
    }
    for (const id of touched.relations) {
      const key = relationKey(id);
      if (!graph.hasEdge(key)) continue;
      const data = edgeData(graph, key);
      let edge = cy.getElementById(key);
      // An edge cannot change its ends in place: it is drawn anew.
      if (
        edge.nonempty() &&
        (edge.data('source') !== data.source || edge.data('target') !== data.target)
      ) {
        edge.remove();
        edge = cy.collection();
      }
      if (edge.empty()) added = added.union(cy.add({ group: 'edges', data: { ...data } }));
      else edge.data(data);
    }
  });
  return { added, moved };
}

/** The room a new actor needs, in model units: its shape and a name under it. */
const ROOM = { left: 90, right: 90, top: 35, bottom: 60 };
/** Space kept between the new actor's room and what is already drawn. */
const MARGIN = 12;

/**
 * A place near the middle of the view where a new actor and its name stand
 * clear of every actor and name already drawn: the middle, else the first
 * such place on a spiral around it.
 */
export function freeSpot(cy: Core): Position {
  const pan = cy.pan();
  const zoom = cy.zoom();
  const middle = { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  const taken = cy.nodes().map((node) => node.boundingBox({ includeLabels: true }));
  const clear = (spot: Position) =>
    taken.every(
      (box) =>
        box.x2 + MARGIN <= spot.x - ROOM.left ||
        box.x1 - MARGIN >= spot.x + ROOM.right ||
        box.y2 + MARGIN <= spot.y - ROOM.top ||
        box.y1 - MARGIN >= spot.y + ROOM.bottom,
    );
  for (let i = 0; i < 400; i++) {
    const angle = i * 2.4;
    const radius = i === 0 ? 0 : 45 * Math.sqrt(i);
    const spot = { x: middle.x + radius * Math.cos(angle), y: middle.y + radius * Math.sin(angle) };
    if (clear(spot)) return { x: Math.round(spot.x), y: Math.round(spot.y) };
  }
  return { x: Math.round(middle.x), y: Math.round(middle.y) };
}
