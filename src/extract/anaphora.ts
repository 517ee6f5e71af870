/**
 * Words that stand for actors named before: "the three countries" (the last
 * list of three states), "both sides" and "the two sides" (the two sides of
 * the article's conflict). They join a sentence's frame as a list placed
 * where the words are, so that the quote is still the sentence's own words.
 */
import { canBeSubject, type Frame, type Group } from './frames';
import type { ActorMention } from './registry';

export interface ConflictPair {
  keys: [string, string];
  mentions: [ActorMention, ActorMention];
}

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2 };
const COUNTRIES =
  /\b(?:the\s+)?(two|three|four|five|both)\s+(?:countries|nations|states|governments|powers)\b/gi;
const SIDES = /\b(?:both|the\s+two|the|either)\s+sides\b/gi;

function place(frame: Frame, group: Group): void {
  const overlapping = frame.groups.findIndex((g) => g.start < group.end && group.start < g.end);
  if (overlapping >= 0) return;
  frame.groups.push(group);
  frame.groups.sort((a, b) => a.start - b.start);
}

function virtual(
  members: readonly ActorMention[],
  start: number,
  end: number,
  sentence: number,
  cue: string,
): Group {
  return {
    start,
    end,
    members: members.map((m) => ({
      key: m.key,
      start,
      end,
      sentence,
      cue,
      rule: 'actor.anaphora',
    })),
  };
}

export function resolveAnaphora(
  frame: Frame,
  previous: Frame | undefined,
  conflict: ConflictPair | undefined,
): void {
  const text = frame.article.slice(frame.sentence.start, frame.sentence.end);
  for (const m of text.matchAll(COUNTRIES)) {
    const n = NUMBERS[(m[1] as string).toLowerCase()] as number;
    const start = frame.sentence.start + m.index;
    const earlier = [...(previous?.groups ?? []), ...frame.groups.filter((g) => g.end <= start)];
    const lists = earlier.reverse().filter((g) => g.members.length === n);
    const frameOf = (g: Group) => (previous && previous.groups.includes(g) ? previous : frame);
    const match = lists.find((g) => canBeSubject(frameOf(g), g)) ?? lists[0];
    if (match)
      place(frame, virtual(match.members, start, start + m[0].length, frame.sentence.index, m[0]));
  }
  if (!conflict) return;
  for (const m of text.matchAll(SIDES)) {
    const start = frame.sentence.start + m.index;
    place(
      frame,
      virtual(conflict.mentions, start, start + m[0].length, frame.sentence.index, m[0]),
    );
  }
}
