/**
 * Writing a dataset out in another format, so that other tools open what
 * diplomap saves, and diplomap opens it again with every actor, relation and
 * field. A public entry point of io/ (see index.ts), loaded when first used.
 */
import type { Dataset } from '../model/types';
import { writeCsv } from './csv/write';
import type { DataFormat, WrittenFile } from './formats';
import { writeGexf } from './gexf/write';
import { writeGraphml } from './graphml/write';
import { writeCytoscapeJson } from './json/cytoscape-write';

/** The files a dataset becomes in a format (CSV makes two). */
export function writeDataset(dataset: Dataset, format: DataFormat): WrittenFile[] {
  const one = (extension: string, mime: string, text: string): WrittenFile[] => [
    { suffix: '', extension, mime, text },
  ];
  switch (format) {
    case 'json':
      return one('json', 'application/json', `${JSON.stringify(dataset, null, 2)}\n`);
    case 'gexf':
      return one('gexf', 'application/xml', writeGexf(dataset));
    case 'graphml':
      return one('graphml', 'application/xml', writeGraphml(dataset));
    case 'cyjs':
      return one('cyjs', 'application/json', writeCytoscapeJson(dataset));
    case 'csv': {
      const { actors, relations } = writeCsv(dataset);
      return [
        { suffix: '-actors', extension: 'csv', mime: 'text/csv', text: actors },
        { suffix: '-relations', extension: 'csv', mime: 'text/csv', text: relations },
      ];
    }
  }
}
