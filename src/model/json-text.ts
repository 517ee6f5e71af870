/**
 * JSON text with positions. `JSON.parse` is fast but its error messages differ
 * between engines and may not give a position, and it forgets where each value
 * stood. This scanner walks the text once to find the first syntax error (with
 * line and column) or, for a valid text, the offset of every value by its JSON
 * path, so that a problem found later can say where it is in the file.
 *
 * Nesting is limited to {@link MAX_JSON_DEPTH} levels: deeper text is refused
 * with its place, before anything walks it recursively (a 50,000-deep array
 * would otherwise overflow the stack of every function that walks values).
 */
import { LineIndex, lineColumn } from './text-position';

export { lineColumn };

/** The deepest nesting of arrays and objects read; no dataset or graph file comes near it. */
export const MAX_JSON_DEPTH = 256;

export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
  /** The text is valid JSON but nests deeper than {@link MAX_JSON_DEPTH}. */
  tooDeep?: true;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** Parses JSON text; on failure (or nesting too deep), says what is wrong and where. */
export function parseJsonText(text: string): JsonParseResult {
  let value: unknown;
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    value = JSON.parse(body) as unknown;
  } catch {
    return { ok: false, error: located(text, scanJson(text).error) };
  }
  if (depthOf(value) <= MAX_JSON_DEPTH) return { ok: true, value };
  // The scanner stops where the nesting goes too deep.
  return { ok: false, error: located(text, scanJson(text).error) };
}

function located(text: string, error: ScanResult['error']): JsonSyntaxError {
  const found = error ?? { message: 'invalid JSON', offset: 0 };
  return { ...found, ...lineColumn(text, found.offset) };
}

/**
 * How deeply a parsed value nests arrays and objects (walked without
 * recursion, and without allocating per value: it runs on every file read).
 */
export function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 1;
  const items: object[] = [value];
  const depths: number[] = [1];
  while (items.length > 0) {
    const item = items.pop() as Record<string, unknown>;
    const level = (depths.pop() as number) + 1;
    for (const key in item) {
      const child = item[key];
      if (typeof child !== 'object' || child === null) continue;
      if (level > deepest) deepest = level;
      if (level > MAX_JSON_DEPTH) return level;
      items.push(child);
      depths.push(level);
    }
  }
  return deepest;
}

/** Appends a key or index to a JSON path: `relations` + 3 → `relations[3]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

interface ScanResult {
  error?: { message: string; offset: number; tooDeep?: true };
  /** Offset of the start of each value, by JSON path. */
  offsets: Map<string, number>;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly tooDeep = false,
  ) {
    super(message);
  }
}

/** Walks JSON text, recording where each value starts; stops at the first syntax error. */
export function scanJson(text: string): ScanResult {
  const offsets = new Map<string, number>();
  let i = 0;

  const describe = (at: number): string =>
    at >= text.length ? 'the end of the text' : JSON.stringify(text[at]);
  const fail = (expected: string, at = i): never => {
    throw new ScanError(`expected ${expected} but found ${describe(at)}`, at);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const expectChar = (c: string, what: string): void => {
    if (text[i] !== c) fail(what);
    i++;
  };

  const scanString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            throw new ScanError('invalid \\u escape in a string', i);
          }
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          throw new ScanError('invalid escape in a string', i);
        }
      } else if (c < 32) {
        throw new ScanError(
          c === 10
            ? 'unterminated string (a line break inside quotes)'
            : 'control character in a string',
          i,
        );
      } else {
        i++;
      }
    }
    throw new ScanError('unterminated string', start);
  };

  const scanNumber = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') fail('a value');
    i += (match as RegExpExecArray)[0].length;
  };

  const scanValue = (path: string, depth: number): void => {
    skipSpace();
    offsets.set(path, i);
    const c = text[i];
    if ((c === '{' || c === '[') && depth >= MAX_JSON_DEPTH) {
      throw new ScanError(
        `the JSON nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels, which diplomap does not read (no dataset or graph needs that many)`,
        i,
        true,
      );
    }
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a key (no comma before "}")' : 'a quoted key');
        const key = scanString();
        skipSpace();
        expectChar(':', '":" after a key');
        scanValue(childPath(path, key), depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expectChar('}', '"," or "}" after a value');
        return;
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        scanValue(childPath(path, index), depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          skipSpace();
          if (text[i] === ']') fail('a value (no comma before "]")');
          continue;
        }
        expectChar(']', '"," or "]" after a value');
        return;
      }
    }
    if (c === '"') {
      scanString();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      scanNumber();
      return;
    }
    fail('a value');
  };

  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    scanValue('', 0);
    skipSpace();
    if (i < text.length) fail('the end of the text after the value');
    return { offsets };
  } catch (error) {
    if (error instanceof ScanError) {
      const found: ScanResult['error'] = { message: error.message, offset: error.offset };
      if (error.tooDeep) found.tooDeep = true;
      return { error: found, offsets };
    }
    throw error;
  }
}

/**
 * The steps of a path made by {@link childPath}: `relations[3].evidence` →
 * ["relations", 3, "evidence"]; undefined for text that is no such path.
 */
export function pathSteps(path: string): Array<string | number> | undefined {
  const steps: Array<string | number> = [];
  let i = 0;
  const name = /^[A-Za-z_$][\w$]*/;
  while (i < path.length) {
    if (path[i] === '[') {
      const index = /^\[(\d+)\]/.exec(path.slice(i));
      if (index) {
        steps.push(Number(index[1]));
        i += index[0].length;
        continue;
      }
      const quoted = /^\["(?:[^"\\]|\\.)*"\]/.exec(path.slice(i));
      if (!quoted) return undefined;
      steps.push(JSON.parse(quoted[0].slice(1, -1)) as string);
      i += quoted[0].length;
      continue;
    }
    const dot = i === 0 ? 0 : path[i] === '.' ? 1 : -1;
    if (dot === -1) return undefined;
    const key = name.exec(path.slice(i + dot));
    if (!key) return undefined;
    steps.push(key[0]);
    i += dot + key[0].length;
  }
  return steps;
}

/**
 * Line and column for JSON paths: each at the value it names, or at the
 * nearest enclosing value the text has (a missing field is placed at its
 * object). Paths that are not JSON paths are left unplaced.
 */
export class JsonPlaces {
  private offsets?: Map<string, number>;
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  at(path: string): { line: number; column: number } | undefined {
    const steps = pathSteps(path);
    if (steps === undefined) return undefined;
    const offsets = (this.offsets ??= scanJson(this.text).offsets);
    for (let length = steps.length; length >= 0; length--) {
      const prefix = steps
        .slice(0, length)
        .reduce<string>((parent, step) => childPath(parent, step), '');
      const offset = offsets.get(prefix);
      if (offset !== undefined) return this.lines.at(offset);
    }
    return undefined;
  }
}
