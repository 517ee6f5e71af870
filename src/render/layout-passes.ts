/**
 * Passes over a layout's result: what a force-directed drawing leaves
 * undone on a small graph (overlapping labels, actors on relations they
 * have no part in, stray groups far off) and its fit to the map's shape.
 */
import type { NodeCollection, NodeSingular } from 'cytoscape';
import { PARALLEL_STEP } from './layout-choice';

/** Label overlap is worth removing by hand only on graphs small enough to label in full. */
export const SEPARATE_UP_TO = 400;

/**
 * Pushes apart nodes whose boxes (label included) overlap, along the axis of
 * least overlap, until none do (with `gap` between them) or the rounds run out. Force-directed layouts
 * only approximate label sizes; this makes the first view free of overlaps.
 */
export function separateOverlaps(nodes: NodeCollection, rounds = 40, gap = 12): number {
  const list = nodes.toArray() as NodeSingular[];
  if (list.length > SEPARATE_UP_TO) return 0;
  // Each box a little larger than drawn: a selected or path label is bold, so wider, and
  // labels that almost touch read as one.
  const boxOf = (node: NodeSingular) => {
    const box = node.boundingBox({ includeLabels: true });
    return {
      x1: box.x1 - gap / 2,
      x2: box.x2 + gap / 2,
      y1: box.y1 - gap / 2,
      y2: box.y2 + gap / 2,
    };
  };
  for (let round = 0; round < rounds; round++) {
    const boxes = list.map(boxOf);
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const p = list[i]!.position();
        const q = list[j]!.position();
        if (ox < oy) {
          const d = (ox / 2 + 2) * (p.x <= q.x ? 1 : -1);
          list[i]!.position({ x: p.x - d, y: p.y });
          list[j]!.position({ x: q.x + d, y: q.y });
        } else {
          const d = (oy / 2 + 2) * (p.y <= q.y ? 1 : -1);
          list[i]!.position({ x: p.x, y: p.y - d });
          list[j]!.position({ x: q.x, y: q.y + d });
        }
        boxes[i] = boxOf(list[i]!);
        boxes[j] = boxOf(list[j]!);
      }
    }
    if (!moved) return round;
  }
  return rounds;
}

/** Turns the drawing a quarter when it is wide on a tall screen, or tall on a wide one. */
export function turnToFit(nodes: NodeCollection, aspect: number): void {
  const box = nodes.boundingBox({ includeLabels: false });
  if (box.w === 0 || box.h === 0) return;
  const drawing = box.w / box.h;
  if ((drawing > 1.2 && aspect < 0.8) || (drawing < 0.8 && aspect > 1.2)) {
    nodes.forEach((node) => {
      const { x, y } = node.position();
      node.position({ x: -y, y: x });
    });
  }
}

/**
 * Puts the actors that are not connected to the largest group beside it, in
 * rows along its short side for the map's aspect (below a wide drawing, to
 * the right of a tall one): a force layout leaves them wherever the forces
 * threw them, often far off, which shrinks the whole map once fitted.
 */
export function packComponents(nodes: NodeCollection, aspect: number, gap = 40): void {
  if (nodes.length > SEPARATE_UP_TO) return;
  const parts = nodes
    .union(nodes.connectedEdges())
    .components()
    .map((part) => part.nodes())
    .sort((a, b) => b.length - a.length || (a[0]!.id() < b[0]!.id() ? -1 : 1));
  const main = parts[0];
  if (!main || parts.length < 2) return;
  const box = main.boundingBox({ includeLabels: true });
  const below = box.w / Math.max(1, box.h) >= aspect;
  let along = below ? box.x1 : box.y1;
  let across = below ? box.y2 + gap : box.x2 + gap;
  let row = 0;
  for (const part of parts.slice(1)) {
    const own = part.boundingBox({ includeLabels: true });
    const length = below ? own.w : own.h;
    if (along > (below ? box.x1 : box.y1) && along + length > (below ? box.x2 : box.y2)) {
      along = below ? box.x1 : box.y1;
      across += row + gap;
      row = 0;
    }
    const dx = below ? along - own.x1 : across - own.x1;
    const dy = below ? across - own.y1 : along - own.y1;
    part.forEach((node) => {
      const { x, y } = node.position();
      node.position({ x: x + dx, y: y + dy });
    });
    along += length + gap;
    row = Math.max(row, below ? own.h : own.w);
  }
}

