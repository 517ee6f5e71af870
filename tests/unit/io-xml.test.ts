/**
 * GEXF and GraphML: the XML parsers and their positions, malformed files
 * reported by category and place, files as Gephi, yEd and NetworkX write
 * them, and round trips of the bundled dataset through both writers.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser as XmldomParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGexf } from '../../src/io/gexf/read';
import { writeGexf } from '../../src/io/gexf/write';
import { readGraphml } from '../../src/io/graphml/read';
import { writeGraphml } from '../../src/io/graphml/write';
import { decodeList as splitList, encodeList as joinList } from '../../src/io/shared/lists';
import type { ImportIssue, ImportResult, ReadOptions } from '../../src/io/shared/types';
import { escapeXml } from '../../src/io/xml/escape';
import { browserXmlParser, refuseDoctype } from '../../src/io/xml/parse';
import { nodeXmlParser } from '../../src/io/node';
import type { Actor, Dataset, Relation } from '../../src/model/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(resolve(root, 'tests/fixtures', name), 'utf8');

const OPTIONS: ReadOptions = { parseXml: nodeXmlParser, importedOn: '2020-01-02' };
const gexf = (text: string) => readGexf(text, OPTIONS);
const graphml = (text: string) => readGraphml(text, OPTIONS);

const lines = (...rows: string[]) => rows.join('\n');

const GEXF_HEAD = '<gexf xmlns="http://gexf.net/1.3" version="1.3">';
const GRAPHML_HEAD = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';

function errors(result: ImportResult): ImportIssue[] {
  return result.report.issues.filter((issue) => issue.severity === 'error');
}

function only(result: ImportResult, category: ImportIssue['category']): ImportIssue {
  const found = result.report.issues.filter((issue) => issue.category === category);
  expect(found, JSON.stringify(result.report.issues)).toHaveLength(1);
  return found[0] as ImportIssue;
}

function actor(result: ImportResult, id: string): Actor {
  const found = result.dataset?.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id}: ${JSON.stringify(result.report.issues)}`);
  return found;
}

function relation(result: ImportResult, id: string): Relation {
  const found = result.dataset?.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}: ${JSON.stringify(result.report.issues)}`);
  return found;
}

describe('XML parsing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses DOCTYPE and ENTITY declarations anywhere, with their position', () => {
    expect(refuseDoctype('<?xml version="1.0"?>\n  <!doctype gexf>\n<gexf/>')).toMatchObject({
      line: 2,
      column: 3,
    });
    expect(refuseDoctype('<a>\n<b/>\n<!ENTITY x "y">\n</a>')).toMatchObject({
      line: 3,
      column: 1,
    });
    expect(refuseDoctype('<a title="DOCTYPE">ENTITY</a>')).toBeUndefined();
  });

  it('xmldom: a document, or the first error with its line and column', () => {
    const good = nodeXmlParser('<a>\n  <b x="1"/>\n</a>');
    expect(good.ok && good.document.documentElement.localName).toBe('a');
    expect(nodeXmlParser('<a>\n  <b>\n</a>')).toMatchObject({ ok: false, line: 3, column: 1 });
    expect(nodeXmlParser('\uFEFF<a/>').ok).toBe(true);
    // xmldom lets these pass; a browser does not, so neither do we.
    expect(nodeXmlParser('<a>\n  x & y</a>')).toMatchObject({ ok: false, line: 2, column: 5 });
    expect(nodeXmlParser('<a x=1/>')).toMatchObject({ ok: false, line: 1 });
    // ... but a "&" inside a comment or CDATA is fine.
    expect(nodeXmlParser('<a><!-- x & y --><![CDATA[ & ]]></a>').ok).toBe(true);
  });

  it('browser: finds a Chromium <parsererror> and reads its line and column', () => {
    const parse = vi.fn(
      () =>
        new XmldomParser().parseFromString(
          '<gexf><parsererror xmlns="http://www.w3.org/1999/xhtml"><h3>This page contains the following errors:</h3><div>error on line 3 at column 5: Opening and ending tag mismatch: nodes line 0 and gexf\n</div><h3>Below is a rendering of the page up to the first error.</h3></parsererror></gexf>',
          'application/xml',
        ) as unknown as Document,
    );
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString = parse;
      },
    );
    const result = browserXmlParser('<gexf>\n<nodes>\n</gexf>');
    expect(result).toMatchObject({ ok: false, line: 3, column: 5 });
    expect(!result.ok && result.message).toMatch(/mismatch/);
    expect(parse).toHaveBeenCalledOnce();
  });

  it('browser: finds a Firefox <parsererror> in its own namespace', () => {
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString() {
          return new XmldomParser().parseFromString(
            '<parsererror xmlns="http://www.mozilla.org/newlayout/xml/parsererror.xml">XML Parsing Error: mismatched tag. Expected: &lt;/nodes&gt;.\nLocation: about:blank\nLine Number 4, Column 3:<sourcetext>&lt;/gexf&gt;\n--^</sourcetext></parsererror>',
            'application/xml',
          ) as unknown as Document;
        }
      },
    );
    const result = browserXmlParser('<gexf>\n<nodes>\n\n  </gexf>');
    expect(result).toMatchObject({ ok: false, line: 4, column: 3 });
    expect(!result.ok && result.message).toMatch(/^XML Parsing Error: mismatched tag/);
  });

  it('browser: a good document passes; a DOCTYPE is refused before parsing', () => {
    const parse = vi.fn(
      (text: string) =>
        new XmldomParser().parseFromString(text, 'application/xml') as unknown as Document,
    );
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString = parse;
      },
    );
    expect(browserXmlParser('<a><b/></a>').ok).toBe(true);
    expect(browserXmlParser('<!DOCTYPE a>\n<a/>')).toMatchObject({ ok: false, line: 1 });
    expect(parse).toHaveBeenCalledOnce();
  });

  it('escapes markup, quotes and line breaks, and drops what XML cannot hold', () => {
    const value = 'a<b>&"c\'\n\td\r\u0001\uFFFE\uD800e🙂';
    expect(escapeXml(value)).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#10;&#9;d&#13;e🙂');
    const parsed = nodeXmlParser(`<x v="${escapeXml(value)}">${escapeXml(value)}</x>`);
    if (!parsed.ok) throw new Error(parsed.message);
    const element = parsed.document.documentElement;
    expect(element.getAttribute('v')).toBe('a<b>&"c\'\n\td\re🙂');
    expect(element.textContent).toBe('a<b>&"c\'\n\td\re🙂');
  });

  it('lists survive a split: plain with "; ", as JSON when an item holds ";"', () => {
    expect(joinList(['Kremlin', 'Moscow'])).toBe('Kremlin; Moscow');
    expect(splitList('Kremlin; Moscow')).toEqual(['Kremlin', 'Moscow']);
    for (const list of [['a;b', 'c'], [' padded'], ['[x]'], ['']]) {
      expect(splitList(joinList(list))).toEqual(list);
    }
  });
});

describe('GEXF and GraphML: edge cases', () => {
  it('reads GEXF without a namespace, and 1.2 the same as 1.3', () => {
    const body = lines(
      '  <graph defaultedgetype="undirected">',
      '    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>',
      '    <edges><edge id="e" source="a" target="b" label="alliance"/></edges>',
      '  </graph>',
    );
    for (const head of [
      '<gexf version="1.2">',
      '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
      GEXF_HEAD,
    ]) {
      const result = gexf(`${head}\n${body}\n</gexf>`);
      expect(result.report.issues).toEqual([]);
      expect(relation(result, 'e')).toMatchObject({ kind: 'alliance', source: 'a', target: 'b' });
      expect(actor(result, 'a').name).toBe('A');
    }
  });

  it('renames edges whose ids are node ids (Gephi numbers both from 0), with one warning', () => {
    const result = gexf(
      lines(
        GEXF_HEAD,
        '  <graph>',
        '    <nodes><node id="0" label="A"/><node id="1" label="B"/><node id="2"/></nodes>',
        '    <edges>',
        '      <edge id="0" source="0" target="1"/>',
        '      <edge id="1" source="1" target="2"/>',
        '    </edges>',
        '  </graph>',
        '</gexf>',
      ),
    );
    expect(errors(result)).toEqual([]);
    expect(only(result, 'duplicate-id')).toMatchObject({ severity: 'warning', line: 5 });
    expect(result.dataset?.relations.map((r) => r.id)).toEqual(['edge-0', 'edge-1']);
  });

  it('reads GraphML edges listed before their nodes without making placeholders', () => {
    const result = graphml(
      lines(
        GRAPHML_HEAD,
        '  <graph edgedefault="directed">',
        '    <edge source="a" target="b"/>',
        '    <node id="a"/><node id="b"/>',
        '  </graph>',
        '</graphml>',
      ),
    );
    expect(result.report.placeholders).toBe(0);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.dataset?.relations).toHaveLength(1);
  });

  it('takes a GraphML name from a label key before the yEd label, and the yEd label before the id', () => {
    const result = graphml(
      lines(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">',
        '  <key id="l" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="g" for="node" yfiles.type="nodegraphics"/>',
        '  <graph edgedefault="directed">',
        '    <node id="a"><data key="l">From key</data><data key="g"><y:ShapeNode><y:NodeLabel>Drawn</y:NodeLabel></y:ShapeNode></data></node>',
        '    <node id="b"><data key="g"><y:ShapeNode><y:NodeLabel>  Drawn B<y:LabelModel/></y:NodeLabel></y:ShapeNode></data></node>',
        '    <node id="c"/>',
        '  </graph>',
        '</graphml>',
      ),
    );
    expect(result.dataset?.actors.map((a) => a.name)).toEqual(['From key', 'Drawn B', 'c']);
    expect(actor(result, 'a').attributes).toBeUndefined();
  });

  it('applies declared defaults to the nodes that lack a value', () => {
    const result = gexf(
      lines(
        GEXF_HEAD,
        '  <graph>',
        '    <attributes class="node">',
        '      <attribute id="0" title="kind" type="string"><default>state</default></attribute>',
        '      <attribute id="1" title="seats" type="integer"><default>0</default></attribute>',
        '    </attributes>',
        '    <nodes>',
        '      <node id="a"/>',
        '      <node id="b"><attvalues><attvalue for="0" value="person"/><attvalue for="1" value="3"/></attvalues></node>',
        '    </nodes>',
        '  </graph>',
        '</gexf>',
      ),
    );
    expect(actor(result, 'a')).toMatchObject({ kind: 'state', attributes: { seats: 0 } });
    expect(actor(result, 'b')).toMatchObject({ kind: 'person', attributes: { seats: 3 } });
  });

  it('reads GEXF dates from start/end, open ends and spells', () => {
    const result = gexf(
      lines(
        GEXF_HEAD,
        '  <graph mode="dynamic" timeformat="date">',
        '    <nodes><node id="a"/><node id="b"/></nodes>',
        '    <edges>',
        '      <edge id="same" source="a" target="b" start="2016-04-05" end="2016-04-05"/>',
        '      <edge id="span" source="a" target="b" start="2016-04-02" end="2016-04-05"/>',
        '      <edge id="open" source="a" target="b" start="2015"/>',
        '      <edge id="until" source="a" target="b" end="2016-04"/>',
        '      <edge id="stamp" source="a" target="b" start="2016-04-05T10:00:00Z" end="2016-04-06T00:00:00"/>',
        '      <edge id="spell" source="a" target="b"><spells><spell start="1994" end="1994"/></spells></edge>',
        '    </edges>',
        '  </graph>',
        '</gexf>',
      ),
    );
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.relations.map((r) => [r.id, r.date])).toEqual([
      ['same', '2016-04-05'],
      ['span', '2016-04-02/2016-04-05'],
      ['open', '2015/..'],
      ['until', '../2016-04'],
      ['stamp', '2016-04-05/2016-04-06'],
      ['spell', '1994'],
    ]);
  });

  it('prefers a kind attribute to the edge label, and keeps a label that says something else', () => {
    const result = gexf(
      lines(
        GEXF_HEAD,
        '  <graph>',
        '    <attributes class="edge"><attribute id="k" title="Relation" type="string"/></attributes>',
        '    <nodes><node id="a"/><node id="b"/></nodes>',
        '    <edges>',
        '      <edge id="1" source="a" target="b" label="Minsk talks"><attvalues><attvalue for="k" value="negotiates"/></attvalues></edge>',
        '      <edge id="2" source="a" target="b" label="armed conflict"><attvalues><attvalue for="k" value="war"/></attvalues></edge>',
        '      <edge id="3" source="a" target="b" kind="call" label="phone"/>',
        '    </edges>',
        '  </graph>',
        '</gexf>',
      ),
    );
    expect(relation(result, '1')).toMatchObject({
      kind: 'negotiation',
      attributes: { label: 'Minsk talks' },
    });
    expect(relation(result, '2').kind).toBe('armed-conflict');
    expect(relation(result, '2').attributes).toBeUndefined();
    expect(relation(result, '3').kind).toBe('call');
  });

  it('keeps ids such as __proto__, constructor and toString, and an attribute named __proto__', () => {
    const result = graphml(
      lines(
        GRAPHML_HEAD,
        '  <key id="p" for="node" attr.name="__proto__" attr.type="string"/>',
        '  <key id="t" for="edge" attr.name="toString" attr.type="int"/>',
        '  <graph edgedefault="undirected">',
        '    <node id="__proto__"><data key="p">polluted?</data></node>',
        '    <node id="constructor"/>',
        '    <node id="toString"/>',
        '    <edge id="hasOwnProperty" source="__proto__" target="constructor"><data key="t">7</data></edge>',
        '    <edge source="constructor" target="toString"/>',
        '  </graph>',
        '</graphml>',
      ),
    );
    expect(result.report.issues).toEqual([]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    const attributes = actor(result, '__proto__').attributes ?? {};
    expect(Object.entries(attributes)).toEqual([['__proto__', 'polluted?']]);
    expect(Object.entries(relation(result, 'hasOwnProperty').attributes ?? {})).toEqual([
      ['toString', 7],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses to guess without an XML parser in Node', () => {
    const result = readGexf('<gexf/>', {});
    expect(result.dataset).toBeNull();
    expect(only(result, 'refused').severity).toBe('error');
  });
});

interface Case {
  name: string;
  read: (text: string) => ImportResult;
  text: string;
  category: ImportIssue['category'];
  severity: 'error' | 'warning';
  line?: number;
  column?: number;
  path?: string;
  /** More checks on the result, for the warnings that still import. */
  check?: (result: ImportResult) => void;
}

