/**
 * The editor: the map being authored, its undo history and its saving. Every
 * change goes through apply, undo or redo, each a pure transition of
 * src/edit; the open graph follows in place (AppState.patch) and the map is
 * saved in the browser right after.
 */
import { createContext } from 'svelte';
import type { Edit, History, Patch, Step } from '../edit';
import { lazy } from './lazy';
import type { Dataset } from '../model/types';
import type { AppState } from './app-state.svelte';
import { MapStore, type MapKeeper, type MapSummary } from './map-store';
import type { Rejections } from './rejections.svelte';
import type { ProposalDraft, Suggestions } from './suggestions.svelte';

/** Words selected in the reader, ready to be taken as evidence. */
export interface PendingQuote {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** The form the author has open. */
export type FormRequest =
  /** `proposal`: a suggestion of the assistant, accepted as the author changes it. */
  | { type: 'actor'; id?: string; proposal?: ProposalDraft }
  | { type: 'relation'; id?: string; source?: string; target?: string; proposal?: ProposalDraft }
  | { type: 'article'; newMap?: boolean };

/** No step done or undone (the editing library's EMPTY_HISTORY, without loading it). */
const EMPTY_HISTORY: History = { done: [], undone: [] };

/** The editing library, loaded when a map is first opened to edit: exploring has no need of it. */
const editCode = lazy(() => import('../edit'));
type EditCode = Awaited<ReturnType<typeof editCode>>;

export function newMapId(): string {
  return `map-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export class Editor {
  /** The stored map being edited; null while exploring a dataset that is not one. */
  mapId: string | null = $state(null);
  dataset: Dataset | null = $state.raw(null);
  history: History = $state.raw(EMPTY_HISTORY);
  /** Why the last edit was refused, until the next one succeeds. */
  refusal = $state('');
  /** What the last step, undo or redo did, for the page to announce. */
  said = $state('');
  savedAt: number | null = $state(null);
  saveError = $state('');
  maps: MapSummary[] = $state.raw([]);
  /** The words selected in the reader, if any. */
  quote: PendingQuote | null = $state.raw(null);
  form: FormRequest | null = $state.raw(null);
  /** The suggestions panel is open. */
  suggesting = $state(false);
  /** The assistant's proposals for this map (made when the panel first opens: its code loads then). */
  suggestions: Suggestions | null = $state.raw(null);
  /**
   * What the author rejected of the proposals, per map and article, kept when the proposals
   * are forgotten (another map opened) for as long as the page is open.
   */
  rejections: Rejections | null = null;

  readonly active: boolean = $derived(this.dataset !== null);
  readonly canUndo: boolean = $derived(this.history.done.length > 0);
  readonly canRedo: boolean = $derived(this.history.undone.length > 0);

  readonly #app: AppState;
  readonly #store: MapKeeper;
  /** The editing library, there from the first map opened to edit on. */
  #edit: EditCode | undefined;

  constructor(app: AppState, store: MapKeeper = new MapStore()) {
    this.#app = app;
    this.#store = store;
  }

  /** Starts editing `dataset` as a new map kept in this browser. */
  async create(dataset: Dataset): Promise<void> {
    this.#edit ??= await editCode();
    this.#begin(newMapId(), dataset, null);
    await this.#save();
    await this.#store.setCurrent(this.mapId ?? undefined).catch(() => undefined);
  }

  /**
   * Opens a kept map, with the view an address asks for (`?actor=`, filters) if given;
   * undefined when it is not there (any more).
   */
  async openStored(
    id: string,
    params?: URLSearchParams,
  ): Promise<{ savedAt: number; dataset: Dataset } | undefined> {
    const stored = await this.#store.load(id).catch(() => undefined);
    if (!stored) return undefined;
    this.#edit ??= await editCode();
    this.#begin(stored.id, stored.dataset, stored.savedAt, params);
    await this.#store.setCurrent(stored.id).catch(() => undefined);
    return stored;
  }

  /** The map that was open when the page was left, opened again (in the view `params` ask for). */
  async restoreCurrent(
    params?: URLSearchParams,
  ): Promise<{ savedAt: number; dataset: Dataset } | undefined> {
    const id = await this.#store.current().catch(() => undefined);
    return id === undefined ? undefined : this.openStored(id, params);
  }

  /** Stops editing (another dataset is being explored): the map stays in the list. */
  leave(): void {
    this.mapId = null;
    this.dataset = null;
    this.history = EMPTY_HISTORY;
    this.refusal = '';
    this.#forgetSuggestions();
    void this.#store.setCurrent(undefined).catch(() => undefined);
  }

  async refreshList(): Promise<void> {
    this.maps = await this.#store.list().catch(() => []);
  }

  async remove(id: string): Promise<void> {
    await this.#store.remove(id).catch(() => undefined);
    if (id === this.mapId) this.leave();
    await this.refreshList();
  }

  /** Applies an edit; false, with the reason in `refusal`, when it was refused. */
  apply(change: Edit): boolean {
    const dataset = this.dataset;
    const edit = this.#edit;
    if (!dataset || !edit) return false;
    // Quotes are checked against the texts the map carries (a text merely attached to
    // look at is checked in the details panel, not here).
    const outcome = edit.applyEdit(dataset, change);
    if (!outcome.ok) {
      this.refusal = outcome.reason;
      this.said = outcome.reason;
      return false;
    }
    this.refusal = '';
    if (!outcome.step) return true;
    this.history = edit.record(this.history, outcome.step);
    this.#changed(outcome.dataset, outcome.step.forward, outcome.step.label);
    return true;
  }

  undo(): Step | undefined {
    const travel = this.dataset && this.#edit?.undo(this.history, this.dataset);
    if (!travel) return undefined;
    this.history = travel.history;
    this.#changed(travel.dataset, travel.patch, `Undone: ${travel.step.label}`);
    return travel.step;
  }

  redo(): Step | undefined {
    const travel = this.dataset && this.#edit?.redo(this.history, this.dataset);
    if (!travel) return undefined;
    this.history = travel.history;
    this.#changed(travel.dataset, travel.patch, `Redone: ${travel.step.label}`);
    return travel.step;
  }

  #begin(id: string, dataset: Dataset, savedAt: number | null, params?: URLSearchParams): void {
    this.mapId = id;
    this.dataset = dataset;
    this.history = EMPTY_HISTORY;
    this.refusal = '';
    this.savedAt = savedAt;
    this.#forgetSuggestions();
    this.#app.open(dataset, params);
  }

  /** Another map: the proposals were for the one before. */
  #forgetSuggestions(): void {
    this.suggestions?.destroy();
    this.suggestions = null;
    this.suggesting = false;
  }

  #changed(dataset: Dataset, patch: Patch, said: string): void {
    this.dataset = dataset;
    this.refusal = '';
    this.said = said;
    this.#app.patch(patch, dataset);
    void this.#save();
  }

  async #save(): Promise<void> {
    const id = this.mapId;
    const dataset = this.dataset;
    if (!id || !dataset) return;
    const savedAt = Date.now();
    try {
      await this.#store.save({ id, dataset, savedAt });
      if (this.mapId === id) {
        this.savedAt = savedAt;
        this.saveError = '';
      }
    } catch (error) {
      this.saveError = `This map could not be saved in the browser (${error instanceof Error ? error.message : String(error)}). Save it as a file to keep it.`;
    }
    await this.refreshList();
  }
}

export const [getEditor, setEditor] = createContext<Editor>();
