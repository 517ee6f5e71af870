/**
 * Path data for node shapes and arrowheads, as SVG draws them: used by the
 * vector export and by the legend's swatches, so both look like the map.
 */
import type { ArrowShape, NodeShape } from '../model/vocabulary';

const n = (value: number) => Math.round(value * 100) / 100;

function polygon(points: Array<[number, number]>): string {
  return `M${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' L')} Z`;
}

/** The outline of a node of the given shape, centred on (cx, cy), w wide and h high. */
export function nodeShapePath(
  shape: NodeShape,
  cx: number,
  cy: number,
  w: number,
  h: number,
): string {
  const l = cx - w / 2;
  const r = cx + w / 2;
  const t = cy - h / 2;
  const b = cy + h / 2;
  switch (shape) {
    case 'ellipse':
      return `M${n(l)},${n(cy)} A${n(w / 2)},${n(h / 2)} 0 1 0 ${n(r)},${n(cy)} A${n(w / 2)},${n(h / 2)} 0 1 0 ${n(l)},${n(cy)} Z`;
    case 'round-rectangle': {
      const c = Math.min(w, h) * 0.25;
      return `M${n(l + c)},${n(t)} H${n(r - c)} Q${n(r)},${n(t)} ${n(r)},${n(t + c)} V${n(b - c)} Q${n(r)},${n(b)} ${n(r - c)},${n(b)} H${n(l + c)} Q${n(l)},${n(b)} ${n(l)},${n(b - c)} V${n(t + c)} Q${n(l)},${n(t)} ${n(l + c)},${n(t)} Z`;
    }
    case 'hexagon':
      return polygon([
        [l + w * 0.25, t],
        [r - w * 0.25, t],
        [r, cy],
        [r - w * 0.25, b],
        [l + w * 0.25, b],
        [l, cy],
      ]);
    case 'octagon': {
      const dx = w * 0.3;
      const dy = h * 0.3;
      return polygon([
        [l + dx, t],
        [r - dx, t],
        [r, t + dy],
        [r, b - dy],
        [r - dx, b],
        [l + dx, b],
        [l, b - dy],
        [l, t + dy],
      ]);
    }
    case 'triangle':
      return polygon([
        [cx, t],
        [r, b],
        [l, b],
      ]);
    case 'barrel': {
      const bulge = w * 0.1;
      return `M${n(l)},${n(t)} H${n(r)} Q${n(r + bulge)},${n(cy)} ${n(r)},${n(b)} H${n(l)} Q${n(l - bulge)},${n(cy)} ${n(l)},${n(t)} Z`;
    }
    case 'diamond':
      return polygon([
        [cx, t],
        [r, cy],
        [cx, b],
        [l, cy],
      ]);
  }
}

/** Whether an arrowhead is drawn as an outline (stroked) rather than filled. */
export function isOpenArrow(shape: ArrowShape): boolean {
  return shape === 'vee' || shape === 'chevron' || shape === 'tee';
}

/**
 * An arrowhead of the given shape whose tip is at (x, y), pointing along
 * `angle` (radians), `size` long.
 */
export function arrowPath(
  shape: ArrowShape,
  x: number,
  y: number,
  angle: number,
  size: number,
): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Local coordinates: the tip at the origin, the arrow lying along negative x.
  const at = (u: number, v: number): [number, number] => [
    x + u * cos - v * sin,
    y + u * sin + v * cos,
  ];
  const half = size * 0.55;
  switch (shape) {
    case 'triangle':
      return polygon([at(0, 0), at(-size, half), at(-size, -half)]);
    case 'vee':
    case 'chevron': {
      const [a, b, c] = [at(-size, half), at(0, 0), at(-size, -half)];
      return `M${n(a[0])},${n(a[1])} L${n(b[0])},${n(b[1])} L${n(c[0])},${n(c[1])}`;
    }
    case 'tee': {
      const [a, b] = [at(-1, half), at(-1, -half)];
      return `M${n(a[0])},${n(a[1])} L${n(b[0])},${n(b[1])}`;
    }
    case 'circle': {
      const r = size * 0.4;
      const [cx, cy] = at(-r, 0);
      return `M${n(cx - r)},${n(cy)} A${n(r)},${n(r)} 0 1 0 ${n(cx + r)},${n(cy)} A${n(r)},${n(r)} 0 1 0 ${n(cx - r)},${n(cy)} Z`;
    }
    case 'diamond':
      return polygon([at(0, 0), at(-size / 2, half), at(-size, 0), at(-size / 2, -half)]);
    case 'square':
      return polygon([
        at(0, half * 0.8),
        at(-size * 0.8, half * 0.8),
        at(-size * 0.8, -half * 0.8),
        at(0, -half * 0.8),
      ]);
    case 'none':
      return '';
  }
}
