/**
 * What each file in tests/fixtures opens as: its format (as the report
 * names it), the actors and relations read, and the report's summary line
 * in the page; or, for a file that is refused, the error it is refused with.
 * The command line's reading and the page's Open dialog are both checked
 * against this table (io-fixtures.test.ts, browser/import.spec.ts).
 */
export interface FixtureCase {
  file: string;
  format: string;
  actors: number;
  relations: number;
  /** The first error, for a file diplomap refuses (with its line). */
  refused?: { message: string; line: number };
}

export const FIXTURE_CASES: FixtureCase[] = [
  { file: 'csv-edges.csv', format: 'CSV edge list', actors: 6, relations: 7 },
  {
    file: 'csv-nodes.csv',
    format: 'CSV edge list',
    actors: 0,
    relations: 0,
    refused: { message: 'the header names no source column', line: 1 },
  },
  { file: 'cytoscape-desktop.cyjs', format: 'Cytoscape JSON', actors: 8, relations: 10 },
  { file: 'cytoscape-elements.json', format: 'Cytoscape JSON', actors: 5, relations: 5 },
  { file: 'events-acled-like.csv', format: 'event table', actors: 5, relations: 7 },
  { file: 'gephi-1.2.gexf', format: 'GEXF', actors: 8, relations: 9 },
  { file: 'gephi-1.3.gexf', format: 'GEXF', actors: 6, relations: 7 },
  { file: 'gephi-lite.json', format: 'Gephi Lite project', actors: 4, relations: 4 },
  { file: 'icews-events.tab', format: 'event table', actors: 9, relations: 9 },
  { file: 'latin1.gexf', format: 'GEXF', actors: 4, relations: 3 },
  { file: 'networkx-node-link.json', format: 'NetworkX node-link JSON', actors: 5, relations: 6 },
  { file: 'networkx.graphml', format: 'GraphML', actors: 7, relations: 8 },
  { file: 'utf16-edges.txt', format: 'TSV edge list', actors: 6, relations: 3 },
  { file: 'yed-live.graphml', format: 'GraphML', actors: 3, relations: 3 },
  { file: 'yed.graphml', format: 'GraphML', actors: 8, relations: 7 },
];
