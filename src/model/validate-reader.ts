/**
 * Reading an untrusted JSON value field by field for the validator: each
 * field's type checked, every problem recorded with its JSON path and a hint.
 */
import { childPath } from './json-text';
import type { Problem, ProblemCode } from './problems';
import { didYouMean } from './suggest';
import { isValidDate } from './dates';
import type { AttributeValue, Point } from './types';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The collector that reads fields and records what is wrong with them. */
export class Reader {
  readonly problems: Problem[] = [];

  report(code: ProblemCode, path: string, message: string, hint?: string): void {
    const problem: Problem = { code, severity: 'error', path, message };
    if (hint !== undefined) problem.hint = hint;
    this.problems.push(problem);
  }

  warn(code: ProblemCode, path: string, message: string, hint?: string): void {
    const problem: Problem = { code, severity: 'warning', path, message };
    if (hint !== undefined) problem.hint = hint;
    this.problems.push(problem);
  }

  /** A required, non-empty string field; undefined (and a problem) otherwise. */
  requiredString(object: JsonObject, key: string, path: string): string | undefined {
    const value = own(object, key);
    const at = childPath(path, key);
    if (value === undefined) {
      this.report('missing-field', at, `"${key}" is required`, `add "${key}": "..."`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report('wrong-type', at, `"${key}" must be a string, not ${typeName(value)}`);
      return undefined;
    }
    if (value.trim() === '') {
      this.report('empty-value', at, `"${key}" must not be empty`);
      return undefined;
    }
    return value;
  }

  optionalString(object: JsonObject, key: string, path: string): string | undefined {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.report(
        'wrong-type',
        childPath(path, key),
        `"${key}" must be a string, not ${typeName(value)}`,
      );
      return undefined;
    }
    return value;
  }

  /** An array field: required ones report when absent; every item is passed on with its path. */
  array(object: JsonObject, key: string, path: string, required: boolean): unknown[] | undefined {
    const value = own(object, key);
    const at = childPath(path, key);
    if (value === undefined) {
      if (required) this.report('missing-field', at, `"${key}" is required`, `add "${key}": []`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.report('wrong-type', at, `"${key}" must be an array, not ${typeName(value)}`);
      return undefined;
    }
    return value;
  }

  object(value: unknown, path: string, what: string): JsonObject | undefined {
    if (isObject(value)) return value;
    this.report('wrong-type', path, `${what} must be an object, not ${typeName(value)}`);
    return undefined;
  }

  optionalBoolean(object: JsonObject, key: string, path: string): boolean | undefined {
    const value = own(object, key);
    if (value === undefined || typeof value === 'boolean') return value;
    this.report(
      'wrong-type',
      childPath(path, key),
      `"${key}" must be true or false, not ${typeName(value)}`,
    );
    return undefined;
  }

  optionalNumber(object: JsonObject, key: string, path: string): number | undefined {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.report(
      'wrong-type',
      childPath(path, key),
      `"${key}" must be a number, not ${typeName(value)}`,
    );
    return undefined;
  }

  /** Kept foreign attributes: an object of strings, numbers and booleans. */
  attributes(object: JsonObject, path: string): Record<string, AttributeValue> | undefined {
    const value = own(object, 'attributes');
    if (value === undefined) return undefined;
    const at = childPath(path, 'attributes');
    if (!isObject(value)) {
      this.report('wrong-type', at, `"attributes" must be an object, not ${typeName(value)}`);
      return undefined;
    }
    const kept: Record<string, AttributeValue> = Object.create(null) as Record<
      string,
      AttributeValue
    >;
    for (const [key, item] of Object.entries(value)) {
      if (
        typeof item === 'string' ||
        typeof item === 'boolean' ||
        (typeof item === 'number' && Number.isFinite(item))
      ) {
        kept[key] = item;
      } else {
        this.report(
          'wrong-type',
          childPath(at, key),
          `attribute "${key}" must be a string, number or boolean, not ${typeName(item)}`,
        );
      }
    }
    return kept;
  }

  /** An optional place on the map: `{ "x": number, "y": number }`. */
  point(object: JsonObject, key: string, path: string): Point | undefined {
    const value = own(object, key);
    if (value === undefined) return undefined;
    const at = childPath(path, key);
    if (!isObject(value)) {
      this.report(
        'wrong-type',
        at,
        `"${key}" must be an object, not ${typeName(value)}`,
        'write { "x": 120, "y": -40 }',
      );
      return undefined;
    }
    const x = this.optionalNumber(value, 'x', at);
    const y = this.optionalNumber(value, 'y', at);
    if (x === undefined || y === undefined) {
      if (own(value, 'x') === undefined || own(value, 'y') === undefined)
        this.report(
          'missing-field',
          at,
          `"${key}" needs both "x" and "y"`,
          'write { "x": 120, "y": -40 }',
        );
      return undefined;
    }
    return { x, y };
  }

  /** An optional colour written `#rrggbb`. */
  color(object: JsonObject, key: string, path: string): string | undefined {
    const value = this.optionalString(object, key, path);
    if (value === undefined) return undefined;
    if (/^#[0-9a-fA-F]{6}$/.test(value)) return value;
    this.report(
      'invalid-value',
      childPath(path, key),
      `"${value}" is not a colour`,
      'write it as "#" and six hexadecimal digits, such as "#0077bb"',
    );
    return undefined;
  }

  date(object: JsonObject, key: string, path: string, required: boolean): string | undefined {
    const value = required
      ? this.requiredString(object, key, path)
      : this.optionalString(object, key, path);
    if (value === undefined) return undefined;
    if (!isValidDate(value)) {
      this.report(
        'invalid-date',
        childPath(path, key),
        `"${value}" is not a valid date`,
        'use an ISO date such as "2016-04-05", "2016-04" or "2016", or an interval "2016-04-02/2016-04-05" ("2015/.." when open)',
      );
      return undefined;
    }
    return value;
  }
}

export function readStringList(
  r: Reader,
  raw: JsonObject,
  key: string,
  path: string,
): string[] | undefined {
  const list = r.array(raw, key, path, false);
  if (list === undefined) return undefined;
  const strings: string[] = [];
  for (const [index, item] of list.entries()) {
    if (typeof item === 'string') strings.push(item);
    else
      r.report(
        'wrong-type',
        childPath(childPath(path, key), index),
        `each of "${key}" must be a string, not ${typeName(item)}`,
      );
  }
  return strings;
}

export function kindHint(value: string, ids: readonly string[]): string {
  const normalised = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (ids.includes(normalised)) return `did you mean "${normalised}"?`;
  return didYouMean(value, ids, `use one of: ${ids.join(', ')}`);
}

/** Fields an import fills in: the original kind and the attributes kept from the file. */
export function importedExtras(
  r: Reader,
  raw: JsonObject,
  path: string,
): {
  originalKind?: string;
  attributes?: Record<string, AttributeValue>;
  placeholder?: boolean;
  weight?: number;
} {
  const extras: {
    originalKind?: string;
    attributes?: Record<string, AttributeValue>;
    placeholder?: boolean;
    weight?: number;
  } = {};
  const originalKind = r.optionalString(raw, 'originalKind', path);
  if (originalKind !== undefined) extras.originalKind = originalKind;
  const attributes = r.attributes(raw, path);
  if (attributes !== undefined) extras.attributes = attributes;
  return extras;
}
