/**
 * One owner for the map's layout work: the layout asked for, run on the
 * page's thread or in a worker (layout-worker.ts), the move of the nodes to
 * its positions, what is pending and what was applied, and stopping or
 * cancelling it. The view hears of it through events; it never touches the
 * layout's state itself.
 */
import type {
  Core,
  LayoutOptions,
  Layouts,
  NodeCollection,
  NodeSingular,
  Position,
} from 'cytoscape';
import {
  LAYOUT_RUN_MARK,
  MAIN_THREAD_LAYOUT_LIMIT,
  feasibleLayout,
  loadLayouts,
  type LayoutName,
} from './layout-choice';
import type { planLayout } from './layouts';
import { LayoutStopped, layoutOffThread, type LayoutJob, type OffThreadLayout } from './layout-job';
import { shownElements } from './view-classes';
import type { Viewport } from './viewport';
import type { SideMap } from './camps-layout';

/** Computes a layout on the page's thread (layouts.ts). */
export type Planner = typeof planLayout;

let planning: Promise<Planner> | undefined;
/**
 * The layouts' code, loaded when a layout is first computed on the page's
 * thread, once (a failed load is tried again on the next layout): a map
 * opened at saved positions never needs it.
 */
function loadPlanner(): Promise<Planner> {
  planning ??= import('./layouts').then(
    ({ planLayout }) => planLayout,
    (error: unknown) => {
      planning = undefined;
      throw error;
    },
  );
  return planning;
}

/** Every map is laid out from the same seed, so that the same data gives the same map. */
export const LAYOUT_SEED = 2016;

/** A layout and what else it depends on: the tree's root, or the camps in a word. */
export interface Placement {
  layout: LayoutName;
  detail: string | undefined;
}

/** A layout under way in the worker, for the status line. */
export interface LayoutProgress {
  actors: number;
  phase: string;
  /** performance.now() when it started. */
  started: number;
}

export interface LayoutRequest {
  asked: LayoutName;
  /** For the tree: the actor at its root. */
  root?: string | undefined;
  /** For the camps: each actor's side by map id (see camps-layout.ts). */
  sides?: SideMap | undefined;
  /** For the camps: the camps in a word (campsSignature), so that the layout follows them. */
  campsKey?: string | undefined;
  /** The map's width over its height, to turn a force-directed drawing to the screen. */
  aspect: number;
  /** Moves the nodes to their new places frame by frame (else at once). */
  animate: boolean;
  /**
   * Positions by map id to use instead of computing the layout (a dataset's
   * saved arrangement, or one the reader kept): nothing is computed.
   */
  saved?: ReadonlyMap<string, Position> | undefined;
}

export interface LayoutEvents {
  /** A worker's layout started, moved on (a new phase) or ended (null). */
  progress(progress: LayoutProgress | null): void;
  /** False when a layout starts; true once one is applied and drawn. */
  laidOut(done: boolean): void;
  /** The layout the map now has. */
  applied(placement: Placement): void;
  /** Something to tell the reader (a layout replaced by a feasible one, or stopped). */
  notice(text: string): void;
  /** A layout could not be computed: the map keeps its arrangement. */
  failed(error: unknown): void;
  /** The nodes are at their new places and the view is fitted to them. */
  moved(): void;
}

export interface LayoutControllerOptions {
  events: LayoutEvents;
  /**
   * The viewport that fits these nodes at `where` without measuring labels
   * (a big graph's); undefined lets Cytoscape fit the drawing, labels and all.
   */
  quickFit(nodes: NodeCollection, where: (node: NodeSingular) => Position): Viewport | undefined;
  /** Whether the map is drawn still (no animation of thousands of nodes). */
  still(): boolean;
  /** Computes a layout on the page's thread (loaded when first needed by default; tests give it). */
  planLayout?: Planner;
  /** Runs a big graph's layout elsewhere (the worker by default; tests give their own). */
  offThread?: OffThreadLayout;
  /** Calls back once the next frame is drawn (requestAnimationFrame by default). */
  nextFrame?: (callback: () => void) => void;
  /** Rendered pixels kept free around a fitted drawing. */
  padding?: number;
  seed?: number;
}

