/**
 * Delimited text: CSV and TSV edge lists (with an optional node table), read
 * by RFC 4180 and written so that the round trip is exact and a spreadsheet
 * never runs a cell as a formula.
 *
 * Decisions:
 * - A header row is required; column names are matched case-insensitively,
 *   with spaces, "_" and "-" alike. Other columns are kept as attributes, as
 *   text (CSV has no types). A column named `attribute:<key>` is always the
 *   attribute `<key>` (the writer uses it for keys that would read as a field).
 * - Cells are taken as written: no trimming (RFC 4180 counts spaces); an
 *   empty cell is an absent value.
 * - A row with too few cells is an error (`missing-field`) when it lacks the
 *   source or target cell, otherwise a `syntax` warning (the missing cells
 *   are empty); a row with too many cells is a `syntax` warning (the extra
 *   cells are dropped). Blank lines are skipped.
 * - Without a node table, every name in the source and target columns is an
 *   actor (no placeholders); with one, an end it does not list becomes a
 *   placeholder actor with a `missing-endpoint` warning.
 * - Positions: `line` is the line of the cell, `column` its 1-based character
 *   column (UTF-16 units; the opening quote of a quoted cell), `path` names the
 *   row as a spreadsheet numbers it (header = row 1) and the column by its
 *   header: `row 4, column "date"`; issues of the node table start with "nodes".
 * - Formula neutralisation: the writer prefixes an apostrophe to a cell that
 *   starts with = + - @ tab or carriage return (after any apostrophes) unless
 *   it is a plain number; the reader strips one leading apostrophe only from a
 *   cell of that shape, so "=SUM(A1)" and "'=x" both come back exactly.
 */
import type { AttributeValue, Dataset, Evidence, Source, Story } from '../model/types';
import { isRelationStatus, type RelationStatusId } from '../model/vocabulary';
import { DatasetBuilder, dateOf, type ActorInput, type Place, type RelationInput } from './builder';
import {
  stubSource,
  type ImportFormat,
  type ImportIssue,
  type ImportResult,
  type ReadOptions,
} from './types';

// ---------------------------------------------------------------------------
// RFC 4180 parsing

export interface DelimitedSyntaxError {
  message: string;
  line: number;
  column: number;
}

export type DelimitedParse =
  { rows: string[][]; lines: number[] } | { error: DelimitedSyntaxError };

interface Scan {
  rows: string[][];
  lines: number[];
  /** Offset in the text where each row starts. */
  offsets: number[];
  /** With `cells`: the offset where each cell of each row starts. */
  cellOffsets: number[][];
}

interface ScanOptions {
  from?: number;
  line?: number;
  lineStart?: number;
  maxRows?: number;
  cells?: boolean;
}

