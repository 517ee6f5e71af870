/**
 * Delimited text by RFC 4180: quoted cells with "" for a quote and line
 * breaks inside, CRLF, LF or CR between rows, a leading BOM ignored; the
 * delimiter told from the header line; and formula neutralisation, so that a
 * spreadsheet never runs a cell diplomap wrote.
 *
 * Cells are taken as written (no trimming: RFC 4180 counts spaces). An empty
 * cell is an absent value, but a quoted empty cell (`""`) is an empty text:
 * diplomap writes the one for a field it does not have and the other for a
 * field that is empty, so both come back as they were.
 */

export interface DelimitedSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type DelimitedParse =
  { rows: string[][]; lines: number[] } | { error: DelimitedSyntaxError };

export interface Scan {
  rows: string[][];
  /** For each row, the columns whose cell was written `""` (an empty text, not an absent value). */
  emptyTexts: Array<Set<number> | undefined>;
  lines: number[];
  /** Offset in the text where each row starts. */
  offsets: number[];
  /** With `cells`: the offset where each cell of each row starts. */
  cellOffsets: number[][];
}

export interface ScanOptions {
  from?: number;
  line?: number;
  lineStart?: number;
  maxRows?: number;
  cells?: boolean;
}

export function scanDelimited(
  text: string,
  delimiter: string,
  options: ScanOptions = {},
): Scan | { error: DelimitedSyntaxError } {
  const n = text.length;
  let i = options.from ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let line = options.line ?? 1;
  let lineStart = options.lineStart ?? i;
  const maxRows = options.maxRows ?? Infinity;
  const scan: Scan = { rows: [], emptyTexts: [], lines: [], offsets: [], cellOffsets: [] };
  const fail = (message: string, at: number, atLine = line, atStart = lineStart) => ({
    error: { message, line: atLine, column: at - atStart + 1 },
  });
  /** Moves past a line break at i, if any; returns whether there was one. */
  const breakLine = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === 13) {
      i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else if (c === 10) {
      i++;
    } else return false;
    line++;
    lineStart = i;
    return true;
  };
  while (i < n && scan.rows.length < maxRows) {
    const row: string[] = [];
    let emptyTexts: Set<number> | undefined;
    const cellOffsets: number[] = [];
    scan.lines.push(line);
    scan.offsets.push(i);
    for (;;) {
      cellOffsets.push(i);
      if (text[i] === '"') {
        const openLine = line;
        const openStart = lineStart;
        const open = i;
        i++;
        let value = '';
        let from = i;
        for (;;) {
          if (i >= n) return fail('a quoted cell is never closed', open, openLine, openStart);
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            break;
          }
          if (c === '\r' || c === '\n') {
            breakLine();
            value += text.slice(from, i);
            from = i;
            continue;
          }
          i++;
        }
        if (value === '') (emptyTexts ??= new Set()).add(row.length);
        row.push(value);
        if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          return fail(
            `the closing quote of a cell is followed by ${JSON.stringify(text[i])}, not by "${delimiter === '\t' ? '\\t' : delimiter}" or a line break (a quote inside a cell is written "")`,
            i,
          );
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text[j];
          if (c === delimiter || c === '\n' || c === '\r') break;
          if (c === '"') {
            return fail(
              'a quote in the middle of an unquoted cell (quote the whole cell and double the quote: "a ""b"" c")',
              j,
            );
          }
          j++;
        }
        row.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      breakLine();
      break;
    }
    scan.rows.push(row);
    scan.emptyTexts.push(emptyTexts);
    if (options.cells) scan.cellOffsets.push(cellOffsets);
  }
  return scan;
}

/**
 * Parses delimited text by RFC 4180: quoted cells with "" for a quote and line
 * breaks inside, CRLF or LF (or CR) between rows, a leading BOM ignored.
 * `lines[i]` is the 1-based line where row i starts. A blank line is a row of
 * one empty cell.
 */
export function parseDelimited(text: string, delimiter: string): DelimitedParse {
  const scan = scanDelimited(text, delimiter);
  if ('error' in scan) return scan;
  return { rows: scan.rows, lines: scan.lines };
}

/** The delimiter of a table, from its header line: the most frequent of tab, ";" and ",". */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/[\r\n]/);
  const header = (end === -1 ? body : body.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  const tabs = count('\t');
  const semicolons = count(';');
  const commas = count(',');
  if (tabs > 0 && tabs >= semicolons && tabs >= commas) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

/** The header row of a table (empty when the text has none or does not parse). */
export function headerOf(text: string, delimiter: string = detectDelimiter(text)): string[] {
  const scan = scanDelimited(text, delimiter, { maxRows: 1 });
  if ('error' in scan) return [];
  return (scan.rows[0] ?? []).map(unneutralise);
}

// ---------------------------------------------------------------------------
// Formula neutralisation

const FORMULA = /^'*[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralise(value: string): string {
  return FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes {@link neutralise}: strips one apostrophe, only before (apostrophes and) = + - @ tab CR. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}
