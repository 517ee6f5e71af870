/**
 * Patches: the primitive changes every edit compiles to. Each primitive
 * carries what it removes as well as what it adds, so that a patch inverts
 * exactly (undo) and applies again exactly (redo), whatever edit made it.
 *
 * Actors, relations and sources change item by item, at an index; the
 * dataset's title, description and stories change as whole fields.
 */
import type { Actor, Dataset, Relation, Source, Story } from '../model/types';

export interface ListItems {
  actors: Actor;
  relations: Relation;
  sources: Source;
}
export type ListName = keyof ListItems;

type ListOp<L extends ListName> =
  | { op: 'insert'; list: L; index: number; item: ListItems[L] }
  | { op: 'remove'; list: L; index: number; item: ListItems[L] }
  | { op: 'replace'; list: L; index: number; before: ListItems[L]; after: ListItems[L] };

export interface FieldValues {
  title: string;
  description: string | undefined;
  stories: Story[] | undefined;
}
export type FieldName = keyof FieldValues;

type FieldOp<F extends FieldName> = {
  op: 'field';
  field: F;
  before: FieldValues[F];
  after: FieldValues[F];
};

export type Op =
  | ListOp<'actors'>
  | ListOp<'relations'>
  | ListOp<'sources'>
  | FieldOp<'title'>
  | FieldOp<'description'>
  | FieldOp<'stories'>;

/** Primitive changes, applied in order. */
export type Patch = readonly Op[];

function invertOp(op: Op): Op {
  switch (op.op) {
    case 'insert':
      return { ...op, op: 'remove' } as Op;
    case 'remove':
      return { ...op, op: 'insert' } as Op;
    case 'replace':
      return { ...op, before: op.after, after: op.before } as Op;
    case 'field':
      return { ...op, before: op.after, after: op.before } as Op;
  }
}

/** The patch that undoes `patch`: each primitive inverted, in reverse order. */
export function invertPatch(patch: Patch): Patch {
  return patch.map(invertOp).reverse();
}

/** Thrown when a patch does not fit the dataset it is applied to (a bug, never bad input). */
export class PatchMismatch extends Error {
  override name = 'PatchMismatch';
}

/**
 * The dataset after `patch`, as a new object: lists the patch touches are
 * copied once, everything else is shared with `dataset`.
 */
export function applyPatch(dataset: Dataset, patch: Patch): Dataset {
  const next: Dataset = { ...dataset };
  const copied = new Set<ListName>();
  const list = <L extends ListName>(name: L): ListItems[L][] => {
    if (!copied.has(name)) {
      next[name] = [...next[name]] as Dataset[L];
      copied.add(name);
    }
    return next[name] as ListItems[L][];
  };
  for (const op of patch) {
    if (op.op === 'field') {
      setField(next, op.field, op.after);
      continue;
    }
    const items: unknown[] = list(op.list);
    if (op.op === 'insert') {
      if (op.index > items.length) throw new PatchMismatch(`no place ${op.index} in ${op.list}`);
      items.splice(op.index, 0, op.item);
    } else if (op.op === 'remove') {
      if (items[op.index] !== op.item) throw new PatchMismatch(`${op.list}[${op.index}] differs`);
      items.splice(op.index, 1);
    } else {
      if (items[op.index] !== op.before) throw new PatchMismatch(`${op.list}[${op.index}] differs`);
      items[op.index] = op.after;
    }
  }
  return next;
}

function setField<F extends FieldName>(dataset: Dataset, field: F, value: FieldValues[F]): void {
  if (value === undefined) delete dataset[field];
  else (dataset as unknown as FieldValues)[field] = value;
}
