/**
 * The maps an author keeps in this browser, in IndexedDB through idb-keyval:
 * each map under its own key, a list of them (title, size, when saved) under
 * another, and which one was open last, so that a reload brings it back.
 * Writes go one after another, in the order they were asked for.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '../model/types';

export interface MapSummary {
  id: string;
  title: string;
  /** When it was last saved (ms since the epoch). */
  savedAt: number;
  actors: number;
  relations: number;
  articles: number;
}

export interface StoredMap {
  id: string;
  dataset: Dataset;
  savedAt: number;
}

/** Where maps are kept: IndexedDB in the page (MapStore), anything alike in tests. */
export interface MapKeeper {
  list(): Promise<MapSummary[]>;
  load(id: string): Promise<StoredMap | undefined>;
  save(map: StoredMap): Promise<void>;
  remove(id: string): Promise<void>;
  current(): Promise<string | undefined>;
  setCurrent(id: string | undefined): Promise<void>;
}

const LIST = 'list';
const CURRENT = 'current';
const mapKey = (id: string) => `map:${id}`;

export function summaryOf(map: StoredMap): MapSummary {
  return {
    id: map.id,
    title: map.dataset.title,
    savedAt: map.savedAt,
    actors: map.dataset.actors.length,
    relations: map.dataset.relations.length,
    articles: map.dataset.sources.length,
  };
}

export class MapStore implements MapKeeper {
  readonly #store: UseStore;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: UseStore = createStore('diplomap', 'maps')) {
    this.#store = store;
  }

  /** Runs writes in order; a failed one does not stop the next. */
  #write<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** The maps kept, the last saved first. */
  async list(): Promise<MapSummary[]> {
    await this.#queue;
    const list = (await get<MapSummary[]>(LIST, this.#store)) ?? [];
    return [...list].sort((a, b) => b.savedAt - a.savedAt);
  }

  async load(id: string): Promise<StoredMap | undefined> {
    await this.#queue;
    return get<StoredMap>(mapKey(id), this.#store);
  }

  save(map: StoredMap): Promise<void> {
    // A snapshot now: the dataset may change again before the write's turn comes.
    const record: StoredMap = { id: map.id, dataset: map.dataset, savedAt: map.savedAt };
    return this.#write(async () => {
      await set(mapKey(record.id), record, this.#store);
      const list = (await get<MapSummary[]>(LIST, this.#store)) ?? [];
      await set(
        LIST,
        [...list.filter((item) => item.id !== record.id), summaryOf(record)],
        this.#store,
      );
    });
  }

  remove(id: string): Promise<void> {
    return this.#write(async () => {
      await del(mapKey(id), this.#store);
      const list = (await get<MapSummary[]>(LIST, this.#store)) ?? [];
      await set(
        LIST,
        list.filter((item) => item.id !== id),
        this.#store,
      );
      if ((await get<string>(CURRENT, this.#store)) === id) await del(CURRENT, this.#store);
    });
  }

  /** The map that was open when the page was left, if one was. */
  async current(): Promise<string | undefined> {
    await this.#queue;
    return get<string>(CURRENT, this.#store);
  }

  setCurrent(id: string | undefined): Promise<void> {
    return this.#write(() =>
      id === undefined ? del(CURRENT, this.#store) : set(CURRENT, id, this.#store),
    );
  }
}
