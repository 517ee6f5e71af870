/**
 * Reading and writing other graph formats: what an import returns, and the
 * report that tells the truth about what was kept and what was wrong.
 *
 * Every reader is a pure function `(text, options) => ImportResult` that never
 * throws for bad input: problems go into the report, each with a category and
 * where it is (line and column, or a JSON path). Import is all or nothing:
 * `dataset` is null whenever the report holds an error.
 */
import type { Dataset, Source } from '../../model/types';

export type ImportFormat =
  | 'diplomap'
  | 'gexf'
  | 'graphml'
  | 'csv'
  | 'tsv'
  | 'events'
  | 'cytoscape'
  | 'networkx'
  | 'graphology'
  | 'gephi-lite'
  /** Nothing diplomap reads: an empty file, a picture, a web page. */
  | 'unknown';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  diplomap: 'diplomap JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV edge list',
  tsv: 'TSV edge list',
  events: 'event table',
  cytoscape: 'Cytoscape JSON',
  networkx: 'NetworkX node-link JSON',
  graphology: 'graphology JSON',
  'gephi-lite': 'Gephi Lite project',
  unknown: 'not a format diplomap reads',
};

export type IssueCategory =
  /** The text is not well-formed (JSON, XML or CSV syntax). */
  | 'syntax'
  /** Bytes that are not text in the file's encoding (replaced by U+FFFD, warning). */
  | 'encoding'
  /** Refused on purpose: a DOCTYPE or entity declaration, a file too large or too deep, an unknown format. */
  | 'refused'
  /** A relation end names no node; a placeholder actor was made for it (warning). */
  | 'missing-endpoint'
  /** Two nodes or two edges share an id (the later one is dropped or renamed, warning; or an error). */
  | 'duplicate-id'
  /** A kind or type outside the vocabulary, kept under its own name as "other" (warning). */
  | 'unknown-kind'
  /** A value that does not parse (a date, a number, a boolean) (warning: the value is kept as text or dropped). */
  | 'bad-value'
  /** Something required is missing: a node without an id, an edge without an end, no header row. */
  | 'missing-field';

export interface ImportIssue {
  category: IssueCategory;
  severity: 'error' | 'warning';
  /** What is wrong, naming the offending value. */
  message: string;
  /** 1-based position in the text, when known. */
  line?: number;
  column?: number;
  /** A JSON path (`elements.edges[3].data.source`) or a description (`row 4, column "date"`). */
  path?: string;
}

/** Where something was found, for the report. */
export interface Place {
  line?: number;
  column?: number;
  path?: string;
}

export interface ImportReport {
  format: ImportFormat;
  /** What was read, before anything was dropped. */
  actorsRead: number;
  relationsRead: number;
  /** Actors made up for relation ends that named no node. */
  placeholders: number;
  /** Relations kept that go from an actor to itself (drawn as loops, left out of paths). */
  selfLoops: number;
  /** The text encoding the file was read in, when it was not UTF-8 ("UTF-16LE", "ISO-8859-1"). */
  encoding?: string;
  issues: ImportIssue[];
}

export interface ImportResult {
  /** The dataset to open, or null when the report holds an error. */
  dataset: Dataset | null;
  report: ImportReport;
}

/** A parsed XML document, or the parser's complaint with its position. */
export type XmlParse =
  { ok: true; document: Document } | { ok: false; message: string; line?: number; column?: number };

/**
 * Parses XML text. Browsers hand back a partial document with a
 * <parsererror> instead of failing, and Node has no DOMParser: each side
 * supplies its own function (the readers use the browser's when none is given).
 */
export type XmlParser = (text: string) => XmlParse;

export interface ReadOptions {
  /** The XML parser of the environment (Node has none: see io/node.ts). */
  parseXml?: XmlParser;
  /** For event tables: which column holds what (see csv/events.ts). */
  columns?: ColumnMapping;
  /** Title for the dataset when the file has none (the file's name, say). */
  title?: string;
  /** The day of the import (ISO), credited for quotes read from the file; today by default. */
  importedOn?: string;
}

/** Which column of an event table holds what; the others are kept as attributes. */
export interface ColumnMapping {
  source: string;
  target: string;
  kind?: string;
  date?: string;
  quote?: string;
}

/** The publisher named on the stand-in source an import makes for quotes read from a file. */
export const IMPORTED_PUBLISHER = 'imported file';

/** A stand-in source for quotes a file cites without describing their source. */
export function stubSource(id: string, title: string, importedOn: string): Source {
  return { id, title, publisher: IMPORTED_PUBLISHER, published: importedOn };
}

/** Larger files are refused with a message rather than freezing the page. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/** The refusal for a file of this many bytes over the limit, or undefined. */
export function tooLarge(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `The file is ${(bytes / 1048576).toFixed(0)} MB; diplomap opens files up to ${MAX_IMPORT_BYTES / 1048576} MB.`;
}

export function hasImportErrors(report: ImportReport): boolean {
  return report.issues.some((issue) => issue.severity === 'error');
}

/** Counts of issues by category, for the report's summary. */
export function countByCategory(report: ImportReport): Map<IssueCategory, number> {
  const counts = new Map<IssueCategory, number>();
  for (const issue of report.issues)
    counts.set(issue.category, (counts.get(issue.category) ?? 0) + 1);
  return counts;
}

/** A result that stopped at one error, before anything was read. */
export function refusedResult(
  format: ImportFormat,
  issue: Omit<ImportIssue, 'severity'>,
): ImportResult {
  return {
    dataset: null,
    report: {
      format,
      actorsRead: 0,
      relationsRead: 0,
      placeholders: 0,
      selfLoops: 0,
      issues: [{ ...issue, severity: 'error' }],
    },
  };
}
