/**
 * What the map brings into view, and when: a path newly shown (whole, labels
 * and all), a new selection on a map too small to read whole, the selection
 * a search or a key asks for, and the path or selection again when the map's
 * box changes. The geometry is MapViewport's (render/map-viewport.ts).
 */
import type { Core } from 'cytoscape';
import { untrack } from 'svelte';
import { selectionKey } from '../render/ids';
import type { MapViewport } from '../render/map-viewport';
import { brightIds, elementsOf } from '../render/view-classes';
import type { AppState } from '../state/app-state.svelte';

export interface FocusedMap {
  cy: Core;
  viewport: MapViewport;
}

/** Fits the path, or the selection and its neighbours, where the whole map is too small to read. */
function fitFocus(app: AppState, { cy, viewport }: FocusedMap, duration: number): boolean {
  const graph = app.graph;
  const ids = graph && (app.pathHighlight ?? brightIds(graph, app.view.selection, app.visible));
  return !!ids && viewport.showReadable(elementsOf(cy, ids), duration);
}

/**
 * The map's box changed (a panel opened or closed): a map still at its fitted
 * zoom is fitted again (to the path or the selection, where the whole would be
 * too small to read); one the reader zoomed keeps the selection in view.
 */
export function refit(app: AppState, map: FocusedMap): void {
  const selection = app.view.selection;
  if (!map.viewport.atFittedZoom) {
    if (selection) map.viewport.keepInView(map.cy.getElementById(selectionKey(selection)));
  } else if (map.viewport.namedAtAnyZoom || !fitFocus(app, map, 0)) {
    // A map whose marks are named at any zoom shows the path and the selection where they
    // are: the whole map is fitted again, and they with it.
    map.viewport.fitShown(0);
  }
}

/**
 * Sets up, from a component's setup, the effects that bring the path and the
 * selection into view; `laidOut` says whether a layout is applied and drawn
 * (a path is fitted once it is).
 */
export function followFocus(
  app: AppState,
  map: () => FocusedMap | undefined,
  laidOut: () => boolean,
  motion: (ms: number) => number,
): void {
  // A path newly shown is brought into view (on a phone it may be small or off screen);
  // the same path recomputed (a click elsewhere) does not move the map.
  const highlightKey = $derived(
    app.pathHighlight
      ? [...app.pathHighlight.actors, ...app.pathHighlight.relations].join('\u0000')
      : '',
  );
  $effect(() => {
    const shown = map();
    if (!shown || !laidOut() || highlightKey === '') return;
    untrack(() => {
      const path = app.pathHighlight;
      // The whole path, labels and all, as large as the map allows; on a big graph, only
      // where part of it is out of view.
      if (path) shown.viewport.show(elementsOf(shown.cy, path), motion(300));
    });
  });

  // A new selection on a map too small to read whole (a phone with its panel open): brought
  // into view with its neighbours, large enough to read.
  const selectedKey = $derived(app.view.selection ? selectionKey(app.view.selection) : '');
  $effect(() => {
    const shown = map();
    if (!shown || !laidOut() || selectedKey === '') return;
    untrack(() => {
      if (shown.viewport.atFittedZoom && !app.pathHighlight) fitFocus(app, shown, motion(300));
    });
  });

  // Search and keyboard ask the map to bring the selection into view.
  $effect(() => {
    const request = app.focusRequest;
    const shown = map();
    if (!shown || request === 0) return;
    untrack(() => {
      const selection = app.view.selection;
      if (!selection) return;
      shown.viewport.centreOn(shown.cy.getElementById(selectionKey(selection)), motion(300));
    });
  });
}
