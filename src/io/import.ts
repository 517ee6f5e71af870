/**
 * Importing a file: its format told from its content, then the matching
 * reader, with size limits, and the diplomap format itself reported the same
 * way as the others.
 */
import { parseDataset } from '../model/parse';
import type { Problem, ProblemCode } from '../model/problems';
import { readCytoscapeJson } from './cytoscape-json';
import { detectDelimiter, readEdgeList } from './csv';
import { detectFormat } from './detect';
import { tooLarge } from './types';
import { readEvents } from './events';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import type { ImportFormat, ImportIssue, ImportResult, IssueCategory, ReadOptions } from './types';

export interface ImportOptions extends ReadOptions {
  /** The format, when already known (the column-mapping step); detected otherwise. */
  format?: ImportFormat;
  /** A node table to go with a CSV edge list. */
  nodes?: string;
  /** Source texts for a diplomap dataset's quotes, by source id. */
  sourceTexts?: ReadonlyMap<string, string>;
}

const CATEGORY: Record<ProblemCode, IssueCategory> = {
  'json-syntax': 'syntax',
  'wrong-type': 'bad-value',
  'missing-field': 'missing-field',
  'empty-value': 'missing-field',
  'duplicate-id': 'duplicate-id',
  'unknown-actor': 'missing-endpoint',
  'unknown-source': 'missing-field',
  'unknown-kind': 'unknown-kind',
  'invalid-date': 'bad-value',
  'invalid-value': 'bad-value',
  'empty-evidence': 'missing-field',
  'quote-not-found': 'bad-value',
  'self-relation': 'bad-value',
  'source-text-missing': 'missing-field',
};

function fromProblem(problem: Problem): ImportIssue {
  const issue: ImportIssue = {
    category: CATEGORY[problem.code],
    severity: problem.severity,
    message: problem.hint ? `${problem.message}: ${problem.hint}` : problem.message,
  };
  if (problem.path) issue.path = problem.path;
  if (problem.line !== undefined) issue.line = problem.line;
  if (problem.column !== undefined) issue.column = problem.column;
  return issue;
}

function readDiplomap(text: string, options: ImportOptions): ImportResult {
  const { dataset, problems } = parseDataset(
    text,
    options.sourceTexts ? { sourceTexts: options.sourceTexts } : {},
  );
  let actorsRead = 0;
  let relationsRead = 0;
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      actors?: unknown;
      relations?: unknown;
    };
    actorsRead = Array.isArray(raw.actors) ? raw.actors.length : 0;
    relationsRead = Array.isArray(raw.relations) ? raw.relations.length : 0;
  } catch {
    // The syntax error is already in the problems.
  }
  return {
    dataset,
    report: {
      format: 'diplomap',
      actorsRead,
      relationsRead,
      placeholders: 0,
      issues: problems.map(fromProblem),
    },
  };
}

function refused(format: ImportFormat, message: string): ImportResult {
  return {
    dataset: null,
    report: {
      format,
      actorsRead: 0,
      relationsRead: 0,
      placeholders: 0,
      issues: [{ category: 'refused', severity: 'error', message }],
    },
  };
}

/** Reads a file of any supported format into a dataset and its report. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(text);
  const large = tooLarge(text.length);
  if (large) return refused(format ?? 'diplomap', large);
  switch (format) {
    case undefined:
      return refused(
        'diplomap',
        'The format is not one diplomap reads: diplomap JSON, GEXF, GraphML, CSV or TSV edge lists, event tables, or Cytoscape JSON.',
      );
    case 'diplomap':
      return readDiplomap(text, options);
    case 'gexf':
      return readGexf(text, options);
    case 'graphml':
      return readGraphml(text, options);
    case 'csv':
      return readEdgeList(text, { ...options, delimiter: detectDelimiter(text) });
    case 'tsv':
      return readEdgeList(text, { ...options, delimiter: '\t' });
    case 'events':
      return readEvents(text, options);
    case 'cytoscape':
      return readCytoscapeJson(text, options);
  }
}
