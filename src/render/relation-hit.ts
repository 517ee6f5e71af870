/**
 * The relation under the pointer on a map drawn with the bulk stylesheet.
 *
 * Cytoscape finds what the pointer is over on every mouse event, moves
 * included, by visiting every element it can hit; for each relation it also
 * asks the bounds of its label and of both end labels, labels or none. At
 * 5,000 actors and 15,000 relations that made each move of the pointer over
 * the map cost 0.1–0.2 s of the page's time. The bulk stylesheet therefore
 * takes the relations out of Cytoscape's hit test (`events: no`, its
 * documented property) and the map finds them here, on a tap or when the
 * pointer moves over empty map: bulk relations are straight lines between
 * the centres of their actors (haystack edges, radius 0), so the nearest one
 * is a distance to a segment, a few milliseconds for 15,000.
 */
import type { Core, EdgeSingular, Position } from 'cytoscape';

/**
 * How far from a relation's line, in screen pixels, a pointer still takes
 * it: Cytoscape's own reach for a mouse (8 px beyond half the line's width).
 */
export const RELATION_REACH = 8;

/** The squared distance from p to the segment a–b. */
export function squaredDistanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  const x = a.x + t * dx - p.x;
  const y = a.y + t * dy - p.y;
  return x * x + y * y;
}

export type RelationFinder = (cy: Core, rendered: Position) => EdgeSingular | undefined;

/**
 * The shown relation nearest to a point on the map (rendered pixels, as
 * Cytoscape's events give it), within RELATION_REACH of its line; none when
 * no relation passes that close. A relation from an actor to itself (drawn
 * as a loop beside it) is left to the actor.
 */
export function relationAt(cy: Core, rendered: Position): EdgeSingular | undefined {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const point = { x: (rendered.x - pan.x) / zoom, y: (rendered.y - pan.y) / zoom };
  const reach = RELATION_REACH / zoom;
  let nearest: EdgeSingular | undefined;
  let best = Infinity;
  cy.edges().forEach((edge) => {
    if (edge.isLoop()) return;
    const from = edge.source().position();
    const to = edge.target().position();
    // A quick look at the box around the line first: most relations are far.
    const within = reach + (edge.numericStyle('width') as number) / 2;
    if (
      point.x < Math.min(from.x, to.x) - within ||
      point.x > Math.max(from.x, to.x) + within ||
      point.y < Math.min(from.y, to.y) - within ||
      point.y > Math.max(from.y, to.y) + within
    )
      return;
    const distance = squaredDistanceToSegment(point, from, to);
    if (distance <= within * within && distance < best && edge.visible()) {
      best = distance;
      nearest = edge;
    }
  });
  return nearest;
}
