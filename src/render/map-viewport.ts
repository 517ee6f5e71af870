/**
 * The viewport geometry of viewport.ts applied to the map: fits of what the
 * filters show (from positions alone on a big graph), the zoom a fit may not
 * exceed, and keeping the selection in view when the map's box changes.
 */
import type {
  CollectionReturnValue,
  Core,
  EdgeSingular,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  Position,
  SingularElementReturnValue,
} from 'cytoscape';
import { MAIN_THREAD_LAYOUT_LIMIT } from './layout-choice';
import { LABEL_SIZE } from './style';
import { shownElements } from './view-classes';
import {
  boxAround,
  centredPan,
  contains,
  fitBox,
  halfSize,
  nearEdge,
  nodesBox,
  squareBox,
  type Box,
  type Viewport,
} from './viewport';

/** A path or a selection brought into view is never zoomed closer than this. */
export const MAX_FIT_ZOOM = 2.5;
/**
 * The whole map is never fitted closer than this: a map of three actors shows
 * them at a little over their drawn size (labels about 27 px), not filling the window.
 */
export const MAX_MAP_ZOOM = 1.5;
/** Rendered pixels kept free around a fitted drawing. */
export const FIT_PADDING = 30;
/** Rendered pixels kept free around a path or a selection brought into view. */
export const FOCUS_PADDING = 40;
/** The width of the zoom buttons over the map's right edge, which a path is fitted clear of. */
export const CONTROLS_WIDTH = 48;

export class MapViewport {
  /** The zoom of the last fit, to tell whether the reader has zoomed since. */
  #fittedZoom: number | undefined;
  readonly #cy: Core;
  readonly #minZoom: number;
  readonly #namedAtAnyZoom: () => boolean;

  /**
   * `namedAtAnyZoom`: whether the map's marks are named at any zoom now (a big
   * graph's focus layer, see focus-layer.ts), asked each time.
   */
  constructor(
    cy: Core,
    { minZoom, namedAtAnyZoom = () => false }: { minZoom: number; namedAtAnyZoom?: () => boolean },
  ) {
    this.#cy = cy;
    this.#minZoom = minZoom;
    this.#namedAtAnyZoom = namedAtAnyZoom;
  }

  /**
   * Whether the map's marks are named at any zoom: a path or selection then
   * need only be in view, not zoomed to, and a change of the map's box fits
   * the whole map again.
   */
  get namedAtAnyZoom(): boolean {
    return this.#namedAtAnyZoom();
  }

  /** Whether the map is still at its fitted zoom (the reader has not zoomed in since). */
  get atFittedZoom(): boolean {
    return this.#fittedZoom !== undefined && this.#cy.zoom() <= this.#fittedZoom * 1.05;
  }

  /** Back to the least zoom the map allows (a new graph). */
  resetMinZoom(): void {
    this.#cy.minZoom(this.#minZoom);
  }

  /**
   * The viewport that fits this box of model space in the map, lowering the
   * map's least zoom where the whole needs it; undefined while the map has no size.
   */
  viewportFor(box: Box): Viewport | undefined {
    const cy = this.#cy;
    const viewport = fitBox({ width: cy.width(), height: cy.height() }, box, {
      padding: FIT_PADDING,
      maxZoom: MAX_MAP_ZOOM,
    });
    // A big graph may be zoomed out as far as its whole fits.
    if (viewport && viewport.zoom < cy.minZoom()) cy.minZoom(viewport.zoom);
    return viewport;
  }

  /** Fits a big graph's first arrangement, a square of this half side, without measuring it. */
  fitSquare(radius: number): void {
    this.resetMinZoom();
    const viewport = this.viewportFor(squareBox(radius));
    if (!viewport) return;
    this.#cy.viewport(viewport);
    this.#fittedZoom = viewport.zoom;
  }

  /**
   * Fits a big graph's saved arrangement at once, from its actors' positions and sizes
   * (some of them may not be on the map yet).
   */
  fitActors(actors: readonly ElementDefinition[]): void {
    this.resetMinZoom();
    const box = boxAround(
      actors.map(({ position, data }) => ({
        x: position?.x ?? 0,
        y: position?.y ?? 0,
        half: halfSize(data['size']),
      })),
    );
    const viewport = box && this.viewportFor(box);
    if (!viewport) return;
    this.#cy.viewport(viewport);
    this.#fittedZoom = viewport.zoom;
  }

