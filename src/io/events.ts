/**
 * Event tables: one row per event, who did what to whom and when (ACLED,
 * UCDP GED, GDELT-like exports). The user says which column holds what (a
 * {@link ColumnMapping}, suggested by {@link suggestColumns}); every row then
 * becomes a relation between the actors it names.
 *
 * Decisions:
 * - An actor's id is its name as written, trimmed (no slug: a slug could make
 *   two names one, and the name is what the user will search for). Names
 *   that differ in case or spelling are different actors.
 * - A row that names only one side (ACLED's one-sided events, a blank actor2)
 *   is skipped with a `missing-field` warning; it still counts as read.
 * - Relation ids are `event-<n>` (n = the data row, from 1), made unique
 *   against actor names.
 * - Kinds: ACLED event and sub-event types that mean a vocabulary kind are
 *   mapped ("Battles" → armed conflict, "Violence against civilians" →
 *   attack...), the original text kept as an attribute under the column's
 *   name; others go through the common mapping and are kept under their own
 *   name as "other". A warning about an unknown kind is given once per kind,
 *   with the number of rows.
 * - Dates: ISO dates, and "05 April 2016" or "April 5, 2016" as ACLED and
 *   others write them, are read; other dates are kept as the attribute "date".
 * - The quote column becomes the relation's evidence (the "imported" source);
 *   every other column is an attribute, as text.
 */
import type { AttributeValue } from '../model/types';
import type { RelationKindId } from '../model/vocabulary';
import type { RelationInput } from './builder';
import {
  ExtendedBuilder,
  attributeColumns,
  attributesOf,
  checkWidth,
  detectDelimiter,
  isBlank,
  normaliseName,
  openTable,
  refinePlaces,
  unneutralise,
} from './csv';
import type { ColumnMapping, ImportIssue, ImportResult, ReadOptions } from './types';

export { headerOf } from './csv';

/** Header names that usually hold each part of an event, best first. */
const CANDIDATES: Record<keyof ColumnMapping, readonly string[]> = {
  source: ['actor1', 'actor_1', 'side_a', 'source', 'source_actor', 'from', 'actor_a', 'initiator'],
  target: ['actor2', 'actor_2', 'side_b', 'target', 'target_actor', 'to', 'actor_b', 'recipient'],
  kind: ['event_type', 'sub_event_type', 'kind', 'type', 'relation', 'interaction', 'event'],
  date: ['event_date', 'date', 'date_start', 'day', 'time', 'start'],
  quote: ['notes', 'quote', 'text', 'evidence', 'description', 'source_headline', 'summary'],
};

/** A column mapping guessed from the header, or undefined when no source and target columns stand out. */
export function suggestColumns(header: string[]): ColumnMapping | undefined {
  const normal = header.map(normaliseName);
  const taken = new Set<number>();
  const find = (role: keyof ColumnMapping): string | undefined => {
    for (const name of CANDIDATES[role]) {
      const index = normal.findIndex((cell, i) => cell === name && !taken.has(i));
      if (index !== -1) {
        taken.add(index);
        return header[index];
      }
    }
    return undefined;
  };
  const source = find('source');
  const target = find('target');
  if (source === undefined || target === undefined) return undefined;
  const mapping: ColumnMapping = { source, target };
  const kind = find('kind');
  if (kind !== undefined) mapping.kind = kind;
  const date = find('date');
  if (date !== undefined) mapping.date = date;
  const quote = find('quote');
  if (quote !== undefined) mapping.quote = quote;
  return mapping;
}

/** ACLED event and sub-event types that are vocabulary kinds. */
const EVENT_KINDS: Record<string, RelationKindId> = {
  battles: 'armed-conflict',
  'armed-clash': 'armed-conflict',
  'government-regains-territory': 'armed-conflict',
  'non-state-actor-overtakes-territory': 'armed-conflict',
  'violence-against-civilians': 'attack',
  'explosions/remote-violence': 'attack',
  'shelling/artillery/missile-attack': 'attack',
  'air/drone-strike': 'attack',
  'remote-explosive/landmine/ied': 'attack',
  'suicide-bomb': 'attack',
  grenade: 'attack',
  'abduction/forced-disappearance': 'attack',
  'sexual-violence': 'attack',
};

