/**
 * Where things sit on the timeline's track: a slot for the relations before
 * the extent, one per bin, one for those after it. A range's start on the
 * first slot, or its end on the last, is open: no bound on that side.
 */
import { dayNumber, isoDay, type Bin } from '../model/timeline';

export type Bound = 'from' | 'to' | 'asOf';

/** The boundary (0 … bins + 2) before the bin holding `day`, or after it for an end. */
export function boundaryOf(bins: readonly Bin[], day: string | undefined, bound: Bound): number {
  if (day === undefined) return bound === 'from' ? 0 : bins.length + 2;
  const n = dayNumber(day);
  let index = bins.findIndex((bin) => bin.end >= n);
  if (index < 0) index = bins.length - 1;
  return bound === 'from' ? 1 + index : 2 + index;
}

/** The day a boundary stands for, or undefined for an open end. */
export function dayAt(bins: readonly Bin[], boundary: number, bound: Bound): string | undefined {
  if (bins.length === 0) return undefined;
  if (bound === 'from') {
    if (boundary <= 0) return undefined;
    return isoDay(bins[Math.min(boundary - 1, bins.length - 1)]!.start);
  }
  if (boundary >= bins.length + 2) return undefined;
  return isoDay(bins[Math.max(0, Math.min(boundary - 2, bins.length - 1))]!.end);
}

/** A boundary as a share of the track's width, in per cent. */
export const percentOf = (bins: readonly Bin[], boundary: number): number =>
  (boundary / (bins.length + 2)) * 100;

/** The nearest boundary to a point `x` pixels into a track `width` pixels wide. */
export const boundaryNear = (bins: readonly Bin[], x: number, width: number): number =>
  Math.max(0, Math.min(bins.length + 2, Math.round((x / Math.max(1, width)) * (bins.length + 2))));
