/**
 * Dates of relations: an ISO 8601 calendar date at day, month or year
 * precision ("2016-04-05", "2016-04", "2016"), or an interval of two such
 * dates separated by "/", either end of which may be ".." when open
 * ("2015/..": from 2015 on).
 */

export interface DateSpan {
  /** First day covered, as "YYYY-MM-DD"; undefined for an open start. */
  start?: string;
  /** Last day covered, as "YYYY-MM-DD"; undefined for an open end. */
  end?: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a single date covers, or null if it is not a valid date. */
function dateBounds(value: string): { first: string; last: string } | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string | undefined, string | undefined];
  const year = Number(y);
  if (m === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (d === undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(last)}` };
  const day = Number(d);
  if (day < 1 || day > last) return null;
  return { first: value, last: value };
}

/** Parses a relation date; null when it is not one of the accepted forms. */
export function parseDate(value: string): DateSpan | null {
  const parts = value.split('/');
  if (parts.length === 1) {
    const bounds = dateBounds(value);
    return bounds && { start: bounds.first, end: bounds.last };
  }
  if (parts.length !== 2) return null;
  const [from, to] = parts as [string, string];
  if (from === '..' && to === '..') return null;
  const start = from === '..' ? undefined : dateBounds(from);
  const end = to === '..' ? undefined : dateBounds(to);
  if (start === null || end === null) return null;
  const span: DateSpan = {};
  if (start) span.start = start.first;
  if (end) span.end = end.last;
  if (span.start && span.end && span.start > span.end) return null;
  return span;
}

export function isValidDate(value: string): boolean {
  return parseDate(value) !== null;
}
