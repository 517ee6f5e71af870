/**
 * The formats diplomap saves a dataset in, chosen by file extension: their
 * names for the page and the command line (the writers are in export.ts,
 * loaded when first used).
 */
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
  return extension !== undefined &&
    Object.prototype.hasOwnProperty.call(DATA_FORMAT_LABELS, extension)
    ? (extension as DataFormat)
    : undefined;
}

export interface WrittenFile {
  /** Added to the base name: "" for one file, "-actors" and "-relations" for CSV. */
  suffix: string;
  extension: string;
  mime: string;
  text: string;
}
