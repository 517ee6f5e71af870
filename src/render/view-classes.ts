/**
 * View state → Cytoscape elements: what the filters hide as a display bypass,
 * the selection and a path as classes, each updated in one batch. The graph
 * is never touched.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { DiplomacyGraph } from '../model/graph';
import type { Visible } from '../state/filters';
import type { Selection } from '../state/view';
import { actorKey, modelId, relationKey, selectionKey } from './ids';

/**
 * Hides what the filters leave out of elements just added (all shown until
 * now). Hiding is a style bypass rather than a class: Cytoscape restyles an
 * element whose classes change from scratch, which costs seconds for
 * thousands of relations.
 */
export function hideFiltered(elements: CollectionReturnValue, visible: Visible): void {
  elements.cy().batch(() => {
    elements
      .filter((element) =>
        element.isNode()
          ? !visible.actors.has(modelId(element.id()))
          : !visible.relations.has(modelId(element.id())),
      )
      .style('display', 'none');
  });
}

/**
 * From the visibility on the map to another: touches only the elements whose
 * visibility changed (positions are kept).
 */
export function applyVisibility(cy: Core, visible: Visible, shown: Visible): void {
  cy.batch(() => {
    const hide = cy.collection();
    const show = cy.collection();
    const compare = (
      before: ReadonlySet<string>,
      after: ReadonlySet<string>,
      key: (id: string) => string,
    ) => {
      for (const id of before) if (!after.has(id)) hide.merge(cy.getElementById(key(id)));
      for (const id of after) if (!before.has(id)) show.merge(cy.getElementById(key(id)));
    };
    compare(shown.actors, visible.actors, actorKey);
    compare(shown.relations, visible.relations, relationKey);
    hide.style('display', 'none');
    show.removeStyle('display');
  });
}

/** What the filters leave on the map. */
export function shownElements(cy: Core): CollectionReturnValue {
  return cy.elements().filter((element) => element.style('display') !== 'none');
}

/** The ids that stay bright for a selection: the element, and for an actor its neighbours. */
export function brightIds(
  graph: DiplomacyGraph,
  selection: Selection,
  visible: Visible,
): { actors: Set<string>; relations: Set<string> } | null {
  if (selection === null) return null;
  const actors = new Set<string>();
  const relations = new Set<string>();
  if (selection.type === 'actor') {
    if (!graph.hasNode(selection.id)) return null;
    actors.add(selection.id);
    graph.forEachEdge(selection.id, (edge, _attributes, source, target) => {
      if (!visible.relations.has(edge)) return;
      relations.add(edge);
      actors.add(source);
      actors.add(target);
    });
  } else {
    if (!graph.hasEdge(selection.id)) return null;
    relations.add(selection.id);
    actors.add(graph.source(selection.id));
    actors.add(graph.target(selection.id));
  }
  return { actors, relations };
}

export interface Bright {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/**
 * Brightens a set of actors and relations and fades the rest: the selection
 * and its neighbourhood, or a path (whose elements are also marked `on-path`,
 * its two ends `path-end`). With nothing bright, nothing fades.
 */
export function applyHighlight(
  cy: Core,
  bright: Bright | null,
  selected: Selection | undefined,
  path?: { ends: readonly string[] },
): void {
  cy.batch(() => {
    cy.elements().removeClass('selected faded highlighted on-path path-end');
    if (bright) {
      cy.nodes().forEach((node) => {
        const on = bright.actors.has(modelId(node.id()));
        node.toggleClass('faded', !on);
        if (path) node.toggleClass('on-path', on);
      });
      cy.edges().forEach((edge) => {
        const on = bright.relations.has(modelId(edge.id()));
        edge.toggleClass('faded', !on);
        edge.toggleClass(path ? 'on-path' : 'highlighted', on);
      });
      for (const end of path?.ends ?? []) cy.getElementById(actorKey(end)).addClass('path-end');
    }
    if (selected) cy.getElementById(selectionKey(selected)).addClass('selected');
  });
}
