/**
 * Puts a new graph's elements on the map. A small graph comes whole; a big
 * one shows its actors at once (at saved positions, or on a spiral fitted by
 * arithmetic: measuring thousands of labels takes seconds), its relations
 * once that frame is drawn. A very big one shows its most connected actors
 * first, then the others, then its relations, a frame drawn after each:
 * Cytoscape styles every element it is given before it draws anything,
 * seconds for 20,000.
 * Either way the map's first frame is marked for the benchmark (npm run
 * bench), and `done` is called once every element is there, hidden as the
 * filters were when the drawing began.
 */
import type { Core, ElementDefinition, Position } from 'cytoscape';
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
  /** What the filters show now: read once, when the drawing begins (`done` is given it). */
  visible(): Visible;
  viewport: MapViewport;
  layouts: LayoutController;
  /** Whether this graph is still the one to draw (another may have been opened meanwhile). */
  current(): boolean;
  /** Whether the graph was edited since the drawing began (the map follows edits after it). */
  edited(): boolean;
  /** Every element is on the map, hidden as `visible` said. */
  done(visible: Visible): void;
  /** The map's first frame of this graph is drawn: what waits for it may come now. */
  drawn?(): void;
  /** How many of a very big graph's actors are on the map so far, while they come in parts. */
  filling?(shown: number, total: number): void;
}

/** Above this many actors the most connected come first, then the others (see drawGraph). */
export const IN_PARTS_FROM = 5000;
/** How many actors the first frame of such a graph shows. */
export const FIRST_PART = 2000;

/**
 * A very big graph's actors in the parts they are drawn in: the FIRST_PART most connected
 * (ties in the graph's order), then all the others. (Smaller parts after the first cost a
 * redraw of every actor each: at 20,000 actors four parts put the layout 1.5 s later.)
 */
export function actorParts(
  graph: DiplomacyGraph,
  actors: ElementDefinition[],
): ElementDefinition[][] {
  if (graph.order <= IN_PARTS_FROM) return [actors];
  // Map ids are the graph's keys.
  const ranked = actors
    .map((element, index) => ({ element, index, degree: graph.degree(String(element.data.id)) }))
    .sort((a, b) => b.degree - a.degree || a.index - b.index)
    .map(({ element }) => element);
  return [ranked.slice(0, FIRST_PART), ranked.slice(FIRST_PART)];
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
  const visible = options.visible();
  const parts = actorParts(graph, nodeElements(graph, positions));
  cy.batch(() => {
    cy.elements().remove();
    hideFiltered(cy.add(parts[0] ?? []), visible);
  });
  // The whole graph's frame from the start: the view stays put as the other parts come.
  if (saved) viewport.fitActors(parts.flat());
  else viewport.fitSquare(spiralRadius(graph.order) + 30);
  let shown = parts[0]?.length ?? 0;
  if (parts.length > 1) options.filling?.(shown, graph.order);
  // Each part, then the relations, in a task of its own after a frame is drawn.
  const next = (part: number) =>
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (!options.current()) return;
        const actors = parts[part];
        if (actors) {
          hideFiltered(cy.add(actors), visible);
          shown += actors.length;
          options.filling?.(shown, graph.order);
          next(part + 1);
          return;
        }
        // The relations as the graph has them now. After an edit, one may reach an actor added
        // meanwhile, not drawn: it comes with that actor, when the map follows the edits.
        let relations = edgeElements(graph);
        if (options.edited()) {
          const drawn = (id: unknown) => cy.hasElementWithId(String(id));
          relations = relations.filter(({ data }) => drawn(data.source) && drawn(data.target));
        }
        hideFiltered(cy.add(relations), visible);
        options.done(visible);
      });
    });
  cy.one('render', () => {
    markFirstFrame();
    next(1);
  });
}