function scanDelimited(
  text: string,
  delimiter: string,
  options: ScanOptions = {},
): Scan | { error: DelimitedSyntaxError } {
  const n = text.length;
  let i = options.from ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let line = options.line ?? 1;
  let lineStart = options.lineStart ?? i;
  const maxRows = options.maxRows ?? Infinity;
  const scan: Scan = { rows: [], lines: [], offsets: [], cellOffsets: [] };
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

// ---------------------------------------------------------------------------
// Lists and evidence in one cell

/** Aliases or ids joined with "; ", or as a JSON array when an item would not survive that. */
export function encodeList(list: readonly string[]): string {
  if (list.length === 0) return '';
  const unsafe =
    list.some((item) => item.includes(';') || item !== item.trim() || item === '') ||
    (list[0] as string).startsWith('[');
  return unsafe ? JSON.stringify(list) : list.join('; ');
}

export function decodeList(cell: string): string[] {
  if (cell.startsWith('[')) {
    try {
      const value = JSON.parse(cell) as unknown;
      if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value as string[];
    } catch {
      // Not JSON: read it as a "; " list.
    }
  }
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A JSON evidence list ([{source, quote}, ...]), or undefined when the value is not one. */
export function evidenceOf(value: unknown): Evidence[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: Evidence[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { source, quote } = item as { source?: unknown; quote?: unknown };
    if (typeof source !== 'string' || typeof quote !== 'string') return undefined;
    list.push({ source, quote });
  }
  return list;
}

function parseEvidenceCell(cell: string): Evidence[] | undefined {
  if (!cell.startsWith('[')) return undefined;
  try {
    return evidenceOf(JSON.parse(cell));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// A builder that keeps the diplomap fields the DatasetBuilder does not take

export interface ActorExtras {
  originalKind?: string;
  placeholder?: boolean;
  affiliation?: string;
  evidence?: Evidence[];
}

export interface RelationExtras {
  originalKind?: string;
  status?: RelationStatusId;
  claimedBy?: string[];
  note?: string;
  evidence?: Evidence[];
}

export interface DatasetMeta {
  title?: string;
  description?: string;
  sources?: Source[];
  stories?: Story[];
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * Feeds a {@link DatasetBuilder} and, once it has finished, puts back what a
 * diplomap-written file carries beyond the builder's inputs (status,
 * claimedBy, note, originalKind, full evidence, affiliation, placeholder).
 * The extras are keyed by the id the builder gives each element; that id is
 * worked out here the same way the builder does it (duplicates of a kept
 * relation become `id~n`, a relation without id `e<n>`).
 */
export class ExtendedBuilder {
  readonly builder: DatasetBuilder;
  private readonly actorIds = new Set<string>();
  private readonly relationIds = new Set<string>();
  private relationCount = 0;
  private readonly actorExtras = new Map<string, ActorExtras>();
  private readonly relationExtras = new Map<string, RelationExtras>();

  constructor(
    format: ImportFormat,
    title: string,
    private readonly importedOn = new Date().toISOString().slice(0, 10),
  ) {
    this.builder = new DatasetBuilder(format, title, importedOn);
  }

  get issues(): ImportIssue[] {
    return this.builder.issues;
  }

  report(issue: Omit<ImportIssue, 'line' | 'column' | 'path'>, place: Place = {}): void {
    this.builder.report(issue, place);
  }

  hasActor(id: string): boolean {
    return this.actorIds.has(id);
  }

  addActor(input: ActorInput, place: Place = {}, extras?: ActorExtras): void {
    const first = input.id.trim() !== '' && !this.actorIds.has(input.id);
    this.builder.addActor(input, place);
    if (!first) return;
    this.actorIds.add(input.id);
    if (extras && Object.keys(extras).length) this.actorExtras.set(input.id, extras);
  }

  addRelation(input: RelationInput, place: Place = {}, extras?: RelationExtras): void {
    this.relationCount++;
    this.builder.addRelation(input, place);
    if (input.source.trim() === '' || input.target.trim() === '') return;
    let id = input.id?.trim() ? input.id : `e${this.relationCount}`;
    if (this.relationIds.has(id)) id = `${id}~${this.relationCount}`;
    if (input.source === input.target) return;
    this.relationIds.add(id);
    if (extras && Object.keys(extras).length) this.relationExtras.set(id, extras);
  }

  finish(meta: DatasetMeta = {}): ImportResult {
    const result = this.builder.finish();
    const dataset = result.dataset;
    if (!dataset) return result;
    for (const actor of dataset.actors) {
      const extras = this.actorExtras.get(actor.id);
      if (!extras) continue;
      if (extras.originalKind !== undefined && actor.kind === 'other' && !actor.originalKind)
        actor.originalKind = extras.originalKind;
      if (extras.placeholder) actor.placeholder = true;
      if (extras.affiliation !== undefined) actor.affiliation = extras.affiliation;
      if (extras.evidence?.length) actor.evidence = extras.evidence;
    }
    for (const relation of dataset.relations) {
      const extras = this.relationExtras.get(relation.id);
      if (!extras) continue;
      if (extras.originalKind !== undefined && relation.kind === 'other' && !relation.originalKind)
        relation.originalKind = extras.originalKind;
      if (extras.status !== undefined) relation.status = extras.status;
      if (extras.claimedBy?.length) relation.claimedBy = extras.claimedBy;
      if (extras.note !== undefined) relation.note = extras.note;
      if (extras.evidence) relation.evidence = extras.evidence;
    }
    dataset.sources = this.sourcesFor(dataset, meta.sources ?? []);
    if (meta.title) dataset.title = meta.title;
    if (meta.description) dataset.description = meta.description;
    if (meta.stories?.length) dataset.stories = meta.stories;
    return result;
  }

  /** The sources the file declares, and one for every other source its evidence names. */
  private sourcesFor(dataset: Dataset, declared: Source[]): Source[] {
    const sources = [...declared];
    const known = new Set(declared.map((source) => source.id));
    const evidence = [
      ...dataset.actors.flatMap((actor) => actor.evidence ?? []),
      ...dataset.relations.flatMap((relation) => relation.evidence),
    ];
    for (const { source } of evidence) {
      if (known.has(source)) continue;
      known.add(source);
      sources.push(
        stubSource(source, source === 'imported' ? dataset.title : source, this.importedOn),
      );
    }
    return sources;
  }
}

// ---------------------------------------------------------------------------
// Tables with named columns

export function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

const ATTRIBUTE_PREFIX = 'attribute:';

/** Maps roles to column indexes: canonical names first, then synonyms, in order. */
function assignColumns<Role extends string>(
  header: string[],
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
        (name, i) => name === wanted && !taken.has(i) && !header[i]!.startsWith(ATTRIBUTE_PREFIX),
      );
      if (index === -1) continue;
      roles.set(role, index);
      taken.add(index);
    }
  }
  return roles;
}

/** Every name a role may go by, to tell which attribute keys need the prefix. */
function reservedNames(names: Record<string, readonly string[]>): Set<string> {
  return new Set(Object.values(names).flat());
}

const EDGE_COLUMNS = {
  id: ['id'],
  source: ['source', 'from', 'actor1', 'source_actor', 'actor_1'],
  target: ['target', 'to', 'actor2', 'target_actor', 'actor_2'],
  kind: ['kind', 'type', 'relation', 'interaction', 'label'],
  originalKind: ['original_kind'],
  date: ['date', 'time', 'start'],
  status: ['status'],
  claimedBy: ['claimed_by'],
  note: ['note'],
  weight: ['weight', 'value'],
  quote: ['quote', 'text'],
  evidence: ['evidence'],
} as const;

const NODE_COLUMNS = {
  id: ['id'],
  name: ['name', 'label'],
  kind: ['kind', 'type'],
  originalKind: ['original_kind'],
  role: ['role'],
  affiliation: ['affiliation'],
  aliases: ['aliases', 'alias'],
  description: ['description'],
  placeholder: ['placeholder'],
  evidence: ['evidence'],
} as const;

type EdgeRole = keyof typeof EDGE_COLUMNS;
type NodeRole = keyof typeof NODE_COLUMNS;

/** A parsed table: its header, its rows, and where each cell is in the text. */
export class Table {
  readonly header: string[];
  readonly rows: string[][];
  private readonly lines: number[];
  private readonly offsets: number[];
  private lineStarts?: number[];

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    scan: Scan,
    /** "" for the edge table, "nodes " for the node table. */
    private readonly prefix: string,
  ) {
    this.header = (scan.rows[0] ?? []).map(unneutralise);
    this.rows = scan.rows.slice(1);
    this.lines = scan.lines.slice(1);
    this.offsets = scan.offsets.slice(1);
  }

  /** Row i (0-based among data rows), or one of its cells by column index. */
  place(row: number, column?: number): Place {
    const path = `${this.prefix}row ${row + 2}`;
    const line = this.lines[row] ?? 1;
    if (column === undefined) return { line, column: 1, path };
    const name = this.header[column] ?? `#${column + 1}`;
    const named = `${path}, column ${JSON.stringify(name)}`;
    const scan = scanDelimited(this.text, this.delimiter, {
      from: this.offsets[row] ?? 0,
      maxRows: 1,
      cells: true,
      line,
      lineStart: this.lineStartOf(line),
    });
    const offset = 'error' in scan ? undefined : scan.cellOffsets[0]?.[column];
    if (offset === undefined) return { line, column: 1, path: named };
    return { ...this.position(offset), path: named };
  }

  /** Place of a header cell. */
  headerPlace(column?: number): Place {
    const path = `${this.prefix}header`;
    if (column === undefined) return { line: 1, column: 1, path };
    const scan = scanDelimited(this.text, this.delimiter, { maxRows: 1, cells: true });
    const offset = 'error' in scan ? undefined : scan.cellOffsets[0]?.[column];
    const named = `${path}, column ${JSON.stringify(this.header[column] ?? '')}`;
    return offset === undefined
      ? { line: 1, column: 1, path: named }
      : { ...this.position(offset), path: named };
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  private lineStartOf(line: number): number {
    return this.starts()[line - 1] ?? 0;
  }

  private position(offset: number): { line: number; column: number } {
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }
}

/** Parses a table and checks its header; reports and returns undefined when it cannot be read. */
export function openTable(
  builder: ExtendedBuilder,
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

export function isBlank(row: string[]): boolean {
  return row.length === 1 && row[0] === '';
}

/** Attribute columns: every column without a role, by its key. Duplicate names are reported. */
export function attributeColumns(
  builder: ExtendedBuilder,
  table: Table,
  roles: Map<string, number>,
): Array<[number, string]> {
  const used = new Set(roles.values());
  const seen = new Set<string>();
  const columns: Array<[number, string]> = [];
  table.header.forEach((name, index) => {
    if (used.has(index)) return;
    const prefixed = name.startsWith(ATTRIBUTE_PREFIX);
    const key = prefixed ? name.slice(ATTRIBUTE_PREFIX.length) : name;
    if (key === '' && !prefixed) return;
    if (seen.has(key)) {
      builder.report(
        {
          category: 'duplicate-id',
          severity: 'warning',
          message: `the column "${name}" appears twice; the later one is dropped`,
        },
        table.headerPlace(index),
      );
      return;
    }
    seen.add(key);
    columns.push([index, key]);
  });
  return columns;
}

export function attributesOf(
  row: string[],
  columns: Array<[number, string]>,
): Record<string, AttributeValue> | undefined {
  let attributes: Record<string, AttributeValue> | undefined;
  for (const [index, key] of columns) {
    const value = row[index];
    if (value === undefined || value === '') continue;
    attributes ??= Object.create(null) as Record<string, AttributeValue>;
    attributes[key] = value;
  }
  return attributes;
}

/** Reports a row with the wrong number of cells; returns false when it cannot be used. */
export function checkWidth(
  builder: ExtendedBuilder,
  table: Table,
  row: string[],
  index: number,
  required: number[],
): boolean {
  const width = table.header.length;
  if (row.length === width) return true;
  const missing = required.filter((column) => column >= row.length);
  if (missing.length) {
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: `the row has ${row.length} cells and the header ${width}: it has no ${missing.map((c) => `"${table.header[c]}"`).join(' or ')} cell`,
      },
      table.place(index, row.length - 1),
    );
    return false;
  }
  builder.report(
    {
      category: 'syntax',
      severity: 'warning',
      message:
        row.length < width
          ? `the row has ${row.length} cells and the header ${width}; the missing cells are read as empty`
          : `the row has ${row.length} cells and the header ${width}; the extra cells are dropped`,
    },
    table.place(index, Math.min(row.length, width) - 1),
  );
  return true;
}

