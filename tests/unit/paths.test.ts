import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  RELATION_KINDS,
  type Dataset,
  type Relation,
  type RelationKindId,
} from '../../src/model';
import { addRelation, relationKey } from '../../src/model/graph';
import { findPaths, relationStrength, type PathOptions } from '../../src/model/paths';
import { pathImplication, sentenceFrom, stepStance } from '../../src/model/path-meaning';
import { parseBundled } from './_bundled';

let serial = 0;
const rel = (
  kind: RelationKindId,
  source: string,
  target: string,
  extra: Partial<Relation> = {},
): Relation => ({
  id: `r${serial++}`,
  kind,
  source,
  target,
  evidence: [{ source: 's', quote: 'q' }],
  ...extra,
});

function graphOf(actors: string[], relations: Relation[]) {
  const dataset: Dataset = {
    title: 't',
    sources: [{ id: 's', title: 't', publisher: 'p', published: '2016' }],
    actors: actors.map((id) => ({ id, name: id.toUpperCase(), kind: 'state' })),
    relations,
  };
  return buildGraph(dataset);
}

const bundled = buildGraph(parseBundled().dataset as Dataset);

describe('findPaths: edge cases', () => {
  const g = graphOf(['a', 'b', 'c'], [rel('alliance', 'a', 'b')]);

  it('refuses the same actor twice and unknown actors, saying so', () => {
    expect(findPaths(g, 'a', 'a')).toMatchObject({ reason: 'same-actor', shortest: [] });
    expect(findPaths(g, 'a', 'zz')).toMatchObject({ reason: 'unknown-actor', shortest: [] });
    expect(findPaths(g, 'a', 'zz').explanation).toContain('"zz"');
  });

  it('says when nothing links the two', () => {
    expect(findPaths(g, 'a', 'c')).toMatchObject({
      reason: 'disconnected',
      shortest: [],
      alternatives: [],
    });
  });
});

