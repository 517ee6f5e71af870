/**
 * The view state of the explorer and its transitions: pure functions
 * `(state, args) => state`, wrapped by the reactive AppState class. What is
 * here is what a link shares: the selection, the filters and the layout.
 */
import type { DiplomacyGraph } from '../model/graph';
import { NO_FILTERS, type Filters } from './filters';

export type Selection = { type: 'actor'; id: string } | { type: 'relation'; id: string } | null;

export const LAYOUT_NAMES = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric, by number of relations',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Tree from the selection',
};

export interface ViewState {
  selection: Selection;
  filters: Filters;
  layout: LayoutName;
}

export const INITIAL_VIEW: ViewState = {
  selection: null,
  filters: NO_FILTERS,
  layout: DEFAULT_LAYOUT,
};

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

export function select(state: ViewState, selection: Selection): ViewState {
  return { ...state, selection };
}

export function clearSelection(state: ViewState): ViewState {
  return state.selection === null ? state : { ...state, selection: null };
}

export function setFilters(state: ViewState, filters: Filters): ViewState {
  return { ...state, filters };
}

export function resetFilters(state: ViewState): ViewState {
  return { ...state, filters: NO_FILTERS };
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return { ...state, layout };
}

/** Drops a selection that names nothing in the graph. */
export function selectionExists(graph: DiplomacyGraph, selection: Selection): boolean {
  if (selection === null) return true;
  return selection.type === 'actor' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id);
}

/**
 * The actor after (or before) the current one in name order, among those
 * shown: how the keyboard walks the map.
 */
export function stepActor(
  graph: DiplomacyGraph,
  visibleActors: ReadonlySet<string>,
  current: Selection,
  step: 1 | -1,
): string | undefined {
  const order = [...visibleActors].sort((a, b) =>
    graph.getNodeAttribute(a, 'name').localeCompare(graph.getNodeAttribute(b, 'name')),
  );
  if (order.length === 0) return undefined;
  const at = current?.type === 'actor' ? order.indexOf(current.id) : -1;
  if (at === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}
