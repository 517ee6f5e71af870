/**
 * A layout computed in a worker, as the layout controller sees it. The
 * worker's side (offthread-layout.ts) loads with the first big graph's
 * layout: a map of the size people usually make never needs it.
 */
import type { CollectionReturnValue, Position } from 'cytoscape';
import type { LayoutChoice } from './layouts';

/** Raised by `done` when the layout was stopped before it finished. */
export class LayoutStopped extends Error {
  override name = 'LayoutStopped';
}

export interface LayoutJob {
  /** The positions by map id, once the worker has them. */
  done: Promise<Map<string, Position>>;
  stop(): void;
}

export type OffThreadLayout = (
  elements: CollectionReturnValue,
  choice: LayoutChoice,
  plan: { seed: number; aspect: number },
  onProgress: (phase: string) => void,
) => LayoutJob;

/** Lays out in a worker, once the worker's side has loaded; it can be stopped while it loads. */
export const layoutOffThread: OffThreadLayout = (elements, choice, plan, onProgress) => {
  let inner: LayoutJob | undefined;
  let stopped = false;
  let stopEarly: ((error: Error) => void) | undefined;
  const done = new Promise<Map<string, Position>>((resolve, reject) => {
    stopEarly = reject;
    import('./offthread-layout').then(({ layoutOffThread: start }) => {
      if (stopped) return;
      inner = start(elements, choice, plan, onProgress);
      inner.done.then(resolve, reject);
    }, reject);
  });
  return {
    done,
    stop() {
      stopped = true;
      if (inner) inner.stop();
      else stopEarly?.(new LayoutStopped('The layout was stopped.'));
    },
  };
};
