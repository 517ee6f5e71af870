/**
 * Time on the map: relations counted by day, week or month, with their
 * dates' precision respected. A relation dated to the day falls in one bin;
 * one dated to a month, a year or an interval covers every bin it overlaps,
 * and is counted apart there ("spanning"), since the report does not say on
 * which day it happened. Undated relations (standing ties) are a group of
 * their own.
 */
import { parseDate } from './dates';

export type TimeUnit = 'day' | 'week' | 'month';
export const TIME_UNITS: readonly TimeUnit[] = ['day', 'week', 'month'];

export function isTimeUnit(value: string): value is TimeUnit {
  return (TIME_UNITS as readonly string[]).includes(value);
}

const DAY_MS = 86_400_000;

/** Days since 1 January 1970 of an ISO day ("2016-04-05"). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the bin holding `day`: itself, its week's Monday, or its month's first. */
export function binStart(day: number, unit: TimeUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
  const date = new Date(day * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
}

/** The first day of the bin after the one starting at `start`. */
export function nextBin(start: number, unit: TimeUnit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
}

/** The last day of the bin holding `day`. */
export const binEnd = (day: number, unit: TimeUnit): number =>
  nextBin(binStart(day, unit), unit) - 1;

/** A relation's days: first and last, either open (undefined); null when undated. */
export interface DaySpan {
  start?: number;
  end?: number;
}

export function daySpan(date: string | undefined): DaySpan | null {
  const span = date === undefined ? null : parseDate(date);
  if (!span) return null;
  const days: DaySpan = {};
  if (span.start !== undefined) days.start = dayNumber(span.start);
  if (span.end !== undefined) days.end = dayNumber(span.end);
  return days;
}

export interface Extent {
  start: number;
  end: number;
}

/** Spans up to this many days count as precise when the timeline chooses its extent. */
const PRECISE_DAYS = 31;

/**
 * The days the timeline shows: those of the relations dated precisely (to
 * the day, or an interval of a month at most), or of every closed date when
 * none is; undefined without dates. Older and newer relations are counted at
 * the ends.
 */
export function timelineExtent(spans: Iterable<DaySpan | null>): Extent | undefined {
  let precise: Extent | undefined;
  let any: Extent | undefined;
  const widen = (extent: Extent | undefined, start: number, end: number): Extent =>
    extent
      ? { start: Math.min(extent.start, start), end: Math.max(extent.end, end) }
      : { start, end };
  for (const span of spans) {
    if (!span) continue;
    const { start, end } = span;
    if (start !== undefined) any = widen(any, start, start);
    if (end !== undefined) any = widen(any, end, end);
    if (start !== undefined && end !== undefined && end - start < PRECISE_DAYS)
      precise = widen(precise, start, end);
  }
  return precise ?? any;
}

/** The unit that gives a readable number of bins over `extent`. */
export function autoUnit(extent: Extent): TimeUnit {
  const days = extent.end - extent.start + 1;
  return days <= 92 ? 'day' : days <= 2 * 366 ? 'week' : 'month';
}

export interface Bin {
  /** First and last day. */
  start: number;
  end: number;
  /** Relations dated within the bin (to the day, or a span inside it). */
  within: number;
  /** Relations whose dates cover the bin and more. */
  spanning: number;
}

export interface Histogram {
  bins: Bin[];
  /** Relations over before the extent starts, or starting after it ends. */
  earlier: number;
  later: number;
  undated: number;
}

/** Counts relations' spans by bin over `extent`. */
export function histogram(
  spans: Iterable<DaySpan | null>,
  extent: Extent,
  unit: TimeUnit,
): Histogram {
  const bins: Bin[] = [];
  for (let start = binStart(extent.start, unit); start <= extent.end;) {
    const next = nextBin(start, unit);
    bins.push({ start, end: next - 1, within: 0, spanning: 0 });
    start = next;
  }
  const result: Histogram = { bins, earlier: 0, later: 0, undated: 0 };
  const first = bins[0]?.start ?? extent.start;
  const last = bins[bins.length - 1]?.end ?? extent.end;
  for (const span of spans) {
    if (!span) {
      result.undated++;
      continue;
    }
    const start = span.start ?? -Infinity;
    const end = span.end ?? Infinity;
    if (end < first) result.earlier++;
    else if (start > last) result.later++;
    else {
      let i = firstBinEndingOnOrAfter(bins, start);
      for (; i < bins.length && bins[i]!.start <= end; i++) {
        const bin = bins[i]!;
        if (start >= bin.start && end <= bin.end) bin.within++;
        else bin.spanning++;
      }
    }
  }
  return result;
}

function firstBinEndingOnOrAfter(bins: readonly Bin[], day: number): number {
  let low = 0;
  let high = bins.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (bins[middle]!.end < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
