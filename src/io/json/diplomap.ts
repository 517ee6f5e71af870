/**
 * diplomap's own format, reported like the others: the model's parser and
 * validator decide, each problem becomes an issue of the report with its
 * category and place.
 */
import { parseDataset } from '../../model/parse';
import type { Problem, ProblemCode } from '../../model/problems';
import type { ImportIssue, ImportResult, IssueCategory } from '../shared/types';

const CATEGORY: Record<ProblemCode, IssueCategory> = {
  'json-syntax': 'syntax',
  'too-deep': 'refused',
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

/** The number of items of a top-level list, read without trusting the document's shape. */
function count(value: unknown, key: 'actors' | 'relations'): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 0;
  const list = Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
  return Array.isArray(list) ? list.length : 0;
}

export interface DiplomapReadOptions {
  /** Source texts for the dataset's quotes, by source id. */
  sourceTexts?: ReadonlyMap<string, string>;
}

export function readDiplomap(text: string, options: DiplomapReadOptions = {}): ImportResult {
  const { dataset, problems, value } = parseDataset(
    text,
    options.sourceTexts ? { sourceTexts: options.sourceTexts } : {},
  );
  return {
    dataset,
    report: {
      format: 'diplomap',
      actorsRead: count(value, 'actors'),
      relationsRead: count(value, 'relations'),
      placeholders: 0,
      selfLoops: dataset?.relations.filter((r) => r.source === r.target).length ?? 0,
      issues: problems.map(fromProblem),
    },
  };
}
