/**
 * Words that stand for actors named before: "the three countries", "the two
 * leaders", "the two regional rivals" (the last list of that many, its subject first, in this
 * sentence's earlier clauses or the sentences before), "both sides" and
 * "the two sides" (the two sides of the article's conflict, or of its talks),
 * "both delegations", "the two parties" (of its talks, or of its conflict). They join a
 * sentence's frame as a list placed where the words are, so that the quote
 * is still the sentence's own words.
 */
import { canBeSubject, clauseStart, type Frame, type Group } from './frames';
import type { ActorKindId } from '../model';
import type { ActorMention } from './registry';

type KindOf = (key: string) => ActorKindId | undefined;

export interface ConflictPair {
  keys: [string, string];
  mentions: [ActorMention, ActorMention];
}

/** The article's two sides: of its fighting, and of its talks (none when it states no talks). */
export interface Sides {
  conflict?: ConflictPair;
  talks?: ConflictPair;
}

/** How many a word counts; "each" (0) is every member of a list of two or more. */
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, both: 2, each: 0 };
const COUNTRIES =
  /\b(?:the\s+)?(two|three|four|five|both|each)\s+(?:[\p{L}-]+\s+)?(?:countr(?:y|ies)|nations?|states?|governments?|juntas?|regimes?|powers?|rivals?|neighbou?rs?|allies|ally|capitals?|leaders?|ministers?|presidents?|heads? of state|men|women)\b/giu;
/** The words of COUNTRIES for the heads of states, which stand for the states without two people named. */
const LEADERS = /(?:leaders?|presidents?|heads? of state)$/i;
/** The words of COUNTRIES that stand for people. */
const PEOPLE = /(?:leaders?|ministers?|presidents?|heads? of state|men|women)$/i;
/**
 * "Both sides", "the two delegations", "the sides": the article's two sides. Bare "the parties"
 * and "the delegations" may be others ("the parties of the ruling coalition"), so not those.
 */
const SIDES =
  /\b(?:(?:both|the\s+two|either)\s+(sides|delegations|parties)|the\s+(sides))\b(?!\s+(?:of|in)\b)/gi;
/** How many sentences back a list may be. */
const REACH = 8;

/** The keys of a list, and of the states its people serve. */
function keysOf(
  members: readonly ActorMention[],
  affiliationOf: (key: string) => string | undefined,
): Set<string> {
  return new Set(members.flatMap((x) => [x.key, affiliationOf(x.key) ?? x.key]));
}

/** Adds a list standing for earlier actors to a frame, where its words are. */
export function place(frame: Frame, group: Group): void {
  const overlapping = frame.groups.findIndex((g) => g.start < group.end && group.start < g.end);
  if (overlapping >= 0) return;
  frame.groups.push(group);
  frame.groups.sort((a, b) => a.start - b.start);
}

