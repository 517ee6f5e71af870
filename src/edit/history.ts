/**
 * The undo history of a session: the steps done, newest last, and those
 * undone, ready to redo. Each step carries its patch both ways, so undoing
 * and redoing are exact and never validate again (every state they reach was
 * valid once).
 */
import type { Dataset } from '../model/types';
import { applyPatch, type Patch } from './patch';

export interface Step {
  /** What the step did, in words: "Add Russia", "Move Armenia". */
  label: string;
  forward: Patch;
  backward: Patch;
  /** When it was done (ms since the epoch). */
  at: number;
}

export interface History {
  done: readonly Step[];
  undone: readonly Step[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };

/** A new step: what was undone can no longer be redone. */
export function record(history: History, step: Step): History {
  return { done: [...history.done, step], undone: [] };
}

export interface Travel {
  history: History;
  dataset: Dataset;
  /** The step undone or redone, and the patch that did it. */
  step: Step;
  patch: Patch;
}

export function undo(history: History, dataset: Dataset): Travel | null {
  const step = history.done.at(-1);
  if (!step) return null;
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, step] },
    dataset: applyPatch(dataset, step.backward),
    step,
    patch: step.backward,
  };
}

export function redo(history: History, dataset: Dataset): Travel | null {
  const step = history.undone.at(-1);
  if (!step) return null;
  return {
    history: { done: [...history.done, step], undone: history.undone.slice(0, -1) },
    dataset: applyPatch(dataset, step.forward),
    step,
    patch: step.forward,
  };
}
