/**
 * Reading a dataset from its text: JSON syntax first (with line and column),
 * then validation, with every problem placed at its line and column in the file.
 */
import { JsonPlaces, parseJsonText, type JsonSyntaxError } from './json-text';
import type { Problem } from './problems';
import { validateDataset, type ValidateOptions, type ValidationResult } from './validate';

/** What {@link parseDataset} found: the validation, and the parsed JSON when it parsed. */
export interface ParsedDataset extends ValidationResult {
  value?: unknown;
}

/** Parses and validates dataset text; never throws for bad input. */
export function parseDataset(text: string, options: ValidateOptions = {}): ParsedDataset {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { dataset: null, problems: [syntaxProblem(parsed.error)] };
  return { ...validateAndLocate(text, parsed.value, options), value: parsed.value };
}

function syntaxProblem(error: JsonSyntaxError): Problem {
  const { message, line, column } = error;
  if (error.tooDeep)
    return { code: 'too-deep', severity: 'error', path: '', message, line, column };
  return {
    code: 'json-syntax',
    severity: 'error',
    path: '',
    message: `the file is not valid JSON: ${message}`,
    hint: 'check the brackets, commas and quotes around this place',
    line,
    column,
  };
}

function validateAndLocate(
  text: string,
  value: unknown,
  options: ValidateOptions,
): ValidationResult {
  const result = validateDataset(value, options);
  if (result.problems.length > 0) locateProblems(text, result.problems);
  return result;
}

/**
 * Adds line and column to problems, from their JSON paths: the value a path
 * names, or the nearest enclosing one (a missing top-level field is placed at
 * the document).
 */
export function locateProblems(text: string, problems: Problem[]): void {
  const places = new JsonPlaces(text);
  for (const problem of problems) {
    const place = places.at(problem.path);
    if (!place) continue;
    problem.line = place.line;
    problem.column = place.column;
  }
}

/** The source texts a dataset declares, as source id → path relative to the dataset. */
export function declaredSourceTexts(value: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return texts;
  const sources = (value as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return texts;
  for (const source of sources as unknown[]) {
    if (typeof source !== 'object' || source === null) continue;
    const { id, text } = source as { id?: unknown; text?: unknown };
    if (typeof id === 'string' && typeof text === 'string') texts.set(id, text);
  }
  return texts;
}

/**
 * Parses a dataset whose source texts must be read first (from disk, or over
 * HTTP): `readText` gets each declared path and returns its text, or
 * undefined when it cannot be had (its quotes are then reported unchecked).
 */
export async function loadDataset(
  text: string,
  readText: (path: string) => Promise<string | undefined>,
): Promise<ValidationResult> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { dataset: null, problems: [syntaxProblem(parsed.error)] };
  const sourceTexts = new Map<string, string>();
  for (const [id, path] of declaredSourceTexts(parsed.value)) {
    const body = await readText(path);
    if (body !== undefined) sourceTexts.set(id, body);
  }
  return validateAndLocate(text, parsed.value, { sourceTexts });
}