function cellOf<Role extends string>(
  row: string[],
  roles: Map<Role, number>,
  role: Role,
): string | undefined {
  const index = roles.get(role);
  if (index === undefined) return undefined;
  const value = row[index];
  return value === undefined || value === '' ? undefined : value;
}

/** Reads a node table into the builder; returns false on a fatal problem. */
function readNodes(builder: ExtendedBuilder, text: string): boolean {
  const table = openTable(builder, text, detectDelimiter(text), 'nodes ');
  if (!table) return false;
  const roles = assignColumns<NodeRole>(table.header, NODE_COLUMNS);
  if (!roles.has('id')) {
    if (!roles.has('name')) {
      builder.report(
        {
          category: 'missing-field',
          severity: 'error',
          message: 'the node table has no "id" column (nor "name" or "label" to use as the id)',
        },
        table.headerPlace(),
      );
      return false;
    }
    roles.set('id', roles.get('name') as number);
  }
  const attributes = attributeColumns(builder, table, roles);
  table.rows.forEach((raw, index) => {
    if (isBlank(raw)) return;
    const row = raw.map(unneutralise);
    if (!checkWidth(builder, table, row, index, [roles.get('id') as number])) return;
    const cell = (role: NodeRole) => cellOf(row, roles, role);
    const id = cell('id') ?? '';
    const place = table.place(index, roles.get('id'));
    const input: ActorInput = { id };
    const name = cell('name');
    if (name !== undefined) input.name = name;
    const kind = cell('kind');
    const originalKind = cell('originalKind');
    if (kind !== undefined) input.kind = kind;
    const aliases = cell('aliases');
    if (aliases !== undefined) input.aliases = decodeList(aliases);
    const role = cell('role');
    if (role !== undefined) input.role = role;
    const description = cell('description');
    if (description !== undefined) input.description = description;
    const attributeValues = attributesOf(row, attributes);
    if (attributeValues) input.attributes = attributeValues;
    const extras: ActorExtras = {};
    if (originalKind !== undefined) extras.originalKind = originalKind;
    const affiliation = cell('affiliation');
    if (affiliation !== undefined) extras.affiliation = affiliation;
    const placeholder = cell('placeholder');
    if (placeholder !== undefined) {
      if (/^(true|yes|1)$/i.test(placeholder)) extras.placeholder = true;
      else if (!/^(false|no|0)$/i.test(placeholder))
        builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `placeholder "${placeholder}" is not true or false; it is ignored`,
          },
          table.place(index, roles.get('placeholder')),
        );
    }
    const evidence = cell('evidence');
    if (evidence !== undefined) {
      const list = parseEvidenceCell(evidence);
      if (list) extras.evidence = list;
      else
        builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message:
              'the evidence cell is not a JSON list of {"source", "quote"}; it is kept as the attribute "evidence"',
          },
          table.place(index, roles.get('evidence')),
        );
      if (!list) {
        input.attributes ??= Object.create(null) as Record<string, AttributeValue>;
        input.attributes.evidence = evidence;
      }
    }
    const before = builder.issues.length;
    builder.addActor(input, place, extras);
    // The builder gives every issue of a node the place of its id; a kind goes to its own cell.
    for (const issue of builder.issues.slice(before)) {
      if (issue.category === 'unknown-kind')
        Object.assign(issue, table.place(index, roles.get('kind')));
    }
  });
  return true;
}

