/**
 * Reading parsed JSON that may be anything: objects told from arrays, own
 * fields only (never one inherited from Object.prototype, so "__proto__" and
 * "constructor" are ordinary keys), text from strings and numbers.
 */
import { JsonPlaces, parseJsonText } from '../../model/json-text';
import {
  refusedResult,
  type ImportFormat,
  type ImportIssue,
  type ImportResult,
} from '../shared/types';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of a parsed object. */
export function field(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function hasField(object: Json, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A string, or a number as text; undefined otherwise. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The first of some keys that holds text: [key, value]. */
export function firstText(data: Json, keys: readonly string[]): [string, string] | undefined {
  for (const key of keys) {
    const value = text(field(data, key));
    if (value !== undefined) return [key, value];
  }
  return undefined;
}

/** Parses JSON text for a reader: the value, or the result that refuses it (with where). */
export function parseForReader(
  source: string,
  format: ImportFormat,
): { value: unknown } | { refused: ImportResult } {
  const parsed = parseJsonText(source);
  if (parsed.ok) return { value: parsed.value };
  const { message, line, column, tooDeep } = parsed.error;
  return {
    refused: refusedResult(format, {
      category: tooDeep ? 'refused' : 'syntax',
      message: tooDeep ? message : `the file is not valid JSON: ${message}`,
      line,
      column,
    }),
  };
}

/** Fills in line and column for issues placed by JSON path only. */
export function locateIssues(issues: ImportIssue[], source: string): void {
  const places = new JsonPlaces(source);
  for (const issue of issues) {
    if (issue.path === undefined || issue.line !== undefined) continue;
    const place = places.at(issue.path);
    if (place) Object.assign(issue, place);
  }
}
