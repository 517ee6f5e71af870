import { describe, expect, it } from 'vitest';
import { applyEdit, patchGraph, redo, undo, type Edit } from '../../src/edit';
import { buildGraph } from '../../src/model/graph';
import { EMPTY_HISTORY, record } from '../../src/edit/history';
import type { Dataset } from '../../src/model/types';
import { parseBundled, readBundled } from './_bundled';
import { bundledCopy } from './_edit';

const SOURCE = 'wapo-2016-04-05';

/** Applies an edit that must succeed, and checks that its step undoes and redoes exactly. */
function applied(dataset: Dataset, edit: Edit): Dataset {
  const before = structuredClone(dataset);
  const outcome = applyEdit(dataset, edit);
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(dataset).toEqual(before); // the old dataset is never changed
  const step = outcome.step;
  if (!step) return outcome.dataset;
  const history = record(EMPTY_HISTORY, step);
  const back = undo(history, outcome.dataset);
  expect(back?.dataset).toEqual(before);
  const again = redo(back!.history, back!.dataset);
  expect(again?.dataset).toEqual(outcome.dataset);
  return outcome.dataset;
}

describe('edits refused', () => {
  it('refuses an edit that would make the dataset invalid, and changes nothing', () => {
    const dataset = bundledCopy();
    const before = structuredClone(dataset);
    const outcome = applyEdit(dataset, {
      type: 'add-relation',
      relation: {
        id: 'russia-call-turkey',
        kind: 'call',
        source: 'russia',
        target: 'turkey',
        evidence: [{ source: SOURCE, quote: 'Russia telephoned Turkey' }],
      },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/Russia spoke with Turkey.*not a verbatim span/);
    expect(outcome.problems[0]?.code).toBe('quote-not-found');
    expect(dataset).toEqual(before);
  });

  it.each<[string, Edit, RegExp]>([
    [
      'an id in use',
      { type: 'add-actor', actor: { id: 'russia', name: 'Russia again', kind: 'state' } },
      /already used/,
    ],
    ['an unknown actor', { type: 'delete-actor', id: 'nobody' }, /no actor "nobody"/],
    [
      'a merge with itself',
      { type: 'merge-actors', keep: 'russia', absorb: 'russia' },
      /two different/,
    ],
    [
      'an empty name',
      { type: 'add-actor', actor: { id: 'x', name: ' ', kind: 'state' } },
      /"name" must not be empty/,
    ],
    [
      'a bad date',
      {
        type: 'update-relation',
        relation: {
          id: 'russia-armenia-alliance',
          kind: 'alliance',
          source: 'russia',
          target: 'armenia',
          date: '2016-13-01',
          evidence: [],
        },
      },
      /not a valid date/,
    ],
    [
      'an article without text',
      {
        type: 'add-article',
        source: { id: 's2', title: 'T', publisher: 'P', published: '2016-04-06', content: '' },
        matches: [],
      },
      /no text/,
    ],
  ])('refuses %s with the reason', (_, edit, reason) => {
    const dataset = bundledCopy();
    const before = structuredClone(dataset);
    const outcome = applyEdit(dataset, edit);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(reason);
    expect(dataset).toEqual(before);
  });

  it('takes a relation from an actor to itself, with a warning (the format keeps self-loops)', () => {
    const outcome = applyEdit(bundledCopy(), {
      type: 'add-relation',
      relation: { id: 'r1', kind: 'tension', source: 'russia', target: 'russia', evidence: [] },
    });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.warnings.map((w) => w.message).join(' ')).toMatch(/to itself/);
  });
});

