import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, record, undo, EMPTY_HISTORY, type Edit, type History } from '../../src/edit';
import type { Dataset } from '../../src/model/types';
import { RELATION_KIND_IDS, RELATION_STATUS_IDS } from '../../src/model/vocabulary';
import { bundledCopy } from './_edit';

interface Pick {
  choice: number;
  a: number;
  b: number;
  c: number;
  x: number;
}

const pickArb: fc.Arbitrary<Pick> = fc.record({
  choice: fc.nat(11),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  x: fc.integer({ min: -500, max: 500 }),
});

const at = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

/** A quote: a span of an article's text (sometimes one that is not in it). */
function quoteOf(dataset: Dataset, p: Pick): { source: string; quote: string } | undefined {
  const source = at(dataset.sources, p.a);
  const text = source?.content;
  if (!source || !text) return undefined;
  const start = p.b % text.length;
  const quote =
    p.c % 7 === 0 ? 'words the article never says' : text.slice(start, start + 5 + (p.c % 40));
  return { source: source.id, quote };
}

/** An edit made from random numbers and the dataset as it is (some are refused, on purpose). */
function editFor(dataset: Dataset, p: Pick, n: number): Edit | undefined {
  const actor = at(dataset.actors, p.a);
  const other = at(dataset.actors, p.b);
  const relation = at(dataset.relations, p.a);
  switch (p.choice) {
    case 0:
      return {
        type: 'add-actor',
        actor: { id: `new-${n}`, name: `New ${n}`, kind: 'state', position: { x: p.x, y: -p.x } },
      };
    case 1:
      return (
        actor && {
          type: 'update-actor',
          actor: { ...actor, name: `${actor.name}*`, aliases: [...(actor.aliases ?? []), 'alias'] },
        }
      );
    case 2:
      return actor && { type: 'delete-actor', id: actor.id };
    case 3:
      return actor && other && { type: 'merge-actors', keep: actor.id, absorb: other.id };
    case 4: {
      const evidence = quoteOf(dataset, p);
      return (
        actor &&
        other && {
          type: 'add-relation',
          relation: {
            id: `rel-${n}`,
            kind: at(RELATION_KIND_IDS, p.c)!,
            source: actor.id,
            target: other.id,
            evidence: evidence ? [evidence] : [],
          },
        }
      );
    }
    case 5:
      return (
        relation && {
          type: 'update-relation',
          relation: {
            ...relation,
            date: p.c % 2 ? '2016-04' : '2016-02-30',
            status: at(RELATION_STATUS_IDS, p.c)!,
          },
        }
      );
    case 6:
      return relation && { type: 'delete-relation', id: relation.id };
    case 7: {
      const evidence = quoteOf(dataset, p);
      const target =
        p.c % 2
          ? relation && { type: 'relation' as const, id: relation.id }
          : actor && { type: 'actor' as const, id: actor.id };
      return evidence && target && { type: 'add-evidence', target, evidence };
    }
    case 8:
      return (
        actor &&
        other && {
          type: 'move-actors',
          moves: [
            { id: actor.id, position: { x: p.x, y: p.c % 100 } },
            { id: other.id, position: { x: -p.x, y: 3 } },
          ],
        }
      );
    case 9:
      return {
        type: 'add-article',
        source: {
          id: `article-${n}`,
          title: `Article ${n}`,
          publisher: 'Agency',
          published: '2016-04-07',
          content: `Russia and ${actor?.name ?? 'nobody'} met.`,
        },
        matches: actor ? [{ actor: actor.id, quote: actor.name }] : [],
      };
    case 10:
      return { type: 'set-title', title: p.c % 5 ? `Map ${n}` : '' };
    default: {
      const first = editFor(dataset, { ...p, choice: 0 }, n);
      return (
        first && {
          type: 'batch',
          label: 'Several',
          edits: [first, { type: 'set-title', title: `Batch ${n}` }],
        }
      );
    }
  }
}

describe('undo', () => {
  it('any sequence of edits followed by as many undos gives back the starting dataset', () => {
    const start = bundledCopy();
    fc.assert(
      fc.property(fc.array(pickArb, { minLength: 1, maxLength: 14 }), (picks) => {
        let dataset = start;
        let history: History = EMPTY_HISTORY;
        picks.forEach((pick, n) => {
          const edit = editFor(dataset, pick, n);
          if (!edit) return;
          const before = dataset;
          const outcome = applyEdit(dataset, edit);
          if (!outcome.ok) {
            // A refused edit changes nothing.
            expect(dataset).toBe(before);
            return;
          }
          dataset = outcome.dataset;
          if (outcome.step) history = record(history, outcome.step);
        });
        const steps = history.done.length;
        for (let i = 0; i < steps; i++) {
          const travel = undo(history, dataset);
          if (!travel) throw new Error('nothing to undo');
          ({ history, dataset } = travel);
        }
        expect(dataset).toEqual(start);
        expect(structuredClone(start)).toEqual(bundledCopy());
      }),
      { numRuns: 120 },
    );
    // Each edit validates the whole dataset: on a busy machine the runs take a while.
  }, 120_000);
});
