/**
 * The timeline's view of the graph: the days it spans, the counts by bin of
 * what the other filters let through, what the time window hides, moving
 * its bounds a step, and the window in words (for the page and for an
 * exported figure's credit line).
 */
import type { DiplomacyGraph } from '../model/graph';
import {
  autoUnit,
  binEnd,
  binStart,
  daySpan,
  dayNumber,
  histogram,
  isoDay,
  nextBin,
  timelineExtent,
  type DaySpan,
  type Extent,
  type Histogram,
  type TimeUnit,
} from '../model/timeline';
import {
  dateMatches,
  lastDayShown,
  relationMatchesBesidesTime,
  type Filters,
  type Visible,
} from './filters';
import { formatDate, formatDay } from './format';

/** The days of every dated relation of the graph (the axis does not move with the filters). */
export function graphSpans(graph: DiplomacyGraph): Map<string, DaySpan | null> {
  const spans = new Map<string, DaySpan | null>();
  graph.forEachEdge((_, relation) => spans.set(relation.id, daySpan(relation.date)));
  return spans;
}

export interface TimelineAxis {
  extent: Extent;
  unit: TimeUnit;
}

/** The timeline's extent and unit; undefined when no relation has a date. */
export function timelineAxis(
  spans: ReadonlyMap<string, DaySpan | null>,
  unit: TimeUnit | undefined,
): TimelineAxis | undefined {
  const extent = timelineExtent(spans.values());
  if (!extent) return undefined;
  return { extent, unit: unit ?? autoUnit(extent) };
}

export interface TimeCounts {
  histogram: Histogram;
  /** Relations the other filters let through: dated, and how many of them the window shows. */
  dated: number;
  datedShown: number;
  /** Undated relations the other filters let through (shown unless the reader hides them). */
  undated: number;
}

/** Counts what the other filters let through (both actors shown), by bin and by the window. */
export function timeCounts(
  graph: DiplomacyGraph,
  spans: ReadonlyMap<string, DaySpan | null>,
  axis: TimelineAxis,
  filters: Filters,
  visible: Visible,
): TimeCounts {
  const passing: (DaySpan | null)[] = [];
  let datedShown = 0;
  graph.forEachEdge((_, relation) => {
    if (!visible.actors.has(relation.source) || !visible.actors.has(relation.target)) return;
    if (!relationMatchesBesidesTime(relation, filters)) return;
    const span = spans.get(relation.id) ?? null;
    passing.push(span);
    if (span && dateMatches(relation, filters)) datedShown++;
  });
  const counts = histogram(passing, axis.extent, axis.unit);
  return {
    histogram: counts,
    dated: passing.length - counts.undated,
    datedShown,
    undated: counts.undated,
  };
}

/**
 * A bound moved by one unit (`steps` of them, negative for earlier): the
 * start of a bin for a range's start, its last day for an end or "as of".
 */
export function stepBound(
  day: string,
  unit: TimeUnit,
  steps: number,
  edge: 'start' | 'end',
): string {
  let start = binStart(dayNumber(day), unit);
  for (let i = 0; i < Math.abs(steps); i++) {
    start = steps > 0 ? nextBin(start, unit) : binStart(start - 1, unit);
  }
  return isoDay(edge === 'start' ? start : binEnd(start, unit));
}

/** The window in words: "2 to 5 April 2016, as of 4 April 2016"; undefined without one. */
export function timeWindowWords(filters: Filters): string | undefined {
  const { from, to, asOf } = filters;
  const last = lastDayShown(filters);
  if (from === undefined && last === undefined) return undefined;
  const range =
    from !== undefined && to !== undefined
      ? formatDate(from === to ? from : `${from}/${to}`)
      : from !== undefined
        ? `from ${formatDay(from)}`
        : to !== undefined
          ? `up to ${formatDay(to)}`
          : '';
  const cursor = asOf !== undefined && asOf === last ? `as of ${formatDay(asOf)}` : '';
  return [range, cursor].filter((part) => part !== '').join(', ');
}

/**
 * The time window for an exported figure's credit line: "Relations dated 2
 * to 5 April 2016; standing ties (undated) shown"; undefined without one.
 */
export function timeWindowLine(filters: Filters): string | undefined {
  const window = timeWindowWords(filters);
  const undated = filters.hideUndated ? 'standing ties (undated) left out' : undefined;
  if (window === undefined) return undated && `Relations: ${undated}`;
  return `Relations dated ${window}; ${undated ?? 'standing ties (undated) shown'}`;
}

/** The source credit with the time window after it, for a figure. */
export function creditWithWindow(credit: string, filters: Filters): string {
  const window = timeWindowLine(filters);
  return [credit, window].filter((part) => part).join(' · ');
}
