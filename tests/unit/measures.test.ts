import { describe, expect, it } from 'vitest';
import { findCommunities } from '../../src/model/communities';
import { compactGraph, type RelationCore } from '../../src/model/compact-graph';
import {
  computeMeasure,
  isEstimated,
  rankBy,
  tieGraph,
  type MeasureId,
} from '../../src/model/measures';
import {
  EXACT_CENTRALITY_UP_TO,
  sampledBetweenness,
  sampledCloseness,
} from '../../src/model/sampled-centrality';
import type { RelationKindId } from '../../src/model/vocabulary';
import { analyse } from '../../src/state/analysis';
import { analysisInput } from '../../src/model/compact-graph';
import { buildGraph, type Dataset } from '../../src/model';
import { parseBundled } from './_bundled';

let count = 0;
const rel = (kind: RelationKindId, source: string, target: string): RelationCore => ({
  id: `r${count++}`,
  kind,
  source,
  target,
});

/** A measure of every actor, by id. */
function measure(actors: string[], relations: RelationCore[], id: MeasureId) {
  const values = computeMeasure(compactGraph({ actors, relations }), id);
  return Object.fromEntries(actors.map((actor, i) => [actor, values[i]]));
}

describe('measures', () => {
  it('give nothing for an empty graph, and zero for actors without relations', () => {
    for (const id of ['relations', 'betweenness', 'closeness', 'pagerank'] as const) {
      expect(computeMeasure(compactGraph({ actors: [], relations: [] }), id)).toHaveLength(0);
    }
    expect(measure(['a', 'b'], [], 'betweenness')).toEqual({ a: 0, b: 0 });
    expect(measure(['a', 'b'], [], 'relations')).toEqual({ a: 0, b: 0 });
  });

  it('betweenness: the centre of a star carries every chain between the others', () => {
    const actors = ['hub', 'a', 'b', 'c', 'd'];
    const star = ['a', 'b', 'c', 'd'].map((leaf) => rel('meeting', 'hub', leaf));
    const values = measure(actors, star, 'betweenness');
    expect(values['hub']).toBeCloseTo(1);
    expect(values['a']).toBe(0);
  });

  it('closeness: the centre reaches all in one step, a leaf in 1 + 2 + 2 + 2', () => {
    const actors = ['hub', 'a', 'b', 'c', 'd'];
    const star = ['a', 'b', 'c', 'd'].map((leaf) => rel('call', leaf, 'hub'));
    const values = measure(actors, star, 'closeness');
    expect(values['hub']).toBeCloseTo(1);
    expect(values['a']).toBeCloseTo(4 / 7);
  });

  it('parallel relations count as relations, but as one tie for reach', () => {
    const actors = ['a', 'b', 'c'];
    const relations = [
      rel('call', 'a', 'b'),
      rel('visit', 'b', 'a'),
      rel('alliance', 'a', 'b'),
      rel('tension', 'b', 'c'),
    ];
    expect(measure(actors, relations, 'relations')).toEqual({ a: 3, b: 4, c: 1 });
    expect(measure(actors, relations, 'ties')).toEqual({ a: 1, b: 2, c: 1 });
    // One chain a–b–c; three parallel a–b relations would make it three if they counted.
    expect(measure(actors, relations, 'betweenness')['b']).toBeCloseTo(1);
    expect(measure(actors, relations, 'received')).toEqual({ a: 1, b: 1, c: 0 });
    expect(measure(actors, relations, 'initiated')).toEqual({ a: 1, b: 1, c: 0 });
  });

  it('PageRank: equal on a ring of undirected ties, highest where directed relations lead', () => {
    const ring = measure(
      ['a', 'b', 'c'],
      [rel('alliance', 'a', 'b'), rel('alliance', 'b', 'c'), rel('alliance', 'c', 'a')],
      'pagerank',
    );
    for (const value of Object.values(ring)) expect(value).toBeCloseTo(1 / 3);
    const sink = measure(
      ['x', 'y', 'z'],
      [rel('support', 'x', 'y'), rel('support', 'z', 'y')],
      'pagerank',
    );
    expect(sink['y']).toBeGreaterThan(sink['x']!);
    expect(sink['x']).toBeCloseTo(sink['z']!);
    expect(Object.values(sink).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeCloseTo(1);
  });

  it('ranks by decreasing value, then by id', () => {
    const compact = compactGraph({ actors: ['b', 'a', 'c'], relations: [] });
    expect(rankBy(compact, Float64Array.from([1, 1, 2])).map((i) => compact.actors[i])).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});

describe('communities', () => {
  it('finds the blocs of cooperative ties, and leaves out actors with none', () => {
    const actors = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'loner'];
    const relations = [
      rel('alliance', 'a1', 'a2'),
      rel('support', 'a2', 'a3'),
      rel('alliance', 'a3', 'a1'),
      rel('alliance', 'b1', 'b2'),
      rel('membership', 'b2', 'b3'),
      rel('alliance', 'b3', 'b1'),
      rel('tension', 'a1', 'b1'),
      rel('armed-conflict', 'loner', 'a1'),
    ];
    const { of, members } = findCommunities(compactGraph({ actors, relations }));
    expect(members).toHaveLength(2);
    expect(new Set([of[0], of[1], of[2]]).size).toBe(1);
    expect(new Set([of[3], of[4], of[5]]).size).toBe(1);
    expect(of[0]).not.toBe(of[3]);
    expect(of[6]).toBe(-1);
  });

  it('leaves out cooperative relations that are only claimed or alleged', () => {
    // As on the bundled map: Russia alleges that Turkey backs Islamic State.
    const graph = buildGraph(parseBundled().dataset as Dataset);
    const input = analysisInput(graph);
    const { of, members } = findCommunities(compactGraph(input));
    expect(of[input.actors.indexOf('islamic-state')]).toBe(-1);
    expect(members.flat()).not.toContain(input.actors.indexOf('islamic-state'));
    // Reported, the same support binds them.
    const reported = input.relations.map((r) =>
      r.source === 'turkey' && r.target === 'islamic-state' ? { ...r, status: undefined } : r,
    );
    const bound = findCommunities(compactGraph({ ...input, relations: reported })).of;
    expect(bound[input.actors.indexOf('islamic-state')]).toBe(
      bound[input.actors.indexOf('turkey')],
    );
  });

  it('gives the same communities on every run (seeded)', () => {
    const graph = buildGraph(parseBundled().dataset as Dataset);
    const input = analysisInput(graph);
    const first = findCommunities(compactGraph(input));
    const second = findCommunities(compactGraph(input));
    expect([...second.of]).toEqual([...first.of]);
  });
});

describe('the analysis of the bundled dataset', () => {
  const graph = buildGraph(parseBundled().dataset as Dataset);
  const result = analyse(analysisInput(graph), { unproven: false });
  const value = (id: MeasureId, actor: string) =>
    result.measures[id]![result.actors.indexOf(actor)]!;

  it('computes every measure for every actor', () => {
    expect(Object.keys(result.measures).sort()).toEqual(
      ['betweenness', 'closeness', 'initiated', 'pagerank', 'received', 'relations', 'ties'].sort(),
    );
    expect(value('relations', 'azerbaijan')).toBe(24);
  });

  it('puts Russia, the bridge between Armenia and Turkey, among the three best brokers', () => {
    const compact = compactGraph(analysisInput(graph));
    const top = rankBy(compact, result.measures.betweenness!)
      .slice(0, 3)
      .map((i) => compact.actors[i]);
    expect(top).toContain('russia');
    expect(value('betweenness', 'regional-studies-center')).toBe(0);
  });
});

describe('betweenness and closeness of big graphs, estimated from sampled actors', () => {
  /** Two cliques of `size` actors joined through one broker. */
  function barbell(size: number): { actors: string[]; relations: RelationCore[] } {
    const actors = ['broker'];
    const relations: RelationCore[] = [];
    for (const side of ['l', 'r']) {
      for (let i = 0; i < size; i++) {
        actors.push(`${side}${i}`);
        for (let j = 0; j < i; j++) relations.push(rel('meeting', `${side}${i}`, `${side}${j}`));
      }
      relations.push(rel('alliance', 'broker', `${side}0`));
    }
    return { actors, relations };
  }

  it('equal the exact values when every actor is sampled', () => {
    const compact = compactGraph(barbell(6));
    const ties = tieGraph(compact);
    const exact = computeMeasure(compact, 'betweenness');
    const all = sampledBetweenness(ties, compact.actors.length);
    all.forEach((value, i) => expect(value).toBeCloseTo(exact[i]!, 10));
    const closeness = computeMeasure(compact, 'closeness');
    sampledCloseness(ties, compact.actors.length).forEach((value, i) =>
      expect(value).toBeCloseTo(closeness[i]!, 10),
    );
  });

  it('come close from a sample, and keep the brokers first', () => {
    const compact = compactGraph(barbell(40));
    const ties = tieGraph(compact);
    const exact = computeMeasure(compact, 'betweenness');
    const estimate = sampledBetweenness(ties, 30);
    expect(estimate[0]).toBeGreaterThan(0.8 * exact[0]!);
    expect(estimate[0]).toBeLessThan(1.2 * exact[0]!);
    // The broker and the two actors it joins come first, as exactly.
    const top = (values: Float64Array) => new Set(rankBy(compact, values).slice(0, 3));
    expect(top(estimate)).toEqual(top(exact));
  });

  it('are used above the exact limit, and said to be estimates', () => {
    expect(isEstimated('betweenness', EXACT_CENTRALITY_UP_TO)).toBe(false);
    expect(isEstimated('betweenness', EXACT_CENTRALITY_UP_TO + 1)).toBe(true);
    expect(isEstimated('pagerank', 1e6)).toBe(false);
  });
});
