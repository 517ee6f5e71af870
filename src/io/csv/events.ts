/**
 * Event tables: one row per event, who did what to whom and when (ACLED,
 * UCDP GED, ICEWS, GDELT-like exports). The user says which column holds
 * what (a {@link ColumnMapping}, suggested by {@link suggestColumns}); every
 * row then becomes a relation between the actors it names.
 *
 * Decisions:
 * - An actor's id is its name as written, trimmed (no slug: a slug could make
 *   two names one, and the name is what the user will search for). Names
 *   that differ in case or spelling are different actors.
 * - A row that names only one side (ACLED's one-sided events, a blank or NA
 *   actor) is skipped, with one warning for all such rows; it still counts
 *   as read.
 * - Relation ids are `event-<n>` (n = the data row, from 1).
 * - Kinds: ACLED event and sub-event types that mean a vocabulary kind are
 *   mapped ("Battles" → armed conflict...), the original text kept as an
 *   attribute under the column's name; others go through the common mapping
 *   and are kept under their own name as "other" (one warning per kind).
 * - The quote column becomes the relation's evidence (the "imported" source);
 *   every other column is an attribute, as text.
 */
import { DatasetBuilder } from '../shared/builder';
import { freshRecord } from '../shared/inputs';
import { eventKindOf } from '../shared/kinds';
import { isMissing } from '../shared/values';
import type { ColumnMapping, ImportResult, ReadOptions } from '../shared/types';
import type { AttributeValue } from '../../model/types';
import { detectDelimiter } from './scan';
import { normaliseName, openTable } from './table';

export interface EventReadOptions extends ReadOptions {
  delimiter?: string;
}

/** Reads an event table with a column mapping into a dataset and its report. */
export function readEvents(text: string, options: EventReadOptions = {}): ImportResult {
  const builder = new DatasetBuilder('events', {
    title: options.title ?? 'Imported event table',
    importedOn: options.importedOn,
    endsAreActors: true,
  });
  const table = openTable(builder, text, options.delimiter ?? detectDelimiter(text), '');
  if (!table) return builder.finish();
  const mapping = options.columns;
  if (!mapping) {
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message:
          'an event table needs a column mapping: say which column holds the actor who acts, the one acted on, and (optionally) the kind, date and quote',
      },
      table.headerPlace(),
    );
    return builder.finish();
  }
  const normal = table.header.map(normaliseName);
  const roles = new Map<keyof ColumnMapping, number>();
  for (const role of ['source', 'target', 'kind', 'date', 'quote'] as const) {
    const name = mapping[role];
    if (name === undefined || name === '') continue;
    let index = table.header.indexOf(name);
    if (index === -1) index = normal.indexOf(normaliseName(name));
    if (index === -1) {
      builder.report(
        {
          category: 'missing-field',
          severity: 'error',
          message: `the ${role} column "${name}" is not in the header (${table.header.map((cell) => `"${cell}"`).join(', ')})`,
        },
        { ...table.headerPlace(), path: `columns.${role}` },
      );
      continue;
    }
    roles.set(role, index);
  }
  const source = roles.get('source');
  const target = roles.get('target');
  if (source === undefined || target === undefined) {
    if (!mapping.source || !mapping.target)
      builder.report(
        {
          category: 'missing-field',
          severity: 'error',
          message: 'the column mapping names no source or no target column',
        },
        { ...table.headerPlace(), path: mapping.source ? 'columns.target' : 'columns.source' },
      );
    return builder.finish();
  }
  if (builder.hasErrors()) return builder.finish();
  if (table.reportIfEmpty(builder)) return builder.finish();
  const attributes = table.attributeColumns(builder, roles.values());
  const kindColumn = roles.get('kind');
  const kindName = kindColumn === undefined ? undefined : table.header[kindColumn];
  table.rows.forEach((_, row) => {
    if (table.isBlank(row) || !table.checkWidth(builder, row, [source, target])) return;
    const cell = (role: keyof ColumnMapping) => table.cell(row, roles.get(role));
    const from = cell('source')?.trim();
    const to = cell('target')?.trim();
    if (isMissing(from) || isMissing(to)) {
      const side = isMissing(from) ? 'source' : 'target';
      builder.skipRelation(
        `the event names no ${side} actor (an empty or NA cell); the row is skipped`,
        table.place(row, side === 'source' ? source : target),
      );
      return;
    }
    let kept = table.attributes(row, attributes);
    let kind = cell('kind');
    const mapped = kind === undefined ? undefined : eventKindOf(kind);
    if (mapped && kind !== undefined && kindName !== undefined) {
      // "Battles" is read as armed conflict; the table's own word stays beside it.
      kept ??= freshRecord<AttributeValue>();
      kept[kindName] = kind;
      kind = mapped;
    }
    builder.addRelation(
      {
        id: `event-${row + 1}`,
        source: from as string,
        target: to as string,
        kind,
        date: cell('date'),
        quote: cell('quote'),
        attributes: kept,
      },
      table.place(row),
      (field) =>
        field === 'kind' || field === 'date' || field === 'quote'
          ? table.place(row, roles.get(field))
          : undefined,
    );
  });
  return builder.finish();
}
