/**
 * Round trips through every format: a generated dataset with what is hard
 * to carry (awkward ids and text, relations without evidence, kinds outside
 * the vocabulary with their direction, self-loops, positions, colours, empty
 * texts), written in one format and read back, comes back with the same
 * actors and relations, field for field, and always passes the validator;
 * written again in a second format and read, the same again.
 *
 * Each run draws new datasets; DIPLOMAP_PROPERTY_RUNS=2000 (with a longer
 * --testTimeout) searches further.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Dataset, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import {
  ACTOR_KINDS,
  ACTOR_KIND_IDS,
  RELATION_KIND_IDS,
  RELATION_STATUS_IDS,
  isDirected,
} from '../../src/model/vocabulary';
import type { DataFormat } from '../../src/io';
import { writeDataset } from '../../src/io/export';
import { importText } from '../../src/io/import';
import { nodeXmlParser } from '../../src/io/node';
import { relationKindOf } from '../../src/io/shared/kinds';

const FORMATS: DataFormat[] = ['json', 'gexf', 'graphml', 'csv', 'cyjs'];
const DAY = '2020-01-02';

/** Text that is hard to carry: markup, quotes, separators, formulas, non-Latin scripts, line breaks. */
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<b>',
        '&amp;',
        '"',
        "'",
        ',',
        ';',
        '\t',
        '\n',
        '=SUM(A1)',
        '+1',
        '-',
        '@x',
        'é',
        'Ω',
        '中',
        '🙂',
        ' ',
        '\\',
        '[',
      ),
      fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme-ascii' }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''))
  .filter(
    (text) =>
      text.trim() !== '' &&
      ![...text].some((c) => c < ' ' && c !== '\t' && c !== '\n' && c !== '\r'),
  );

/** Ids that break code which treats objects as maps, and ids with separators and quotes. */
const id = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'a b',
    'x,y',
    'q"q',
    "it's",
    '<id>',
    'é',
    'Москва',
    ' padded ',
  ),
  awkward,
);

/** A kind word no reader maps onto the vocabulary. */
const unknownKind = awkward.filter((text) => relationKindOf(text) === undefined);

