/**
 * A big graph's first arrangement, drawn at once while its layout is
 * computed in a worker.
 */
import type { Position } from 'cytoscape';

/** The spiral's spacing between neighbouring actors, in model units. */
const SPIRAL_SPACING = 28;

/**
 * Where a big graph is drawn before its layout is ready: a sunflower spiral,
 * the actors with the most relations in the middle. Linear after the sort, so
 * that the first frame comes at once.
 */
export function spiralPositions(
  actors: ReadonlyArray<{ id: string; degree: number }>,
): Map<string, Position> {
  const ranked = [...actors].sort((a, b) => b.degree - a.degree);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const positions = new Map<string, Position>();
  ranked.forEach(({ id }, i) => {
    const radius = SPIRAL_SPACING * Math.sqrt(i);
    positions.set(id, { x: radius * Math.cos(i * golden), y: radius * Math.sin(i * golden) });
  });
  return positions;
}

/** The radius of the spiral of this many actors, to fit it without measuring the drawing. */
export function spiralRadius(count: number): number {
  return SPIRAL_SPACING * Math.sqrt(Math.max(0, count - 1));
}
