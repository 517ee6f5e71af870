/**
 * The named path questions a dataset carries: their actors known, their
 * options of the right types and within the path search's limits.
 */
import { childPath } from './json-text';
import type { Story, StoryOptions } from './types';
import {
  RELATION_KIND_IDS,
  STANCES,
  isRelationKind,
  type Stance,
  type RelationKindId,
} from './vocabulary';
import {
  Reader,
  kindHint,
  own,
  readStringList,
  typeName,
  type JsonObject,
} from './validate-reader';

/** Longest path a story may ask for (the path search's own hard limit). */
export const MAX_STORY_STEPS = 12;

export function readStories(
  r: Reader,
  root: JsonObject,
  checkActorRef: (id: string, path: string) => boolean,
): Story[] | undefined {
  const items = r.array(root, 'stories', '', false);
  if (items === undefined) return undefined;
  const stories: Story[] = [];
  const seen = new Map<string, string>();
  for (const [index, item] of items.entries()) {
    const path = childPath('stories', index);
    const raw = r.object(item, path, `stories[${index}]`);
    if (!raw) continue;
    const id = r.requiredString(raw, 'id', path);
    const title = r.requiredString(raw, 'title', path);
    const from = r.requiredString(raw, 'from', path);
    const to = r.requiredString(raw, 'to', path);
    const description = r.optionalString(raw, 'description', path);
    const fromKnown = from !== undefined && checkActorRef(from, childPath(path, 'from'));
    const toKnown = to !== undefined && checkActorRef(to, childPath(path, 'to'));
    if (fromKnown && from === to)
      r.report(
        'self-relation',
        childPath(path, 'to'),
        `the story goes from "${from}" to itself`,
        'a path question joins two different actors',
      );
    const optionsValue = own(raw, 'options');
    const options =
      optionsValue === undefined
        ? undefined
        : readStoryOptions(r, optionsValue, childPath(path, 'options'));
    if (id !== undefined && seen.has(id)) {
      r.report(
        'duplicate-id',
        childPath(path, 'id'),
        `story id "${id}" is already used at ${seen.get(id)}`,
        'give each story its own id',
      );
      continue;
    }
    if (id !== undefined) seen.set(id, path);
    if (id === undefined || title === undefined || !fromKnown || !toKnown) continue;
    const story: Story = { id, title, from: from as string, to: to as string };
    if (description !== undefined) story.description = description;
    if (options !== undefined) story.options = options;
    stories.push(story);
  }
  return stories;
}

export function readStoryOptions(
  r: Reader,
  value: unknown,
  path: string,
): StoryOptions | undefined {
  const raw = r.object(value, path, 'options');
  if (!raw) return undefined;
  const options: StoryOptions = {};
  for (const flag of ['directed', 'excludeDirect'] as const) {
    const v = own(raw, flag);
    if (v === undefined) continue;
    if (typeof v === 'boolean') options[flag] = v;
    else
      r.report(
        'wrong-type',
        childPath(path, flag),
        `"${flag}" must be true or false, not ${typeName(v)}`,
      );
  }
  const kinds = readStringList(r, raw, 'kinds', path);
  if (kinds !== undefined) {
    const known: RelationKindId[] = [];
    kinds.forEach((kind, index) => {
      if (isRelationKind(kind)) known.push(kind);
      else
        r.report(
          'unknown-kind',
          childPath(childPath(path, 'kinds'), index),
          `unknown relation kind "${kind}"`,
          kindHint(kind, RELATION_KIND_IDS),
        );
    });
    options.kinds = known;
  }
  const stances = r.array(raw, 'stances', path, false);
  if (stances !== undefined) {
    const valid: Stance[] = [];
    stances.forEach((stance, index) => {
      if ((STANCES as readonly unknown[]).includes(stance)) valid.push(stance as Stance);
      else
        r.report(
          'invalid-value',
          childPath(childPath(path, 'stances'), index),
          `stance ${JSON.stringify(stance)} is not 1, 0 or -1`,
          'use 1 for cooperative, 0 for neutral, -1 for hostile',
        );
    });
    options.stances = valid;
  }
  const maxSteps = own(raw, 'maxSteps');
  if (maxSteps !== undefined) {
    if (
      typeof maxSteps === 'number' &&
      Number.isInteger(maxSteps) &&
      maxSteps >= 1 &&
      maxSteps <= MAX_STORY_STEPS
    )
      options.maxSteps = maxSteps;
    else
      r.report(
        'invalid-value',
        childPath(path, 'maxSteps'),
        `"maxSteps" must be a whole number from 1 to ${MAX_STORY_STEPS}`,
      );
  }
  return options;
}
