/**
 * The map's viewport as geometry: which zoom and pan fit a box of model
 * space in the map with a margin, a big graph's box reckoned from positions
 * and sizes alone, and whether a point has left the map. Pure functions over
 * plain numbers, but for the few that read a Cytoscape collection.
 */
import type { NodeCollection, NodeSingular, Position } from 'cytoscape';

/** A box of model space (the map's own units, y downwards). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A size in rendered pixels. */
export interface Size {
  width: number;
  height: number;
}

/** What Cytoscape's `viewport()` takes: a zoom level and the pan at that level. */
export interface Viewport {
  zoom: number;
  pan: Position;
}

export interface FitOptions {
  /** Rendered pixels kept free on every side. */
  padding?: number;
  /** The fit never zooms closer than this. */
  maxZoom?: number;
}

/**
 * The viewport that fits `box` in a map of `size`, centred, with `padding`
 * pixels free on each side; undefined while the map has no size.
 */
export function fitBox(
  size: Size,
  box: Box,
  { padding = 30, maxZoom = Infinity }: FitOptions = {},
): Viewport | undefined {
  const zoom = Math.min(
    maxZoom,
    (size.width - 2 * padding) / Math.max(1, box.right - box.left),
    (size.height - 2 * padding) / Math.max(1, box.bottom - box.top),
  );
  if (!(zoom > 0)) return undefined;
  return { zoom, pan: centredPan(size, zoom, centreOf(box)) };
}

/** The pan that puts `point` (model space) in the middle of the map at `zoom`. */
export function centredPan(size: Size, zoom: number, point: Position): Position {
  return { x: size.width / 2 - point.x * zoom, y: size.height / 2 - point.y * zoom };
}

export function centreOf(box: Box): Position {
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}

/** The box of a square of half side `radius` around the origin (a big graph's first spiral). */
export function squareBox(radius: number): Box {
  return { left: -radius, top: -radius, right: radius, bottom: radius };
}

/** The box around points, each with its half size; undefined for none. */
export function boxAround(
  points: Iterable<{ x: number; y: number; half: number }>,
): Box | undefined {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const { x, y, half } of points) {
    box.left = Math.min(box.left, x - half);
    box.right = Math.max(box.right, x + half);
    box.top = Math.min(box.top, y - half);
    box.bottom = Math.max(box.bottom, y + half);
  }
  return box.left <= box.right ? box : undefined;
}

/** Half the drawn size of an actor of this `size` data (the stylesheet's default without). */
export function halfSize(size: unknown): number {
  return (Number(size) || 30) / 2;
}

/**
 * The box of these nodes at `where` (their current positions by default),
 * from positions and drawn sizes alone, labels left out: Cytoscape's own
 * bounding box measures every label, which takes seconds at thousands of actors.
 */
export function nodesBox(
  nodes: NodeCollection,
  where: (node: NodeSingular) => Position = (node) => node.position(),
): Box | undefined {
  const points: { x: number; y: number; half: number }[] = [];
  nodes.forEach((node) => {
    const { x, y } = where(node);
    points.push({ x, y, half: halfSize(node.data('size')) });
  });
  return boxAround(points);
}

/** Whether `inner` lies wholly within `outer`. */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.top >= outer.top &&
    inner.right <= outer.right &&
    inner.bottom <= outer.bottom
  );
}

/** Whether a rendered point lies within `margin` pixels of the map's edge, or beyond it. */
export function nearEdge(point: Position, size: Size, margin = 30): boolean {
  return (
    point.x < margin ||
    point.y < margin ||
    point.x > size.width - margin ||
    point.y > size.height - margin
  );
}
