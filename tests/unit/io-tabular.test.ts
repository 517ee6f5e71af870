/**
 * CSV and TSV edge lists, event tables and Cytoscape JSON: malformed input
 * first (each problem reported with its category, severity and place), then
 * the fixtures written in each tool's dialect, then exact round trips.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { readEdgeList } from '../../src/io/csv/edge-list';
import { readEvents } from '../../src/io/csv/events';
import {
  detectDelimiter,
  headerOf,
  neutralise,
  parseDelimited,
  unneutralise,
} from '../../src/io/csv/scan';
import { suggestColumns } from '../../src/io/csv/suggest';
import { writeCsv } from '../../src/io/csv/write';
import { readCytoscapeJson } from '../../src/io/json/cytoscape-read';
import { writeCytoscapeJson } from '../../src/io/json/cytoscape-write';
import { dateOf as eventDateOf } from '../../src/io/shared/values';
import type { ImportIssue, ImportResult } from '../../src/io/shared/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(resolve(root, 'tests/fixtures', name), 'utf8');
const bundled = () =>
  JSON.parse(readFileSync(resolve(root, 'data/nagorno-karabakh-2016.json'), 'utf8')) as Dataset;
const DAY = '2020-01-02';

/** Objects with their keys sorted and prototypes forgotten, for comparison. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(out, key, {
        value: canonical((value as Record<string, unknown>)[key]),
        enumerable: true,
      });
    }
    return out;
  }
  return value;
}

function byId<T extends { id: string }>(list: T[]): unknown {
  return canonical([...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

function errors(result: ImportResult): ImportIssue[] {
  return result.report.issues.filter((issue) => issue.severity === 'error');
}

describe('parseDelimited', () => {
  it('reads nothing from empty text', () => {
    expect(parseDelimited('', ',')).toEqual({ rows: [], lines: [] });
    expect(parseDelimited('\uFEFF', ',')).toEqual({ rows: [], lines: [] });
  });

  it('reads quoted cells, doubled quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFa,b\r\n"x, ""y""","line 1\r\nline 2"\r\n,\n"",last';
    expect(parseDelimited(text, ',')).toEqual({
      rows: [
        ['a', 'b'],
        ['x, "y"', 'line 1\r\nline 2'],
        ['', ''],
        ['', 'last'],
      ],
      lines: [1, 2, 4, 5],
    });
  });

  it('keeps spaces, a trailing empty cell, and a blank line as one empty cell', () => {
    expect(parseDelimited(' a ,b,\n\nc\n', ',')).toEqual({
      rows: [[' a ', 'b', ''], [''], ['c']],
      lines: [1, 2, 3],
    });
  });

  it('reads tabs and semicolons, and lone CR line ends', () => {
    expect(parseDelimited('a\tb\rc\td', '\t')).toEqual({
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
      lines: [1, 2],
    });
    expect(parseDelimited('a;"b;c"', ';')).toEqual({ rows: [['a', 'b;c']], lines: [1] });
  });

  it.each([
    ['a,"b\nc', 1, 3],
    ['a,b\nc,d"e', 2, 4],
    ['a,"b"c', 1, 6],
    ['x\n"multi\nline"oops', 3, 6],
  ])('reports the syntax error in %j at line %i, column %i', (text, line, column) => {
    const parse = parseDelimited(text, ',');
    expect('error' in parse && { line: parse.error.line, column: parse.error.column }).toEqual({
      line,
      column,
    });
  });
});

describe('detectDelimiter and formula neutralisation', () => {
  it('tells the delimiter from the header line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('\uFEFFa\tb,c\tvalue\n')).toBe('\t');
    expect(detectDelimiter('"x;y;z",b\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1 (555)', "'+1 (555)"],
    ['-', "'-"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['-5', '-5'],
    ['+2.5e3', '+2.5e3'],
    ['Armenia', 'Armenia'],
  ])('writes %j as %j and reads it back', (value, written) => {
    expect(neutralise(value)).toBe(written);
    expect(unneutralise(written)).toBe(value);
  });
});

interface Malformed {
  name: string;
  read: () => ImportResult;
  category: ImportIssue['category'];
  severity: ImportIssue['severity'];
  line?: number;
  column?: number;
  path?: string;
}

const csv = (text: string, nodes?: string) => () =>
  readEdgeList(text, nodes === undefined ? {} : { nodes });
const events = (text: string, columns?: { source: string; target: string; date?: string }) => () =>
  readEvents(text, columns ? { columns } : {});
const cyjs = (text: string) => () => readCytoscapeJson(text);

const MALFORMED: Malformed[] = [
  // CSV and TSV edge lists
  {
    name: 'csv: empty file',
    read: csv(''),
    category: 'missing-field',
    severity: 'error',
    line: 1,
    column: 1,
  },
  {
    name: 'csv: header only',
    read: csv('source,target\r\n'),
    category: 'missing-field',
    severity: 'error',
    line: 1,
    path: 'header',
  },
  {
    name: 'csv: no target column',
    read: csv('source,kind\na,call\n'),
    category: 'missing-field',
    severity: 'error',
    line: 1,
  },
  {
    name: 'csv: unterminated quote',
    read: csv('source,target\na,"b\nc,d\n'),
    category: 'syntax',
    severity: 'error',
    line: 2,
    column: 3,
  },
  {
    name: 'csv: quote inside an unquoted cell',
    read: csv('source,target\na,b"c\n'),
    category: 'syntax',
    severity: 'error',
    line: 2,
    column: 4,
  },
  {
    name: 'csv: text after a closing quote',
    read: csv('source,target\na,"b"c\n'),
    category: 'syntax',
    severity: 'error',
    line: 2,
    column: 6,
  },
  {
    name: 'csv: row too short to hold its target',
    read: csv('source,target,kind\na,b,call\nc\n'),
    category: 'missing-field',
    severity: 'error',
    line: 3,
    path: 'row 3, column "source"',
  },
  {
    name: 'csv: row missing an optional cell',
    read: csv('source,target,kind\na,b\n'),
    category: 'syntax',
    severity: 'warning',
    line: 2,
    column: 3,
  },
  {
    name: 'csv: row with an extra cell',
    read: csv('source,target\na,b,c\n'),
    category: 'syntax',
    severity: 'warning',
    line: 2,
    column: 3,
  },
  {
    name: 'csv: date that is not ISO',
    read: csv('source,target,date\na,b,5 Apr\n'),
    category: 'bad-value',
    severity: 'warning',
    line: 2,
    column: 5,
    path: 'row 2, column "date"',
  },
  {
    name: 'tsv: weight that is not a number',
    read: () => readEdgeList('source\ttarget\tweight\na\tb\theavy\n', { delimiter: '\t' }),
    category: 'bad-value',
    severity: 'warning',
    line: 2,
    column: 5,
    path: 'row 2, column "weight"',
  },
  {
    name: 'csv: kind outside the vocabulary',
    read: csv('from,to,type\nalpha,beta,frenemy\n'),
    category: 'unknown-kind',
    severity: 'warning',
    line: 2,
    column: 12,
  },
  {
    name: 'csv: empty source cell (the row is skipped)',
    read: csv('source,target\n,b\na,b\n'),
    category: 'missing-field',
    severity: 'warning',
    line: 2,
    column: 1,
    path: 'row 2, column "source"',
  },
  {
    name: 'csv: duplicate relation id',
    read: csv('id,source,target\nr,a,b\nr,b,c\n'),
    category: 'duplicate-id',
    severity: 'warning',
    line: 3,
    column: 1,
  },
  {
    name: 'csv: bad date after a cell with a line break',
    read: csv('source,target,note,date\na,b,"x\ny",bad\n'),
    category: 'bad-value',
    severity: 'warning',
    line: 3,
    column: 4,
  },
  {
    name: 'csv: node table without an id column',
    read: csv('source,target\na,b\n', 'kind\nstate\n'),
    category: 'missing-field',
    severity: 'error',
    line: 1,
    path: 'nodes header',
  },
  {
    name: 'csv: node table with an unterminated quote',
    read: csv('source,target\na,b\n', 'id\n"a\n'),
    category: 'syntax',
    severity: 'error',
    line: 2,
    column: 1,
    path: 'nodes table',
  },
  {
    name: 'csv: relation end the node table does not list',
    read: csv('source,target\na,b\n', 'id\na\n'),
    category: 'missing-endpoint',
    severity: 'warning',
    line: 2,
    column: 3,
  },
  // Event tables
  {
    name: 'events: no column mapping',
    read: events('actor1,actor2\na,b\n'),
    category: 'missing-field',
    severity: 'error',
    line: 1,
  },
  {
    name: 'events: mapped column not in the header',
    read: events('actor1,actor2\na,b\n', { source: 'actor1', target: 'side_b' }),
    category: 'missing-field',
    severity: 'error',
    path: 'columns.target',
  },
  {
    name: 'events: one-sided event',
    read: events('event_date,actor1,actor2\n2016-04-03,Protesters,\n', {
      source: 'actor1',
      target: 'actor2',
    }),
    category: 'missing-field',
    severity: 'warning',
    line: 2,
    column: 23,
  },
  {
    name: 'events: date in no known form',
    read: events('actor1,actor2,event_date\na,b,sometime\n', {
      source: 'actor1',
      target: 'actor2',
      date: 'event_date',
    }),
    category: 'bad-value',
    severity: 'warning',
    line: 2,
    column: 5,
  },
  {
    name: 'events: syntax error',
    read: events('actor1,actor2\n"a,b\n', { source: 'actor1', target: 'actor2' }),
    category: 'syntax',
    severity: 'error',
    line: 2,
    column: 1,
  },
  // Cytoscape JSON
  {
    name: 'cytoscape: trailing comma',
    read: cyjs('[{"data": {"id": "a"}},]'),
    category: 'syntax',
    severity: 'error',
    line: 1,
    column: 24,
  },
  {
    name: 'cytoscape: no elements',
    read: cyjs('{"nodes": []}'),
    category: 'missing-field',
    severity: 'error',
    path: 'elements',
  },
  {
    name: 'cytoscape: nodes that are not a list',
    read: cyjs('{"elements": {"nodes": {"a": 1}}}'),
    category: 'missing-field',
    severity: 'error',
    path: 'elements.nodes',
    line: 1,
    column: 24,
  },
  {
    name: 'cytoscape: element without data',
    read: cyjs('[\n  {"group": "nodes"}\n]'),
    category: 'missing-field',
    severity: 'error',
    path: '[0].data',
    line: 2,
    column: 3,
  },
  {
    name: 'cytoscape: edge without source',
    read: cyjs(
      '{"elements": {\n "nodes": [{"data": {"id": "a"}}],\n "edges": [\n  {"data": {"id": "e", "target": "a"}}\n ]}}',
    ),
    category: 'missing-field',
    severity: 'error',
    path: 'elements.edges[0].data.source',
    line: 4,
    column: 12,
  },
  {
    name: 'cytoscape: node without id',
    read: cyjs('[{"data": {"name": "A"}}]'),
    category: 'missing-field',
    severity: 'error',
    path: '[0].data.id',
    line: 1,
    column: 11,
  },
  {
    name: 'cytoscape: unknown group',
    read: cyjs('[{"group": "parents", "data": {"id": "a"}}]'),
    category: 'bad-value',
    severity: 'warning',
    path: '[0].group',
    line: 1,
    column: 12,
  },
  {
    name: 'cytoscape: duplicate node id',
    read: cyjs('[{"data": {"id": "a"}},\n{"data": {"id": "a"}}]'),
    category: 'duplicate-id',
    severity: 'warning',
    path: '[1].data.id',
    line: 2,
    column: 17,
  },
  {
    name: 'cytoscape: edge to a missing node',
    read: cyjs('[{"data": {"id": "a"}},\n{"data": {"id": "e", "source": "a", "target": "b"}}]'),
    category: 'missing-endpoint',
    severity: 'warning',
    path: '[1].data.target',
    line: 2,
    column: 47,
  },
  {
    name: 'cytoscape: diplomap field of the wrong type',
    read: cyjs('[{"data": {"id": "a", "diplomap": {"aliases": "A"}}}]'),
    category: 'bad-value',
    severity: 'warning',
    path: '[0].data.diplomap.aliases',
    line: 1,
    column: 47,
  },
  {
    name: 'cytoscape: unknown interaction',
    read: cyjs(
      '{"elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}],\n"edges": [{"data": {"source": "a", "target": "b", "interaction": "pp"}}]}}',
    ),
    category: 'unknown-kind',
    severity: 'warning',
    path: 'elements.edges[0].data.interaction',
    line: 2,
    column: 66,
  },
];

describe('malformed input', () => {
  it('has at least 16 cases', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(16));

  it.each(MALFORMED)('$name', ({ read, category, severity, line, column, path }) => {
    const result = read();
    const issue = result.report.issues.find(
      (candidate) => candidate.category === category && candidate.severity === severity,
    );
    expect(issue, JSON.stringify(result.report.issues)).toBeDefined();
    const where: Partial<ImportIssue> = {};
    if (line !== undefined) where.line = line;
    if (column !== undefined) where.column = column;
    if (path !== undefined) where.path = path;
    expect(issue).toMatchObject(where);
    expect(issue!.message).not.toBe('');
    if (severity === 'error') expect(result.dataset).toBeNull();
  });
});

describe('edge lists', () => {
  it('reads the Gephi-style fixture with its node table', () => {
    const result = readEdgeList(fixture('csv-edges.csv'), {
      nodes: fixture('csv-nodes.csv'),
      importedOn: DAY,
    });
    expect(errors(result)).toEqual([]);
    expect(result.report).toMatchObject({ format: 'csv', actorsRead: 6, relationsRead: 7 });
    expect(result.report.placeholders).toBe(0);
    expect(result.report.issues.map((i) => i.category)).toEqual(['unknown-kind']);
    const dataset = result.dataset!;
    const nkr = dataset.actors.find((a) => a.id === 'nkr')!;
    expect(nkr).toMatchObject({ name: 'Nagorno-Karabakh Republic', kind: 'de-facto-state' });
    expect({ ...nkr.attributes }).toEqual({ capital: 'Stepanakert', population_millions: '0.15' });
    const byRelation = new Map(dataset.relations.map((r) => [r.id, r]));
    expect(byRelation.get('e1')).toMatchObject({
      kind: 'armed-conflict',
      date: '2016-04-02',
      weight: 5,
      evidence: [{ source: 'imported', quote: expect.stringContaining('line of contact, the') }],
    });
    expect(byRelation.get('e4')!.evidence[0]!.quote).toBe(
      'Lavrov said: "We call on both sides to show restraint."',
    );
    // "Type" held only Directed/Undirected: it is the direction, "Label" the kind.
    expect(byRelation.get('e7')).toMatchObject({ kind: 'other', originalKind: 'sells arms to' });
    expect(byRelation.get('e7')!.attributes).toBeUndefined();
    expect(dataset.sources.map((s) => s.id)).toEqual(['imported']);
  });

  it('makes every end an actor when there is no node table', () => {
    const result = readEdgeList('source;target;relation\nA;B;ally\nB;C;war\n');
    expect(result.report).toMatchObject({ actorsRead: 3, relationsRead: 2, placeholders: 0 });
    expect(result.dataset!.actors.map((a) => a.id)).toEqual(['A', 'B', 'C']);
    expect(result.dataset!.relations.map((r) => r.kind)).toEqual(['alliance', 'armed-conflict']);
  });

  it('tells TSV from its delimiter and skips blank lines', () => {
    const result = readEdgeList('source\ttarget\n\na\tb\n\n', { delimiter: '\t' });
    expect(result.report.format).toBe('tsv');
    expect(result.report.issues).toEqual([]);
    expect(result.dataset!.relations).toHaveLength(1);
  });

  it('writes the documented headers, with evidence as JSON and the saved positions', () => {
    const { actors, relations } = writeCsv(bundled());
    expect(actors.split('\r\n')[0]).toBe(
      'id,name,kind,original_kind,role,affiliation,aliases,description,placeholder,evidence,x,y',
    );
    expect(relations.split('\r\n')[0]).toBe(
      'id,source,target,kind,original_kind,directed,date,status,claimed_by,note,weight,quote,evidence',
    );
    expect(relations.endsWith('\r\n')).toBe(true);
  });

  it('neutralises a formula in a name and reads it back exactly', () => {
    const name = '=HYPERLINK("http://example.com","click")';
    const dataset: Dataset = {
      title: 't',
      sources: [],
      actors: [
        { id: 'a', name, kind: 'state' },
        { id: '-b', name: '@b', kind: 'state', aliases: ['+x', "'=y"] },
      ],
      relations: [
        {
          id: 'r',
          kind: 'call',
          source: 'a',
          target: '-b',
          note: '-1 dead',
          weight: -5,
          evidence: [],
        },
      ],
    };
    const { actors, relations } = writeCsv(dataset);
    expect(actors).toContain(`a,"'=HYPERLINK(""http://example.com"",""click"")"`);
    expect(actors).toContain(`'-b,'@b`);
    expect(relations).toContain(`r,a,'-b,call`);
    expect(relations).toContain(`'-1 dead,-5`);
    const back = readEdgeList(relations, { nodes: actors, importedOn: DAY }).dataset!;
    expect(byId(back.actors)).toEqual(byId(dataset.actors));
    expect(byId(back.relations)).toEqual(byId(dataset.relations));
  });

  it('keeps lists that would not survive "; " as JSON, and placeholders and claims', () => {
    const dataset: Dataset = {
      title: 't',
      sources: [{ id: 's', title: 'S', publisher: 'P', published: '2016-04-05' }],
      actors: [
        { id: 'a', name: 'A', kind: 'person', aliases: ['x; y', ' padded'], affiliation: 'b' },
        { id: 'b', name: 'B', kind: 'other', originalKind: 'Guild', placeholder: true },
      ],
      relations: [
        {
          id: 'r',
          kind: 'other',
          originalKind: 'befriends',
          source: 'a',
          target: 'b',
          date: '2015/..',
          status: 'alleged',
          claimedBy: ['b', 'a'],
          evidence: [
            { source: 's', quote: 'one, "two"\nthree' },
            { source: 's', quote: 'four' },
          ],
          attributes: { date: 'kept', 'attribute:x': 'y', Source: 'z', note2: 'n' },
        },
      ],
    };
    const { actors, relations } = writeCsv(dataset);
    const result = readEdgeList(relations, { nodes: actors, importedOn: DAY });
    expect(result.report.issues).toEqual([]);
    expect(byId(result.dataset!.actors)).toEqual(byId(dataset.actors));
    expect(byId(result.dataset!.relations)).toEqual(byId(dataset.relations));
    // The source is named by the evidence but not written in CSV: it comes back as a stub.
    expect(result.dataset!.sources).toEqual([
      { id: 's', title: 's', publisher: 'imported file', published: DAY },
    ]);
  });
});

describe('event tables', () => {
  it('suggests a mapping from ACLED, UCDP and plain headers', () => {
    expect(suggestColumns(headerOf(fixture('events-acled-like.csv')))).toEqual({
      source: 'actor1',
      target: 'actor2',
      kind: 'event_type',
      date: 'event_date',
      quote: 'notes',
    });
    expect(suggestColumns(['id', 'side_a', 'side_b', 'date_start', 'type_of_violence'])).toEqual({
      source: 'side_a',
      target: 'side_b',
      date: 'date_start',
    });
    expect(suggestColumns(['Source', 'Target', 'Kind', 'Date', 'Quote'])).toEqual({
      source: 'Source',
      target: 'Target',
      kind: 'Kind',
      date: 'Date',
      quote: 'Quote',
    });
    expect(suggestColumns(['name', 'value'])).toBeUndefined();
    expect(suggestColumns([])).toBeUndefined();
  });

  it('returns the header row, or nothing', () => {
    expect(headerOf('"a,b";c\n1;2', ';')).toEqual(['a,b', 'c']);
    expect(headerOf('')).toEqual([]);
  });

  it.each([
    ['2016-04-05', '2016-04-05'],
    ['05 April 2016', '2016-04-05'],
    ['5-Apr-2016', '2016-04-05'],
    ['April 5, 2016', '2016-04-05'],
    ['Sept 30 2016', '2016-09-30'],
    ['31 April 2016', undefined],
    ['5 Aprilis 2016', undefined],
  ])('reads the event date %j as %j', (text, iso) => {
    expect(eventDateOf(text)).toBe(iso);
  });

  it('reads the ACLED-style fixture', () => {
    const text = fixture('events-acled-like.csv');
    const result = readEvents(text, {
      columns: suggestColumns(headerOf(text))!,
      importedOn: DAY,
    });
    expect(errors(result)).toEqual([]);
    expect(result.report).toMatchObject({
      format: 'events',
      actorsRead: 5,
      relationsRead: 7,
      placeholders: 0,
    });
    const dataset = result.dataset!;
    expect(dataset.relations).toHaveLength(6);
    expect(dataset.actors.map((a) => a.id)).toContain('Military Forces of Azerbaijan (2003-)');
    const first = dataset.relations[0]!;
    expect(first).toMatchObject({
      id: 'event-1',
      kind: 'armed-conflict',
      date: '2016-04-02',
      evidence: [{ source: 'imported', quote: expect.stringContaining('fighting broke out') }],
    });
    expect({ ...first.attributes }).toMatchObject({
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      fatalities: '12',
      country: 'Azerbaijan',
    });
    expect(dataset.relations.map((r) => r.date)).toEqual([
      '2016-04-02',
      '2016-04-02',
      '2016-04-03',
      '2016-04-05',
      '2016-04-06',
      '2016-04-07',
    ]);
    expect(dataset.relations[2]!.evidence[0]!.quote).toBe(
      'A house was hit; the report says "two civilians were wounded".',
    );
    const categories = result.report.issues.map((i) => i.category).sort();
    expect(categories).toEqual(['missing-field', 'unknown-kind']);
  });

  it('gives a warning about an unknown kind once, with its count', () => {
    const result = readEvents('a,b,what\nx,y,Riots\ny,z,Riots\nz,x,Riots\n', {
      columns: { source: 'a', target: 'b', kind: 'what' },
    });
    const unknown = result.report.issues.filter((i) => i.category === 'unknown-kind');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ line: 2, column: 5 });
    expect(unknown[0]!.message).toContain('3');
  });

  it('keeps relation ids apart from actor names', () => {
    const result = readEvents('s,t\nevent-1,b\n', { columns: { source: 's', target: 't' } });
    expect(errors(result)).toEqual([]);
    expect(result.dataset!.relations[0]!.id).not.toBe('event-1');
  });
});

describe('Cytoscape JSON', () => {
  it('reads the Cytoscape desktop fixture', () => {
    const result = readCytoscapeJson(fixture('cytoscape-desktop.cyjs'), { importedOn: DAY });
    expect(errors(result)).toEqual([]);
    expect(result.report).toMatchObject({
      format: 'cytoscape',
      actorsRead: 8,
      relationsRead: 10,
      placeholders: 0,
    });
    expect(result.report.issues.map((i) => i.category)).toEqual(['unknown-kind']);
    const dataset = result.dataset!;
    expect(dataset.title).toBe('Nagorno-Karabakh contacts');
    const nkr = dataset.actors.find((a) => a.name === 'Nagorno-Karabakh Republic')!;
    expect(nkr).toMatchObject({ id: '106', kind: 'de-facto-state' });
    expect({ ...nkr.attributes }).toEqual({ shared_name: 'Nagorno-Karabakh Republic', SUID: 106 });
    const kinds = dataset.relations.map((r) => r.kind);
    expect(kinds).toEqual([
      'armed-conflict',
      'support',
      'mediation',
      'mediation',
      'alliance',
      'co-chair',
      'co-chair',
      'tension',
      'other',
      'cease-fire',
    ]);
    expect(dataset.relations[7]).toMatchObject({ date: '2015-11/2016-08', weight: 2 });
    expect(dataset.relations[0]!.attributes).toMatchObject({
      shared_interaction: 'armed conflict',
      SUID: 120,
    });
    expect(dataset.relations[0]!.attributes).not.toHaveProperty('selected');
  });

  it('reads the plain element array, inferring groups', () => {
    const result = readCytoscapeJson(fixture('cytoscape-elements.json'), { title: 'calls' });
    expect(errors(result)).toEqual([]);
    expect(result.report).toMatchObject({ actorsRead: 5, relationsRead: 5, placeholders: 1 });
    const dataset = result.dataset!;
    expect(dataset.title).toBe('calls');
    expect(dataset.actors).toHaveLength(6);
    expect(dataset.actors.find((a) => a.id === 'armenia')).toMatchObject({ placeholder: true });
    expect(dataset.actors.find((a) => a.id === 'russia')).toMatchObject({
      name: 'Russia',
      kind: 'state',
    });
    expect(dataset.relations.find((r) => r.id === 's1')!.evidence).toEqual([
      { source: 'imported', quote: 'Russia sells arms to both sides.' },
    ]);
  });

  it('reads { elements: [...] } and keeps lists and numbers', () => {
    const result = readCytoscapeJson(
      JSON.stringify({
        elements: [
          { data: { id: 1, tags: ['x', 'y'], score: 2.5, flag: true, empty: null } },
          { data: { id: 2 } },
          { data: { source: 1, target: 2, weight: '3' } },
        ],
      }),
    );
    expect(result.report.issues).toEqual([]);
    const [one] = result.dataset!.actors;
    expect({ ...one!.attributes }).toEqual({ tags: '["x","y"]', score: 2.5, flag: true });
    expect(result.dataset!.relations[0]).toMatchObject({ source: '1', target: '2', weight: 3 });
  });

  it('writes the .cyjs shape', () => {
    const text = writeCytoscapeJson(bundled());
    const document = JSON.parse(text) as {
      format_version: string;
      elements: {
        nodes: Array<{ data: Record<string, unknown> }>;
        edges: Array<{ data: Record<string, unknown> }>;
      };
    };
    expect(document.format_version).toBe('1.0');
    expect(document.elements.nodes[0]!.data).toMatchObject({
      id: 'russia',
      name: 'Russia',
      kind: 'state',
    });
    expect(document.elements.edges[0]!.data).toMatchObject({
      id: 'putin-office-russia',
      source: 'putin',
      target: 'russia',
      interaction: 'office',
    });
    // Not taken for a diplomap dataset by the format detector.
    expect(/"actors"\s*:/.test(text) || /"relations"\s*:/.test(text)).toBe(false);
  });
});

describe('round trips of the bundled dataset', () => {
  it('through CSV gives back the same actors and relations', () => {
    const dataset = bundled();
    const { actors, relations } = writeCsv(dataset);
    const result = readEdgeList(relations, { nodes: actors, importedOn: DAY });
    expect(result.report.issues).toEqual([]);
    const back = result.dataset!;
    expect(byId(back.actors)).toEqual(byId(dataset.actors));
    expect(byId(back.relations)).toEqual(byId(dataset.relations));
    // CSV holds no sources (stubs are made for the ids the evidence names), stories or description.
    expect(back.sources.map((s) => s.id).sort()).toEqual(
      [...new Set(dataset.sources.map((s) => s.id))].sort(),
    );
    expect(back.stories).toBeUndefined();
  });

  it('through Cytoscape JSON gives back the whole dataset', () => {
    const dataset = bundled();
    const result = readCytoscapeJson(writeCytoscapeJson(dataset), { importedOn: DAY });
    expect(result.report.issues).toEqual([]);
    const back = result.dataset!;
    expect(byId(back.actors)).toEqual(byId(dataset.actors));
    expect(byId(back.relations)).toEqual(byId(dataset.relations));
    const rest = (d: Dataset) =>
      canonical({
        title: d.title,
        description: d.description,
        sources: d.sources,
        stories: d.stories,
      });
    expect(rest(back)).toEqual(rest(dataset));
  });
});

describe('ids and keys that are Object.prototype names', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const dataset = (): Dataset => {
    const attributes = Object.create(null) as Record<string, string>;
    for (const name of NAMES) attributes[name] = `value of ${name}`;
    return {
      title: 't',
      sources: [],
      actors: NAMES.map((id) => ({ id, name: id, kind: 'state', attributes: { ...attributes } })),
      relations: [
        {
          id: 'valueOf',
          kind: 'alliance',
          source: '__proto__',
          target: 'constructor',
          evidence: [],
          attributes: { ...attributes },
        },
        {
          id: 'toLocaleString',
          kind: 'call',
          source: 'toString',
          target: '__proto__',
          evidence: [],
        },
      ],
    };
  };

  it.each([
    [
      'CSV',
      (d: Dataset) => {
        const { actors, relations } = writeCsv(d);
        return readEdgeList(relations, { nodes: actors });
      },
    ],
    ['Cytoscape JSON', (d: Dataset) => readCytoscapeJson(writeCytoscapeJson(d))],
  ])('work through %s', (_name, through) => {
    const original = dataset();
    const result = through(original);
    expect(result.report.issues).toEqual([]);
    const back = result.dataset!;
    expect(back.actors.map((a) => a.id).sort()).toEqual([...NAMES].sort());
    for (const actor of back.actors) {
      expect(Object.keys(actor.attributes!).sort()).toEqual([...NAMES].sort());
      expect(Object.prototype.hasOwnProperty.call(actor.attributes, '__proto__')).toBe(true);
    }
    expect(byId(back.relations)).toEqual(byId(original.relations));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('work as event actors and Cytoscape ids without polluting', () => {
    const result = readEvents('a,b,__proto__\n__proto__,constructor,x\ntoString,__proto__,y\n', {
      columns: { source: 'a', target: 'b' },
    });
    expect(errors(result)).toEqual([]);
    expect(result.dataset!.actors.map((a) => a.id)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(Object.keys(result.dataset!.relations[0]!.attributes!)).toEqual(['__proto__']);
    const cy = readCytoscapeJson(
      '[{"data": {"id": "__proto__", "__proto__": {"polluted": 1}}}, {"data": {"id": "constructor"}},' +
        ' {"data": {"source": "__proto__", "target": "constructor"}}]',
    );
    expect(errors(cy)).toEqual([]);
    expect(cy.dataset!.actors[0]!.attributes!['__proto__']).toBe('{"polluted":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