/**
 * Moves nodes off relations that pass under them without touching them, so
 * that every curve can be clicked and no actor seems to sit on a relation it
 * has no part in. A bundle of parallel relations counts with its width.
 */
export function clearEdges(nodes: NodeCollection, rounds = 12): void {
  const list = nodes.toArray() as NodeSingular[];
  const edges = nodes.connectedEdges();
  if (list.length > SEPARATE_UP_TO || edges.length > SEPARATE_UP_TO * 4) return;
  // One segment per pair of actors, as wide as its bundle.
  const bundles = new Map<string, { a: NodeSingular; b: NodeSingular; half: number }>();
  edges.forEach((edge) => {
    const [a, b] = [edge.source(), edge.target()].sort((x, y) => (x.id() < y.id() ? -1 : 1)) as [
      NodeSingular,
      NodeSingular,
    ];
    const key = `${a.id()}\u0000${b.id()}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.half += PARALLEL_STEP / 2;
    else bundles.set(key, { a, b, half: 2 });
  });
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const node of list) {
      const radius = node.width() / 2 + 6;
      for (const { a, b, half } of bundles.values()) {
        if (a.same(node) || b.same(node)) continue;
        const p = a.position();
        const q = b.position();
        const n = node.position();
        const dx = q.x - p.x;
        const dy = q.y - p.y;
        const length2 = dx * dx + dy * dy;
        if (length2 === 0) continue;
        const t = ((n.x - p.x) * dx + (n.y - p.y) * dy) / length2;
        if (t <= 0.05 || t >= 0.95) continue;
        const cx = p.x + t * dx;
        const cy = p.y + t * dy;
        let ox = n.x - cx;
        let oy = n.y - cy;
        const distance = Math.hypot(ox, oy);
        const needed = radius + half;
        if (distance >= needed) continue;
        if (distance < 0.01) {
          ox = -dy;
          oy = dx;
        }
        const scale = (needed - distance + 1) / Math.max(Math.hypot(ox, oy), 0.01);
        node.position({ x: n.x + ox * scale, y: n.y + oy * scale });
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/**
 * Stretches a drawing (never squashes it) until its box has the map's
 * aspect: a tree of few levels is otherwise a thin strip, its labels tiny
 * once fitted. The stretch is capped, so a lone chain stays a chain.
 */
export function stretchToAspect(nodes: NodeCollection, aspect: number, most = 4): void {
  const box = nodes.boundingBox({ includeLabels: false });
  if (box.w === 0 || box.h === 0 || !(aspect > 0)) return;
  const drawing = box.w / box.h;
  const sx = drawing < aspect ? Math.min(most, aspect / drawing) : 1;
  const sy = drawing > aspect ? Math.min(most, drawing / aspect) : 1;
  if (sx === 1 && sy === 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    node.position({ x: cx + (x - cx) * sx, y: cy + (y - cy) * sy });
  });
}

/**
 * Folds a tree's wide levels into rows, so that the tree takes the map's
 * shape: a breadth-first tree of a small world has few levels and many
 * actors on each, a thin strip whose labels are specks once fitted. Levels
 * keep their order top to bottom, actors their order along a level.
 */
export function wrapLevels(nodes: NodeCollection, aspect: number): void {
  const list = nodes.toArray() as NodeSingular[];
  if (list.length === 0 || list.length > SEPARATE_UP_TO || !(aspect > 0)) return;
  const boxes = list.map((node) => node.boundingBox({ includeLabels: true }));
  const cellWidth = Math.max(...boxes.map((box) => box.w)) + 24;
  const cellHeight = Math.max(...boxes.map((box) => box.h)) + 40;
  // Columns × cell width over rows × cell height near the aspect, columns × rows near the count.
  const perRow = Math.max(2, Math.ceil(Math.sqrt((list.length * aspect * cellHeight) / cellWidth)));
  const levels = new Map<number, NodeSingular[]>();
  for (const node of list) {
    const level = Math.round(node.position().y);
    levels.set(level, [...(levels.get(level) ?? []), node]);
  }
  let row = 0;
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const members = levels.get(level)!.sort((a, b) => a.position().x - b.position().x);
    for (let start = 0; start < members.length; start += perRow) {
      const chunk = members.slice(start, start + perRow);
      chunk.forEach((node, i) =>
        node.position({ x: (i - (chunk.length - 1) / 2) * cellWidth, y: row * cellHeight }),
      );
      row++;
    }
    // A little more room between levels than between the rows of one level.
    row += 0.4;
  }
}
