/**
 * The layout the map asks its LayoutController for, read from the app: the
 * layout the view names, the tree's root, the camps' sides, and the
 * arrangement the default layout stands for where there is one.
 */
import type { Position } from 'cytoscape';
import { campSides, campsSignature } from '../render/camp-sides';
import type { LayoutRequest } from '../render/layout-controller';
import { treeRoot } from '../render/view-classes';
import type { AppState } from '../state/app-state.svelte';
import { DEFAULT_LAYOUT, type LayoutName } from '../state/view';

/** The tree's root: the selected actor, else the shown one with the most relations. */
function treeRootOf(app: AppState): string | undefined {
  return app.graph ? treeRoot(app.graph, app.view.selection, app.visible) : undefined;
}

/**
 * What else a layout depends on: the tree's root, or the camps in a word (the
 * camps layout follows them when the filters or the time window change them).
 */
export function layoutDetail(app: AppState, layout: LayoutName): string | undefined {
  if (layout === 'breadthfirst') return treeRootOf(app);
  if (layout === 'camps') return campsSignature(app.analysis.result?.camps);
  return undefined;
}

export interface RequestOptions {
  aspect: number;
  animate: boolean;
  /** The arrangement the default layout stands for (saved or kept), by map id; undefined: compute it. */
  arrangement: ReadonlyMap<string, Position> | undefined;
}

/** The layout the view asks for now, with what it needs. */
export function layoutRequest(
  app: AppState,
  { aspect, animate, arrangement }: RequestOptions,
): LayoutRequest {
  const layout = app.view.layout;
  const camps = layout === 'camps' ? app.analysis.result?.camps : undefined;
  return {
    asked: layout,
    root: layout === 'breadthfirst' ? treeRootOf(app) : undefined,
    ...(layout === 'camps' ? { sides: campSides(camps), campsKey: campsSignature(camps) } : {}),
    aspect,
    animate,
    saved: layout === DEFAULT_LAYOUT ? arrangement : undefined,
  };
}
