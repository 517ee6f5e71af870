import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/io/detect';
import { importText } from '../../src/io/import';
import { nodeXmlParser } from '../../src/io/node';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

describe('detectFormat: the content decides, not the name', () => {
  it.each([
    ['', undefined],
    ['hello', undefined],
    ['<html><body/></html>', undefined],
    ['<?xml version="1.0"?>\n<!-- made by hand -->\n<gexf xmlns="http://gexf.net/1.3"/>', 'gexf'],
    ['<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>', 'graphml'],
    ['{"title":"t","sources":[],"actors":[],"relations":[]}', 'diplomap'],
    ['[{"data":{"id":"a"}}]', 'cytoscape'],
    ['{"elements":{"nodes":[],"edges":[]},"data":{"actors":1,"relations":2}}', 'cytoscape'],
    ['source,target,kind\na,b,call', 'csv'],
    ['source;target;kind\na;b;call', 'csv'],
    ['source\ttarget\na\tb', 'tsv'],
    ['event_date,event_type,actor1,actor2\n2016-04-02,Battles,A,B', 'events'],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it.each([
    ['gephi-1.2.gexf', 'gexf'],
    ['gephi-1.3.gexf', 'gexf'],
    ['yed.graphml', 'graphml'],
    ['networkx.graphml', 'graphml'],
    ['cytoscape-desktop.cyjs', 'cytoscape'],
    ['cytoscape-elements.json', 'cytoscape'],
    ['csv-edges.csv', 'csv'],
    ['events-acled-like.csv', 'events'],
  ])('the fixture %s is %s, and imports through importText', (name, format) => {
    const text = fixture(name);
    expect(detectFormat(text)).toBe(format);
    const { report } = importText(text, {
      parseXml: nodeXmlParser,
      columns: { source: 'actor1', target: 'actor2' },
    });
    expect(report.format).toBe(format);
    expect(report.actorsRead + report.relationsRead).toBeGreaterThan(0);
  });

  it('refuses what it cannot read, and files over the size limit, with a reason', () => {
    expect(importText('just some words').report.issues[0]).toMatchObject({
      category: 'refused',
      severity: 'error',
    });
    const big = `source,target\n${'a,b\n'.repeat(16_000_000)}`;
    expect(importText(big).report.issues[0]).toMatchObject({
      category: 'refused',
      severity: 'error',
    });
  });
});
