/**
 * The application state: the open graph and the view over it. Fields are
 * runes; methods are the only way to change them, each through a pure
 * transition of view.ts. The URL follows the view (a link reopens it, Back
 * steps back through views).
 */
import { createContext } from 'svelte';
import { patchGraph, type Touched } from '../edit/graph-patch';
import type { Patch } from '../edit/patch';
import { buildGraph, type DiplomacyGraph } from '../model/graph';
import type { QuoteMatcher } from '../model/quotes';
import { NO_TEXTS, quoteMatchers, withText } from './source-texts';
import type { PathOptions, PathResult } from '../model/paths';
import type { Dataset, Source, Story } from '../model/types';
import {
  NOTHING_VISIBLE,
  isFiltering,
  visibleElements,
  type Filters,
  type Visible,
} from './filters';
import { indexSources } from './format';
import { pathHighlight, storyQuery, type Highlight } from './path-view';
import { lazy } from './lazy';
import { decodeView, encodeView } from './url';
import { AnalysisState } from './analysis.svelte';
import { setAnalysis, type AnalysisView } from './analysis-view';
import {
  INITIAL_VIEW,
  askPath,
  clearPath,
  clearSelection,
  keepUnchanged,
  setPathEnd,
  setPathOptions,
  showPath,
  swapPathEnds,
  resetFilters,
  select,
  selectionExists,
  setFilters,
  setLayout,
  stepActor,
  type LayoutName,
  type PathQuery,
  type Selection,
  type ViewState,
} from './view';

/** What an edit changed on the open graph, for the map to follow (see AppState.patch). */
export interface GraphEdit {
  touched: Touched;
  /** Counts the edits since the graph was opened. */
  seq: number;
}

/** The path search's code, loaded when a path is first asked for. */
const pathSearchCode = lazy(() => import('./path-search'));
type PathSearch = Awaited<ReturnType<typeof pathSearchCode>>;

/** How many recent edits the map can catch up with at once. */
const EDIT_LOG = 100;

export class AppState {
  #graph: DiplomacyGraph | undefined = $state.raw();
  /** Counts the edits applied to the open graph in place. */
  #revision = $state(0);
  /**
   * Source texts at hand beside the dataset, by source id: loaded with it, or
   * attached by the reader. A source with neither these nor its own content
   * has unverified quotes.
   */
  sourceTexts: ReadonlyMap<string, string> = $state.raw(NO_TEXTS);
  /**
   * Source texts still on their way (the bundled report comes after the first
   * frame): quotes are not called unverified meanwhile.
   */
  textsPending = $state(false);
  /** The latest edits applied to the open graph, oldest first: the map brings what they touched in line. */
  edits: readonly GraphEdit[] = $state.raw([]);
  view: ViewState = $state.raw(INITIAL_VIEW);
  /** Messages about the URL or the data, shown until dismissed. */
  notices: string[] = $state.raw([]);
  /** The notices that came from reading the address: Back and Forward replace these alone. */
  #addressNotices: readonly string[] = [];
  /** Bumped to ask the map to centre on the selection (search, keyboard). */
  focusRequest = $state(0);

  /** Derived apart from the view so that a new selection does not recompute what is visible. */
  readonly filters: Filters = $derived(this.view.filters);
  readonly visible: Visible = $derived(
    this.graph ? visibleElements(this.graph, this.filters) : NOTHING_VISIBLE,
  );
  readonly filtering: boolean = $derived(isFiltering(this.filters));
  /** Derived apart from the view so that a new selection does not search again. */
  readonly path: PathQuery | null = $derived(this.view.path);
  /** Derived apart from the view so that a new selection or path does not restyle or recount. */
  readonly analysisView: AnalysisView | undefined = $derived(this.view.analysis);
  /** The path search's code (path-search.ts), there once a path was first asked for. */
  #pathSearch: PathSearch | undefined = $state.raw();
  /** A complete path question waits for the search's code. */
  readonly pathPending: boolean = $derived(
    this.#pathSearch === undefined &&
      this.path?.from !== undefined &&
      this.path.to !== undefined &&
      this.graph !== undefined,
  );
  readonly pathResult: PathResult | null = $derived.by(() => {
    const search = this.#pathSearch;
    if (this.pathPending) this.#loadPathSearch();
    if (!this.graph || !search) return null;
    return search.runPathQuery(this.graph, this.path, this.visible);
  });
  readonly pathHighlight: Highlight | null = $derived(
    pathHighlight(this.pathResult, this.path?.shown),
  );
  /** True when the selected element is hidden by the filters. */
  readonly selectionHidden: boolean = $derived.by(() => {
    const selection = this.view.selection;
    if (!selection) return false;
    return selection.type === 'actor'
      ? !this.visible.actors.has(selection.id)
      : !this.visible.relations.has(selection.id);
  });
  readonly stories: readonly Story[] = $derived(this.graph?.getAttribute('stories') ?? []);
  readonly sources: ReadonlyMap<string, Source> = $derived(
    indexSources(this.graph?.getAttribute('sources') ?? []),
  );
  /** A matcher for each source whose text is at hand; a source without one has unverified quotes. */
  readonly quoteMatchers: ReadonlyMap<string, QuoteMatcher> = $derived(
    quoteMatchers(this.sources.values(), this.sourceTexts),
  );