const GEXF_NODES = '    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>';

const CASES: Case[] = [
  {
    name: 'DOCTYPE (refused, GEXF)',
    read: gexf,
    text: lines('<?xml version="1.0"?>', '<!DOCTYPE gexf SYSTEM "gexf.dtd">', GEXF_HEAD, '</gexf>'),
    category: 'refused',
    severity: 'error',
    line: 2,
    column: 1,
  },
  {
    name: 'ENTITY declaration (refused, GraphML)',
    read: graphml,
    text: lines(
      '<?xml version="1.0"?>',
      GRAPHML_HEAD,
      '  <graph edgedefault="directed">',
      '    <!ENTITY lol "lol">',
      '  </graph>',
      '</graphml>',
    ),
    category: 'refused',
    severity: 'error',
    line: 4,
    column: 5,
  },
  {
    name: 'empty file',
    read: gexf,
    text: '  \n',
    category: 'syntax',
    severity: 'error',
    line: 1,
  },
  {
    name: 'unclosed tag (GEXF)',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      '    <nodes>',
      '      <node id="a">',
      '  </graph>',
      '</gexf>',
    ),
    category: 'syntax',
    severity: 'error',
    line: 5,
  },
  {
    name: 'file cut short (GraphML)',
    read: graphml,
    text: lines(GRAPHML_HEAD, '  <graph edgedefault="directed">', '    <node id="a"/>'),
    category: 'syntax',
    severity: 'error',
    line: 3,
  },
  {
    name: 'mismatched tag (GraphML)',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <graph edgedefault="directed">',
      '    <node id="a"></edge>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'syntax',
    severity: 'error',
    line: 3,
    column: 18,
  },
  {
    name: 'text after the root (GEXF)',
    read: gexf,
    text: lines(GEXF_HEAD, '  <graph/>', '</gexf>', '', '  trailing words'),
    category: 'syntax',
    severity: 'error',
    line: 5,
    column: 3,
  },
  {
    name: 'a second root element (GraphML)',
    read: graphml,
    text: lines(GRAPHML_HEAD, '  <graph edgedefault="directed"/>', '</graphml>', '<graphml/>'),
    category: 'syntax',
    severity: 'error',
    line: 4,
  },
  {
    name: 'bare ampersand in a label (GEXF)',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      '    <nodes><node id="a" label="Tom & Jerry"/></nodes>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'syntax',
    severity: 'error',
    line: 3,
    column: 36,
  },
  {
    name: 'undefined entity (GraphML)',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <graph edgedefault="directed">',
      '    <node id="a&nbsp;b"/>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'syntax',
    severity: 'error',
    line: 3,
  },
  {
    name: 'attribute value without quotes (GEXF)',
    read: gexf,
    text: lines(GEXF_HEAD, '  <graph>', '    <nodes><node id=a/></nodes>', '  </graph>', '</gexf>'),
    category: 'syntax',
    severity: 'error',
    line: 3,
  },
  {
    name: 'a control character (GraphML)',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <graph edgedefault="directed">',
      '    <node id="a\u0007"/>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'syntax',
    severity: 'error',
    line: 3,
    column: 16,
  },
  {
    name: 'not a GEXF root',
    read: gexf,
    text: lines('<?xml version="1.0"?>', GRAPHML_HEAD, '</graphml>'),
    category: 'syntax',
    severity: 'error',
    line: 2,
    column: 1,
  },
  {
    name: 'not a GraphML root',
    read: graphml,
    text: lines('<?xml version="1.0"?>', '', GEXF_HEAD, '</gexf>'),
    category: 'syntax',
    severity: 'error',
    line: 3,
    column: 1,
  },
  {
    name: 'GEXF without a graph',
    read: gexf,
    text: lines(GEXF_HEAD, '  <meta><creator>x</creator></meta>', '</gexf>'),
    category: 'missing-field',
    severity: 'error',
    line: 1,
  },
  {
    name: 'node without an id (GEXF)',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      '    <nodes>',
      '      <node id="a"/>',
      '      <node label="B"/>',
      '    </nodes>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'missing-field',
    severity: 'error',
    line: 5,
    column: 7,
    path: 'nodes/node[2]',
  },
  {
    name: 'edge without a target (GraphML)',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <graph edgedefault="directed">',
      '    <node id="a"/>',
      '    <edge id="x" source="a"/>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'missing-field',
    severity: 'error',
    line: 4,
    column: 5,
    path: 'graph/edge[1]',
  },
  {
    name: 'edge without a source (GEXF)',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      GEXF_NODES,
      '    <edges>',
      '      <edge id="x" target="a"/>',
      '    </edges>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'missing-field',
    severity: 'error',
    line: 5,
    path: 'edges/edge[1]',
  },
  {
    name: 'edge to a missing node (GEXF): a placeholder, and the import goes on',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      GEXF_NODES,
      '    <edges>',
      '      <edge id="x" source="a" target="ghost"/>',
      '    </edges>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'missing-endpoint',
    severity: 'warning',
    line: 5,
    path: 'edges/edge[1]',
    check: (result) => {
      expect(result.report.placeholders).toBe(1);
      expect(actor(result, 'ghost')).toMatchObject({ placeholder: true, kind: 'other' });
      expect(result.dataset?.relations).toHaveLength(1);
    },
  },
  {
    name: 'duplicate node ids (GraphML): the later one dropped',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <key id="l" for="node" attr.name="label" attr.type="string"/>',
      '  <graph edgedefault="directed">',
      '    <node id="a"><data key="l">First</data></node>',
      '    <node id="a"><data key="l">Second</data></node>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'duplicate-id',
    severity: 'warning',
    line: 5,
    path: 'graph/node[2]',
    check: (result) => {
      expect(result.dataset?.actors.map((a) => a.name)).toEqual(['First']);
    },
  },
  {
    name: 'unknown relation kind (GraphML): other, under its own name',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <key id="d0" for="edge" attr.name="type" attr.type="string"/>',
      '  <graph edgedefault="undirected">',
      '    <node id="a"/><node id="b"/>',
      '    <edge source="a" target="b"><data key="d0">trade partner</data></edge>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'unknown-kind',
    severity: 'warning',
    line: 5,
    path: 'graph/edge[1]/data[1]',
    check: (result) => {
      expect(relation(result, 'e1')).toMatchObject({
        kind: 'other',
        originalKind: 'trade partner',
      });
    },
  },
  {
    name: 'unknown actor kind (GEXF)',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      '    <attributes class="node"><attribute id="0" title="Category" type="string"/></attributes>',
      '    <nodes>',
      '      <node id="a"><attvalues><attvalue for="0" value="militia"/></attvalues></node>',
      '    </nodes>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'unknown-kind',
    severity: 'warning',
    line: 5,
    path: 'nodes/node[1]/attvalues/attvalue[1]',
    check: (result) => {
      expect(actor(result, 'a')).toMatchObject({ kind: 'other', originalKind: 'militia' });
    },
  },
  {
    name: 'bad date (GraphML): kept as an attribute',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <key id="d" for="edge" attr.name="date" attr.type="string"/>',
      '  <graph edgedefault="directed">',
      '    <node id="a"/><node id="b"/>',
      '    <edge id="x" source="a" target="b">',
      '      <data key="d">last spring</data>',
      '    </edge>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'bad-value',
    severity: 'warning',
    line: 6,
    path: 'graph/edge[1]/data[1]',
    check: (result) => {
      expect(relation(result, 'x').date).toBeUndefined();
      expect(relation(result, 'x').attributes).toEqual({ date: 'last spring' });
    },
  },
  {
    name: 'bad number for a float attribute (GEXF): kept as text',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      '    <attributes class="node"><attribute id="0" title="gdp" type="float"/></attributes>',
      '    <nodes>',
      '      <node id="a"><attvalues><attvalue for="0" value="1.5"/></attvalues></node>',
      '      <node id="b"><attvalues>',
      '        <attvalue for="0" value="n/a"/>',
      '      </attvalues></node>',
      '    </nodes>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'bad-value',
    severity: 'warning',
    line: 7,
    column: 9,
    path: 'nodes/node[2]/attvalues/attvalue[1]',
    check: (result) => {
      expect(actor(result, 'a').attributes).toEqual({ gdp: 1.5 });
      expect(actor(result, 'b').attributes).toEqual({ gdp: 'n/a' });
    },
  },
  {
    name: 'bad integer for an int key (GraphML)',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <key id="y" for="node" attr.name="founded" attr.type="int"/>',
      '  <graph edgedefault="directed">',
      '    <node id="a"><data key="y">1991.5</data></node>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'bad-value',
    severity: 'warning',
    line: 4,
    column: 18,
    path: 'graph/node[1]/data[1]',
    check: (result) => {
      expect(actor(result, 'a').attributes).toEqual({ founded: '1991.5' });
    },
  },
  {
    name: 'bad weight (GEXF): kept as an attribute',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      GEXF_NODES,
      '    <edges>',
      '      <edge id="x" source="a" target="b" weight="heavy"/>',
      '    </edges>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'bad-value',
    severity: 'warning',
    line: 5,
    path: 'edges/edge[1]',
    check: (result) => {
      expect(relation(result, 'x').weight).toBeUndefined();
      expect(relation(result, 'x').attributes).toEqual({ weight: 'heavy' });
    },
  },
  {
    name: 'attvalue for an undeclared attribute (GEXF)',
    read: gexf,
    text: lines(
      GEXF_HEAD,
      '  <graph>',
      '    <nodes>',
      '      <node id="a"><attvalues><attvalue for="mystery" value="42"/></attvalues></node>',
      '    </nodes>',
      '  </graph>',
      '</gexf>',
    ),
    category: 'bad-value',
    severity: 'warning',
    line: 4,
    column: 31,
    check: (result) => {
      expect(actor(result, 'a').attributes).toEqual({ mystery: '42' });
    },
  },
  {
    name: 'a hyperedge (GraphML): not read',
    read: graphml,
    text: lines(
      GRAPHML_HEAD,
      '  <graph edgedefault="directed">',
      '    <node id="a"/><node id="b"/><node id="c"/>',
      '    <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>',
      '  </graph>',
      '</graphml>',
    ),
    category: 'refused',
    severity: 'warning',
    line: 4,
    column: 5,
    check: (result) => {
      expect(result.dataset?.actors).toHaveLength(3);
    },
  },
];