export class LayoutController {
  /** The move of the nodes to a layout's positions, while it animates. */
  #moving: Layouts | undefined;
  /** A big graph's layout computed in the worker. */
  #job: LayoutJob | undefined;
  /** What the worker is computing. */
  #pending: Placement | undefined;
  /** The layout the map has. */
  #applied: Placement | undefined;
  /** A big graph's actors are on the map and its relations not yet: no layout until they are. */
  #awaitingRelations = false;
  #destroyed = false;
  /** Counts the layouts asked for: one whose code came late is dropped if another was asked since. */
  #runs = 0;
  readonly #cy: Core;
  readonly #options: LayoutControllerOptions;

  constructor(cy: Core, options: LayoutControllerOptions) {
    this.#cy = cy;
    this.#options = options;
  }

  /** The layout the map has, or the one the worker is computing to replace it. */
  get target(): Placement | undefined {
    return this.#job ? this.#pending : this.#applied;
  }

  /** Whether a layout is being computed in the worker. */
  get busy(): boolean {
    return this.#job !== undefined;
  }

  /** Whether a big graph's relations are still to come (see awaitRelations). */
  get awaitingRelations(): boolean {
    return this.#awaitingRelations;
  }

  /** A new graph's actors are drawn before its relations: hold any layout until they come. */
  awaitRelations(): void {
    this.#moving?.stop();
    this.cancel();
    this.#events.laidOut(false);
    this.#awaitingRelations = true;
  }

  /** The relations are on the map: layouts may run again. */
  relationsArrived(): void {
    this.#awaitingRelations = false;
  }

  /** Ends a layout under way in the worker without a word: another replaces it. */
  cancel(): void {
    const stopping = this.#job;
    this.#job = undefined;
    this.#events.progress(null);
    stopping?.stop();
  }

  /** Stops a layout under way in the worker, at the reader's request: the map keeps its arrangement. */
  stop(): void {
    this.#job?.stop();
  }

  destroy(): void {
    this.#destroyed = true;
    this.#moving?.stop();
    this.#job?.stop();
  }

