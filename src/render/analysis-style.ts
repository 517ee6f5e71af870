/**
 * The analysis on the map: actors sized by a measure, coloured by their
 * community. Both are node data the stylesheet already maps (`size`,
 * `color`), changed in place in one batch and put back from the model when
 * the reader goes back to the defaults; the map is never rebuilt for them.
 */
import type { Core } from 'cytoscape';
import type { DiplomacyGraph } from '../model/graph';
import { nodeData } from './elements';
import { actorKey } from './ids';

/**
 * Communities' colours: Paul Tol's colour-blind-safe "muted" scheme, the
 * largest community first; the smaller ones and actors without a
 * cooperative tie in a pale grey.
 */
export const COMMUNITY_COLORS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;
export const OTHER_COMMUNITY_COLOR = '#DDDDDD';

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;
}

/** Actors sized by a measure span these diameters, in pixels. */
export const MEASURE_SIZE = { min: 22, max: 76 } as const;

/** A diameter whose area grows with the value (the highest value gets the largest). */
export function measureSize(value: number, highest: number): number {
  const share = highest > 0 && value > 0 ? Math.sqrt(value / highest) : 0;
  return Math.round(MEASURE_SIZE.min + (MEASURE_SIZE.max - MEASURE_SIZE.min) * share);
}

/** Diameters by actor id for a measure's values (in the order of `actors`). */
export function sizesFor(actors: readonly string[], values: Float64Array): Map<string, number> {
  let highest = 0;
  for (const value of values) if (value > highest) highest = value;
  return new Map(actors.map((id, i) => [id, measureSize(values[i] ?? 0, highest)]));
}

/** Colours by actor id for their communities (−1: none). */
export function coloursFor(actors: readonly string[], of: Int32Array): Map<string, string> {
  return new Map(actors.map((id, i) => [id, communityColor(of[i] ?? -1)]));
}

export interface ActorLook {
  size?: ReadonlyMap<string, number>;
  color?: ReadonlyMap<string, string>;
}

/**
 * Gives each actor its size and colour by the look (its own from the model
 * where the look has none), touching only the nodes that change.
 */
export function applyLook(cy: Core, graph: DiplomacyGraph, look: ActorLook): void {
  cy.batch(() => {
    graph.forEachNode((key, { id }) => {
      const node = cy.getElementById(actorKey(id));
      if (node.empty()) return;
      const base = look.size && look.color ? undefined : nodeData(graph, key);
      const size = look.size?.get(id) ?? (look.size ? MEASURE_SIZE.min : base!.size);
      const color = look.color?.get(id) ?? (look.color ? OTHER_COMMUNITY_COLOR : base!.color);
      if (node.data('size') !== size) node.data('size', size);
      if (node.data('color') !== color) node.data('color', color);
    });
  });
}
