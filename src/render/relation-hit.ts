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
 * pointer moves over empty map with no button pressed: bulk relations are
 * straight lines between the centres of their actors (haystack edges, radius
 * 0), so the nearest one is a distance to a segment: about 5 ms for 15,000
 * on this project's machines, at the zoom that shows them all.
 */
import type { Core, EdgeSingular, Position } from 'cytoscape';

/**
 * How far from a relation's line, in screen pixels, a pointer still takes
 * it: Cytoscape's own reach (beyond half the line's width), 8 px for a
 * mouse and 24 for a finger.
 */
export const RELATION_REACH = { mouse: 8, touch: 24 } as const;

/**
 * Wider than any relation the stylesheet draws (the widest kind is 6 units,
 * a selected one 9): a first look at each line's box allows this much before
 * its own width is asked, which costs more than the look.
 */
const WIDEST_LINE = 20;

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

/** What points: a mouse, or a finger, which Cytoscape allows more room. */
export type Pointer = keyof typeof RELATION_REACH;

export type RelationFinder = (
  cy: Core,
  rendered: Position,
  pointer?: Pointer,
) => EdgeSingular | undefined;

/**
 * Each map's relations but loops, in drawing order, kept until an element
 * is added or removed: making the collection anew took most of a search.
 */
const relationsOf = new WeakMap<Core, EdgeSingular[]>();

function relations(cy: Core): EdgeSingular[] {
  let list = relationsOf.get(cy);
  if (!list) {
    list = cy
      .edges()
      .filter((edge) => !edge.isLoop())
      .toArray() as EdgeSingular[];
    relationsOf.set(cy, list);
    cy.one('add remove', () => relationsOf.delete(cy));
  }
  return list;
}

/**
 * The shown relation nearest to a point on the map (rendered pixels, as
 * Cytoscape's events give it), within the pointer's reach of its line; none when
 * no relation passes that close. Of lines equally near (relations between
 * the same two actors lie on one line) the one drawn last, on top, as
 * Cytoscape would. A relation from an actor to itself is drawn as a loop,
 * not a line: the bulk stylesheet leaves loops to Cytoscape's hit test.
 */
export function relationAt(
  cy: Core,
  rendered: Position,
  pointer: Pointer = 'mouse',
): EdgeSingular | undefined {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const point = { x: (rendered.x - pan.x) / zoom, y: (rendered.y - pan.y) / zoom };
  const near = RELATION_REACH[pointer] / zoom;
  const margin = near + WIDEST_LINE / 2;
  let nearest: EdgeSingular | undefined;
  let best = Infinity;
  for (const edge of relations(cy)) {
    const from = edge.source().position();
    const to = edge.target().position();
    if (
      point.x < Math.min(from.x, to.x) - margin ||
      point.x > Math.max(from.x, to.x) + margin ||
      point.y < Math.min(from.y, to.y) - margin ||
      point.y > Math.max(from.y, to.y) + margin
    )
      continue;
    const within = near + (edge.numericStyle('width') as number) / 2;
    const distance = squaredDistanceToSegment(point, from, to);
    if (distance <= within * within && distance <= best && edge.visible()) {
      best = distance;
      nearest = edge;
    }
  }
  return nearest;
}