  /**
   * Lays out every actor, shown or hidden, so that a filter lifted later finds
   * each one in place (or puts each at its saved place); moves the shown ones
   * and fits them. Above
   * MAIN_THREAD_LAYOUT_LIMIT actors the positions come from the worker, and
   * the map keeps the arrangement it has meanwhile.
   */
  run({ asked, root, sides, campsKey, aspect, animate, saved }: LayoutRequest): void {
    const cy = this.#cy;
    this.#moving?.stop();
    this.cancel();
    this.#runs++;
    if (saved) {
      this.#events.laidOut(false);
      this.moveTo(saved, { animate, placement: { layout: asked, detail: undefined } });
      return;
    }
    const size = cy.nodes().length;
    const name = feasibleLayout(asked, size);
    if (name !== asked) {
      this.#events.notice(
        `This graph has ${size} actors, too many for the force-directed layout to finish in seconds: it is drawn in concentric rings by number of relations.`,
      );
    }
    const treeRoot = name === 'breadthfirst' ? root : undefined;
    const choice = {
      name,
      ...(treeRoot === undefined ? {} : { root: treeRoot }),
      ...(name === 'camps' ? { sides: sides ?? new Map<string, number>() } : {}),
    };
    const plan = { seed: this.#options.seed ?? LAYOUT_SEED, aspect };
    const placement: Placement = {
      layout: asked,
      detail: name === 'camps' ? campsKey : treeRoot,
    };
    this.#events.laidOut(false);
    if (size <= MAIN_THREAD_LAYOUT_LIMIT) {
      const run = this.#runs;
      const place = (planner: Planner) => {
        if (this.#destroyed || run !== this.#runs) return;
        this.moveTo(planner(cy.elements(), choice, plan), { animate, placement });
      };
      const given = this.#options.planLayout;
      if (given && name !== 'fcose') place(given);
      else
        Promise.all([given ?? loadPlanner(), name === 'fcose' ? loadLayouts() : undefined]).then(
          ([planner]) => place(planner),
          (error: unknown) => this.#events.failed(error),
        );
      return;
    }
    const started = performance.now();
    this.#pending = placement;
    let progress: LayoutProgress = { actors: size, phase: 'Starting', started };
    this.#events.progress(progress);
    const offThread = this.#options.offThread ?? layoutOffThread;
    // The worker computes it: the page says so (planLayout does on the page's thread).
    performance.mark(LAYOUT_RUN_MARK);
    const current = offThread(cy.elements(), { ...choice, offThread: true }, plan, (phase) => {
      if (this.#job !== current) return;
      progress = { ...progress, phase };
      this.#events.progress(progress);
    });
    this.#job = current;
    current.done
      .then((positions) => {
        if (this.#job !== current || this.#destroyed) return;
        // The worker's part is done: what follows is drawing it (for npm run bench and the tests).
        performance.mark('diplomap:layout-positions');
        // Moving thousands of nodes frame by frame costs more than it shows.
        this.moveTo(positions, { animate: animate && !this.#options.still(), placement });
      })
      .catch((error: unknown) => {
        if (this.#job !== current) return;
        if (error instanceof LayoutStopped) {
          this.#events.notice(
            `The layout was stopped after ${((performance.now() - started) / 1000).toFixed(1)} s: the map keeps the arrangement it had. Reset the view to lay it out again.`,
          );
        } else this.#events.failed(error);
        this.#apply(placement);
        this.#events.laidOut(true);
      })
      .finally(() => {
        if (this.#job !== current) return;
        this.#job = undefined;
        this.#events.progress(null);
      });
  }

  /**
   * Puts the nodes at `positions` by map id (animated, or at once) and fits
   * the shown ones; with a placement, records it as the layout applied once
   * they are there. Nodes hidden by the filters jump there at once.
   */
  moveTo(
    positions: ReadonlyMap<string, Position>,
    { animate, placement }: { animate: boolean; placement?: Placement },
  ): void {
    const cy = this.#cy;
    const shown = shownElements(cy);
    const target = (node: NodeSingular) => positions.get(node.id()) ?? node.position();
    cy.batch(() => {
      cy.nodes()
        .difference(shown)
        .forEach((node) => {
          node.position(target(node));
        });
    });
    // A big graph's fit is reckoned from the positions; a small one's by Cytoscape, labels and all.
    const quick = this.#options.quickFit(shown.nodes(), target);
    const layout = shown.layout({
      name: 'preset',
      positions: target,
      animate,
      animationDuration: 450,
      fit: !quick,
      padding: this.#options.padding ?? 30,
      ...quick,
    } as LayoutOptions);
    this.#moving = layout;
    layout.one('layoutstop', () => {
      if (this.#moving !== layout) return;
      this.#moving = undefined;
      this.#events.moved();
      if (!placement) return;
      this.#apply(placement);
      (this.#options.nextFrame ?? requestAnimationFrame)(() => this.#events.laidOut(true));
    });
    layout.run();
    // Cytoscape works out the moved elements' bounds (labels, relations' ends) now, in
    // this task, rather than in the frame that draws them (see the README's benchmarks).
    if (!animate) shown.boundingBox();
  }

  #apply(placement: Placement): void {
    this.#applied = placement;
    this.#events.applied(placement);
  }

  get #events(): LayoutEvents {
    return this.#options.events;
  }
}

/** Where every actor is now, by map id, to a tenth of a unit (an arrangement to keep or save). */
export function currentPositions(cy: Core): Map<string, Position> {
  const positions = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });
  return positions;
}