describe('malformed GEXF and GraphML, reported by category, severity and place', () => {
  it.each(CASES)('$name', (c) => {
    const result = c.read(c.text);
    const issue = only(result, c.category);
    expect(issue.severity).toBe(c.severity);
    if (c.line !== undefined) expect(issue.line).toBe(c.line);
    if (c.column !== undefined) expect(issue.column).toBe(c.column);
    if (c.path !== undefined) expect(issue.path).toBe(c.path);
    expect(issue.line !== undefined || issue.path !== undefined).toBe(true);
    if (c.severity === 'error') expect(result.dataset).toBeNull();
    else expect(errors(result)).toEqual([]);
    c.check?.(result);
  });
});

describe('files as Gephi, yEd and NetworkX write them', () => {
  it('Gephi 0.9, GEXF 1.2: numbered ids, viz, mixed edge types', () => {
    const result = gexf(fixture('gephi-1.2.gexf'));
    expect(errors(result)).toEqual([]);
    expect(result.report).toMatchObject({ actorsRead: 8, relationsRead: 9, placeholders: 0 });
    expect(result.dataset?.title).toBe('Imported GEXF');
    expect(actor(result, '0')).toMatchObject({
      name: 'Russia',
      kind: 'state',
      attributes: { population: 146500000, 'Modularity Class': 0 },
    });
    expect(actor(result, '4').kind).toBe('de-facto-state');
    expect(actor(result, '5').kind).toBe('international-organization');
    expect(actor(result, '6').kind).toBe('person');
    const kinds = result.dataset?.relations.map((r) => r.kind);
    expect(kinds).toEqual([
      'alliance',
      'support',
      'support',
      'armed-conflict',
      'mediation',
      'mediation',
      'office',
      'membership',
      'other',
    ]);
    // Edge ids 0-7 are also node ids; 8 is not.
    expect(result.dataset?.relations.map((r) => r.id).slice(6)).toEqual(['edge-6', 'edge-7', '8']);
    expect(relation(result, '8').originalKind).toBe('rivalry');
    expect(relation(result, 'edge-3').weight).toBe(5);
  });

  it('Gephi 0.10, GEXF 1.3: defaults, typed attributes, edge kinds and dates', () => {
    const result = gexf(fixture('gephi-1.3.gexf'));
    expect(result.report.issues).toEqual([]);
    expect(result.report).toMatchObject({ actorsRead: 6, relationsRead: 7, placeholders: 0 });
    expect(result.dataset?.title).toBe('Calls and visits, April 2016');
    expect(actor(result, 'moscow')).toMatchObject({
      kind: 'state',
      attributes: { capital: 'Moscow', gdp_per_capita: 8748.4, csto_member: true },
    });
    expect(actor(result, 'lavrov')).toMatchObject({
      kind: 'person',
      role: 'Foreign Minister of Russia',
    });
    expect(relation(result, 'call-2')).toMatchObject({
      kind: 'call',
      date: '2016-04-02/2016-04-03',
      attributes: { channel: 'telephone' },
    });
    expect(relation(result, 'visit-1').evidence).toEqual([
      { source: 'imported', quote: 'Medvedev was to travel to Yerevan on Thursday' },
    ]);
    expect(relation(result, 'visit-2').date).toBe('2016-04-08');
    expect(relation(result, 'talks')).toMatchObject({
      kind: 'negotiation',
      attributes: { label: 'Kerry–Lavrov track' },
    });
    expect(result.dataset?.sources.map((s) => s.id)).toEqual(['imported']);
  });

  it('yEd: labels from the drawing, a group node and its nested graph, edge labels as kinds', () => {
    const result = graphml(fixture('yed.graphml'));
    expect(result.report.issues).toEqual([]);
    expect(result.report).toMatchObject({ actorsRead: 8, relationsRead: 7, placeholders: 0 });
    expect(result.dataset?.actors.map((a) => a.name)).toEqual([
      'Armenia',
      'Azerbaijan',
      'Nagorno-Karabakh',
      'OSCE Minsk Group',
      'Russia',
      'France',
      'United States',
      'Ilham Aliyev',
    ]);
    expect(actor(result, 'n2').kind).toBe('de-facto-state');
    expect(actor(result, 'n3').kind).toBe('international-organization');
    expect(actor(result, 'n3::n1').kind).toBe('state');
    expect(result.dataset?.relations.map((r) => r.kind)).toEqual([
      'armed-conflict',
      'support',
      'co-chair',
      'co-chair',
      'co-chair',
      'office',
      'other',
    ]);
    expect(relation(result, 'e5').attributes).toEqual({ description: 'President since 2003' });
    // yEd's drawing keys are not data.
    expect(result.dataset?.actors.every((a) => a.attributes === undefined)).toBe(true);
  });

  it('NetworkX: d0, d1... keys, no edge ids, typed values', () => {
    const result = graphml(fixture('networkx.graphml'));
    expect(errors(result)).toEqual([]);
    expect(only(result, 'unknown-kind').path).toBe('graph/edge[8]/data[1]');
    expect(result.report).toMatchObject({ actorsRead: 7, relationsRead: 8, placeholders: 0 });
    expect(result.dataset?.title).toBe('South Caucasus ties');
    expect(actor(result, 'RUS')).toMatchObject({
      name: 'Russia',
      kind: 'state',
      attributes: { gdp_bn: 1283.2, founded: 1991, nuclear: true },
    });
    expect(actor(result, 'NKR').kind).toBe('de-facto-state');
    expect(actor(result, 'CSTO')).toMatchObject({
      kind: 'international-organization',
      attributes: { founded: 2002 },
    });
    expect(relation(result, 'e2')).toMatchObject({ kind: 'tension', date: '2015/..', weight: 2 });
    expect(relation(result, 'e3').date).toBe('2016-04-02/2016-04-05');
    expect(relation(result, 'e8')).toMatchObject({ kind: 'other', originalKind: 'trade' });
  });
});