describe('findPaths on small graphs', () => {
  it('finds every shortest path, ties included', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd', 'e'],
      [
        rel('alliance', 'a', 'b'),
        rel('alliance', 'a', 'c'),
        rel('tension', 'b', 'd'),
        rel('tension', 'c', 'd'),
        rel('meeting', 'a', 'e'),
        rel('meeting', 'e', 'd'),
      ],
    );
    const result = findPaths(g, 'a', 'd');
    expect(result.length).toBe(2);
    expect(result.shortest.map((p) => p.actors.join('')).sort()).toEqual(['abd', 'acd', 'aed']);
  });

  it('treats several relations between one pair as one step that keeps them all', () => {
    const g = graphOf(
      ['a', 'b'],
      [
        rel('tension', 'a', 'b'),
        rel('sanction', 'a', 'b'),
        rel('call', 'b', 'a', { status: 'claimed', claimedBy: ['b'] }),
      ],
    );
    const [path] = findPaths(g, 'a', 'b').shortest;
    expect(findPaths(g, 'a', 'b').shortest).toHaveLength(1);
    expect(path?.steps).toHaveLength(1);
    expect(path?.steps[0]?.relations.map((r) => r.kind).sort()).toEqual([
      'call',
      'sanction',
      'tension',
    ]);
    // Strongest evidence first: the claimed call comes last.
    expect(path?.steps[0]?.relations.at(-1)?.kind).toBe('call');
  });

  it('ignores direction by default and respects it when asked', () => {
    const g = graphOf(['a', 'b', 'c'], [rel('support', 'b', 'a'), rel('support', 'b', 'c')]);
    expect(findPaths(g, 'a', 'c').shortest[0]?.actors).toEqual(['a', 'b', 'c']);
    const directed = findPaths(g, 'a', 'c', { directed: true });
    expect(directed).toMatchObject({ reason: 'against-direction', shortest: [] });
    expect(findPaths(g, 'b', 'c', { directed: true }).length).toBe(1);
    // An undirected relation can be taken either way, even when direction is respected.
    const h = graphOf(['a', 'b', 'c'], [rel('alliance', 'b', 'a'), rel('support', 'b', 'c')]);
    expect(findPaths(h, 'a', 'c', { directed: true }).shortest[0]?.actors).toEqual(['a', 'b', 'c']);
  });

  it('uses only the kinds and stances allowed, and says when they rule every path out', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        rel('call', 'a', 'b'),
        rel('call', 'b', 'c'),
        rel('alliance', 'a', 'd'),
        rel('armed-conflict', 'd', 'c'),
      ],
    );
    expect(
      findPaths(g, 'a', 'c')
        .shortest.map((p) => p.actors.join(''))
        .sort(),
    ).toEqual(['abc', 'adc']);
    expect(
      findPaths(g, 'a', 'c', { kinds: ['alliance', 'armed-conflict'] }).shortest.map((p) =>
        p.actors.join(''),
      ),
    ).toEqual(['adc']);
    expect(findPaths(g, 'a', 'c', { stances: [0] }).shortest.map((p) => p.actors.join(''))).toEqual(
      ['abc'],
    );
    expect(findPaths(g, 'a', 'c', { stances: [1] })).toMatchObject({
      reason: 'filtered-out',
      shortest: [],
    });
    expect(
      findPaths(g, 'a', 'c', {}, (r) => r.kind !== 'call').shortest.map((p) => p.actors.join('')),
    ).toEqual(['adc']);
  });

  it('leaves out the direct relations when asked, to show the indirect chains', () => {
    const g = graphOf(
      ['a', 'b', 'c'],
      [rel('tension', 'a', 'c'), rel('alliance', 'a', 'b'), rel('alliance', 'b', 'c')],
    );
    expect(findPaths(g, 'a', 'c').shortest[0]?.actors).toEqual(['a', 'c']);
    expect(findPaths(g, 'a', 'c').alternatives[0]?.actors).toEqual(['a', 'b', 'c']);
    expect(findPaths(g, 'a', 'c', { excludeDirect: true }).shortest[0]?.actors).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('says when the only chains are longer than the cap', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd'],
      [rel('call', 'a', 'b'), rel('call', 'b', 'c'), rel('call', 'c', 'd')],
    );
    const result = findPaths(g, 'a', 'd', { maxSteps: 2 });
    expect(result).toMatchObject({ reason: 'too-long', shortest: [] });
    expect(result.explanation).toContain('3 steps');
  });

  it('ranks alternatives by length, then by the strength of their weakest step', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd', 'e'],
      [
        rel('call', 'a', 'e'),
        rel('call', 'a', 'b', { status: 'alleged', claimedBy: ['a'] }),
        rel('call', 'b', 'e'),
        rel('call', 'a', 'c'),
        rel('call', 'c', 'e'),
        rel('call', 'a', 'd'),
        rel('call', 'd', 'b'),
      ],
    );
    const result = findPaths(g, 'a', 'e');
    expect(result.shortest.map((p) => p.actors.join(''))).toEqual(['ae']);
    expect(result.alternatives.map((p) => p.actors.join(''))).toEqual(['ace', 'abe', 'adbe']);
    expect(result.alternatives[0]!.strength).toBeGreaterThan(result.alternatives[1]!.strength);
  });

  it('sees a relation added after an earlier query (the step index is rebuilt)', () => {
    const g = graphOf(['a', 'b', 'c'], [rel('alliance', 'a', 'b')]);
    expect(findPaths(g, 'a', 'c').reason).toBe('disconnected');
    addRelation(g, { ...rel('alliance', 'b', 'c'), id: 'late' });
    expect(findPaths(g, 'a', 'c').shortest[0]?.actors).toEqual(['a', 'b', 'c']);
    g.dropEdge(relationKey('late'));
    expect(findPaths(g, 'a', 'c').reason).toBe('disconnected');
  });

  it('keeps the strongest paths when the cap cuts a length short, whatever the search order', () => {
    // Two 2-step paths to e; the weaker one (through b, an alleged call) is found first.
    const g = graphOf(
      ['a', 'b', 'c', 'e'],
      [
        rel('call', 'a', 'b', { status: 'alleged', claimedBy: ['a'] }),
        rel('call', 'b', 'e'),
        rel('call', 'a', 'c'),
        rel('call', 'c', 'e'),
      ],
    );
    const result = findPaths(g, 'a', 'e', { maxPaths: 1 });
    expect(result.shortest.map((p) => p.actors.join(''))).toEqual(['ace']);
    expect(result.truncated).toBe(true);
  });

  it('says the list is complete when exactly as many paths exist as the cap allows', () => {
    const g = graphOf(['a', 'b', 'c'], [rel('call', 'a', 'b'), rel('call', 'b', 'c')]);
    expect(findPaths(g, 'a', 'c', { maxPaths: 1 })).toMatchObject({ truncated: false });
  });

  it('blames the cap on steps, not the filters, when a longer chain passes the filters', () => {
    const g = graphOf(
      ['a', 'b', 'c'],
      [rel('tension', 'a', 'c'), rel('call', 'a', 'b'), rel('call', 'b', 'c')],
    );
    const result = findPaths(g, 'a', 'c', { maxSteps: 1, kinds: ['call'] });
    expect(result.reason).toBe('too-long');
  });

  it('does not pile up graph listeners as the step index is rebuilt', () => {
    const g = graphOf(['a', 'b', 'c'], [rel('alliance', 'a', 'b')]);
    for (let i = 0; i < 5; i++) {
      findPaths(g, 'a', 'b');
      addRelation(g, { ...rel('alliance', 'b', 'c'), id: `x${i}` });
    }
    findPaths(g, 'a', 'b');
    expect(g.listenerCount('edgeAdded')).toBe(1);
  });

  it('caps the list so that no query can run away', () => {
    // A complete graph of 12 actors has millions of simple paths between two of them.
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const relations = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => rel('meeting', a, b)));
    const result = findPaths(graphOf(ids, relations), 'n0', 'n11', { maxSteps: 11, maxPaths: 20 });
    expect(result.shortest).toHaveLength(1);
    expect(result.shortest.length + result.alternatives.length).toBe(20);
    expect(result.truncated).toBe(true);
  });
});

