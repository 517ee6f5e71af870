/**
 * Pronouns that are the subject of a verb: "he" and "she" stand for the
 * person named last ("Kishida arrived in Manila, and he and Marcos signed"),
 * "it" for the state or body that was last a subject ("Washington would
 * respond if it strengthened its alliance"), "they" for the list that was.
 * They look back through their own sentence and the one before. "It" before
 * a form of "be" ("it was unclear") stands for nothing. "Its foreign ministry",
 * "their governments" stand where "it" and "they" would. A body's common noun
 * ("the alliance", "the bloc", "the agency"; "the group", "the rebels")
 * stands for the organisation (or armed group) named last that the noun
 * fits ("the alliance" is NATO, not the G7), a few sentences back at most; "the army", "the government" for the state last named with
 * that word ("Sudanese army troops … The army accused the RSF").
 */
import type { ActorKindId } from '../model';
import { place, virtual } from './anaphora';
import { canBeSubject, type Frame, type Group } from './frames';
import type { ActorMention } from './registry';

const PRONOUN = /\b(he|she|it|they)\b(?=\s+(?:and\s+)?\p{L})/giu;
const EMPTY_IT =
  /^\s+(?:is|was|['’]s|would be|will be|has been|had been|seems|seemed|remains|appears|appeared|means|meant)\b/i;
/**
 * "Its foreign ministry accused…", "their governments said": a state's or body's own office,
 * speaking for it, stands where "it" or "they" would.
 */
const OWN_OFFICE =
  /\b(its|their)\s+(?:(?:foreign|defen[cs]e|interior|justice|security|military|trade|finance|economy|health|information|education|presidential|press)\s+)?(?:ministry|ministries|government|governments|embassy|embassies|foreign office|presidency|cabinet|spokes(?:man|woman|person)|mission|delegation)\b/giu;
/** How many sentences back the antecedent may be. */
const REACH = 1;
/** Common nouns that stand for a body named before ("the alliance", "the rebels"), with its kind. */
export const BODY_NOUNS: Readonly<Record<string, ActorKindId>> = {
  alliance: 'international-organization',
  bloc: 'international-organization',
  agency: 'international-organization',
  organisation: 'international-organization',
  organization: 'international-organization',
  union: 'international-organization',
  council: 'international-organization',
  court: 'international-organization',
  fund: 'international-organization',
  commission: 'international-organization',
  body: 'international-organization',
  group: 'group',
  militia: 'group',
  rebels: 'group',
  movement: 'group',
  // "Burhan has accused the paramilitary force of…": the RSF.
  paramilitary: 'group',
  paramilitaries: 'group',
};
const BODY = new RegExp(`\\b[Tt]he\\s+(${Object.keys(BODY_NOUNS).join('|')})\\b`, 'gu');
/** How many sentences back a body's noun may reach (in lower case: "the Group of Seven" is a name). */
export const BODY_REACH = 3;

type KindOf = (key: string) => ActorKindId | undefined;

/**
 * The person "he" or "she" stands for: the first one a list of the sentence names as a subject
 * ("Rubio warned Venezuela … the government of Nicolas Maduro, as he visited Georgetown"), else
 * the person named last.
 */
function person(frame: Frame, before: number, kindOf: KindOf): ActorMention | undefined {
  const named = frame.mentions.filter((m) => m.end <= before && kindOf(m.key) === 'person');
  const subject = frame.groups.find(
    (g) =>
      g.end <= before &&
      g.members.length === 1 &&
      kindOf((g.members[0] as ActorMention).key) === 'person' &&
      named.some((m) => m.key === (g.members[0] as ActorMention).key) &&
      canBeSubject(frame, g),
  );
  return subject?.members[0] ?? named.at(-1);
}

function subjectList(
  frame: Frame,
  before: number,
  kindOf: KindOf,
  plural: boolean,
): Group | undefined {
  return frame.groups
    .filter(
      (g) =>
        g.end <= before &&
        (plural ? g.members.length > 1 : g.members.length === 1) &&
        g.members.every((m) => !m.place && kindOf(m.key) !== 'person'),
    )
    .reverse()
    .find((g) => canBeSubject(frame, g));
}

export function resolvePronouns(frame: Frame, earlier: readonly Frame[], kindOf: KindOf): void {
  const { article, sentence } = frame;
  const text = article.slice(sentence.start, sentence.end);
  const found = [
    ...[...text.matchAll(PRONOUN)].map((m) => ({
      at: m.index,
      words: m[1] as string,
      word: m[1] as string,
    })),
    ...[...text.matchAll(OWN_OFFICE)].map((m) => ({
      at: m.index,
      words: m[0],
      word: (m[1] as string).toLowerCase() === 'its' ? 'it' : 'they',
    })),
  ].sort((a, b) => a.at - b.at);
  for (const m of found) {
    const start = sentence.start + m.at;
    const end = start + m.words.length;
    const word = m.word.toLowerCase();
    if (m.words.toLowerCase() === 'it' && EMPTY_IT.test(article.slice(end, end + 16))) continue;
    const frames = [frame, ...[...earlier].reverse().slice(0, REACH)];
    let members: readonly ActorMention[] | undefined;
    for (const f of frames) {
      const limit = f === frame ? start : f.sentence.end;
      if (word === 'he' || word === 'she') {
        const found = person(f, limit, kindOf);
        members = found && [found];
      } else members = subjectList(f, limit, kindOf, word === 'they')?.members;
      if (members) break;
    }
    if (members) place(frame, virtual(members, start, end, sentence.index, m.words));
    joinList(frame, start);
  }
}

/** "accusing them of", "charged them with": the pronoun is who is accused. */
const ACCUSED_THEM =
  /\b(?:accus(?:ed|ing|es)|charg(?:ed|ing)|blam(?:ed|ing))\s+(them)\s+(?:of|with|for)\b/giu;

/**
 * "Moldova expelled three Russian diplomats, accusing them of smuggling": "them" are the people a
 * demonym named before it in the sentence, and so stand for their state.
 */
export function resolveAccusedThem(frame: Frame): void {
  const { article, sentence } = frame;
  for (const m of article.slice(sentence.start, sentence.end).matchAll(ACCUSED_THEM)) {
    const start = sentence.start + m.index + m[0].indexOf('them');
    const people = [...frame.mentions, ...frame.weak]
      .sort((x, y) => x.start - y.start)
      .filter(
        (w) =>
          w.end <= start &&
          /^\s+(?:diplomats|officials|nationals|citizens|agents|officers|spies|soldiers|troops)\b/i.test(
            article.slice(w.end, w.end + 14),
          ),
      );
    const named = people.at(-1);
    if (named) place(frame, virtual([named], start, start + 4, sentence.index, 'them'));
  }
}

/** Which bodies a noun can stand for, by their names ("the alliance": NATO, not the G7). */
const FITS: Record<string, RegExp> = {
  alliance: /Treaty|Alliance|AUKUS|Quad/,
  agency: /Agency|UNHCR/,
  court: /Court/,
  fund: /Fund/,
  council: /Council/,
  commission: /Commission/,
  union: /Union/,
};

/** Which bodies a noun cannot stand for ("the bloc" is BRICS, not the court named after it). */
const NOT_FITS: Record<string, RegExp> = {
  bloc: /Court|Tribunal|Bank|Fund|Agency|Commission|Council|Programme|Program|Office|Secretariat/,
  organisation: /Court|Tribunal/,
  organization: /Court|Tribunal/,
};

/** Whether a body of these names may be called by the noun ("the alliance": NATO, not the G7). */
export function nounFits(noun: string, names: readonly string[]): boolean {
  const fits = FITS[noun];
  const unfit = NOT_FITS[noun];
  if (unfit && names.some((name) => unfit.test(name))) return false;
  return !fits || names.some((name) => fits.test(name));
}

/** "NATO … the alliance", "the M23 … the rebels": the last organisation or armed group named that the noun fits. */
export function resolveBodies(
  frame: Frame,
  earlier: readonly Frame[],
  kindOf: KindOf,
  namesOf: (key: string) => readonly string[],
): void {
  const { article, sentence } = frame;
  const text = article.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(BODY)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const noun = m[1] as string;
    const kind = BODY_NOUNS[noun];
    const frames = [frame, ...[...earlier].reverse().slice(0, BODY_REACH)];
    for (const f of frames) {
      const named = f.mentions
        .filter(
          (x) =>
            (f !== frame || x.end <= start) &&
            kindOf(x.key) === kind &&
            nounFits(noun, namesOf(x.key)),
        )
        .at(-1);
      if (!named) continue;
      place(frame, virtual([named], start, end, sentence.index, m[0]));
      break;
    }
  }
}

const FORCE = /\b[Tt]he\s+(army|military|junta|government|regime|navy|coast guard)\b/gu;

/** "Sudan’s army chief … the army": the state last named before the same word. */
export function resolveForces(frame: Frame, earlier: readonly Frame[], kindOf: KindOf): void {
  const { article, sentence } = frame;
  const text = article.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(FORCE)) {
    const start = sentence.start + m.index;
    const word = new RegExp(`^(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?${m[1] as string}\\b`, 'u');
    const frames = [frame, ...[...earlier].reverse().slice(0, BODY_REACH)];
    const named = [...frame.weak, ...frames.flatMap((f) => f.mentions)];
    const state = named
      .filter(
        (x) =>
          x.end <= start &&
          (kindOf(x.key) === 'state' || kindOf(x.key) === 'de-facto-state') &&
          word.test(article.slice(x.end, x.end + 30)),
      )
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (state) place(frame, virtual([state], start, start + m[0].length, sentence.index, m[0]));
  }
}

