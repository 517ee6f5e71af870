/**
 * Puts a new graph's elements on the map. A small graph comes whole; a big
 * one shows its actors at once (at saved positions, or on a spiral fitted by
 * arithmetic: measuring thousands of labels takes seconds), its relations
 * once that frame is drawn. Either way the map's first frame is marked for
 * the benchmark (npm run bench), and `done` is called once every element is
 * there, hidden as the filters are then.
 */
import type { Core, Position } from 'cytoscape';
import type { DiplomacyGraph } from '../model/graph';
import type { Visible } from './view-classes';
import { edgeElements, nodeElements } from './elements';
import type { LayoutController } from './layout-controller';
import { MAIN_THREAD_LAYOUT_LIMIT } from './layout-choice';
import type { MapViewport } from './map-viewport';
import { spiralPositions, spiralRadius } from './spiral';
import { hideFiltered } from './view-classes';

export interface DrawOptions {
  /** Where the actors go without a layout (see savedPositions), by map id. */
  saved: ReadonlyMap<string, Position> | undefined;
  /** What the filters show now (read again when the relations come: they may have changed). */
  visible(): Visible;
  viewport: MapViewport;
  layouts: LayoutController;
  /** Whether this graph is still the one to draw (another may have been opened meanwhile). */
  current(): boolean;
  /** Every element is on the map, hidden as `visible` said. */
  done(visible: Visible): void;
  /** The map's first frame of this graph is drawn: what waits for it may come now. */
  drawn?(): void;
}

export function drawGraph(cy: Core, graph: DiplomacyGraph, options: DrawOptions): void {
  const markFirstFrame = () => {
    performance.mark('diplomap:first-frame');
    options.drawn?.();
  };
  const { saved, viewport, layouts } = options;
  if (graph.order <= MAIN_THREAD_LAYOUT_LIMIT) {
    viewport.resetMinZoom();
    const visible = options.visible();
    cy.batch(() => {
      cy.elements().remove();
      hideFiltered(cy.add([...nodeElements(graph, saved), ...edgeElements(graph)]), visible);
    });
    performance.mark('diplomap:elements-added');
    // Marked when Cytoscape says it drew, as the benchmark's peer page marks its own. An
    // empty map may have nothing to draw, and so no render: its frame is the next one.
    if (graph.order === 0) requestAnimationFrame(markFirstFrame);
    else cy.one('render', markFirstFrame);
    options.done(visible);
    return;
  }
  const positions =
    saved ?? spiralPositions(graph.mapNodes((key) => ({ id: key, degree: graph.degree(key) })));
  layouts.awaitRelations();
  cy.batch(() => {
    cy.elements().remove();
    hideFiltered(cy.add(nodeElements(graph, positions)), options.visible());
  });
  if (saved) viewport.fitNodes(cy.nodes());
  // The largest actors' half size around the spiral.
  else viewport.fitSquare(spiralRadius(graph.order) + 30);
  cy.one('render', () => {
    markFirstFrame();
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (!options.current()) return;
        const visible = options.visible();
        hideFiltered(cy.add(edgeElements(graph)), visible);
        options.done(visible);
      });
    });
  });
}