describe('what a path means', () => {
  it('tells each step from the side it is taken', () => {
    const g = graphOf(['a', 'b'], [rel('support', 'b', 'a')]);
    const relation = g.getEdgeAttributes(g.edges()[0]!);
    expect(sentenceFrom(g, relation, 'b')).toBe('B backs A');
    expect(sentenceFrom(g, relation, 'a')).toBe('A is backed by B');
  });

  it('reads the stances of the steps: same side, opposite sides, none, mixed', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        rel('alliance', 'a', 'b'),
        rel('armed-conflict', 'b', 'c'),
        rel('support', 'd', 'c'),
        rel('mediation', 'a', 'd'),
        rel('tension', 'a', 'c'),
      ],
    );
    /** The path through exactly these actors (one letter each). */
    const path = (actors: string, excludeDirect = true) => {
      const result = findPaths(g, actors[0]!, actors.at(-1)!, { excludeDirect, maxPaths: 50 });
      return [...result.shortest, ...result.alternatives].find(
        (p) => p.actors.join('') === actors,
      )!;
    };
    const enemy = pathImplication(g, path('abc'));
    expect(enemy.verdict).toBe('opposite-sides');
    expect(enemy.reason).toContain('enemy of a friend');
    expect(enemy.direct).toContain('agree');
    expect(pathImplication(g, path('abcd')).verdict).toBe('opposite-sides');
    const enemyOfEnemy = pathImplication(g, path('acb'));
    expect(enemyOfEnemy.verdict).toBe('same-side');
    expect(enemyOfEnemy.reason).toContain('enemy of an enemy');
    expect(pathImplication(g, path('ad', false)).verdict).toBe('no-stance');
    const mixedGraph = graphOf(['a', 'b'], [rel('alliance', 'a', 'b'), rel('tension', 'a', 'b')]);
    const [mixedPath] = findPaths(mixedGraph, 'a', 'b').shortest;
    expect(stepStance(mixedPath!.steps[0]!)).toBe('mixed');
    expect(pathImplication(mixedGraph, mixedPath!).verdict).toBe('mixed');
  });

  it('weighs evidence: plain facts over claims, more quotes over fewer', () => {
    expect(relationStrength(rel('call', 'a', 'b'))).toBeGreaterThan(
      relationStrength(rel('call', 'a', 'b', { status: 'claimed' })),
    );
    const twoQuotes = rel('call', 'a', 'b', {
      evidence: [
        { source: 's', quote: 'q' },
        { source: 's', quote: 'r' },
      ],
    });
    expect(relationStrength(twoQuotes)).toBeGreaterThan(relationStrength(rel('call', 'a', 'b')));
  });
});

