/**
 * Applying an edit: compiled against the dataset, then the dataset it would
 * make validated as any dataset is, and only then taken. An edit that does
 * not fit, or would make the dataset invalid, is refused with the reason and
 * changes nothing.
 */
import type { Problem } from '../model/problems';
import type { Dataset } from '../model/types';
import { validateDataset, type ValidateOptions } from '../model/validate';
import { compileEdit } from './compile';
import { relationWords } from './lookup';
import { applyPatch, invertPatch } from './patch';
import type { Step } from './history';
import { EditRefused, type Edit } from './types';

export type EditOutcome =
  | {
      ok: true;
      dataset: Dataset;
      /** Null when the edit changes nothing (an actor dropped where it was). */
      step: Step | null;
      /** What the validator warns of in the new dataset (kept, not refused). */
      warnings: Problem[];
    }
  | { ok: false; reason: string; problems: Problem[] };

/** Where a problem is, in the author's words: "Russia has an alliance with Armenia: ...". */
export function describeProblem(dataset: Dataset, problem: Problem): string {
  const match = /^(actors|relations|sources)\[(\d+)\]/.exec(problem.path);
  let where = '';
  if (match) {
    const index = Number(match[2]);
    if (match[1] === 'actors') where = dataset.actors[index]?.name ?? '';
    else if (match[1] === 'sources') where = `the article “${dataset.sources[index]?.title ?? ''}”`;
    else {
      const relation = dataset.relations[index];
      where = relation ? `“${relationWords(dataset, relation)}”` : '';
    }
  } else if (problem.path === 'title') where = 'the title';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${where ? `${where}: ` : ''}${problem.message}${hint}`;
}

export function applyEdit(
  dataset: Dataset,
  edit: Edit,
  options: ValidateOptions = {},
  now: () => number = Date.now,
): EditOutcome {
  let compiled;
  try {
    compiled = compileEdit(dataset, edit);
  } catch (error) {
    if (error instanceof EditRefused) return { ok: false, reason: error.message, problems: [] };
    throw error;
  }
  if (compiled.patch.length === 0) return { ok: true, dataset, step: null, warnings: [] };
  const next = applyPatch(dataset, compiled.patch);
  const { problems } = validateDataset(next, options);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const first = describeProblem(next, errors[0] as Problem);
    const more =
      errors.length > 1
        ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})`
        : '';
    return { ok: false, reason: `Not done: ${first}${more}.`, problems: errors };
  }
  const step: Step = {
    label: compiled.label,
    forward: compiled.patch,
    backward: invertPatch(compiled.patch),
    at: now(),
  };
  return { ok: true, dataset: next, step, warnings: problems };
}
