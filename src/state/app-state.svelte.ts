/**
 * The application state: the open graph and the view over it. Fields are
 * runes; methods are the only way to change them, each through a pure
 * transition of view.ts. The URL follows the view (a link reopens it, Back
 * steps back through views).
 */
import { createContext } from 'svelte';
import { buildGraph, type DiplomacyGraph } from '../model/graph';
import type { Dataset, Source } from '../model/types';
import {
  NOTHING_VISIBLE,
  isFiltering,
  visibleElements,
  type Filters,
  type Visible,
} from './filters';
import { indexSources } from './format';
import { decodeView, encodeView } from './url';
import {
  INITIAL_VIEW,
  clearSelection,
  resetFilters,
  select,
  selectionExists,
  setFilters,
  setLayout,
  stepActor,
  type LayoutName,
  type Selection,
  type ViewState,
} from './view';

export class AppState {
  graph: DiplomacyGraph | undefined = $state.raw();
  view: ViewState = $state.raw(INITIAL_VIEW);
  /** Messages about the URL or the data, shown until dismissed. */
  notices: string[] = $state.raw([]);
  /** Bumped to ask the map to centre on the selection (search, keyboard). */
  focusRequest = $state(0);

  readonly visible: Visible = $derived(
    this.graph ? visibleElements(this.graph, this.view.filters) : NOTHING_VISIBLE,
  );
  readonly filtering: boolean = $derived(isFiltering(this.view.filters));
  readonly sources: ReadonlyMap<string, Source> = $derived(
    indexSources(this.graph?.getAttribute('sources') ?? []),
  );

  /** Opens a dataset and applies the view in the URL, if any. */
  open(dataset: Dataset, params?: URLSearchParams): void {
    const graph = buildGraph(dataset);
    this.graph = graph;
    if (params) {
      const decoded = decodeView(params, graph);
      this.view = decoded.view;
      this.notices = decoded.notices;
    } else {
      this.view = INITIAL_VIEW;
    }
  }

  /** Replaces the view after Back or Forward, without adding a history entry. */
  restore(params: URLSearchParams): void {
    if (!this.graph) return;
    const decoded = decodeView(params, this.graph);
    this.view = decoded.view;
    this.notices = decoded.notices;
  }

  select(selection: Selection, options: { centre?: boolean } = {}): void {
    if (!this.graph || !selectionExists(this.graph, selection)) return;
    this.commit(select(this.view, selection));
    if (options.centre) this.focusRequest++;
  }

  clearSelection(): void {
    this.commit(clearSelection(this.view));
  }

  setFilters(filters: Filters): void {
    this.commit(setFilters(this.view, filters));
  }

  resetFilters(): void {
    this.commit(resetFilters(this.view));
  }

  setLayout(layout: LayoutName): void {
    this.commit(setLayout(this.view, layout));
  }

  /** Selects the next or previous actor on the map (name order). */
  step(direction: 1 | -1): void {
    if (!this.graph) return;
    const id = stepActor(this.graph, this.visible.actors, this.view.selection, direction);
    if (id !== undefined) this.select({ type: 'actor', id }, { centre: true });
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }

  private commit(view: ViewState): void {
    if (view === this.view) return;
    this.view = view;
    pushView(view);
  }
}

/** Records the view in the address bar as a new history entry. */
function pushView(view: ViewState): void {
  if (typeof window === 'undefined') return;
  const query = encodeView(view).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.pushState(null, '', url);
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
