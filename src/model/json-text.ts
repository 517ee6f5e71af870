/**
 * JSON text with positions. `JSON.parse` is fast but its error messages differ
 * between engines and may not give a position, and it forgets where each value
 * stood. This scanner walks the text once to find the first syntax error (with
 * line and column) or, for a valid text, the offset of every value by its JSON
 * path, so that a problem found later can say where it is in the file.
 */

export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** Parses JSON text; on failure, says what is wrong and where. */
export function parseJsonText(text: string): JsonParseResult {
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const scan = scanJson(text);
    const error = scan.error ?? { message: 'invalid JSON', offset: 0 };
    return { ok: false, error: { ...error, ...lineColumn(text, error.offset) } };
  }
}

/** Appends a key or index to a JSON path: `relations` + 3 → `relations[3]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** 1-based line and column of an offset (a column counts UTF-16 code units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

interface ScanResult {
  error?: { message: string; offset: number };
  /** Offset of the start of each value, by JSON path. */
  offsets: Map<string, number>;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
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

  const scanValue = (path: string): void => {
    skipSpace();
    offsets.set(path, i);
    const c = text[i];
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
        scanValue(childPath(path, key));
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
        scanValue(childPath(path, index));
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
    scanValue('');
    skipSpace();
    if (i < text.length) fail('the end of the text after the value');
    return { offsets };
  } catch (error) {
    if (error instanceof ScanError) {
      return { error: { message: error.message, offset: error.offset }, offsets };
    }
    throw error;
  }
}
