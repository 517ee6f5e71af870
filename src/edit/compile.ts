/** Compiling an edit against a dataset: its patch and its label. */
import type { Dataset } from '../model/types';
import { addActor, deleteActor, moveActors, updateActor } from './actors';
import { addArticle, setTitle, updateSource } from './articles';
import { mergeActors } from './merge';
import { applyPatch, type Op } from './patch';
import { addEvidence, addRelation, deleteRelation, updateRelation } from './relations';
import type { Compiled, Edit } from './types';

/** Throws EditRefused when the edit does not fit the dataset (an unknown id, a taken one). */
export function compileEdit(dataset: Dataset, edit: Edit): Compiled {
  switch (edit.type) {
    case 'add-actor':
      return addActor(dataset, edit.actor);
    case 'update-actor':
      return updateActor(dataset, edit.actor);
    case 'delete-actor':
      return deleteActor(dataset, edit.id);
    case 'merge-actors':
      return mergeActors(dataset, edit.keep, edit.absorb);
    case 'add-relation':
      return addRelation(dataset, edit.relation);
    case 'update-relation':
      return updateRelation(dataset, edit.relation);
    case 'delete-relation':
      return deleteRelation(dataset, edit.id);
    case 'add-evidence':
      return addEvidence(dataset, edit.target, edit.evidence);
    case 'move-actors':
      return moveActors(dataset, edit.moves, edit.label);
    case 'add-article':
      return addArticle(dataset, edit.source, edit.matches);
    case 'update-source':
      return updateSource(dataset, edit.source);
    case 'set-title':
      return setTitle(dataset, edit.title);
    case 'batch': {
      // Each edit against the dataset the one before it left.
      const patch: Op[] = [];
      let current = dataset;
      for (const part of edit.edits) {
        const compiled = compileEdit(current, part);
        patch.push(...compiled.patch);
        current = applyPatch(current, compiled.patch);
      }
      return { patch, label: edit.label };
    }
  }
}
