/**
 * Writing a dataset out in another format, chosen by file extension, so that
 * other tools open what diplomap saves.
 */
import type { Dataset } from '../model/types';
import { writeCsv } from './csv';
import { writeCytoscapeJson } from './cytoscape-json';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';

export type DataFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'cyjs';

export const DATA_FORMAT_LABELS: Record<DataFormat, string> = {
  json: 'diplomap JSON',
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML (yEd, NetworkX)',
  csv: 'CSV (actors and relations)',
  cyjs: 'Cytoscape JSON',
};

export function dataFormatOf(fileName: string): DataFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'json':
      return 'json';
    case 'gexf':
      return 'gexf';
    case 'graphml':
      return 'graphml';
    case 'csv':
      return 'csv';
    case 'cyjs':
      return 'cyjs';
    default:
      return undefined;
  }
}

export interface WrittenFile {
  /** Added to the base name: "" for one file, "-actors" and "-relations" for CSV. */
  suffix: string;
  extension: string;
  mime: string;
  text: string;
}

/** The files a dataset becomes in a format (CSV makes two). */
export function writeDataset(dataset: Dataset, format: DataFormat): WrittenFile[] {
  switch (format) {
    case 'json':
      return [
        {
          suffix: '',
          extension: 'json',
          mime: 'application/json',
          text: `${JSON.stringify(dataset, null, 2)}\n`,
        },
      ];
    case 'gexf':
      return [{ suffix: '', extension: 'gexf', mime: 'application/xml', text: writeGexf(dataset) }];
    case 'graphml':
      return [
        { suffix: '', extension: 'graphml', mime: 'application/xml', text: writeGraphml(dataset) },
      ];
    case 'cyjs':
      return [
        {
          suffix: '',
          extension: 'cyjs',
          mime: 'application/json',
          text: writeCytoscapeJson(dataset),
        },
      ];
    case 'csv': {
      const { actors, relations } = writeCsv(dataset);
      return [
        { suffix: '-actors', extension: 'csv', mime: 'text/csv', text: actors },
        { suffix: '-relations', extension: 'csv', mime: 'text/csv', text: relations },
      ];
    }
  }
}