function byId<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const bundled = JSON.parse(
  readFileSync(resolve(root, 'data/nagorno-karabakh-2016.json'), 'utf8'),
) as Dataset;

/** A dataset with what is awkward to carry: clashing attribute names, markup, lists, types. */
const awkward: Dataset = {
  title: 'Awkward <&> "title"',
  sources: [{ id: 'imported', title: 'x', publisher: 'imported file', published: '2020-01-02' }],
  actors: [
    {
      id: 'a&b',
      name: 'A <and> B',
      kind: 'state',
      aliases: ['one; two', 'three'],
      role: 'line\nbreak\tand tab',
      attributes: { kind: 'clash', Label: 'clash too', 'attribute:x': 'prefixed', count: 3 },
    },
    { id: 'c"d', name: "C 'quoted'", kind: 'other', originalKind: 'militia', placeholder: true },
    { id: 'x;y', name: 'X; Y', kind: 'group' },
    {
      id: '__proto__',
      name: 'Proto',
      kind: 'person',
      affiliation: 'a&b',
      evidence: [{ source: 'imported', quote: 'a quote' }],
      attributes: { count: 4, flag: true },
    },
  ],
  relations: [
    {
      id: 'r1',
      kind: 'other',
      originalKind: 'trade',
      source: 'a&b',
      target: 'c"d',
      weight: -2.5,
      evidence: [],
      attributes: { date: 'not a date', weight: 'heavy', evidence: 'plain text' },
    },
    {
      id: 'r2',
      kind: 'accusation',
      source: '__proto__',
      target: 'a&b',
      date: '2015/..',
      status: 'alleged',
      claimedBy: ['__proto__', 'x;y'],
      note: 'a <note>',
      evidence: [
        { source: 'imported', quote: 'first "quote"' },
        { source: 'other-source', quote: 'second\nquote' },
      ],
    },
  ],
};