/** Colours in diplomap's form, none a kind's own (which GEXF leaves to the kind). */
const KIND_COLOURS = new Set(Object.values(ACTOR_KINDS).map((kind) => kind.color.toLowerCase()));
const colour = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
  )
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`)
  .filter((hex) => !KIND_COLOURS.has(hex));

const coordinate = fc
  .double({ min: -1e6, max: 1e6, noNaN: true })
  .map((x) => Math.round(x * 100) / 100);

/** Attribute values: text (empty too), numbers and booleans. */
const attributeValue = fc.oneof(
  awkward,
  fc.constant(''),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
);
const attributes = fc.dictionary(
  fc.oneof(fc.constantFrom('__proto__', 'toString', 'x y', 'kind', 'date', 'x', 'color'), awkward),
  attributeValue,
  { maxKeys: 3 },
);

const actorRecord = (actorId: string) =>
  fc.record(
    {
      id: fc.constant(actorId),
      name: awkward,
      kind: fc.constantFrom(...ACTOR_KIND_IDS),
      role: fc.oneof(awkward, fc.constant('')),
      aliases: fc.array(awkward, { minLength: 1, maxLength: 3 }),
      position: fc.record({ x: coordinate, y: coordinate }),
      color: colour,
      attributes,
    },
    { requiredKeys: ['id', 'name', 'kind'] },
  );

const relationRecord = (ids: string[]) =>
  fc.record(
    {
      source: fc.constantFrom(...ids),
      target: fc.constantFrom(...ids),
      vocabulary: fc.constantFrom(...RELATION_KIND_IDS.filter((k) => k !== 'other')),
      /** An unknown kind, kept as "other" under its word, directed or not. */
      own: fc.record({ word: unknownKind, directed: fc.boolean() }),
      date: fc.constantFrom('2016-04-05', '2016-04', '2015', '2016-04-02/2016-04-05', '2015/..'),
      status: fc.constantFrom(...RELATION_STATUS_IDS),
      note: fc.oneof(awkward, fc.constant('')),
      quotes: fc.array(awkward, { maxLength: 2 }),
      weight: fc.integer({ min: -5, max: 100 }),
      attributes,
    },
    { requiredKeys: ['source', 'target', 'quotes'] },
  );

const arbitraryDataset = fc
  .uniqueArray(id, { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      actors: fc.tuple(...ids.map(actorRecord)),
      relations: fc.array(relationRecord(ids), { maxLength: 8 }),
    }),
  )
  .map(({ actors, relations }): Dataset => {
    const record = (values: Record<string, string | number | boolean>) =>
      Object.assign(Object.create(null) as Record<string, string | number | boolean>, values);
    return {
      title: 'generated',
      sources: [{ id: 'imported', title: 'generated', publisher: 'imported file', published: DAY }],
      actors: actors.map((a) => {
        const actor: Actor = { ...a, kind: a.kind };
        if (a.attributes && Object.keys(a.attributes).length)
          actor.attributes = record(a.attributes);
        else delete actor.attributes;
        return actor;
      }),
      relations: relations.map((r, i) => {
        const relation: Relation = {
          // "§" is in no generated actor id: actors and relations share one set of ids.
          id: `§${i}`,
          kind: r.own ? 'other' : (r.vocabulary ?? 'other'),
          source: r.source,
          target: r.target,
          evidence: r.quotes.map((quote) => ({ source: 'imported', quote })),
        };
        if (r.own) {
          relation.originalKind = r.own.word;
          if (r.own.directed) relation.directed = true;
        }
        if (r.date !== undefined) relation.date = r.date;
        if (r.status !== undefined) relation.status = r.status;
        if (r.status === 'claimed' || r.status === 'alleged') relation.claimedBy = [r.source];
        if (r.note !== undefined) relation.note = r.note;
        if (r.weight !== undefined) relation.weight = r.weight;
        if (r.attributes && Object.keys(r.attributes).length)
          relation.attributes = record(r.attributes);
        return relation;
      }),
    };
  });

/** Writes a dataset in a format and reads it back; the result must have no error. */
function through(dataset: Dataset, format: DataFormat): Dataset {
  const [first, second] = writeDataset(dataset, format);
  const result =
    format === 'csv'
      ? importText(second!.text, { nodes: first!.text, importedOn: DAY, title: 'generated' })
      : importText(first!.text, { parseXml: nodeXmlParser, importedOn: DAY, title: 'generated' });
  const errors = result.report.issues.filter((i) => i.severity === 'error');
  if (!result.dataset || errors.length)
    throw new Error(
      `${format}: ${JSON.stringify(errors.slice(0, 3))}\n${first!.text.slice(0, 600)}`,
    );
  return result.dataset;
}

/** Actors and relations by id, as plain JSON, attributes sorted (CSV gives every value as text). */
function comparable(dataset: Dataset, textOnly = false) {
  const normal = (item: Actor | Relation) => {
    const copy = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
    if (item.attributes)
      copy['attributes'] = Object.entries(item.attributes)
        .map(([key, value]) => [key, textOnly ? String(value) : value])
        .sort();
    return copy;
  };
  const byId = (list: Array<Actor | Relation>) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(normal);
  return { actors: byId(dataset.actors), relations: byId(dataset.relations) };
}

function directions(dataset: Dataset): Record<string, boolean> {
  return Object.fromEntries(dataset.relations.map((r) => [r.id, isDirected(r)]));
}

function validates(dataset: Dataset): void {
  const { problems } = validateDataset(JSON.parse(JSON.stringify(dataset)) as unknown);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
}

describe('round trips through every format', () => {
  it('the generated datasets are valid ones (relations without evidence and self-loops included)', () => {
    fc.assert(fc.property(arbitraryDataset, validates), {
      numRuns: Number(process.env['DIPLOMAP_PROPERTY_RUNS'] ?? 50),
    });
  });

  for (const format of FORMATS) {
    it(`${format}: counts, direction and every field come back, and the result validates`, () => {
      fc.assert(
        fc.property(arbitraryDataset, (dataset) => {
          const back = through(dataset, format);
          validates(back);
          expect(back.actors.length).toBe(dataset.actors.length);
          expect(back.relations.length).toBe(dataset.relations.length);
          expect(directions(back)).toEqual(directions(dataset));
          const text = format === 'csv';
          expect(comparable(back, text)).toEqual(comparable(dataset, text));
          if (format !== 'csv') expect(back.title).toBe(dataset.title);
        }),
        { numRuns: Number(process.env['DIPLOMAP_PROPERTY_RUNS'] ?? 40) },
      );
    });
  }

  for (const first of FORMATS) {
    for (const second of FORMATS) {
      if (first === second) continue;
      it(`${first} then ${second}`, () => {
        fc.assert(
          fc.property(arbitraryDataset, (dataset) => {
            const back = through(through(dataset, first), second);
            const text = first === 'csv' || second === 'csv';
            expect(comparable(back, text)).toEqual(comparable(dataset, text));
          }),
          { numRuns: Number(process.env['DIPLOMAP_PROPERTY_RUNS'] ?? 10) },
        );
      });
    }
  }
});
