/**
 * The editor on the map. While a map is edited, a drag is an edit (the
 * actor's new place is kept with the map), and so are a layout the author
 * asked for and an arrangement kept with the pin: each one a step of the
 * history, undone like any other. Whatever the editor does, the map follows
 * it in place, edit by edit (render/sync-elements.ts), never rebuilt.
 */
import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';
import type { DiplomacyGraph } from '../model/graph';
import { modelId } from '../render/ids';
import { freeSpot, syncElements } from '../render/sync-elements';
import { hideFiltered } from '../render/view-classes';
import type { GraphEdit } from '../state/app-state.svelte';
import type { Editor } from '../state/editor.svelte';
import type { Visible } from '../state/filters';

/** What keeping an arrangement did: kept for the session, made a step of the map, or nothing to keep. */
export interface Kept {
  actors: number;
  /** `drawing`: nothing kept, a very big map's actors are still coming (see draw-graph.ts). */
  as: 'session' | 'step' | 'unchanged' | 'drawing';
}

/** Where the actors are on the map now, by model id. */
export function actorPositions(cy: Core): Map<string, Position> {
  const places = new Map<string, Position>();
  cy.nodes().forEach((node) => {
    places.set(modelId(node.id()), { ...node.position() });
  });
  return places;
}

/** What the page says once an arrangement is kept. */
export function keptNotice({ actors: count, as }: Kept): string {
  const actors = count.toLocaleString('en');
  if (as === 'step')
    return `This arrangement of ${actors} actors is saved with the map: Undo takes it back.`;
  if (as === 'unchanged') return 'The map is already saved in this arrangement.';
  if (as === 'drawing')
    return `The map is still drawing its ${actors} actors: keep the arrangement once they are all there.`;
  return `This arrangement of ${actors} actors is kept until the page is reloaded: Reset and the force-directed layout come back to it.`;
}

export class MapEditing {
  /** The last edit the map has followed (edits count from 1 for each graph opened). */
  #synced = 0;
  /** The graph whose edits those are. */
  #graph: DiplomacyGraph | undefined;
  /** The author asked for a layout while editing: once it is applied, it becomes a step. */
  #layoutAsked = false;
  readonly #cy: Core;
  readonly #editor: Editor;

  constructor(cy: Core, editor: Editor) {
    this.#cy = cy;
    this.#editor = editor;
    cy.on('dragfree', 'node', (event: EventObject) => {
      if (!editor.active) return;
      const node = event.target as NodeSingular;
      editor.apply({
        type: 'move-actors',
        moves: [{ id: modelId(node.id()), position: { ...node.position() } }],
      });
    });
  }

  /** Whether the author is editing: a layout asked for is then computed afresh and kept. */
  get active(): boolean {
    return this.#editor.active;
  }

  /**
   * Brings the map in line with the edits it has not followed yet (those an
   * edit adds are hidden as the filters say). Returns how many actors were
   * moved to a saved place (many: a layout undone or redone), and whether an
   * actor added is out of view (placed beyond the map's box when the middle is full).
   */
  follow(
    edits: readonly GraphEdit[],
    graph: DiplomacyGraph | undefined,
    visible: Visible,
  ): { moved: number; outOfView: boolean } {
    // Another graph opened: its edits count from 1 again (the map follows a graph's edits
    // only once all of it is drawn, so some may have come before this first call).
    if (graph !== this.#graph) this.#synced = 0;
    this.#graph = graph;
    const pending = edits.filter((edit) => edit.seq > this.#synced);
    this.#synced = edits.at(-1)?.seq ?? 0;
    if (!graph || pending.length === 0) return { moved: 0, outOfView: false };
    const touched = {
      actors: new Set(pending.flatMap((edit) => [...edit.touched.actors])),
      relations: new Set(pending.flatMap((edit) => [...edit.touched.relations])),
    };
    const cy = this.#cy;
    const { added, moved } = syncElements(cy, graph, touched, () => freeSpot(cy));
    hideFiltered(added, visible);
    const [width, height] = [cy.width(), cy.height()];
    const outOfView = added.nodes(':visible').some((node) => {
      const box = node.renderedBoundingBox({ includeLabels: true });
      return box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height;
    });
    return { moved, outOfView };
  }

  /** A layout is about to run: asked for by the author, or by the map itself (a graph drawn). */
  layoutStarts(byAuthor: boolean): void {
    this.#layoutAsked = byAuthor && this.#editor.active;
  }

  /** A layout is applied: one the author asked for while editing is kept with the map as a step. */
  layoutApplied(label: string): void {
    if (!this.#layoutAsked) return;
    this.#layoutAsked = false;
    if (this.#editor.active) this.#record(`Lay out: ${label}`);
  }

  /** Keeps where the actors are now in the map being edited, as one step. */
  keep(): Kept {
    const recorded = this.#record('Keep this arrangement');
    return { actors: this.#cy.nodes().length, as: recorded ? 'step' : 'unchanged' };
  }

  /** Puts every actor's place on the map into the dataset; whether that made a step. */
  #record(label: string): boolean {
    const before = this.#editor.history;
    const moves = [...actorPositions(this.#cy)].map(([id, position]) => ({ id, position }));
    this.#editor.apply({ type: 'move-actors', moves, label });
    return this.#editor.history !== before;
  }
}
