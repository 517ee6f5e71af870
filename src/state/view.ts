/**
 * The view state of the explorer and its transitions: pure functions
 * `(state, args) => state`, wrapped by the reactive AppState class. What is
 * here is what a link shares: the selection, the filters and the layout.
 */
import { hasActor, hasRelation, nameOf, type DiplomacyGraph } from '../model/graph';
import type { PathOptions } from '../model/paths';
import type { AnalysisView } from './analysis-view';
import { NO_FILTERS, type Filters } from './filters';

export type Selection = { type: 'actor'; id: string } | { type: 'relation'; id: string } | null;

export const LAYOUT_NAMES = [
  'fcose',
  'concentric',
  'circle',
  'grid',
  'breadthfirst',
  'camps',
] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric, by number of relations',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Tree from the selection',
  camps: 'Camps, the two sides apart',
};

/** A path question: two actors (either may still be missing) and how to search. */
export interface PathQuery {
  from?: string;
  to?: string;
  options: PathOptions;
  /** The one path highlighted (index into shortest then alternatives); all shortest when absent. */
  shown?: number;
  /** The dataset story this question came from, if any. */
  story?: string;
}

export interface ViewState {
  selection: Selection;
  filters: Filters;
  layout: LayoutName;
  path: PathQuery | null;
  /** Size by a measure, colour by community, the camps' options, the timeline's unit (analysis-view.ts). */
  analysis?: AnalysisView;
}

export const INITIAL_VIEW: ViewState = {
  selection: null,
  filters: NO_FILTERS,
  layout: DEFAULT_LAYOUT,
  path: null,
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

/** New filters; a path shown by its place in the list goes back to all shortest paths (the list changes). */
export function setFilters(state: ViewState, filters: Filters): ViewState {
  if (state.path?.shown === undefined) return { ...state, filters };
  const path: PathQuery = { ...state.path };
  delete path.shown;
  return { ...state, filters, path };
}

export function resetFilters(state: ViewState): ViewState {
  return setFilters(state, NO_FILTERS);
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return { ...state, layout };
}

/** Sets one end of the path question (keeping the other and the options). */
export function setPathEnd(state: ViewState, end: 'from' | 'to', actor: string): ViewState {
  const path: PathQuery = { ...(state.path ?? { options: {} }), [end]: actor };
  delete path.shown;
  delete path.story;
  return { ...state, path };
}

/** Asks a whole path question at once (a story, or a link). */
export function askPath(state: ViewState, query: PathQuery): ViewState {
  return { ...state, path: query };
}

export function setPathOptions(state: ViewState, options: PathOptions): ViewState {
  if (!state.path) return { ...state, path: { options } };
  const path: PathQuery = { ...state.path, options };
  delete path.shown;
  delete path.story;
  return { ...state, path };
}

/** Highlights one listed path, or all shortest ones when `index` is undefined. */
export function showPath(state: ViewState, index: number | undefined): ViewState {
  if (!state.path) return state;
  const path: PathQuery = { ...state.path };
  if (index === undefined) delete path.shown;
  else path.shown = index;
  return { ...state, path };
}

export function swapPathEnds(state: ViewState): ViewState {
  if (!state.path) return state;
  const path: PathQuery = { options: state.path.options };
  if (state.path.to !== undefined) path.from = state.path.to;
  if (state.path.from !== undefined) path.to = state.path.from;
  return { ...state, path };
}

export function clearPath(state: ViewState): ViewState {
  return state.path === null ? state : { ...state, path: null };
}

/** Whether two plain values (primitives, arrays, records, as a view holds) are equal part by part; an absent key and one set to undefined are alike. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => sameValue(x[k], y[k]));
}

/**
 * `next`, where each of its parts that equals the part `previous` has is that very part: what
 * follows from a part that did not change is not worked out again. Back, Forward and a link
 * decode the whole view anew: a new path question must not recompute what the filters leave
 * on the map, nor a new selection search the path again.
 */
export function keepUnchanged(previous: ViewState, next: ViewState): ViewState {
  const kept: ViewState = { ...next };
  if (sameValue(previous.selection, next.selection)) kept.selection = previous.selection;
  if (sameValue(previous.filters, next.filters)) kept.filters = previous.filters;
  if (sameValue(previous.path, next.path)) kept.path = previous.path;
  if (sameValue(previous.analysis, next.analysis)) kept.analysis = previous.analysis;
  return kept;
}

/** Drops a selection that names nothing in the graph. */
export function selectionExists(graph: DiplomacyGraph, selection: Selection): boolean {
  if (selection === null) return true;
  return selection.type === 'actor'
    ? hasActor(graph, selection.id)
    : hasRelation(graph, selection.id);
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
  const order = [...visibleActors].sort((a, b) => nameOf(graph, a).localeCompare(nameOf(graph, b)));
  if (order.length === 0) return undefined;
  const at = current?.type === 'actor' ? order.indexOf(current.id) : -1;
  if (at === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}
