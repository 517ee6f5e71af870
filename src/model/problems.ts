/**
 * Problems found in a dataset. Validation collects every problem rather than
 * stopping at the first, and each one says where it is, what is wrong and,
 * where it can, how to fix it. Callers branch on `code`, never on wording.
 */

export type ProblemCode =
  /** The text is not valid JSON. */
  | 'json-syntax'
  /** The JSON nests arrays and objects deeper than diplomap reads (refused). */
  | 'too-deep'
  /** A value has the wrong JSON type (a string where an array was expected...). */
  | 'wrong-type'
  /** A required field is absent. */
  | 'missing-field'
  /** A required string or list is empty. */
  | 'empty-value'
  /** Two actors, relations or sources share an id. */
  | 'duplicate-id'
  /** A reference names no actor. */
  | 'unknown-actor'
  /** Evidence names no source. */
  | 'unknown-source'
  /** A kind or status outside the vocabulary. */
  | 'unknown-kind'
  /** A date that is not ISO 8601 (or an interval of two). */
  | 'invalid-date'
  /**
   * Relations without evidence (unsourced, as imported graphs are): kept, with
   * one warning for them all that gives their number and the first one's place.
   */
  | 'empty-evidence'
  /** A quote that is not a verbatim span of its source's text. */
  | 'quote-not-found'
  /** A value outside what is allowed: a link that is not http(s), a number out of range. */
  | 'invalid-value'
  /**
   * Relations from an actor to itself (self-loops, such as domestic events):
   * kept, with one warning for them all. An actor given as its own
   * affiliation, or a story from an actor to itself, is an error.
   */
  | 'self-relation'
  /** A source declares a text that was not supplied, so its quotes were not checked. */
  | 'source-text-missing';

export type Severity = 'error' | 'warning';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Where: a JSON path such as `relations[12].target` ("" for the whole document). */
  path: string;
  /** What is wrong, naming the offending value. */
  message: string;
  /** How to fix it, when there is something to suggest. */
  hint?: string;
  /** 1-based position in the text, when the problem was found in a text. */
  line?: number;
  column?: number;
}

/** Thrown by functions that need a valid dataset; carries every problem found. */
export class DatasetError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0] ?? problems[0];
    const where = first ? ` (first: ${formatProblem(first)})` : '';
    super(`diplomap: the dataset has ${errors.length} error(s)${where}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** One line for a terminal or a log: `relations[3].target (line 40, column 17): unknown actor "putn": did you mean "putin"?` */
export function formatProblem(problem: Problem): string {
  const at =
    problem.line === undefined
      ? problem.path || '(document)'
      : `${problem.path || '(document)'} (line ${problem.line}, column ${problem.column ?? 1})`;
  const hint = problem.hint ? `: ${problem.hint}` : '';
  return `${at}: ${problem.message}${hint}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
