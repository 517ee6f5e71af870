import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  graphToDataset,
  neighbourhood,
  relationsBetween,
  relationsByKind,
  type Dataset,
  type Relation,
} from '../../src/model';
import { actorKey, degreeOf, getActor, hasActor, relationKey } from '../../src/model/graph';
import { findPaths } from '../../src/model/paths';
import { parseBundled } from './_bundled';

const ev = [{ source: 's', quote: 'q' }];
const rel = (id: string, kind: Relation['kind'], source: string, target: string): Relation => ({
  id,
  kind,
  source,
  target,
  evidence: ev,
});

function small(): Dataset {
  return {
    title: 'small',
    sources: [{ id: 's', title: 't', publisher: 'p', published: '2016' }],
    actors: ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      name: id.toUpperCase(),
      kind: 'state' as const,
    })),
    relations: [
      rel('ab-call', 'call', 'a', 'b'),
      rel('ba-call', 'call', 'b', 'a'),
      rel('ab-alliance', 'alliance', 'a', 'b'),
      rel('bc-support', 'support', 'b', 'c'),
      rel('dc-tension', 'tension', 'd', 'c'),
    ],
  };
}

describe('buildGraph', () => {
  it('builds an empty graph from an empty dataset', () => {
    const graph = buildGraph({ title: 'empty', sources: [], actors: [], relations: [] });
    expect([graph.order, graph.size]).toEqual([0, 0]);
    expect(graph.getAttribute('title')).toBe('empty');
  });

  it('keeps directed and undirected relations side by side, and parallel ones apart', () => {
    const graph = buildGraph(small());
    expect([graph.order, graph.size]).toEqual([5, 5]);
    expect(graph.directedSize).toBe(3);
    expect(graph.undirectedSize).toBe(2);
    expect(graph.isDirected(relationKey('ab-call'))).toBe(true);
    expect(graph.isUndirected(relationKey('ab-alliance'))).toBe(true);
    expect(graph.source(relationKey('ba-call'))).toBe(actorKey('b'));
    expect(
      relationsBetween(graph, 'a', 'b')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['ab-alliance', 'ab-call', 'ba-call']);
    expect(relationsBetween(graph, 'b', 'a')).toHaveLength(3);
    expect(relationsBetween(graph, 'a', 'c')).toEqual([]);
    expect(relationsBetween(graph, 'a', 'nobody')).toEqual([]);
  });

  it('gives back the dataset it was built from', () => {
    expect(graphToDataset(buildGraph(small()))).toEqual(small());
  });

  it('refuses a relation whose actor is missing (validation comes first)', () => {
    const data = small();
    data.relations.push(rel('x', 'call', 'a', 'zzz'));
    expect(() => buildGraph(data)).toThrow();
  });
});

describe('ids named after Object.prototype properties', () => {
  it('work in the graph, its queries and its paths like any other id', () => {
    const odd = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const dataset: Dataset = {
      title: 'odd',
      sources: [{ id: 's', title: 't', publisher: 'p', published: '2016' }],
      actors: odd.map((id) => ({ id, name: id, kind: 'state' as const })),
      relations: [
        rel('r1', 'alliance', '__proto__', 'constructor'),
        rel('r2', 'call', 'constructor', 'toString'),
        rel('r3', 'tension', 'toString', 'hasOwnProperty'),
      ],
    };
    const graph = buildGraph(dataset);
    expect(degreeOf(graph, '__proto__')).toBe(1);
    expect(degreeOf(graph, 'valueOf')).toBe(0);
    expect(getActor(graph, 'constructor').name).toBe('constructor');
    expect(hasActor(graph, 'isPrototypeOf')).toBe(false);
    expect(relationsBetween(graph, '__proto__', 'constructor').map((r) => r.id)).toEqual(['r1']);
    expect(relationsBetween(graph, '__proto__', 'toString')).toEqual([]);
    expect(graph.hasEdge(actorKey('valueOf'), actorKey('toString'))).toBe(false);
    expect(graph.hasEdge(actorKey('constructor'), actorKey('toString'))).toBe(true);
    expect([...neighbourhood(graph, '__proto__', 3)]).toEqual([
      ['__proto__', 0],
      ['constructor', 1],
      ['toString', 2],
      ['hasOwnProperty', 3],
    ]);
    expect(findPaths(graph, '__proto__', 'hasOwnProperty').shortest[0]?.actors).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]);
    expect(findPaths(graph, 'valueOf', '__proto__').reason).toBe('disconnected');
  });
});

describe('queries', () => {
  it('groups an actor’s relations by kind, in vocabulary order, with directions', () => {
    const groups = relationsByKind(buildGraph(small()), 'b');
    expect([...groups.keys()]).toEqual(['alliance', 'support', 'call']);
    const calls = groups.get('call')?.map((v) => [v.relation.id, v.counterpart, v.direction]);
    expect(calls?.sort()).toEqual([
      ['ab-call', 'a', 'incoming'],
      ['ba-call', 'a', 'outgoing'],
    ]);
    expect(groups.get('alliance')?.[0]?.direction).toBe('mutual');
  });

  it('finds neighbours within k steps, both ways by default', () => {
    const graph = buildGraph(small());
    expect(Object.fromEntries(neighbourhood(graph, 'a', 0))).toEqual({ a: 0 });
    expect(Object.fromEntries(neighbourhood(graph, 'a', 1))).toEqual({ a: 0, b: 1 });
    expect(Object.fromEntries(neighbourhood(graph, 'a', 3))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(neighbourhood(graph, 'e', 5).size).toBe(1);
    expect(neighbourhood(graph, 'nobody', 2).size).toBe(0);
  });

  it('follows directions only when asked', () => {
    const graph = buildGraph(small());
    // c is reached from b by support (b→c) but d→c tension is undirected, so d is reachable too.
    expect(Object.fromEntries(neighbourhood(graph, 'c', 2, { directed: true }))).toEqual({
      c: 0,
      d: 1,
    });
    expect(Object.fromEntries(neighbourhood(graph, 'b', 2, { directed: true }))).toEqual({
      a: 1,
      b: 0,
      c: 1,
      d: 2,
    });
  });

  it('answers for Russia in the bundled dataset', () => {
    const graph = buildGraph(parseBundled().dataset as Dataset);
    const russia = relationsByKind(graph, 'russia');
    expect(russia.get('alliance')?.map((v) => v.counterpart)).toEqual(['armenia']);
    expect(
      russia
        .get('office')
        ?.map((v) => [v.counterpart, v.direction])
        .sort(),
    ).toEqual([
      ['lavrov', 'incoming'],
      ['medvedev', 'incoming'],
      ['putin', 'incoming'],
    ]);
    expect(relationsBetween(graph, 'russia', 'turkey')).toHaveLength(4);
    expect(neighbourhood(graph, 'russia', 1).has('turkey')).toBe(true);
  });
});
