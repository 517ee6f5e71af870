/**
 * Round trips across every pair of formats: a generated graph with awkward
 * ids, labels and attributes, written in one format, read back, written in
 * another and read again, comes back equal in everything the formats hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Dataset, Relation } from '../../src/model/types';
import { ACTOR_KIND_IDS, RELATION_KIND_IDS, RELATION_STATUS_IDS } from '../../src/model/vocabulary';
import { writeDataset } from '../../src/io/export';
import type { DataFormat } from '../../src/io/formats';
import { importText } from '../../src/io/import';
import { nodeXmlParser } from '../../src/io/node';

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
      ),
      fc.string({ minLength: 1, maxLength: 6, unit: 'grapheme-ascii' }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''))
  .map((text) => text.trim())
  .filter(
    (text) =>
      text !== '' && ![...text].some((c) => c < ' ' && c !== '\t' && c !== '\n' && c !== '\r'),
  );

const id = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'a b',
    'x,y',
    'q"q',
    '<id>',
    'é',
  ),
  awkward,
);

const arbitraryDataset = fc
  .uniqueArray(id, { minLength: 2, maxLength: 7 })
  .chain((ids) =>
    fc.record({
      actors: fc.tuple(
        ...ids.map((actorId) =>
          fc.record(
            {
              id: fc.constant(actorId),
              name: awkward,
              kind: fc.constantFrom(...ACTOR_KIND_IDS.filter((k) => k !== 'other')),
              role: awkward,
              attributes: fc.dictionary(
                fc.oneof(fc.constantFrom('__proto__', 'toString', 'x y'), awkward),
                awkward,
                { maxKeys: 2 },
              ),
            },
            { requiredKeys: ['id', 'name', 'kind'] },
          ),
        ),
      ),
      relations: fc.array(
        fc.record(
          {
            source: fc.constantFrom(...ids),
            target: fc.constantFrom(...ids),
            kind: fc.constantFrom(...RELATION_KIND_IDS.filter((k) => k !== 'other')),
            date: fc.constantFrom(
              '2016-04-05',
              '2016-04',
              '2015',
              '2016-04-02/2016-04-05',
              '2015/..',
            ),
            status: fc.constantFrom(...RELATION_STATUS_IDS),
            note: awkward,
            quote: awkward,
            weight: fc.integer({ min: -5, max: 100 }),
          },
          { requiredKeys: ['source', 'target', 'kind', 'quote'] },
        ),
        { maxLength: 8 },
      ),
    }),
  )
  .map(({ actors, relations }): Dataset => {
    const kept = relations.filter((r) => r.source !== r.target);
    return {
      title: 'generated',
      sources: [{ id: 'imported', title: 'generated', publisher: 'imported file', published: DAY }],
      actors: actors.map((a) => {
        const actor: Actor = { id: a.id, name: a.name, kind: a.kind };
        if (a.role !== undefined) actor.role = a.role;
        if (a.attributes && Object.keys(a.attributes).length) {
          actor.attributes = Object.assign(
            Object.create(null) as Record<string, string>,
            a.attributes,
          );
        }
        return actor;
      }),
      relations: kept.map((r, i) => {
        const relation: Relation = {
          id: `r${i}`,
          kind: r.kind,
          source: r.source,
          target: r.target,
          evidence: [{ source: 'imported', quote: r.quote }],
        };
        if (r.date !== undefined) relation.date = r.date;
        if (r.status !== undefined) relation.status = r.status;
        if (r.status === 'claimed' || r.status === 'alleged') relation.claimedBy = [r.source];
        if (r.note !== undefined) relation.note = r.note;
        if (r.weight !== undefined) relation.weight = r.weight;
        return relation;
      }),
    };
  });

/** Writes a dataset in a format and reads it back. */
function through(dataset: Dataset, format: DataFormat): Dataset {
  const files = writeDataset(dataset, format);
  const [first, second] = files;
  const result =
    format === 'csv'
      ? importText(second!.text, { nodes: first!.text, importedOn: DAY, title: 'generated' })
      : importText(first!.text, { parseXml: nodeXmlParser, importedOn: DAY, title: 'generated' });
  const errors = result.report.issues.filter((i) => i.severity === 'error');
  if (!result.dataset || errors.length) {
    throw new Error(
      `${format}: ${JSON.stringify(errors.slice(0, 3))}\n${first!.text.slice(0, 600)}`,
    );
  }
  return result.dataset;
}

/** What every format holds: actors and relations by id, attributes as sorted pairs. */
function comparable(dataset: Dataset) {
  const normal = (item: Actor | Relation) => {
    const copy = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
    if (item.attributes) copy['attributes'] = Object.entries(item.attributes).sort();
    return copy;
  };
  const byId = (list: Array<Actor | Relation>) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(normal);
  return { actors: byId(dataset.actors), relations: byId(dataset.relations) };
}

describe('round trips through every pair of formats', () => {
  for (const first of FORMATS) {
    for (const second of FORMATS) {
      it(`${first} then ${second}`, () => {
        fc.assert(
          fc.property(arbitraryDataset, (dataset) => {
            const back = through(through(dataset, first), second);
            expect(comparable(back)).toEqual(comparable(dataset));
          }),
          { numRuns: 25 },
        );
      });
    }
  }
});
