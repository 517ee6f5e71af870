/**
 * A table with named columns: its header, its rows, where each cell is in
 * the text (line and column, and a path as a spreadsheet names it: `row 4,
 * column "date"`), which column holds which field, and the rest as
 * attributes. Shared by edge lists, node tables and event tables.
 */
import type { AttributeValue } from '../../model/types';
import { LineIndex } from '../../model/text-position';
import type { DatasetBuilder } from '../shared/builder';
import { freshRecord } from '../shared/inputs';
import { prefixedAttribute } from '../shared/lists';
import type { Place } from '../shared/types';
import { scanDelimited, unneutralise, type Scan } from './scan';

/** Header names compared: trimmed, lower case, spaces, "_" and "-" alike. */
export function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** Maps roles to column indexes: each role's first name first, then the others, rank by rank. */
export function assignColumns<Role extends string>(
  header: readonly string[],
  names: Record<Role, readonly string[]>,
): Map<Role, number> {
  const normal = header.map(normaliseName);
  const roles = new Map<Role, number>();
  const taken = new Set<number>();
  const entries = Object.entries(names) as Array<[Role, readonly string[]]>;
  const longest = Math.max(...entries.map(([, list]) => list.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const [role, list] of entries) {
      const wanted = list[rank];
      if (roles.has(role) || wanted === undefined) continue;
      const index = normal.findIndex(
        (name, i) =>
          name === wanted && !taken.has(i) && prefixedAttribute(header[i] as string) === undefined,
      );
      if (index === -1) continue;
      roles.set(role, index);
      taken.add(index);
    }
  }
  return roles;
}

