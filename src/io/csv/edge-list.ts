/**
 * CSV and TSV edge lists, with an optional node table.
 *
 * Decisions:
 * - A header row is required; column names are matched case-insensitively,
 *   with spaces, "_" and "-" alike (see columns.ts). Other columns are kept
 *   as attributes, as text (CSV has no types); `attribute:<key>` is always
 *   the attribute <key>.
 * - A row with too few cells is an error (`missing-field`) when it lacks the
 *   source or target cell, otherwise a `syntax` warning (the missing cells
 *   are empty); a row with too many cells is a `syntax` warning (the extra
 *   cells are dropped). Blank lines are skipped. A row whose source or
 *   target is empty or NA names one side only: it is skipped, with one
 *   warning for all such rows.
 * - Without a node table, every name in the source and target columns is an
 *   actor (no placeholders); with one, an end it does not list becomes a
 *   placeholder actor with a `missing-endpoint` warning.
 * - Gephi's "Type" column of Directed/Undirected is the direction, not the kind.
 */
import { DatasetBuilder } from '../shared/builder';
import type { RelationField } from '../shared/inputs';
import { isMissing } from '../shared/values';
import type { ImportResult, ReadOptions } from '../shared/types';
import { EDGE_COLUMNS, NODE_COLUMNS, type EdgeRole, type NodeRole } from './columns';
import { detectDelimiter } from './scan';
import { assignColumns, normaliseName, openTable, type Table } from './table';

export interface EdgeListOptions extends ReadOptions {
  /** The delimiter; detected from the header line when absent. */
  delimiter?: string;
  /** A node table (CSV or TSV text) to go with the edge list. */
  nodes?: string;
}

/** Reads a node table into the builder; returns false on a fatal problem. */
function readNodes(builder: DatasetBuilder, text: string): boolean {
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
  const attributes = table.attributeColumns(builder, roles.values());
  table.rows.forEach((_, row) => {
    if (table.isBlank(row) || !table.checkWidth(builder, row, [roles.get('id') as number])) return;
    const cell = (role: NodeRole) => table.cell(row, roles.get(role));
    const x = cell('x');
    const y = cell('y');
    const where = (role: NodeRole) => table.place(row, roles.get(role));
    builder.addActor(
      {
        id: cell('id') ?? '',
        name: cell('name'),
        kind: cell('kind'),
        originalKind: cell('originalKind'),
        aliases: cell('aliases'),
        role: cell('role'),
        affiliation: cell('affiliation'),
        description: cell('description'),
        placeholder: cell('placeholder'),
        evidence: cell('evidence'),
        color: cell('color'),
        attributes: table.attributes(row, attributes),
        ...(x !== undefined || y !== undefined ? { position: { x: x ?? '', y: y ?? '' } } : {}),
      },
      table.place(row),
      (field) => where(field === 'position' ? 'x' : field),
    );
  });
  return true;
}

const DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);

/**
 * Gephi's edge tables have a "Type" column that says "Directed" or
 * "Undirected": when the kind column holds nothing else, it is the direction,
 * and the kind is looked for among the remaining names (relation,
 * interaction, label).
 */
function directionColumn(table: Table, roles: Map<EdgeRole, number>): void {
  const column = roles.get('kind');
  if (column === undefined || roles.has('directed')) return;
  let any = false;
  for (let row = 0; row < table.rows.length; row++) {
    const value = table.cell(row, column)?.trim().toLowerCase();
    if (!value) continue;
    if (!DIRECTIONS.has(value)) return;
    any = true;
  }
  if (!any) return;
  roles.delete('kind');
  roles.set('directed', column);
  const taken = new Set(roles.values());
  const normal = table.header.map(normaliseName);
  for (const name of EDGE_COLUMNS.kind) {
    const index = normal.findIndex((cell, i) => cell === name && !taken.has(i));
    if (index !== -1) {
      roles.set('kind', index);
      break;
    }
  }
}

/** Reads a CSV or TSV edge list, with an optional node table, into a dataset and its report. */
export function readEdgeList(text: string, options: EdgeListOptions = {}): ImportResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const withNodes = options.nodes !== undefined && options.nodes.trim() !== '';
  const builder = new DatasetBuilder(delimiter === '\t' ? 'tsv' : 'csv', {
    title: options.title ?? 'Imported edge list',
    importedOn: options.importedOn,
    endsAreActors: !withNodes,
  });
  const table = openTable(builder, text, delimiter, '');
  if (!table) return builder.finish();
  const roles = assignColumns<EdgeRole>(table.header, EDGE_COLUMNS);
  directionColumn(table, roles);
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
  const source = roles.get('source');
  const target = roles.get('target');
  if (source === undefined || target === undefined) return builder.finish();
  if (withNodes && !readNodes(builder, options.nodes as string)) return builder.finish();
  const attributes = table.attributeColumns(builder, roles.values());
  if (!withNodes && table.reportIfEmpty(builder)) return builder.finish();
  table.rows.forEach((_, row) => {
    if (table.isBlank(row) || !table.checkWidth(builder, row, [source, target])) return;
    const cell = (role: EdgeRole) => table.cell(row, roles.get(role));
    const where = (field: RelationField) => table.place(row, roles.get(field));
    const ends = { source: cell('source'), target: cell('target') };
    // "NA" is a missing end, unless the node table lists an actor of that id.
    const absent = (end: string | undefined) =>
      isMissing(end) && !(withNodes && end !== undefined && builder.hasActor(end));
    const missing = absent(ends.source) ? 'source' : absent(ends.target) ? 'target' : undefined;
    if (missing) {
      builder.skipRelation(
        `the row names no ${missing} (an empty or NA cell); it is skipped`,
        where(missing),
      );
      return;
    }
    const unknownEnd = [ends.source, ends.target].findIndex(
      (end) => withNodes && !builder.hasActor(end as string),
    );
    builder.addRelation(
      {
        source: ends.source as string,
        target: ends.target as string,
        id: cell('id'),
        kind: cell('kind') ?? (cell('originalKind') !== undefined ? 'other' : undefined),
        originalKind: cell('originalKind'),
        directed: cell('directed'),
        date: cell('date'),
        status: cell('status'),
        claimedBy: cell('claimedBy'),
        note: cell('note'),
        weight: cell('weight'),
        quote: cell('quote'),
        evidence: cell('evidence'),
        attributes: table.attributes(row, attributes),
      },
      // A relation's own complaints (an end that names no node) go to that end's cell.
      table.place(row, unknownEnd === -1 ? undefined : unknownEnd === 0 ? source : target),
      where,
    );
  });
  return builder.finish();
}