export interface EdgeListOptions extends ReadOptions {
  /** The delimiter; detected from the header line when absent. */
  delimiter?: string;
  /** A node table (CSV or TSV text) to go with the edge list. */
  nodes?: string;
}

/** Reads a CSV or TSV edge list, with an optional node table, into a dataset and its report. */
export function readEdgeList(text: string, options: EdgeListOptions = {}): ImportResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const format: ImportFormat = delimiter === '\t' ? 'tsv' : 'csv';
  const builder = new ExtendedBuilder(
    format,
    options.title ?? 'Imported edge list',
    options.importedOn,
  );
  const table = openTable(builder, text, delimiter, '');
  if (!table) return builder.finish();
  const roles = assignColumns<EdgeRole>(table.header, EDGE_COLUMNS);
  const direction = directionColumn(table, roles);
  for (const end of ['source', 'target'] as const) {
    if (roles.has(end)) continue;
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: `the header names no ${end} column (expected one of ${EDGE_COLUMNS[end].map((name) => `"${name}"`).join(', ')})`,
      },
      table.headerPlace(),
    );
  }
  if (!roles.has('source') || !roles.has('target')) return builder.finish();
  const source = roles.get('source') as number;
  const target = roles.get('target') as number;
  const withNodes = options.nodes !== undefined && options.nodes.trim() !== '';
  if (withNodes && !readNodes(builder, options.nodes as string)) return builder.finish();
  const consumed = new Map<string, number>(roles);
  if (direction !== undefined) consumed.set('direction', direction);
  const attributes = attributeColumns(builder, table, consumed);
  const rows = table.rows.filter((row) => !isBlank(row));
  if (rows.length === 0 && !withNodes) {
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: 'the table has a header but no rows: there is nothing to import',
      },
      table.headerPlace(),
    );
    return builder.finish();
  }

  table.rows.forEach((raw, index) => {
    if (isBlank(raw)) return;
    const row = raw.map(unneutralise);
    if (!checkWidth(builder, table, row, index, [source, target])) return;
    const cell = (role: EdgeRole) => cellOf(row, roles, role);
    const ends = { source: row[source] ?? '', target: row[target] ?? '' };
    if (!withNodes) {
      for (const end of [ends.source, ends.target]) {
        if (end.trim() !== '' && !builder.hasActor(end)) builder.addActor({ id: end, name: end });
      }
    }
    const input: RelationInput = { source: ends.source, target: ends.target };
    const id = cell('id');
    if (id !== undefined) input.id = id;
    const kind = cell('kind');
    const originalKind = cell('originalKind');
    if (kind !== undefined) input.kind = kind;
    else if (originalKind !== undefined) input.kind = 'other';
    const directed = direction === undefined ? undefined : row[direction]?.trim().toLowerCase();
    if (directed) input.directed = directed === 'directed';
    const date = cell('date');
    if (date !== undefined) input.date = date;
    const weight = cell('weight');
    if (weight !== undefined) input.weight = weight;
    const extras: RelationExtras = {};
    if (originalKind !== undefined) extras.originalKind = originalKind;
    const attributeValues = attributesOf(row, attributes);
    if (attributeValues) input.attributes = attributeValues;
    const keep = (key: string, value: string) => {
      input.attributes ??= Object.create(null) as Record<string, AttributeValue>;
      input.attributes[key] = value;
    };
    const status = cell('status');
    if (status !== undefined) {
      if (isRelationStatus(status)) extras.status = status;
      else {
        builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `status "${status}" is not one of diplomap's statuses; it is kept as the attribute "status"`,
          },
          table.place(index, roles.get('status')),
        );
        keep('status', status);
      }
    }
    const claimedBy = cell('claimedBy');
    if (claimedBy !== undefined) extras.claimedBy = decodeList(claimedBy);
    const note = cell('note');
    if (note !== undefined) extras.note = note;
    const quote = cell('quote');
    const evidence = cell('evidence');
    const list = evidence === undefined ? undefined : parseEvidenceCell(evidence);
    if (list) extras.evidence = list;
    else if (quote !== undefined) input.quote = quote;
    else if (evidence !== undefined) input.quote = evidence;
    if (evidence !== undefined && !list && quote !== undefined) keep('evidence', evidence);

    // Where the builder's complaints about this row belong.
    const unknownEnd =
      withNodes && !builder.hasActor(ends.source)
        ? source
        : withNodes && !builder.hasActor(ends.target)
          ? target
          : undefined;
    const place = table.place(index, unknownEnd);
    const before = builder.issues.length;
    builder.addRelation(input, place, extras);
    refinePlaces(builder.issues.slice(before), table, index, roles, input);
  });
  return builder.finish();
}

const DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);

/**
 * Gephi's edge tables have a "Type" column that says "Directed" or
 * "Undirected": when the kind column holds nothing else, it is the direction,
 * and the kind is looked for among the remaining names (relation,
 * interaction, label).
 */
function directionColumn(table: Table, roles: Map<EdgeRole, number>): number | undefined {
  const column = roles.get('kind');
  if (column === undefined) return undefined;
  let any = false;
  for (const row of table.rows) {
    const value = row[column]?.trim().toLowerCase();
    if (!value) continue;
    if (!DIRECTIONS.has(value)) return undefined;
    any = true;
  }
  if (!any) return undefined;
  roles.delete('kind');
  const taken = new Set(roles.values());
  taken.add(column);
  const normal = table.header.map(normaliseName);
  for (const name of EDGE_COLUMNS.kind) {
    const index = normal.findIndex((cell, i) => cell === name && !taken.has(i));
    if (index !== -1) {
      roles.set('kind', index);
      break;
    }
  }
  return column;
}

/** Moves each issue the builder raised for a row to the cell it is about. */
export function refinePlaces(
  issues: ImportIssue[],
  table: Table,
  row: number,
  roles: Map<string, number>,
  input: RelationInput,
): void {
  let dateBad =
    input.date !== undefined && input.date.trim() !== '' && dateOf(input.date) === undefined;
  let weightBad =
    input.weight !== undefined && input.weight !== '' && !Number.isFinite(Number(input.weight));
  for (const issue of issues) {
    let column: number | undefined;
    if (issue.category === 'unknown-kind') column = roles.get('kind');
    else if (issue.category === 'duplicate-id') column = roles.get('id');
    else if (issue.category === 'missing-field')
      column = input.source.trim() === '' ? roles.get('source') : roles.get('target');
    else if (issue.category === 'bad-value' && dateBad) {
      column = roles.get('date');
      dateBad = false;
    } else if (issue.category === 'bad-value' && weightBad) {
      column = roles.get('weight');
      weightBad = false;
    } else continue;
    if (column !== undefined) Object.assign(issue, table.place(row, column));
  }
}

