import { describe, expect, it } from 'vitest';
import { buildGraph, validateDataset, RELATION_KIND_IDS } from '../../src/model';
import { GENERATED_MIX, generateDataset } from '../../src/model/generate';

describe('generateDataset', () => {
  it('gives the same dataset for the same seed, and another for another seed', () => {
    const a = generateDataset({ actors: 300, seed: 7 });
    expect(generateDataset({ actors: 300, seed: 7 })).toEqual(a);
    expect(generateDataset({ actors: 300, seed: 8 })).not.toEqual(a);
  });

  it.each([1000, 5000])('makes %i actors with three relations each, all valid', (actors) => {
    const dataset = generateDataset({ actors, seed: 1 });
    expect(dataset.actors).toHaveLength(actors);
    expect(dataset.relations).toHaveLength(actors * 3);
    const { problems } = validateDataset(dataset);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const graph = buildGraph(dataset);
    expect([graph.order, graph.size]).toEqual([actors, actors * 3]);
  });

  it('mixes actor kinds as asked and uses relations of every kind', () => {
    const dataset = generateDataset({ actors: 5000, seed: 3 });
    const count = (kind: string) => dataset.actors.filter((a) => a.kind === kind).length;
    for (const [kind, share] of Object.entries(GENERATED_MIX)) {
      expect(count(kind) / 5000, kind).toBeCloseTo(share, 2);
    }
    expect(count('person') / 5000).toBeGreaterThan(0.7);
    const kinds = new Set(dataset.relations.map((r) => r.kind));
    expect(RELATION_KIND_IDS.filter((k) => k !== 'other' && !kinds.has(k))).toEqual([]);
    expect(dataset.relations.some((r) => r.status === 'planned')).toBe(true);
    expect(
      dataset.relations.filter((r) => r.date).length / dataset.relations.length,
    ).toBeGreaterThan(0.7);
  });
});
