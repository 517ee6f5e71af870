/**
 * The camps layout: the two sides of the signed graph apart, one on the
 * left and one on the right, and the actors on neither side (no cooperative
 * or hostile relation) in the middle, those whose neighbours lean to a side
 * nearer to it. Each group is a block of columns, the best connected nearest
 * the middle; the same camps always give the same map.
 */
import type { NodeCollection, NodeSingular, Position } from 'cytoscape';
import type { SideMap } from './camp-sides';

export type { SideMap } from './camp-sides';

/** Row and column spacing, and the extra gap between the groups (model units). */
const ROW = 90;
const COLUMN = 200;
const GAP = 140;

interface Placed {
  node: NodeSingular;
  degree: number;
  /** For the middle: the mean side of its neighbours (+1 all left). */
  leaning: number;
}

function column(
  items: Placed[],
  rows: number,
  x: (c: number) => number,
  out: Map<string, Position>,
) {
  items.forEach((item, i) => {
    const c = Math.floor(i / rows);
    const inColumn = Math.min(rows, items.length - c * rows);
    const r = i % rows;
    out.set(item.node.id(), { x: x(c), y: (r - (inColumn - 1) / 2) * ROW });
  });
}

export function campsPositions(nodes: NodeCollection, sides: SideMap): Map<string, Position> {
  const groups = { left: [] as Placed[], middle: [] as Placed[], right: [] as Placed[] };
  nodes.forEach((node) => {
    const side = sides.get(node.id()) ?? 0;
    let sum = 0;
    let count = 0;
    node.neighborhood('node').forEach((other) => {
      sum += sides.get(other.id()) ?? 0;
      count++;
    });
    const placed = { node, degree: node.degree(false), leaning: count ? sum / count : 0 };
    (side > 0 ? groups.left : side < 0 ? groups.right : groups.middle).push(placed);
  });
  const byId = (a: Placed, b: Placed) => (a.node.id() < b.node.id() ? -1 : 1);
  const byDegree = (a: Placed, b: Placed) => b.degree - a.degree || byId(a, b);
  groups.left.sort(byDegree);
  groups.right.sort(byDegree);
  groups.middle.sort((a, b) => b.leaning - a.leaning || byDegree(a, b));
  const largest = Math.max(groups.left.length, groups.right.length, groups.middle.length);
  const rows = Math.max(5, Math.ceil(Math.sqrt(largest * 3)));
  const middleColumns = Math.ceil(groups.middle.length / rows);
  const half = middleColumns > 0 ? ((middleColumns - 1) / 2) * COLUMN + COLUMN / 2 : 0;
  const positions = new Map<string, Position>();
  column(groups.middle, rows, (c) => (c - (middleColumns - 1) / 2) * COLUMN, positions);
  column(groups.left, rows, (c) => -(half + GAP + COLUMN / 2 + c * COLUMN), positions);
  column(groups.right, rows, (c) => half + GAP + COLUMN / 2 + c * COLUMN, positions);
  return positions;
}
