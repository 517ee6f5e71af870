/**
 * The layouts by name, what is feasible at which size, and the loading of the
 * layout extension: what the map needs to know before any layout is computed.
 * The computing itself (layouts.ts, the passes after it) loads when a layout
 * is first run on the page, so a map opened at saved positions never loads it.
 */
import cytoscape from 'cytoscape';
import type { SideMap } from './camps-layout';

/**
 * The layouts the map runs (the view state lists them for the address:
 * render does not import state; the ui's calls check that the two agree).
 */
export type LayoutName = 'fcose' | 'concentric' | 'circle' | 'grid' | 'breadthfirst' | 'camps';

let registering: Promise<void> | undefined;

/** Loads and registers the layout extensions, once; later calls wait for the first. */
export function loadLayouts(): Promise<void> {
  registering ??= import('cytoscape-fcose').then(
    ({ default: fcose }) => {
      cytoscape.use(fcose);
    },
    (error: unknown) => {
      // A failed load (the network, say) is tried again on the next use.
      registering = undefined;
      throw error;
    },
  );
  return registering;
}

export interface LayoutChoice {
  name: LayoutName;
  /** For the tree: the actor at its root (the selection), if any. */
  root?: string;
  /** How many actors are laid out: the force-directed layout trades quality for time on big graphs. */
  size?: number;
  /** Laid out in a worker, where labels cannot be measured. */
  offThread?: boolean;
  /** For the camps: each actor's side by map id (see camps-layout.ts). */
  sides?: SideMap;
}

/** Above this many actors the force-directed layout would take minutes: concentric rings instead. */
export const FORCE_LAYOUT_LIMIT = 3000;

/**
 * Up to this many actors a layout runs on the page's own thread (labels are
 * measured, overlaps removed); above it in a worker, so the page stays
 * responsive, with progress and a way to stop.
 */
export const MAIN_THREAD_LAYOUT_LIMIT = 400;

/** The layout actually run: the one asked for, unless the graph is too big for it to finish in seconds. */
export function feasibleLayout(name: LayoutName, size: number): LayoutName {
  return name === 'fcose' && size > FORCE_LAYOUT_LIMIT ? 'concentric' : name;
}

/** Said each time a layout is computed (not when saved positions are used): tests and the bench count it. */
export const LAYOUT_RUN_MARK = 'diplomap:layout-run';

/** Gap between parallel curves (the stylesheet's control-point-step-size, and the layouts' passes). */
export const PARALLEL_STEP = 18;