describe('round trips: what diplomap writes, it reads back the same', () => {
  const formats = [
    { name: 'GEXF', write: writeGexf, read: gexf },
    { name: 'GraphML', write: writeGraphml, read: graphml },
  ];
  for (const { name, write, read } of formats) {
    it(`${name}: the bundled dataset, every actor and relation`, () => {
      expect(bundled.relations.every((r) => r.evidence.length > 0)).toBe(true);
      const result = read(write(bundled));
      expect(result.report.issues).toEqual([]);
      expect(byId(result.dataset?.actors ?? [])).toEqual(byId(bundled.actors));
      expect(byId(result.dataset?.relations ?? [])).toEqual(byId(bundled.relations));
      expect(result.dataset?.title).toBe(bundled.title);
      const sources = result.dataset?.sources.map((s) => s.id);
      expect(sources).toEqual(bundled.sources.map((s) => s.id));
    });

    it(`${name}: clashing attribute names, markup, lists and types`, () => {
      const text = write(awkward);
      expect(nodeXmlParser(text).ok).toBe(true);
      const result = read(text);
      expect(errors(result)).toEqual([]);
      const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
      expect(plain(byId(result.dataset?.actors ?? []))).toEqual(plain(byId(awkward.actors)));
      expect(plain(byId(result.dataset?.relations ?? []))).toEqual(plain(byId(awkward.relations)));
      expect(result.dataset?.sources.map((s) => s.id).sort()).toEqual(['imported', 'other-source']);
    });
  }

  it('GEXF: version 1.3, diplomap as creator, edge types from the vocabulary', () => {
    const text = writeGexf(bundled);
    const parsed = nodeXmlParser(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const root = parsed.document.documentElement;
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getElementsByTagName('creator')[0]?.textContent).toBe('diplomap');
    const types = new Map(
      Array.from(root.getElementsByTagName('edge')).map((e) => [
        e.getAttribute('id'),
        e.getAttribute('type'),
      ]),
    );
    const alliance = bundled.relations.find((r) => r.kind === 'alliance');
    const call = bundled.relations.find((r) => r.kind === 'call');
    expect(types.get(alliance?.id ?? '')).toBe('undirected');
    expect(types.get(call?.id ?? '')).toBe('directed');
  });

  it('GraphML: typed keys, and no per-edge directed attribute (NetworkX refuses a mix)', () => {
    const text = writeGraphml(awkward);
    const parsed = nodeXmlParser(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const root = parsed.document.documentElement;
    const keys = Array.from(root.getElementsByTagName('key')).map((k) => [
      k.getAttribute('for'),
      k.getAttribute('attr.name'),
      k.getAttribute('attr.type'),
    ]);
    expect(keys).toContainEqual(['node', 'label', 'string']);
    expect(keys).toContainEqual(['node', 'count', 'double']);
    expect(keys).toContainEqual(['node', 'flag', 'boolean']);
    expect(keys).toContainEqual(['node', 'attribute:kind', 'string']);
    expect(keys).toContainEqual(['edge', 'weight', 'double']);
    expect(root.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
    const edges = Array.from(root.getElementsByTagName('edge'));
    expect(edges.some((e) => e.hasAttribute('directed'))).toBe(false);
  });
});
