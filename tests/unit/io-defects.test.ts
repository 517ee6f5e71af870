/**
 * The defects of issue 16, each as the user met it: a file that hung, a
 * saved import that did not reopen, a direction lost, self-loops dropped,
 * text decoded wrong, nesting that crashed, and the smaller ones. The
 * command line's side of them is in cli.test.ts.
 */
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph';
import { parseDataset } from '../../src/model/parse';
import { findPaths } from '../../src/model/paths';
import type { Dataset } from '../../src/model/types';
import { toElements } from '../../src/render/elements';
import { stylesheet } from '../../src/render/style';
import { decodeBytes, detectFormat, headerOf, suggestColumns } from '../../src/io';
import { writeDataset } from '../../src/io/export';
import { importBytes, importText } from '../../src/io/import';
import { nodeXmlParser } from '../../src/io/node';

const bytes = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`));
const text = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const XML = { parseXml: nodeXmlParser, importedOn: '2020-01-02' };
const errors = (result: ReturnType<typeof importText>) =>
  result.report.issues.filter((issue) => issue.severity === 'error');

describe('1. files lacking a top-level key are reported, where (they hung)', () => {
  it.each([
    ['no sources', '{"title":"t","actors":[],"relations":[]}', 'sources'],
    ['no title', '{"sources":[],"actors":[],"relations":[]}', 'title'],
    ['an empty object', '{}', 'title'],
  ])('%s', (_name, json, path) => {
    const { problems } = parseDataset(json);
    expect(problems.find((p) => p.path === path)).toMatchObject({
      code: 'missing-field',
      line: 1,
      column: 1,
    });
  });

  it('reads a NetworkX node-link file and a Gephi Lite project instead of stopping', () => {
    for (const [name, format, actors, relations] of [
      ['networkx-node-link.json', 'networkx', 5, 6],
      ['gephi-lite.json', 'gephi-lite', 4, 4],
    ] as const) {
      const result = importText(text(name), XML);
      expect(result.report).toMatchObject({ format, actorsRead: actors, relationsRead: relations });
      expect(errors(result)).toEqual([]);
    }
  });
});

describe('2. what diplomap saves from an import opens again', () => {
  it.each(['gephi-1.2.gexf', 'networkx.graphml', 'cytoscape-desktop.cyjs', 'yed.graphml'])(
    '%s, saved as diplomap JSON, reopens with the same counts and fields',
    (name) => {
      const imported = importText(text(name), XML).dataset as Dataset;
      expect(imported.relations.every((r) => r.evidence.length === 0)).toBe(true);
      const saved = writeDataset(imported, 'json')[0]!.text;
      const reopened = importText(saved, XML);
      expect(errors(reopened)).toEqual([]);
      expect(reopened.dataset).toEqual(JSON.parse(saved));
      // Unsourced relations are said once, not once per relation.
      const unsourced = reopened.report.issues.filter((i) => i.message.includes('no evidence'));
      expect(unsourced).toHaveLength(1);
    },
  );
});

describe('3. the direction of a kind outside the vocabulary is kept', () => {
  const gexf = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="edge"><attribute id="k" title="kind" type="string"/></attributes>
    <nodes><node id="a"/><node id="b"/></nodes>
    <edges>
      <edge id="e" source="a" target="b"><attvalues><attvalue for="k" value="loan"/></attvalues></edge>
      <edge id="f" source="a" target="b" type="undirected"><attvalues><attvalue for="k" value="loan"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;

  it('reads it, and writes it back in every format', () => {
    const dataset = importText(gexf, XML).dataset as Dataset;
    expect(dataset.relations.map((r) => [r.id, r.kind, r.directed])).toEqual([
      ['e', 'other', true],
      ['f', 'other', undefined],
    ]);
    expect(writeDataset(dataset, 'gexf')[0]!.text).toMatch(/<edge id="e"[^>]* type="directed"/);
    for (const format of ['json', 'graphml', 'cyjs', 'csv'] as const) {
      const [first, second] = writeDataset(dataset, format);
      const back = (
        second ? importText(second.text, { nodes: first!.text }) : importText(first!.text, XML)
      ).dataset as Dataset;
      expect(back.relations.map((r) => r.directed ?? false)).toEqual([true, false]);
    }
  });
});

describe('4. self-loops are kept, counted, drawn as loops and left out of paths', () => {
  const csv =
    'source,target,kind\nArmenia,Armenia,mobilisation\nArmenia,Azerbaijan,armed conflict\n';

  it('keeps them and counts them in the report', () => {
    const result = importText(csv);
    expect(result.report.selfLoops).toBe(1);
    expect(result.dataset?.relations.map((r) => [r.source, r.target])).toEqual([
      ['Armenia', 'Armenia'],
      ['Armenia', 'Azerbaijan'],
    ]);
  });

  it('builds a graph with them, and no path steps through one', () => {
    const graph = buildGraph(importText(csv).dataset as Dataset);
    expect(graph.size).toBe(2);
    const paths = findPaths(graph, 'Armenia', 'Azerbaijan');
    expect(paths.shortest.map((p) => p.actors)).toEqual([['Armenia', 'Azerbaijan']]);
    expect(paths.alternatives).toEqual([]);
  });

  it.each([false, true])('draws them as loops (big-graph style: %s)', (bulk) => {
    const graph = buildGraph(importText(csv).dataset as Dataset);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph),
      style: stylesheet({ bulk, still: bulk }),
    });
    const loop = cy.edges().filter((edge) => edge.isLoop());
    expect(loop.length).toBe(1);
    expect(loop.first().style('curve-style')).toBe('bezier');
    cy.destroy();
  });

  it('opens a diplomap dataset that has one, with one warning', () => {
    const dataset = {
      title: 't',
      sources: [],
      actors: [{ id: 'a', name: 'A', kind: 'state' }],
      relations: [{ id: 'r', kind: 'attack', source: 'a', target: 'a' }],
    };
    const result = importText(JSON.stringify(dataset));
    expect(errors(result)).toEqual([]);
    expect(result.report.selfLoops).toBe(1);
  });
});

describe('5. text is decoded as the file says, and what cannot be is reported where', () => {
  it('reads a GEXF that declares ISO-8859-1', () => {
    const result = importBytes(bytes('latin1.gexf'), XML);
    expect(result.report.encoding).toBe('ISO-8859-1');
    expect(result.dataset?.title).toBe('Médiation à Vienne, mai 2016');
    expect(result.dataset?.actors.map((a) => a.name)).toContain('Azerbaïdjan');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const result = importBytes(bytes('utf16-edges.txt'));
    expect(result.report).toMatchObject({ format: 'tsv', encoding: 'UTF-16LE', relationsRead: 3 });
    expect(result.dataset?.relations[1]?.note).toBe('« une nation, deux États »');
  });

  it('reports bytes that are not UTF-8 with their line and column', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('source,target\nArm'),
      0xe9, // "é" in Latin-1, not UTF-8
      ...new TextEncoder().encode('nie,Russie\n'),
    ]);
    const result = importBytes(latin1);
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ category: 'encoding', severity: 'warning', line: 2, column: 4 }),
    );
    expect(result.dataset?.actors[0]?.name).toBe('Arm\uFFFDnie');
  });
});

describe('7. JSON nested too deep is refused with a clear message', () => {
  it.each([
    ['an array', '['.repeat(50_000) + ']'.repeat(50_000)],
    ['a broken array', '['.repeat(50_000)],
    ['objects', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)],
  ])('%s 50,000 deep', (_name, deep) => {
    for (const format of [undefined, 'diplomap', 'cytoscape', 'networkx'] as const) {
      const result = importText(deep, format ? { format } : {});
      expect(result.dataset).toBeNull();
      const issue = errors(result)[0];
      expect(issue?.message).toMatch(/deeper than 256 levels/);
      expect(issue?.line).toBe(1);
    }
  });
});

describe('9. the smaller defects', () => {
  it('reads the labels yEd Live draws, with their places and fills', () => {
    const result = importText(text('yed-live.graphml'), XML);
    expect(result.dataset?.actors.map((a) => [a.name, a.position, a.color])).toEqual([
      ['Russia', { x: 0, y: 0 }, '#336699'],
      ['Armenia', { x: 200, y: 115 }, '#ee7733'],
      ['Azerbaijan', { x: -200, y: 115 }, '#009988'],
    ]);
    expect(result.dataset?.relations.map((r) => r.kind)).toEqual([
      'alliance',
      'armed-conflict',
      'call',
    ]);
  });

  it.each(['', '   \n\t ', '\uFEFF'])('does not call %j diplomap JSON', (empty) => {
    expect(detectFormat(empty)).toBeUndefined();
    const { report } = importText(empty);
    expect(report.format).toBe('unknown');
    expect(report.issues[0]).toMatchObject({ category: 'refused', message: 'the file is empty' });
  });

  it("guesses ICEWS's columns", () => {
    const header = headerOf(text('icews-events.tab'));
    expect(suggestColumns(header)).toEqual({
      source: 'Source Name',
      target: 'Target Name',
      kind: 'Event Text',
      date: 'Event Date',
    });
  });

  it('makes no actor of an NA or empty cell, and says which rows it skipped', () => {
    const decoded = decodeBytes(bytes('icews-events.tab'));
    const columns = suggestColumns(headerOf(decoded.text));
    const result = importText(decoded, { ...(columns ? { columns } : {}) });
    const names = result.dataset?.actors.map((a) => a.name) ?? [];
    expect(names).not.toContain('NA');
    expect(names).not.toContain('');
    expect(result.report.relationsRead).toBe(9);
    expect(result.dataset?.relations).toHaveLength(7);
    // CAMEO's event texts that say one of diplomap's kinds are read as it.
    expect(result.dataset?.relations.map((r) => r.kind)).toEqual([
      'armed-conflict',
      'armed-conflict',
      'other',
      'other',
      'visit',
      'other',
      'call',
    ]);
    const skipped = result.report.issues.filter((i) => i.message.includes('skipped'));
    expect(skipped.map((i) => i.line)).toEqual([7, 8]);
  });

  it('keeps an actor whose id is "NA" when the node table lists it', () => {
    const result = importText('source,target\nNA,b\nn/a,b\n', {
      nodes: 'id,name\nNA,Namibia\nb,B\n',
    });
    expect(result.dataset?.relations.map((r) => r.source)).toEqual(['NA']);
    expect(result.report.issues.map((i) => i.line)).toEqual([3]);
  });

  it('keeps empty-text attributes through CSV, and tells them from absent ones', () => {
    const dataset: Dataset = {
      title: 't',
      sources: [],
      actors: [
        { id: 'a', name: 'A', kind: 'state', role: '', attributes: { note: '', rank: 'first' } },
        { id: 'b', name: 'B', kind: 'state', attributes: { rank: 'second' } },
      ],
      relations: [{ id: 'r', kind: 'alliance', source: 'a', target: 'b', evidence: [] }],
    };
    const [actors, relations] = writeDataset(dataset, 'csv');
    const back = importText(relations!.text, { nodes: actors!.text }).dataset as Dataset;
    expect(back.actors).toEqual(dataset.actors.map((a) => ({ ...a })));
  });
});
