/**
 * Values as other tools write them, read into diplomap's: dates in the
 * common spellings, numbers, booleans, colours, and the cells that mean
 * "nothing here" (NA). One function each, for every reader.
 */
import { isValidDate } from '../../model/dates';
import type { AttributeValue } from '../../model/types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "05 April 2016", "5-Apr-2016" or "April 5, 2016" → "2016-04-05"; undefined otherwise. */
function writtenDateOf(text: string): string | undefined {
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(text);
  const monthFirst = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (!day || !month || !year) return undefined;
  const name = month.toLowerCase();
  const index = MONTHS.findIndex(
    (full) =>
      name === full || name === full.slice(0, 3) || (name === 'sept' && full === 'september'),
  );
  if (index === -1) return undefined;
  const iso = `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidDate(iso) ? iso : undefined;
}

/**
 * A date or interval as diplomap keeps them (ISO 8601), from an ISO date or
 * interval, "2016/04/05", a timestamp's day, or a written-out date.
 */
export function dateOf(value: string): string | undefined {
  const text = value.trim();
  if (isValidDate(text)) return text;
  const slashed = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(text);
  if (slashed) {
    const day = `${slashed[1]}-${slashed[2]}-${slashed[3]}`;
    return isValidDate(day) ? day : undefined;
  }
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (stamp && isValidDate(stamp[1] as string)) return stamp[1];
  return writtenDateOf(text);
}

/** A finite number from a number or its text; undefined otherwise. */
export function numberOf(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value.trim();
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** true/false, also written 1/0 or yes/no, in any case; undefined otherwise. */
export function booleanOf(value: string | boolean): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1' || text === 'yes') return true;
  if (text === 'false' || text === '0' || text === 'no') return false;
  return undefined;
}

/** Whether an edge is directed: a boolean, or Gephi's "Directed", "Undirected" and "Mutual". */
export function directionOf(value: string | boolean): boolean | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === 'directed') return true;
  if (text === 'undirected' || text === 'mutual') return false;
  return booleanOf(text);
}

/**
 * A y coordinate between a y-up system (Gephi, Gephi Lite) and diplomap's
 * y-down one; never -0, which a strict comparison tells from 0.
 */
export const flipY = (y: number): number => (y === 0 ? 0 : -y);

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** "#rrggbb" from three channels of 0 to 255; undefined when one is out of range. */
export function colorFromChannels(r: number, g: number, b: number): string | undefined {
  const channels = [r, g, b];
  if (channels.some((c) => !Number.isFinite(c) || c < 0 || c > 255)) return undefined;
  return `#${channels.map(hex2).join('')}`;
}

/** The channels of "#rrggbb". */
export function channelsOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [
    number,
    number,
    number,
  ];
}

/**
 * A colour as diplomap keeps it ("#rrggbb", lower case) from "#rrggbb",
 * "#rgb", "#rrggbbaa" (the alpha dropped), "rgb(r, g, b)" or "rgba(...)";
 * undefined otherwise.
 */
export function colorOf(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(text);
  if (hex) return `#${hex[1] as string}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short)
    return `#${short
      .slice(1)
      .map((c) => `${c}${c}`)
      .join('')}`;
  const rgb =
    /^rgba?\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*(,[^)]*)?\)$/.exec(
      text,
    );
  if (rgb) return colorFromChannels(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]));
  return undefined;
}

/** What tables write for a missing value (R, pandas, spreadsheets). */
const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'nan', 'null', 'none']);

/** Whether a cell means "no value here": empty, blank, NA, N/A, NaN, null, None. */
export function isMissing(value: string | undefined): boolean {
  return value === undefined || MISSING.has(value.trim().toLowerCase());
}

/** The kinds of value an attribute can be declared as (GEXF and GraphML types, JSON values). */
export type ValueType = 'string' | 'integer' | 'number' | 'boolean';

/** A value of a declared type; undefined when it does not parse. */
export function typedValue(value: string, type: ValueType): AttributeValue | undefined {
  const text = value.trim();
  switch (type) {
    case 'string':
      return value;
    case 'integer':
      return /^[+-]?\d+$/.test(text) && Number.isSafeInteger(Number(text))
        ? Number(text)
        : undefined;
    case 'number': {
      const number = Number(text);
      return text !== '' && Number.isFinite(number) ? number : undefined;
    }
    case 'boolean':
      return /^(true|false|1|0)$/i.test(text) ? booleanOf(text) : undefined;
  }
}