export class Table {
  readonly header: string[];
  readonly rows: string[][];
  private readonly emptyTexts: Array<Set<number> | undefined>;
  private readonly lines: number[];
  private readonly offsets: number[];
  private readonly index: LineIndex;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    scan: Scan,
    /** "" for the edge or event table, "nodes " for the node table. */
    private readonly prefix: string,
  ) {
    this.header = (scan.rows[0] ?? []).map(unneutralise);
    this.rows = scan.rows.slice(1);
    this.emptyTexts = scan.emptyTexts.slice(1);
    this.lines = scan.lines.slice(1);
    this.offsets = scan.offsets.slice(1);
    this.index = new LineIndex(text);
  }

  /** A cell's value: undefined when absent (missing or empty), "" only for an empty text (`""`). */
  cell(row: number, column: number | undefined): string | undefined {
    if (column === undefined) return undefined;
    const value = this.rows[row]?.[column];
    if (value === undefined) return undefined;
    if (value !== '') return unneutralise(value);
    return this.emptyTexts[row]?.has(column) ? '' : undefined;
  }

  isBlank(row: number): boolean {
    const cells = this.rows[row];
    return cells !== undefined && cells.length === 1 && cells[0] === '';
  }

  /** Row i (0-based among data rows), or one of its cells by column index. */
  place(row: number, column?: number): Place {
    const path = `${this.prefix}row ${row + 2}`;
    const line = this.lines[row] ?? 1;
    if (column === undefined) return { line, column: 1, path };
    const named = `${path}, column ${JSON.stringify(this.header[column] ?? `#${column + 1}`)}`;
    const scan = scanDelimited(this.text, this.delimiter, {
      from: this.offsets[row] ?? 0,
      maxRows: 1,
      cells: true,
      line,
      lineStart: this.index.offsetOf(line, 1),
    });
    const offset = 'error' in scan ? undefined : scan.cellOffsets[0]?.[column];
    if (offset === undefined) return { line, column: 1, path: named };
    return { ...this.index.at(offset), path: named };
  }

  /** Place of the header, or of one of its cells. */
  headerPlace(column?: number): Place {
    const path = `${this.prefix}header`;
    if (column === undefined) return { line: 1, column: 1, path };
    const scan = scanDelimited(this.text, this.delimiter, { maxRows: 1, cells: true });
    const offset = 'error' in scan ? undefined : scan.cellOffsets[0]?.[column];
    const named = `${path}, column ${JSON.stringify(this.header[column] ?? '')}`;
    return offset === undefined
      ? { line: 1, column: 1, path: named }
      : { ...this.index.at(offset), path: named };
  }

  /**
   * The columns without a role, as attributes: [index, key]. A column named
   * `attribute:<key>` is the attribute <key>; a repeated name is reported.
   */
  attributeColumns(builder: DatasetBuilder, used: Iterable<number>): Array<[number, string]> {
    const taken = new Set(used);
    const seen = new Set<string>();
    const columns: Array<[number, string]> = [];
    this.header.forEach((name, index) => {
      if (taken.has(index)) return;
      const prefixed = prefixedAttribute(name);
      const key = prefixed ?? name;
      if (prefixed === undefined && key === '') return;
      if (seen.has(key)) {
        builder.report(
          {
            category: 'duplicate-id',
            severity: 'warning',
            message: `the column "${name}" appears twice; the later one is dropped`,
          },
          this.headerPlace(index),
        );
        return;
      }
      seen.add(key);
      columns.push([index, key]);
    });
    return columns;
  }

  /** A row's attributes, by the columns {@link attributeColumns} chose; undefined when it has none. */
  attributes(
    row: number,
    columns: ReadonlyArray<[number, string]>,
  ): Record<string, AttributeValue> | undefined {
    let attributes: Record<string, AttributeValue> | undefined;
    for (const [index, key] of columns) {
      const value = this.cell(row, index);
      if (value === undefined) continue;
      attributes ??= freshRecord<AttributeValue>();
      attributes[key] = value;
    }
    return attributes;
  }

  /** Reports a table that has a header and nothing else (an error: there is nothing to import). */
  reportIfEmpty(builder: DatasetBuilder): boolean {
    if (!this.rows.every((_, row) => this.isBlank(row))) return false;
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: 'the table has a header but no rows: there is nothing to import',
      },
      this.headerPlace(),
    );
    return true;
  }

  /** Reports a row with the wrong number of cells; returns false when it cannot be used. */
  checkWidth(builder: DatasetBuilder, row: number, required: readonly number[]): boolean {
    const width = this.header.length;
    const length = this.rows[row]?.length ?? 0;
    if (length === width) return true;
    const missing = required.filter((column) => column >= length);
    if (missing.length) {
      builder.report(
        {
          category: 'missing-field',
          severity: 'error',
          message: `the row has ${length} cells and the header ${width}: it has no ${missing.map((c) => `"${this.header[c]}"`).join(' or ')} cell`,
        },
        this.place(row, length - 1),
      );
      return false;
    }
    builder.report(
      {
        category: 'syntax',
        severity: 'warning',
        message:
          length < width
            ? `the row has ${length} cells and the header ${width}; the missing cells are read as empty`
            : `the row has ${length} cells and the header ${width}; the extra cells are dropped`,
      },
      this.place(row, Math.min(length, width) - 1),
    );
    return true;
  }
}

/** Parses a table and checks its header; reports and returns undefined when it cannot be read. */
export function openTable(
  builder: DatasetBuilder,
  text: string,
  delimiter: string,
  prefix: string,
): Table | undefined {
  const scan = scanDelimited(text, delimiter);
  if ('error' in scan) {
    builder.report(
      { category: 'syntax', severity: 'error', message: scan.error.message },
      { line: scan.error.line, column: scan.error.column, path: `${prefix}table` },
    );
    return undefined;
  }
  const table = new Table(text, delimiter, scan, prefix);
  if (table.header.length === 0 || table.header.every((cell) => cell.trim() === '')) {
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: `the ${prefix}table is empty: it needs a header row naming its columns, then one row per ${prefix ? 'node' : 'relation'}`,
      },
      { line: 1, column: 1, path: `${prefix}header` },
    );
    return undefined;
  }
  return table;
}