/** A list of earlier actors, placed at the words that stand for them. */
export function virtual(
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

/** The list of n an anaphor at `start` stands for: nearest first, a subject before an object. */
function antecedent(
  frame: Frame,
  earlier: readonly Frame[],
  start: number,
  n: number,
  fits: (key: string) => boolean = () => true,
  pair?: ConflictPair,
  speaker: ReadonlySet<string> = new Set(),
): Group | undefined {
  const own = clauseStart(frame, start);
  const frames = [frame, ...[...earlier].reverse().slice(0, REACH)];
  for (const f of frames) {
    const lists = f.groups
      .filter(
        (g) =>
          (n === 0 ? g.members.length > 1 : g.members.length === n) &&
          (f !== frame || g.end <= own) &&
          g.members.every((m) => fits(m.key)) &&
          // "Peruvian Foreign Minister Schialer urged both governments": not Peru's.
          !g.members.some((m) => speaker.has(m.key)),
      )
      .reverse();
    const subject = lists.find((g) => canBeSubject(f, g));
    // "…the bloc to which both countries belong along with Peru and Bolivia. … urged both
    // governments": a pair named in passing is not the article's two countries, when it has two.
    if (!subject && lists[0] && n === 2 && pair && !sameKeys(lists[0], pair)) return undefined;
    const found = subject ?? lists[0];
    if (found) return found;
  }
  return undefined;
}

function sameKeys(group: Group, pair: ConflictPair): boolean {
  const keys = new Set(group.members.map((m) => m.key));
  return pair.keys.every((k) => keys.has(k));
}

/**
 * Without a list for an anaphor at `start`, what the nearest sentence naming any such actor
 * names, if it names exactly n of them (more than one for "each"): `as` reads a mention as the
 * actor it counts for, or none.
 */
function namedNearest(
  frame: Frame,
  earlier: readonly Frame[],
  start: number,
  n: number,
  as: (m: ActorMention) => ActorMention | undefined,
  except: ReadonlySet<string> = new Set(),
): ActorMention[] | undefined {
  const frames = [frame, ...[...earlier].reverse().slice(0, REACH)];
  // Nearest first; a sentence naming fewer than n is joined by the one before it ("Beijing …
  // invested in Niger … between the two governments", after a sentence naming Niger and Benin).
  const found = new Map<string, ActorMention>();
  for (const f of frames) {
    const named = f.mentions
      .filter((m) => f !== frame || m.end <= start)
      .flatMap((m) => as(m) ?? [])
      .filter((m) => !except.has(m.key));
    const distinct = [...new Map(named.map((m) => [m.key, m])).values()];
    if (n === 0) {
      if (distinct.length > 1) return distinct;
      if (distinct.length > 0) return undefined;
      continue;
    }
    for (const m of distinct) if (!found.has(m.key)) found.set(m.key, m);
    if (found.size === n) return [...found.values()];
    if (found.size > n) return undefined;
  }
  return undefined;
}

/** "Scholz met Macron. The two leaders…": the people of the nearest sentence naming that many. */
const people = (
  frame: Frame,
  earlier: readonly Frame[],
  start: number,
  n: number,
  kindOf: KindOf,
) => namedNearest(frame, earlier, start, n, (m) => (kindOf(m.key) === 'person' ? m : undefined));

/**
 * "Rasmussen said Denmark was open to criticism from the United States. Both countries are…":
 * the states of the nearest sentence naming that many, a person standing for the state they serve.
 */
function statesNamed(
  frame: Frame,
  earlier: readonly Frame[],
  start: number,
  n: number,
  kindOf: KindOf,
  affiliationOf: (key: string) => string | undefined,
  except: ReadonlySet<string> = new Set(),
): ActorMention[] | undefined {
  return namedNearest(
    frame,
    earlier,
    start,
    n,
    (m) => {
      const key = kindOf(m.key) === 'person' ? affiliationOf(m.key) : m.key;
      return key !== undefined && kindOf(key) === 'state' ? { ...m, key } : undefined;
    },
    except,
  );
}

/** "their countries": the states of the list named last as a subject, before in the sentence or the one before. */
const THEIR = /\btheir\s+(?:two\s+|three\s+)?(?:countries|nations|states|governments)\b/gi;

/** A list of people as the states they serve, if each serves one; a list of actors as itself. */
function statesOf(
  members: readonly ActorMention[],
  kindOf: KindOf,
  affiliationOf: (key: string) => string | undefined,
): ActorMention[] | undefined {
  const states = members.map((m) => {
    if (kindOf(m.key) !== 'person') return m;
    const state = affiliationOf(m.key);
    return state ? { ...m, key: state } : undefined;
  });
  if (!states.every((m): m is ActorMention => m !== undefined)) return undefined;
  return new Set(states.map((m) => m.key)).size === states.length ? states : undefined;
}

export function resolveAnaphora(
  frame: Frame,
  earlier: readonly Frame[],
  sides: Sides,
  kindOf: KindOf = () => undefined,
  affiliationOf: (key: string) => string | undefined = () => undefined,
): void {
  const text = frame.article.slice(frame.sentence.start, frame.sentence.end);
  for (const m of text.matchAll(THEIR)) {
    const start = frame.sentence.start + m.index;
    const list = [frame, ...[...earlier].reverse().slice(0, 1)]
      .flatMap((f) =>
        f.groups
          .filter((g) => g.members.length > 1 && (f !== frame || g.end <= start))
          .filter((g) => canBeSubject(f, g))
          .reverse(),
      )
      .at(0);
    const states = list && statesOf(list.members, kindOf, affiliationOf);
    if (states)
      place(frame, virtual(states, start, start + m[0].length, frame.sentence.index, m[0]));
  }
  for (const m of text.matchAll(COUNTRIES)) {
    const n = NUMBERS[(m[1] as string).toLowerCase()] as number;
    const start = frame.sentence.start + m.index;
    const personal = PEOPLE.test(m[0]);
    // "The two men" are people named before; "two men were killed" are not.
    if (/(?:men|women)$/i.test(m[0]) && !/^(?:the|both)\b/i.test(m[0])) continue;
    // The article's two sides, when both are states: what "both countries" most often means.
    const pair = [sides.conflict, sides.talks].find(
      (p) => p && p.keys.every((k) => kindOf(k) === 'state'),
    );
    // The clause's subject, as the states it serves, is not among those it speaks of.
    const from = clauseStart(frame, start);
    const subject = frame.groups.find(
      (g) => g.start >= from && g.end <= start && canBeSubject(frame, g),
    );
    const speaker = keysOf(subject?.members ?? [], affiliationOf);
    const countries = personal
      ? undefined
      : (antecedent(frame, earlier, start, n, undefined, pair, speaker)?.members ??
        (n === 2 && pair ? pair.mentions : undefined));
    // "Xi and Modi … the two countries": the states the people serve.
    // "Ethiopia and Somalia agreed … after Turkey hosted talks between the two leaders": without
    // two people named before, the leaders are the two states the sentence names before them,
    // a single actor acting in their clause (the host) not among them; not "the two men" or "the
    // two ministers", nor "the two leaders of the opposition".
    const leaders = () => {
      if (!LEADERS.test(m[0]) || /^\s+of\b/.test(frame.article.slice(start + m[0].length)))
        return undefined;
      const from = clauseStart(frame, start);
      const acting = frame.groups
        .filter((g) => g.start >= from && g.end <= start && canBeSubject(frame, g))
        .at(-1);
      const host = acting?.members.length === 1 ? acting.members : [];
      return statesNamed(frame, [], start, n, kindOf, affiliationOf, keysOf(host, affiliationOf));
    };
    const match = personal
      ? (antecedent(frame, earlier, start, n, (k) => kindOf(k) === 'person')?.members ??
        people(frame, earlier, start, n, kindOf) ??
        leaders())
      : // A list of people not all of whom serve a known state stands for none: the states the
        // nearest sentence names do ("Goïta, Mali's president, Traoré, who heads Burkina Faso's
        // government, and Tiani, Niger's ruler … The three countries").
        ((countries && statesOf(countries, kindOf, affiliationOf)) ??
        statesNamed(frame, earlier, start, n, kindOf, affiliationOf, speaker));
    if (match) place(frame, virtual(match, start, start + m[0].length, frame.sentence.index, m[0]));
  }
  for (const m of text.matchAll(SIDES)) {
    // "Both sides" are the fighting's first; "both delegations", the talks' first.
    const pair =
      (m[1] ?? m[2] ?? '').toLowerCase() === 'sides'
        ? (sides.conflict ?? sides.talks)
        : (sides.talks ?? sides.conflict);
    if (!pair) continue;
    const start = frame.sentence.start + m.index;
    place(frame, virtual(pair.mentions, start, start + m[0].length, frame.sentence.index, m[0]));
  }
}
