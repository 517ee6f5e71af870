/**
 * Where the actors go on the default layout without computing it: an
 * arrangement the reader kept in this session, else the dataset's saved
 * positions (see savedPositions).
 */
import type { Core, Position } from 'cytoscape';
import { modelId } from './ids';
import { currentPositions } from './layout-controller';
import type { DiplomacyGraph } from '../model/graph';
import { savedPositions } from './elements';

export class Arrangements {
  /** Kept by graph: a graph opened anew (another file, a reload) starts from its own. */
  #kept = new WeakMap<DiplomacyGraph, ReadonlyMap<string, Position>>();

  /** The arrangement to use for this graph, by map id; undefined: lay it out. */
  of(graph: DiplomacyGraph): ReadonlyMap<string, Position> | undefined {
    return this.#kept.get(graph) ?? savedPositions(graph);
  }

  /** Keeps these positions (by map id) as this graph's arrangement for the session. */
  keep(graph: DiplomacyGraph, positions: ReadonlyMap<string, Position>): void {
    this.#kept.set(graph, positions);
  }

  /** Keeps where the map has the actors now; returns the positions by actor id (model coordinates). */
  keepFrom(cy: Core, graph: DiplomacyGraph): Map<string, Position> {
    const positions = currentPositions(cy);
    this.keep(graph, positions);
    return new Map([...positions].map(([key, point]) => [modelId(key), point]));
  }
}