describe('paths in the bundled dataset', () => {
  const drawnIn: PathOptions = {
    kinds: [
      'alliance',
      'support',
      'military-support',
      'financial-support',
      'political-support',
      'armed-conflict',
    ],
    excludeDirect: true,
  };

  it('Russia to Turkey without the direct relations runs through Armenia, Nagorno-Karabakh and Azerbaijan', () => {
    const result = findPaths(bundled, 'russia', 'turkey', drawnIn);
    expect(result.shortest.map((p) => p.actors)).toEqual([
      ['russia', 'armenia', 'nagorno-karabakh', 'azerbaijan', 'turkey'],
    ]);
    const [path] = result.shortest;
    const meaning = pathImplication(bundled, path!);
    expect(meaning.headline).toBe('Russia and Turkey end on opposite sides along this chain');
    expect(meaning.direct).toContain('agree');
    expect(path!.steps.map((s) => sentenceFrom(bundled, s.relations[0]!, s.from))).toEqual([
      'Russia has an alliance with Armenia',
      'Armenia backs Nagorno-Karabakh',
      'Nagorno-Karabakh is in armed conflict with Azerbaijan',
      'Azerbaijan is backed by Turkey',
    ]);
  });

  it('Russia and Turkey are one step apart through their four direct relations', () => {
    const result = findPaths(bundled, 'russia', 'turkey');
    expect(result.length).toBe(1);
    expect(result.shortest[0]?.steps[0]?.relations.map((r) => r.kind).sort()).toEqual([
      'accusation',
      'attack',
      'sanction',
      'tension',
    ]);
    expect(result.alternatives.length).toBeGreaterThan(0);
  });
});

describe('property: the shortest paths are those of a brute-force enumeration', () => {
  const KINDS = ['alliance', 'support', 'call', 'tension', 'armed-conflict', 'meeting'] as const;
  const arbitraryGraph = fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.record({
          s: fc.integer({ min: 0, max: n - 1 }),
          t: fc.integer({ min: 0, max: n - 1 }),
          kind: fc.constantFrom(...KINDS),
        }),
        { maxLength: 12 },
      ),
      from: fc.integer({ min: 0, max: n - 1 }),
      to: fc.integer({ min: 0, max: n - 1 }),
      directed: fc.boolean(),
    }),
  );

  /** Every simple path of actors from `from` to `to`, by trying every order. */
  function bruteForce(
    actors: string[],
    relations: Relation[],
    from: string,
    to: string,
    directed: boolean,
  ): string[][] {
    const steps = (a: string, b: string) =>
      relations.some(
        (r) =>
          (r.source === a && r.target === b) ||
          (r.source === b && r.target === a && !(directed && RELATION_KINDS[r.kind].directed)),
      );
    const out: string[][] = [];
    const extend = (trail: string[]) => {
      const last = trail.at(-1)!;
      if (last === to) {
        out.push(trail);
        return;
      }
      for (const next of actors)
        if (!trail.includes(next) && steps(last, next)) extend([...trail, next]);
    };
    extend([from]);
    return out;
  }

  it('holds on random small multigraphs, with and without direction', () => {
    fc.assert(
      fc.property(arbitraryGraph, ({ n, edges, from, to, directed }) => {
        const actors = Array.from({ length: n }, (_, i) => `a${i}`);
        const relations = edges
          .filter((e) => e.s !== e.t)
          .map((e) => rel(e.kind, actors[e.s]!, actors[e.t]!));
        const g = graphOf(actors, relations);
        const result = findPaths(g, actors[from]!, actors[to]!, {
          directed,
          maxSteps: n,
          maxPaths: 100,
        });
        if (from === to) return result.reason === 'same-actor';
        const all = bruteForce(actors, relations, actors[from]!, actors[to]!, directed);
        if (all.length === 0) return result.shortest.length === 0 && result.reason !== undefined;
        const best = Math.min(...all.map((p) => p.length));
        const expected = all
          .filter((p) => p.length === best)
          .map((p) => p.join(' '))
          .sort();
        const got = result.shortest.map((p) => p.actors.join(' ')).sort();
        const everything = [...result.shortest, ...result.alternatives]
          .map((p) => p.actors.join(' '))
          .sort();
        return (
          JSON.stringify(got) === JSON.stringify(expected) &&
          JSON.stringify(everything) === JSON.stringify(all.map((p) => p.join(' ')).sort())
        );
      }),
      { numRuns: 400 },
    );
  });
});