function eventKindOf(value: string): RelationKindId | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return Object.prototype.hasOwnProperty.call(EVENT_KINDS, key) ? EVENT_KINDS[key] : undefined;
}

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
export function eventDateOf(value: string): string | undefined {
  const text = value.trim();
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
  const check = new Date(`${iso}T00:00:00Z`);
  return check.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Keeps the first warning about each unknown kind, with how many rows had it. */
function collapseUnknownKinds(issues: ImportIssue[]): ImportIssue[] {
  const first = new Map<string, { issue: ImportIssue; count: number }>();
  const kept: ImportIssue[] = [];
  for (const issue of issues) {
    if (issue.category !== 'unknown-kind') {
      kept.push(issue);
      continue;
    }
    const seen = first.get(issue.message);
    if (seen) seen.count++;
    else {
      first.set(issue.message, { issue, count: 1 });
      kept.push(issue);
    }
  }
  for (const { issue, count } of first.values()) {
    if (count > 1) issue.message += ` (${count} rows in all; the first is shown)`;
  }
  return kept;
}

export interface EventReadOptions extends ReadOptions {
  delimiter?: string;
}

/** Reads an event table with a column mapping into a dataset and its report. */
export function readEvents(text: string, options: EventReadOptions = {}): ImportResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const builder = new ExtendedBuilder(
    'events',
    options.title ?? 'Imported event table',
    options.importedOn,
  );
  const table = openTable(builder, text, delimiter, '');
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
  const roles = new Map<string, number>();
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
  if (!roles.has('source') || !roles.has('target')) {
    if (mapping.source && mapping.target) return builder.finish();
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
  if (builder.issues.some((issue) => issue.severity === 'error')) return builder.finish();
  const source = roles.get('source') as number;
  const target = roles.get('target') as number;
  const attributes = attributeColumns(builder, table, roles);
  const kindName = roles.has('kind') ? table.header[roles.get('kind') as number] : undefined;

  // First pass: the rows that can be used, and the actors they name.
  const usable: Array<{ row: string[]; index: number }> = [];
  const names = new Set<string>();
  let skipped = 0;
  table.rows.forEach((raw, index) => {
    if (isBlank(raw)) return;
    const row = raw.map(unneutralise);
    if (!checkWidth(builder, table, row, index, [source, target])) return;
    const from = (row[source] ?? '').trim();
    const to = (row[target] ?? '').trim();
    if (from === '' || to === '') {
      skipped++;
      builder.report(
        {
          category: 'missing-field',
          severity: 'warning',
          message: `the event names no ${from === '' ? 'source' : 'target'} actor; the row is skipped`,
        },
        table.place(index, from === '' ? source : target),
      );
      return;
    }
    for (const name of [from, to]) {
      if (names.has(name)) continue;
      names.add(name);
      builder.addActor({ id: name, name });
    }
    usable.push({ row, index });
  });
  if (usable.length === 0 && skipped === 0 && !builder.issues.some((i) => i.severity === 'error')) {
    builder.report(
      {
        category: 'missing-field',
        severity: 'error',
        message: 'the table has a header but no rows: there is nothing to import',
      },
      table.headerPlace(),
    );
  }

  // Second pass: one relation per event.
  for (const { row, index } of usable) {
    const cell = (role: string) => {
      const column = roles.get(role);
      const value = column === undefined ? undefined : row[column];
      return value === undefined || value === '' ? undefined : value;
    };
    let id = `event-${index + 1}`;
    while (names.has(id)) id = `${id}'`;
    const input: RelationInput = {
      id,
      source: (row[source] as string).trim(),
      target: (row[target] as string).trim(),
    };
    const attributeValues = attributesOf(row, attributes);
    const kind = cell('kind');
    if (kind !== undefined) {
      const mapped = eventKindOf(kind);
      input.kind = mapped ?? kind;
      if (mapped && kindName !== undefined) {
        const kept = attributeValues ?? (Object.create(null) as Record<string, AttributeValue>);
        kept[kindName] = kind;
        input.attributes = kept;
      }
    }
    if (attributeValues) input.attributes = attributeValues;
    const date = cell('date');
    if (date !== undefined) input.date = eventDateOf(date) ?? date;
    const quote = cell('quote');
    if (quote !== undefined) input.quote = quote;
    const before = builder.issues.length;
    builder.addRelation(input, table.place(index), {});
    refinePlaces(builder.issues.slice(before), table, index, roles, input);
  }
  const result = builder.finish();
  result.report.relationsRead += skipped;
  result.report.issues = collapseUnknownKinds(result.report.issues);
  return result;
}
