/**
 * Room for every actor of a big graph. Above the page-thread limit the
 * force-directed layout keeps only its spectral draft (the force step would
 * take tens of seconds), and the draft heaps the actors together: at 1,000
 * actors it drew them in a few hundred units, nearly every one on another,
 * so the whole map was a blot and its labels a smear. Here the drawing is
 * scaled to an area where each actor has room and the actors still on one
 * another are pushed apart by graphology's noverlap, keeping the draft's
 * shape (who is near whom).
 */
import Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';

/** Room for each actor, as a multiple of its drawn size: space for a label once zoomed in. */
export const ROOM_PER_ACTOR = 2.2;

/** Space kept between two actors' circles, in model units. */
const MARGIN = 10;

/**
 * Spreads `positions` (x, y pairs, in place) of actors of these drawn sizes
 * (diameters) so that they cover about ROOM_PER_ACTOR² of their size each,
 * and no two overlap. A drawing already that large is only cleared of overlaps.
 */
export function spreadOut(positions: Float64Array, sizes: Float64Array, maxIterations = 150): void {
  const count = sizes.length;
  if (count < 2) return;
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  let room = 0;
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
    room += (sizes[i]! * ROOM_PER_ACTOR) ** 2;
  }
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  // The drawing's width and height, neither under a tenth of the other (a line of actors
  // would otherwise be scaled to a vast strip).
  const side = Math.max(x2 - x1, y2 - y1, 1);
  const area = Math.max(x2 - x1, side / 10) * Math.max(y2 - y1, side / 10);
  const scale = Math.max(1, Math.sqrt(room / area));
  const graph = new Graph({ type: 'undirected' });
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    // Actors drawn at one point could not be told apart: a small turn of a spiral for each.
    const key = `${x},${y}`;
    const nudge = taken.has(key) ? 0.5 * Math.sqrt(i) : 0;
    taken.add(key);
    graph.addNode(i, {
      x: (x - cx) * scale + nudge * Math.cos(i),
      y: (y - cy) * scale + nudge * Math.sin(i),
      size: sizes[i]! / 2,
    });
  }
  noverlap.assign(graph, { maxIterations, settings: { margin: MARGIN, ratio: 1, expansion: 1.1 } });
  graph.forEachNode((key, { x, y }) => {
    const i = Number(key);
    positions[2 * i] = x + cx;
    positions[2 * i + 1] = y + cy;
  });
}