describe('edit transitions and their inverses', () => {
  it('adds, edits and deletes an actor', () => {
    let d = bundledCopy();
    d = applied(d, {
      type: 'add-actor',
      actor: { id: 'eu', name: 'EU', kind: 'international-organization' },
    });
    expect(d.actors.at(-1)?.name).toBe('EU');
    d = applied(d, {
      type: 'update-actor',
      actor: {
        id: 'eu',
        name: 'European Union',
        kind: 'international-organization',
        aliases: ['EU'],
      },
    });
    expect(d.actors.find((a) => a.id === 'eu')?.aliases).toEqual(['EU']);
    d = applied(d, { type: 'delete-actor', id: 'eu' });
    expect(d.actors.some((a) => a.id === 'eu')).toBe(false);
  });

  it('deletes an actor with its relations and the references to it', () => {
    const start = bundledCopy();
    const own = start.relations.filter((r) => r.source === 'russia' || r.target === 'russia');
    const affiliated = start.actors.filter((a) => a.affiliation === 'russia');
    expect(own.length).toBeGreaterThan(0);
    expect(affiliated.length).toBeGreaterThan(0);
    const outcome = applyEdit(start, { type: 'delete-actor', id: 'russia' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.step?.label).toBe(`Delete Russia and its ${own.length} relations`);
    const d = applied(start, { type: 'delete-actor', id: 'russia' });
    expect(d.relations).toHaveLength(start.relations.length - own.length);
    expect(d.actors.filter((a) => a.affiliation === 'russia')).toEqual([]);
    expect(d.relations.some((r) => r.claimedBy?.includes('russia'))).toBe(false);
    expect((d.stories ?? []).some((s) => s.from === 'russia' || s.to === 'russia')).toBe(false);
  });

  it('adds, edits and deletes a relation, and adds a quote to it', () => {
    let d = bundledCopy();
    const relation = {
      id: 'turkey-tension-armenia',
      kind: 'tension' as const,
      source: 'turkey',
      target: 'armenia',
      evidence: [
        { source: SOURCE, quote: 'Turkey, which has said it will back the Azerbaijani government' },
      ],
    };
    d = applied(d, { type: 'add-relation', relation });
    d = applied(d, {
      type: 'update-relation',
      relation: { ...relation, date: '2016-04', status: 'alleged', claimedBy: ['armenia'] },
    });
    expect(d.relations.at(-1)?.date).toBe('2016-04');
    d = applied(d, {
      type: 'add-evidence',
      target: { type: 'relation', id: relation.id },
      evidence: { source: SOURCE, quote: 'Turkey' },
    });
    expect(d.relations.at(-1)?.evidence).toHaveLength(2);
    d = applied(d, {
      type: 'add-evidence',
      target: { type: 'actor', id: 'turkey' },
      evidence: { source: SOURCE, quote: 'Turkey' },
    });
    d = applied(d, { type: 'delete-relation', id: relation.id });
    expect(d.relations.some((r) => r.id === relation.id)).toBe(false);
  });

  it('moves actors, and a move to the same place is no step', () => {
    let d = bundledCopy();
    d = applied(d, { type: 'move-actors', moves: [{ id: 'russia', position: { x: 10, y: -20 } }] });
    expect(d.actors.find((a) => a.id === 'russia')?.position).toEqual({ x: 10, y: -20 });
    const again = applyEdit(d, {
      type: 'move-actors',
      moves: [{ id: 'russia', position: { x: 10, y: -20 } }],
    });
    expect(again.ok && again.step).toBe(null);
  });

  it('adds an article with the actors it was confirmed to name, and sets the title', () => {
    let d = bundledCopy();
    const content = 'Armenian President Serzh Sargsyan met Vladimir Putin in Moscow.';
    d = applied(d, {
      type: 'add-article',
      source: {
        id: 'second',
        title: 'A meeting',
        publisher: 'Agency',
        published: '2016-04-07',
        content,
      },
      matches: [
        { actor: 'sarkisian', quote: 'Serzh Sargsyan' },
        { actor: 'putin', quote: 'Vladimir Putin' },
      ],
    });
    const sarkisian = d.actors.find((a) => a.id === 'sarkisian');
    expect(sarkisian?.aliases).toContain('Serzh Sargsyan');
    expect(sarkisian?.evidence).toContainEqual({ source: 'second', quote: 'Serzh Sargsyan' });
    d = applied(d, { type: 'set-title', title: 'Karabakh, two reports' });
    expect(d.title).toBe('Karabakh, two reports');
  });

  it('attaches a text to a source', () => {
    const { dataset } = parseBundled();
    const start = structuredClone(dataset!);
    const text = readBundled().sourceTexts.get(SOURCE)!;
    const source = { ...start.sources[0]!, content: text };
    const d = applied(start, { type: 'update-source', source });
    expect(d.sources[0]?.content).toBe(text);
  });

  it('applies a batch as one step', () => {
    const start = bundledCopy();
    const outcome = applyEdit(start, {
      type: 'batch',
      label: 'Accept 2 suggestions',
      edits: [
        {
          type: 'add-actor',
          actor: { id: 'osce-2', name: 'OSCE office', kind: 'international-organization' },
        },
        {
          type: 'add-relation',
          relation: {
            id: 'osce-2-part-of-osce',
            kind: 'part-of',
            source: 'osce-2',
            target: 'osce',
            evidence: [],
          },
        },
      ],
    });
    expect(outcome.ok && outcome.step?.label).toBe('Accept 2 suggestions');
    applied(start, {
      type: 'batch',
      label: 'x',
      edits: [{ type: 'add-actor', actor: { id: 'a1', name: 'A', kind: 'state' } }],
    });
  });
});

describe('merging two actors', () => {
  /** Two spellings of one man, each with relations, one of them shared. */
  function twoSpellings(): Dataset {
    const d = bundledCopy();
    const content =
      'Sargsyan called Putin. Sargsyan is allied with Russia. Sargsyan met Sarkisian.';
    return {
      ...d,
      sources: [
        ...d.sources,
        { id: 'b', title: 'B', publisher: 'B', published: '2016-04-06', content },
      ],
      actors: [
        ...d.actors,
        {
          id: 'sargsyan',
          name: 'Sargsyan',
          kind: 'person',
          aliases: ['S.'],
          affiliation: 'armenia',
        },
      ],
      relations: [
        ...d.relations,
        {
          id: 'sargsyan-calls-putin',
          kind: 'call',
          source: 'sargsyan',
          target: 'putin',
          evidence: [{ source: 'b', quote: 'Sargsyan called Putin.' }],
        },
        {
          id: 'sargsyan-meets-sarkisian',
          kind: 'meeting',
          source: 'sargsyan',
          target: 'sarkisian',
          evidence: [{ source: 'b', quote: 'Sargsyan met Sarkisian.' }],
        },
      ],
    };
  }

  it('keeps every relation with third parties, on the kept actor, with all quotes', () => {
    const start = twoSpellings();
    const third = start.relations.filter(
      (r) =>
        (r.source === 'sargsyan' || r.target === 'sargsyan') &&
        r.source !== 'sarkisian' &&
        r.target !== 'sarkisian',
    );
    const d = applied(start, { type: 'merge-actors', keep: 'sarkisian', absorb: 'sargsyan' });
    expect(d.actors.some((a) => a.id === 'sargsyan')).toBe(false);
    for (const relation of third) {
      const moved = d.relations.find((r) => r.id === relation.id);
      expect(moved?.source).toBe('sarkisian');
      expect(moved?.evidence).toEqual(relation.evidence);
    }
    // Every relation of either actor is still there, but the one between them.
    const before = start.relations
      .filter((r) => r.id !== 'sargsyan-meets-sarkisian')
      .map((r) => r.id);
    expect(d.relations.map((r) => r.id)).toEqual(before);
    const kept = d.actors.find((a) => a.id === 'sarkisian');
    expect(kept?.aliases).toEqual(expect.arrayContaining(['Sargsyan', 'S.']));
  });

  it('combines a relation both had into one carrying both quotes', () => {
    const start = twoSpellings();
    const shared = start.relations.find((r) => r.kind === 'call' && r.source === 'sarkisian');
    const d0 = shared
      ? start
      : applied(start, {
          type: 'add-relation',
          relation: {
            id: 'sarkisian-calls-putin',
            kind: 'call',
            source: 'sarkisian',
            target: 'putin',
            evidence: [{ source: 'b', quote: 'Putin' }],
          },
        });
    const d = applied(d0, { type: 'merge-actors', keep: 'sarkisian', absorb: 'sargsyan' });
    const calls = d.relations.filter(
      (r) => r.kind === 'call' && r.source === 'sarkisian' && r.target === 'putin',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.evidence.map((e) => e.quote)).toContain('Sargsyan called Putin.');
  });

  it('repoints affiliations, claims and stories to the kept actor', () => {
    let d = bundledCopy();
    d = applied(d, {
      type: 'add-actor',
      actor: { id: 'rf', name: 'Russian Federation', kind: 'state' },
    });
    d = applied(d, { type: 'merge-actors', keep: 'rf', absorb: 'russia' });
    expect(d.actors.some((a) => a.affiliation === 'russia')).toBe(false);
    expect(d.actors.some((a) => a.affiliation === 'rf')).toBe(true);
    expect(
      d.relations.some(
        (r) => r.source === 'russia' || r.target === 'russia' || r.claimedBy?.includes('russia'),
      ),
    ).toBe(false);
    expect((d.stories ?? []).some((s) => s.from === 'russia' || s.to === 'russia')).toBe(false);
    expect(d.actors.find((a) => a.id === 'rf')?.aliases).toEqual(
      expect.arrayContaining(['Russia', 'Kremlin']),
    );
  });
});

describe('the open graph follows an edit in place', () => {
  const contents = (graph: ReturnType<typeof buildGraph>) => ({
    actors: graph.mapNodes((key, actor) => [key, actor] as const).sort(),
    relations: graph
      .mapEdges(
        (key, relation, source, target) =>
          [key, relation, source, target, graph.isDirected(key)] as const,
      )
      .sort(),
    sources: graph.getAttribute('sources'),
    title: graph.getAttribute('title'),
  });

  it.each<[string, Edit]>([
    ['a merge', { type: 'merge-actors', keep: 'sarkisian', absorb: 'armenia' }],
    ['a delete', { type: 'delete-actor', id: 'russia' }],
    [
      'a relation turned directed',
      {
        type: 'update-relation',
        relation: {
          id: 'russia-armenia-alliance',
          kind: 'support',
          source: 'armenia',
          target: 'russia',
          evidence: [],
        },
      },
    ],
    [
      'an article',
      {
        type: 'add-article',
        source: { id: 's', title: 'S', publisher: 'P', published: '2016', content: 'Russia.' },
        matches: [{ actor: 'russia', quote: 'Russia' }],
      },
    ],
  ])('after %s, and after its undo', (_, edit) => {
    const start = bundledCopy();
    const graph = buildGraph(start);
    const outcome = applyEdit(start, edit);
    if (!outcome.ok || !outcome.step) throw new Error('refused');
    const touched = patchGraph(graph, outcome.step.forward, outcome.dataset);
    expect(contents(graph)).toEqual(contents(buildGraph(outcome.dataset)));
    expect(touched.actors.size + touched.relations.size).toBeGreaterThan(0);
    patchGraph(graph, outcome.step.backward, start);
    expect(contents(graph)).toEqual(contents(buildGraph(start)));
  });
});