  /**
   * On a big graph, the viewport that fits these nodes at `where` (their
   * current positions by default), from positions and sizes alone: Cytoscape's
   * own fit measures every label, which takes seconds at thousands of actors.
   * Undefined on a small graph, whose fit should include the labels.
   */
  quickFit(nodes: NodeCollection, where?: (node: NodeSingular) => Position): Viewport | undefined {
    if (this.#cy.nodes().length <= MAIN_THREAD_LAYOUT_LIMIT || nodes.empty()) return undefined;
    const box = nodesBox(nodes, where);
    return box && this.viewportFor(box);
  }

  /**
   * Never zoom absurdly close on a small graph (zooming out about the map's
   * middle, so that what was fitted stays in the middle); remember the fitted zoom.
   */
  clamp(): void {
    const cy = this.#cy;
    if (cy.zoom() > MAX_MAP_ZOOM) {
      cy.zoom({
        level: MAX_MAP_ZOOM,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    }
    this.#fittedZoom = cy.zoom();
  }

  /**
   * The viewport that shows these elements whole, their labels included,
   * with a margin, as large as the map allows (up to MAX_FIT_ZOOM); the
   * map's least zoom is lowered where they need it.
   */
  viewportOf(elements: CollectionReturnValue): Viewport | undefined {
    if (elements.empty()) return undefined;
    const cy = this.#cy;
    const box = elements.boundingBox({ includeLabels: true, includeOverlays: false });
    // Clear of the zoom buttons along the map's right edge.
    const viewport = fitBox(
      { width: cy.width() - CONTROLS_WIDTH, height: cy.height() },
      { left: box.x1, top: box.y1, right: box.x2, bottom: box.y2 },
      { padding: FOCUS_PADDING, maxZoom: MAX_FIT_ZOOM },
    );
    if (viewport && viewport.zoom < cy.minZoom()) cy.minZoom(viewport.zoom);
    return viewport;
  }

  /**
   * Brings these elements (a path) wholly into view, over `duration` ms. On a
   * map whose marks are named at any zoom (a big graph's focus layer), a path
   * already wholly in view stays where it is: moving the map redraws every
   * element at the new zoom (a tenth of a second at 1,000 actors), and the
   * path can be read where it is.
   */
  show(elements: CollectionReturnValue, duration: number): void {
    if (this.namedAtAnyZoom && this.inView(elements.nodes())) return;
    const viewport = this.viewportOf(elements);
    if (!viewport) return;
    const cy = this.#cy;
    cy.stop();
    // A fit like any other: the map stays 'at its fitted zoom' until the reader zooms.
    this.#fittedZoom = viewport.zoom;
    if (duration === 0) cy.viewport(viewport);
    else cy.animate(viewport, { duration });
  }

  /** Whether these nodes lie wholly in view, clear of the zoom buttons (from positions and sizes). */
  inView(nodes: NodeCollection): boolean {
    const cy = this.#cy;
    const box = nodesBox(nodes);
    if (!box) return false;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const margin = FIT_PADDING;
    const extent = {
      left: (margin - pan.x) / zoom,
      top: (margin - pan.y) / zoom,
      right: (cy.width() - CONTROLS_WIDTH - pan.x) / zoom,
      bottom: (cy.height() - margin - pan.y) / zoom,
    };
    return contains(extent, box);
  }

  /** Fits what the filters show, moving there over `duration` ms (at once for 0). */
  fitShown(duration: number): void {
    const cy = this.#cy;
    const shown = shownElements(cy);
    const quick = this.quickFit(shown.nodes());
    if (duration === 0) {
      if (quick) cy.viewport(quick);
      else cy.fit(shown, FIT_PADDING);
      this.clamp();
      return;
    }
    cy.animate(quick ?? { fit: { eles: shown, padding: FIT_PADDING } }, {
      duration,
      complete: () => this.clamp(),
    });
  }

  /** Centres on an actor that has gone near the map's edge or beyond it. */
  keepInView(element: SingularElementReturnValue): void {
    const cy = this.#cy;
    if (element.empty() || !element.isNode()) return;
    const point = (element as NodeSingular).renderedPosition();
    if (nearEdge(point, { width: cy.width(), height: cy.height() }, FIT_PADDING)) {
      cy.center(element);
    }
  }

  /** Zooms by a factor around the map's middle, within the zooms the map allows. */
  zoomBy(factor: number, duration: number): void {
    const cy = this.#cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.animate(
      { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
      { duration },
    );
  }

  /**
   * Centres on an actor (not its label) or the middle of a relation, at the
   * zoom the map has or 1, whichever is closer.
   */
  centreOn(element: SingularElementReturnValue, duration: number): void {
    if (element.empty()) return;
    const cy = this.#cy;
    const point = element.isEdge()
      ? (element as EdgeSingular).midpoint()
      : (element as NodeSingular).position();
    const zoom = Math.max(cy.zoom(), 1);
    cy.stop();
    cy.animate(
      { zoom, pan: centredPan({ width: cy.width(), height: cy.height() }, zoom, point) },
      { duration },
    );
  }

  /**
   * Brings these elements into view where the map's labels are drawn under
   * 11 pixels (a phone with its panel open); false, leaving the map, otherwise.
   */
  showReadable(elements: CollectionReturnValue, duration: number): boolean {
    if (elements.empty() || this.#cy.zoom() * LABEL_SIZE >= 11) return false;
    this.show(elements, duration);
    return true;
  }
}