  /** Loads the path search; the result follows once it is there (the state it sets comes later). */
  #loadPathSearch(): void {
    pathSearchCode().then(
      (code) => (this.#pathSearch = code),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        this.notices = [
          ...this.notices,
          `The path search could not be loaded (${reason}). Reload the page to try again.`,
        ];
      },
    );
  }

  /**
   * The open graph. Reading it depends on its edits too, so what is derived
   * from it follows an edit made in place.
   */
  get graph(): DiplomacyGraph | undefined {
    void this.#revision;
    return this.#graph;
  }

  /** Counts the edits applied to the open graph (for views that must follow them). */
  get revision(): number {
    return this.#revision;
  }

  /** The open graph, changing only when another is opened (the map rebuilds only then). */
  get openedGraph(): DiplomacyGraph | undefined {
    return this.#graph;
  }
  /** Measures, communities and camps of what the map shows (computed while wanted). */
  readonly analysis = new AnalysisState(() => ({
    graph: this.graph,
    visible: this.visible,
    options: { unproven: this.view.analysis?.unproven === true },
  }));

  /** Opens a dataset and applies the view in the URL, if any. */
  open(
    dataset: Dataset,
    params?: URLSearchParams,
    options: { sourceTexts?: ReadonlyMap<string, string> } = {},
  ): void {
    const graph = buildGraph(dataset);
    this.#graph = graph;
    this.edits = [];
    this.sourceTexts = options.sourceTexts ?? NO_TEXTS;
    this.textsPending = false;
    if (params) {
      const decoded = decodeView(params, graph);
      this.view = decoded.view;
      this.notices = decoded.notices;
      this.#addressNotices = decoded.notices;
    } else {
      this.view = INITIAL_VIEW;
      this.#addressNotices = [];
    }
  }

  /** Takes the open graph's source texts when they come (see textsPending). */
  awaitTexts(texts: Promise<ReadonlyMap<string, string>>): void {
    const graph = this.#graph;
    this.textsPending = true;
    void texts
      .then((read) => {
        if (this.#graph === graph) this.sourceTexts = read;
      })
      .catch(() => undefined)
      .finally(() => {
        if (this.#graph === graph) this.textsPending = false;
      });
  }

  /**
   * Replaces the view after Back or Forward, without adding a history entry.
   * What the old address said gives way to what the new one says; other
   * notices (a layout that could not run, a map restored) stay until dismissed.
   */
  restore(params: URLSearchParams): void {
    if (!this.graph) return;
    const decoded = decodeView(params, this.graph);
    this.view = keepUnchanged(this.view, decoded.view);
    const old = this.#addressNotices;
    this.notices = [...this.notices.filter((notice) => !old.includes(notice)), ...decoded.notices];
    this.#addressNotices = decoded.notices;
  }

  /**
   * Applies an edit's patch to the open graph in place (`dataset` is the
   * dataset after it); a selection it removed is cleared.
   */
  patch(patch: Patch, dataset: Dataset): void {
    const graph = this.#graph;
    if (!graph) return;
    const touched = patchGraph(graph, patch, dataset);
    this.#revision++;
    // Kept as a log, so that edits made before the map catches up are all followed.
    this.edits = [
      ...this.edits.slice(-(EDIT_LOG - 1)),
      { touched, seq: (this.edits.at(-1)?.seq ?? 0) + 1 },
    ];
    if (!selectionExists(graph, this.view.selection)) this.clearSelection();
  }

  /** Attaches a source's text, so that its quotes are checked against it. */
  attachText(source: string, text: string): void {
    this.sourceTexts = withText(this.sourceTexts, source, text);
  }

  select(selection: Selection, options: { centre?: boolean } = {}): void {
    if (!this.graph || !selectionExists(this.graph, selection)) return;
    this.commit(select(this.view, selection));
    if (options.centre) this.focusRequest++;
  }

  clearSelection(): void {
    this.commit(clearSelection(this.view));
  }

  /** New filters; `replace` keeps them out of the history (the timeline playing, a handle dragged). */
  setFilters(filters: Filters, options: { replace?: boolean } = {}): void {
    this.commit(setFilters(this.view, filters), options);
  }

  /** Size and colour of the actors, the camps' options, the timeline's unit. */
  setAnalysis(change: Partial<AnalysisView>): void {
    this.commit(setAnalysis(this.view, change));
  }

  resetFilters(): void {
    this.commit(resetFilters(this.view));
  }

  setLayout(layout: LayoutName): void {
    this.commit(setLayout(this.view, layout));
  }

  /** Sets one end of the path question; the panel shows the answer once both are set. */
  setPathEnd(end: 'from' | 'to', actor: string): void {
    this.commit(setPathEnd(this.view, end, actor));
  }

  setPathOptions(options: PathOptions): void {
    this.commit(setPathOptions(this.view, options));
  }

  showPath(index: number | undefined): void {
    this.commit(showPath(this.view, index));
  }

  swapPathEnds(): void {
    this.commit(swapPathEnds(this.view));
  }

  clearPath(): void {
    this.commit(clearPath(this.view));
  }

  openStory(story: Story): void {
    this.commit(askPath(this.view, storyQuery(story)));
  }

  /**
   * A modifier-click on the map: the first actor starts a path question,
   * the second ends it, a third starts a new one.
   */
  pathClick(actor: string): void {
    const path = this.view.path;
    if (path?.from !== undefined && path.to === undefined && path.from !== actor)
      this.setPathEnd('to', actor);
    else this.commit(askPath(this.view, { from: actor, options: path?.options ?? {} }));
  }

  /** Opens an empty path question (the panel's form). */
  startPath(): void {
    if (!this.view.path) this.commit(askPath(this.view, { options: {} }));
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

  private commit(view: ViewState, { replace = false }: { replace?: boolean } = {}): void {
    if (view === this.view) return;
    this.view = view;
    pushView(view, replace);
  }
}

/** Records the view in the address bar as a new history entry (or in place of the current one). */
function pushView(view: ViewState, replace = false): void {
  if (typeof window === 'undefined') return;
  const query = encodeView(view).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
