/**
 * The map following the app in place, from a component's setup: every edit,
 * undo and redo (element by element, see MapEditing), and the look the
 * analysis asks of the actors, their size by a measure and their colour by
 * community (render/analysis-style.ts changes the nodes' data in one batch).
 * The map is rebuilt for neither.
 */
import type { Core } from 'cytoscape';
import { untrack } from 'svelte';
import { applyLook, coloursFor, sizesFor, type ActorLook } from '../render/analysis-style';
import type { AnalysisResult } from '../state/analysis';
import type { AnalysisView } from '../state/analysis-view';
import type { AppState } from '../state/app-state.svelte';
import type { MapEditing } from './map-edits';

/** The look the view asks for, from the analysis's result; empty when it asks for neither. */
export function actorLook(
  wanted: AnalysisView | undefined,
  result: AnalysisResult | null,
): ActorLook {
  const look: ActorLook = {};
  const values = wanted?.sizeBy ? result?.measures[wanted.sizeBy] : undefined;
  if (result && values) look.size = sizesFor(result.actors, values);
  if (result?.communities && wanted?.colourBy === 'community')
    look.color = coloursFor(result.actors, result.communities.of);
  return look;
}

/**
 * Keeps the actors' look as the view asks, from a component's setup: `drawn`
 * gives the map once a graph is drawn on it. Back to the defaults when the
 * view asks for neither (an edit, which redraws an actor from the model, is
 * followed by this again: the graph changed).
 */
export function followLook(app: AppState, drawn: () => Core | undefined): void {
  let looked = false;
  $effect(() => {
    const cy = drawn();
    const graph = app.graph;
    if (!cy || !graph) return;
    const look = actorLook(app.analysisView, app.analysis.result);
    if (!look.size && !look.color && !looked) return;
    looked = look.size !== undefined || look.color !== undefined;
    untrack(() => applyLook(cy, graph, look));
  });
}

/**
 * Has the map follow every edit, undo and redo, from a component's setup:
 * `editing` gives the map's MapEditing once a graph is drawn; `moved` hears
 * how many actors an edit moved to a saved place, and whether one it added is out of view.
 */
export function followEdits(
  app: AppState,
  editing: () => MapEditing | undefined,
  moved: (result: { moved: number; outOfView: boolean }) => void,
): void {
  $effect(() => {
    const map = editing();
    const edits = app.edits;
    if (!map) return;
    untrack(() => moved(map.follow(edits, app.openedGraph, app.visible)));
  });
}