/** "Petro’s government", "the administration of Nicolas Maduro": the leader stands for the state. */
const GOVERNMENT_AFTER = /^['’]s\s+(?:\p{Ll}+\s+)?(?:government|administration|regime|cabinet)\b/u;
const GOVERNMENT_BEFORE = /\b(?:government|administration|regime)\s+of\s+(?:\p{Lu}\p{Ll}+\s+)?$/u;

/**
 * "The ELN has been holding talks with Petro’s government": the state the person leads (their
 * title's state) is the one acting or acted on, so the list holds the state in the person's place.
 */
export function resolveGovernments(
  frame: Frame,
  kindOf: KindOf,
  affiliationOf: (key: string) => string | undefined,
): void {
  const { article } = frame;
  for (const group of frame.groups)
    group.members = group.members.map((m) => {
      if (kindOf(m.key) !== 'person') return m;
      const state = affiliationOf(m.key);
      if (!state || kindOf(state) !== 'state') return m;
      const governs =
        GOVERNMENT_AFTER.test(article.slice(m.end, m.end + 30)) ||
        GOVERNMENT_BEFORE.test(article.slice(Math.max(0, m.start - 40), m.start));
      return governs ? { ...m, key: state } : m;
    });
}

/** "he and Philippine President Marcos": the pronoun opens the list that follows it. */
function joinList(frame: Frame, start: number): void {
  const at = frame.groups.findIndex((g) => g.start === start);
  const own = frame.groups[at];
  const next = frame.groups[at + 1];
  if (!own || !next || !/^\s+and\s+$/.test(frame.article.slice(own.end, next.start))) return;
  frame.groups.splice(at, 2, {
    members: [...own.members, ...next.members],
    start: own.start,
    end: next.end,
  });
}