// ---------------------------------------------------------------------------
// Writing

function csvCell(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvText(rows: string[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Attribute keys in order of first use, each with the column name that reads back as it. */
function attributeHeader(
  items: Array<{ attributes?: Record<string, AttributeValue> }>,
  reserved: Set<string>,
): Array<[string, string]> {
  const keys = new Set<string>();
  for (const item of items) {
    if (item.attributes) for (const key of Object.keys(item.attributes)) keys.add(key);
  }
  return [...keys].map((key) => [
    key,
    reserved.has(normaliseName(key)) || key.startsWith(ATTRIBUTE_PREFIX) || key.trim() === ''
      ? `${ATTRIBUTE_PREFIX}${key}`
      : key,
  ]);
}

function attributeCells(
  item: { attributes?: Record<string, AttributeValue> },
  keys: Array<[string, string]>,
): string[] {
  const attributes = item.attributes;
  return keys.map(([key]) =>
    attributes && hasOwn(attributes, key) ? String(attributes[key]) : '',
  );
}

function evidenceCell(evidence: Evidence[] | undefined): string {
  return evidence?.length
    ? JSON.stringify(evidence.map(({ source, quote }) => ({ source, quote })))
    : '';
}

/**
 * Writes a dataset as two CSV files (RFC 4180, CRLF, no BOM): its actors and
 * its relations. Evidence is a JSON list in one cell so nothing is lost; the
 * first quote is also in a "quote" column for people and other tools.
 */
export function writeCsv(dataset: Dataset): { actors: string; relations: string } {
  const actorKeys = attributeHeader(dataset.actors, reservedNames(NODE_COLUMNS));
  const actorRows: string[][] = [
    [
      'id',
      'name',
      'kind',
      'original_kind',
      'role',
      'affiliation',
      'aliases',
      'description',
      'placeholder',
      'evidence',
      ...actorKeys.map(([, column]) => column),
    ],
  ];
  for (const actor of dataset.actors) {
    actorRows.push([
      actor.id,
      actor.name,
      actor.kind,
      actor.originalKind ?? '',
      actor.role ?? '',
      actor.affiliation ?? '',
      encodeList(actor.aliases ?? []),
      actor.description ?? '',
      actor.placeholder ? 'true' : '',
      evidenceCell(actor.evidence),
      ...attributeCells(actor, actorKeys),
    ]);
  }
  const relationKeys = attributeHeader(dataset.relations, reservedNames(EDGE_COLUMNS));
  const relationRows: string[][] = [
    [
      'id',
      'source',
      'target',
      'kind',
      'original_kind',
      'date',
      'status',
      'claimed_by',
      'note',
      'weight',
      'quote',
      'evidence',
      ...relationKeys.map(([, column]) => column),
    ],
  ];
  for (const relation of dataset.relations) {
    relationRows.push([
      relation.id,
      relation.source,
      relation.target,
      relation.kind,
      relation.originalKind ?? '',
      relation.date ?? '',
      relation.status ?? '',
      encodeList(relation.claimedBy ?? []),
      relation.note ?? '',
      relation.weight === undefined ? '' : String(relation.weight),
      relation.evidence[0]?.quote ?? '',
      evidenceCell(relation.evidence),
      ...attributeCells(relation, relationKeys),
    ]);
  }
  return { actors: csvText(actorRows), relations: csvText(relationRows) };
}
