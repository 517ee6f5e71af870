/**
 * View state → Cytoscape elements: what the filters hide as a display bypass,
 * the selection and a path as classes, each updated in one batch. The graph
 * is never touched.
 */
import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
  forEachRelationOf,
  getRelation,
  hasActor,
  hasRelation,
  type DiplomacyGraph,
} from '../model/graph';
import { actorKey, modelId, relationKey, selectionKey } from './ids';

/**
 * What the view state tells the map (render does not import state: the
 * state's own types fit these, which the ui's calls check).
 */
export type Selection = { type: 'actor' | 'relation'; id: string } | null;
/** The actors and relations the filters leave visible. */
export interface Visible {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

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
    if (!hasActor(graph, selection.id)) return null;
    actors.add(selection.id);
    forEachRelationOf(graph, selection.id, ({ id, source, target }) => {
      if (!visible.relations.has(id)) return;
      relations.add(id);
      actors.add(source);
      actors.add(target);
    });
  } else {
    if (!hasRelation(graph, selection.id)) return null;
    const { source, target } = getRelation(graph, selection.id);
    relations.add(selection.id);
    actors.add(source);
    actors.add(target);
  }
  return { actors, relations };
}

/** The classes the view puts on elements (an exported figure reads them back). */
export type ViewClass = 'faded' | 'on-path' | 'path-end' | 'selected' | 'highlighted' | 'named';

export interface Bright {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** What else the view marks: whether it is a path, its ends, and the relation each step names. */
export interface Marks {
  path: boolean;
  ends: readonly string[];
  /**
   * A path's relations that carry their step's kind as a label, one a step (the one the Paths
   * panel names first); without it, the first of each step in the map's order.
   */
  named?: ReadonlySet<string>;
}

/**
 * Brightens a set of actors and relations and fades the rest: the selection
 * and its neighbourhood, or a path (whose elements are also marked `on-path`,
 * its two ends `path-end`; the ends a question has so far are marked so too;
 * one relation of each step `named`, to carry the step's kind as a label, so
 * that the labels of parallel relations are not stacked).
 * With nothing bright, nothing fades. Only the
 * elements whose classes change are touched: Cytoscape restyles each one it
 * is given from scratch, which on thousands of elements takes seconds.
 */
export function applyHighlight(
  cy: Core,
  bright: Bright | null,
  selected: Selection | undefined,
  marks: Marks = { path: false, ends: [] },
): void {
  const path = marks.path;
  const ends = new Set(marks.ends.map(actorKey));
  const selectedKey = selected ? selectionKey(selected) : undefined;
  const set = (element: NodeSingular | EdgeSingular, name: string, on: boolean) => {
    if (element.hasClass(name) !== on) element.toggleClass(name, on);
  };
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const on = bright ? bright.actors.has(modelId(node.id())) : false;
      set(node, 'faded', bright !== null && !on);
      set(node, 'on-path', path && on);
      set(node, 'path-end', ends.has(node.id()));
      set(node, 'selected', node.id() === selectedKey);
    });
    const namedSteps = new Set<string>();
    cy.edges().forEach((edge) => {
      const on = bright ? bright.relations.has(modelId(edge.id())) : false;
      let named = false;
      if (path && on && marks.named) named = marks.named.has(modelId(edge.id()));
      else if (path && on) {
        const ends = [edge.data('source') as string, edge.data('target') as string].sort();
        const step = ends.join('\u0000');
        named = !namedSteps.has(step);
        namedSteps.add(step);
      }
      set(edge, 'faded', bright !== null && !on);
      set(edge, 'on-path', path && on);
      set(edge, 'named', named);
      set(edge, 'highlighted', !path && on);
      set(edge, 'selected', edge.id() === selectedKey);
    });
  });
}

/** The map's elements for these model ids (a path, a selection and its neighbours). */
export function elementsOf(cy: Core, ids: Bright): CollectionReturnValue {
  const elements = cy.collection();
  for (const id of ids.actors) elements.merge(cy.getElementById(actorKey(id)));
  for (const id of ids.relations) elements.merge(cy.getElementById(relationKey(id)));
  return elements;
}

/** The tree layout's root: the selected actor, else the shown actor with the most relations. */
export function treeRoot(
  graph: DiplomacyGraph,
  selection: Selection,
  visible: Visible,
): string | undefined {
  if (selection?.type === 'actor') return selection.id;
  let best: string | undefined;
  let most = -1;
  graph.forEachNode((key, { id }) => {
    if (visible.actors.has(id) && graph.degree(key) > most) {
      best = id;
      most = graph.degree(key);
    }
  });
  return best;
}
