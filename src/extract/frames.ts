/**
 * A sentence's frame: the actors it names in order, gathered into the lists
 * a sentence coordinates ("the United States, France and Russia"), and the
 * list that is the subject of a verb or its object. Mentions inside a longer
 * one give way to it ("Russian" inside "Russian President Vladimir Putin").
 */
import type { Dateline } from './dateline';
import type { AnalysedSentence, Token } from './nlp';
import type { ActorMention } from './registry';
import { LEADERS_OF } from './respectively';
import { TITLE_AND_COMMA, TITLE_PATTERN } from './titles';

export interface Group {
  members: ActorMention[];
  start: number;
  end: number;
}

export interface Frame {
  article: string;
  sentence: AnalysedSentence;
  mentions: ActorMention[];
  groups: Group[];
  /** Demonyms before words that are not a government ("Turkish goods"): objects for a few cues only. */
  weak: ActorMention[];
  /** Backers named in a compound ("Armenian-backed"): read by the backing cue only. */
  backers: ActorMention[];
}

const SPEECH =
  /^(said|says|say|claimed|claims|told|added|stated|announced|insisted|warned|noted|reported|believes|believed|considers|argued|acknowledged|admitted|confirmed)$/;
/** A speaker's verb after their name: "(Israel) said", "(Israeli) officials said on Monday". */
/** Verbs of a speaker who reports or claims, after their name ("Israel said"). */
const SAYING_VERBS = 'said|says|claimed|claims|alleged|alleges|added|reported';
export const SAID_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${SAYING_VERBS})\\b`,
  'iu',
);
/**
 * A speaker after a name, announcing too ("…, Malaysian Prime Minister Anwar Ibrahim
 * announced"): no object of what comes before (an announcement is no claim, so the status does
 * not read this).
 */
const SPEAKER_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${SAYING_VERBS}|announced|announces|stated|confirmed|told)\\b`,
  'iu',
);
const SPOKESPERSON = /^spokes(?:man|woman|person|people|men|women|persons)$/;
const GOVERNMENT_NOUN =
  /^(officials?|forces|troops|government|authorities|leaders?|ministers?|representatives|delegations?|diplomats|members?|side)$/;
/**
 * Words that qualify a name before it and that the library reads otherwise: in -ing, as verbs
 * ("neighbouring Guyana"); of the compass, as part of a place's name ("southern Israel").
 */
const ATTRIBUTIVE =
  /^(?:neighbou?ring|warring|ruling|governing|bordering|(?:north|south)?-?(?:northern|southern|eastern|western)|central)$/;
/**
 * A participle that qualifies the name right after it, which the library reads as a verb: after
 * an adverb ("democratically governed Taiwan", "internationally recognised") or joined to the word
 * before it ("self-ruled Taiwan", "Moscow-backed separatists").
 */
function participleBefore(words: readonly Token[], index: number): boolean {
  const word = words[index];
  if (!word || !/(?:ed|en)$/.test(word.normal)) return false;
  const adverb = !word.normal.includes('-');
  if (adverb && !/\p{L}ly$/u.test(words[index - 1]?.normal ?? '')) return false;
  // What comes before opens the phrase: nothing (the cue), an article, a preposition. Not
  // "and swiftly blamed Iran", a verb of its own.
  const opening = words[index - (adverb ? 2 : 1)];
  return opening === undefined || opening.tags.has('Determiner') || opening.tags.has('Preposition');
}

/** Words the library tags as prepositions that open a clause ("after Erdogan met Kristersson"). */
const SUBORDINATOR = /^(after|before|since|until|as|when|while|because|once|though|although|if)$/;
// Not ". ": the library has split the sentences, and "U.S. Secretary" is one clause.
const CLAUSE_END = /;|,\s+(?:while|but|although|though|whereas)\b|\s+but\s+|\s+while\s+/;

function outermost(mentions: readonly ActorMention[]): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorMention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

function tokensBetween(sentence: AnalysedSentence, start: number, end: number): Token[] {
  return sentence.tokens.filter((t) => t.start >= start && t.end <= end);
}

/** What a state's possessive names of it that acts for it: "Yemen’s internationally recognised government". */
const POSSESSED =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:government|authorities|administration|leadership|forces|army|military|delegation|team|side|negotiators|officials|ministry|president|leader)\b/u;

/** People named after the actor they act for: "Saudi officials", "Hamas leaders". */
const PEOPLE_OF =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:officials|leaders|diplomats|negotiators|delegates|representatives|envoys|ministers|authorities|forces|troops)\b/u;

/** "Zelensky and the leaders of France, Germany and Britain, Emmanuel Macron…": one list of people. */
const AND_LEADERS_OF = /* @__PURE__ */ new RegExp(
  `^\\s*,?\\s*and\\s+the\\s+${LEADERS_OF}[^;:()]*,\\s*$`,
  'iu',
);

/** Whether the words between two mentions join them in one list. */
function coordinates(frame: Frame, a: ActorMention, b: ActorMention): boolean {
  if (AND_LEADERS_OF.test(frame.article.slice(a.end, b.start))) return true;
  const rest = frame.article.slice(a.end, b.start);
  // "talks between Saudi officials and the Houthis": an actor's people stand for it.
  const possessed = (POSSESSED.exec(rest) ?? PEOPLE_OF.exec(rest))?.[0].length ?? 0;
  const from = a.end + possessed;
  const between = frame.article.slice(from, b.start);
  if (!/^(?:['’]s)?\s*(?:,|,?\s*and\b|,?\s*or\b|,?\s*as well as\b)/.test(between)) return false;
  if (/[;:()]/.test(between) || /\b(which|who|that|whose)\b/.test(between)) return false;
  // "Kenya and Uganda, both members of the East African Community": the body they belong to
  // describes the list, it does not join it.
  if (
    /^\s*,\s*(?:(?:both|all|each|the|fellow|two|three|four|five)\s+)?(?:[\p{Ll}-]+\s+)?(?:members?|member states?|allies|partners|signatories|founders)\s+(?:of|in)\b/u.test(
      between,
    )
  )
    return false;
  // "…with Armenia, and NATO member Turkey": a body naming its member starts a new list.
  if (/^\s+(?:member|members|ally|allies)\b/.test(frame.article.slice(b.end, b.end + 10)))
    return false;
  const words = tokensBetween(frame.sentence, from, b.start);
  if (words.length > 7) return false;
  return words.every(
    (t) =>
      !(
        t.tags.has('Verb') && !/-backed$/.test(frame.article.slice(Math.max(0, t.start - 8), t.end))
      ) &&
      (!t.tags.has('Preposition') || /^(of|from)$/.test(t.normal)),
  );
}

export function buildFrame(
  article: string,
  sentence: AnalysedSentence,
  mentions: readonly ActorMention[],
  dateline?: Dateline,
): Frame {
  // "DOHA, Qatar (Wire) — Ruritania agreed…": the dateline says where the report was filed;
  // its names are no part of the sentence's reading (its date still is).
  const read = mentions.filter(
    (m) =>
      m.sentence === sentence.index &&
      (!dateline || m.end <= dateline.start || m.start >= dateline.end),
  );
  // "the Rapid Support Forces (RSF) have been fighting": the acronym in brackets after the name
  // is the same mention, not a list's next member.
  const bracketed = (m: ActorMention) =>
    read.some(
      (n) => n.key === m.key && n.end < m.start && /^\s*\($/.test(article.slice(n.end, m.start)),
    );
  const own = outermost(
    read.filter((m) => !m.inner && !m.weak && m.rule !== 'actor.backer' && !bracketed(m)),
  );
  const weak = read.filter((m) => m.weak);
  const backers = read.filter((m) => m.rule === 'actor.backer');
  const frame: Frame = { article, sentence, mentions: own, groups: [], weak, backers };
  for (const m of own) {
    const last = frame.groups.at(-1);
    const previous = last?.members.at(-1);
    // "A, and B" with a single A is two clauses ("Russia’s invasion of Ukraine, and Washington has warned").
    const oxford = /^\s*,\s*and\b/.test(article.slice(previous?.end ?? 0, m.start));
    const listed = last !== undefined && (last.members.length > 1 || !oxford);
    if (
      last &&
      previous &&
      listed &&
      // Places list with places only ("from Bamako and Niamey"), actors with actors.
      previous.place === m.place &&
      coordinates(frame, previous, m)
    ) {
      last.members.push(m);
      last.end = m.end;
    } else frame.groups.push({ members: [m], start: m.start, end: m.end });
  }
  // Commas alone make no list ("Backed by Armenia, Nagorno-Karabakh declared"): a list ends in "and" or "or".
  frame.groups = frame.groups.flatMap((g) =>
    g.members.length > 1 && !/\b(?:and|or|as well as)\b/.test(article.slice(g.start, g.end))
      ? g.members.map((m) => ({ members: [m], start: m.start, end: m.end }))
      : [g],
  );
  return frame;
}

/** The end of the clause an offset lies in (a semicolon, "while", "but", the sentence's end). */
export function clauseEnd(frame: Frame, offset: number): number {
  const rest = frame.article.slice(offset, frame.sentence.end);
  const match = CLAUSE_END.exec(rest);
  return match ? offset + match.index : frame.sentence.end;
}

/** The start of the clause an offset lies in. */
export function clauseStart(frame: Frame, offset: number): number {
  const before = frame.article.slice(frame.sentence.start, offset);
  let start = frame.sentence.start;
  for (const match of before.matchAll(new RegExp(CLAUSE_END.source, 'g')))
    start = frame.sentence.start + match.index + match[0].length;
  return start;
}

/** The word that governs a list: the verb or preposition before it, past numbers and adjectives. */
function governor(frame: Frame, group: Group): Token | undefined {
  const before = frame.sentence.tokens.filter((t) => t.end <= group.start);
  for (let i = before.length - 1, skipped = 0; i >= 0 && skipped < 4; i--, skipped++) {
    const token = before[i] as Token;
    const gap = frame.article.slice(token.end, (before[i + 1] ?? group).start);
    if (/[,;:“”"(]/.test(gap)) return undefined;
    if (token.tags.has('Verb') || token.tags.has('Preposition')) return token;
    if (!(token.tags.has('Determiner') || token.tags.has('Value') || token.tags.has('Adjective')))
      return undefined;
  }
  return undefined;
}

/** The list right before "and" or "or" (no comma, a determiner or adjective at most) before a list. */
function conjunct(frame: Frame, group: Group): Group | undefined {
  const before = frame.sentence.tokens.filter((t) => t.end <= group.start);
  let i = before.length - 1;
  while (
    i >= 0 &&
    ((before[i] as Token).tags.has('Determiner') || (before[i] as Token).tags.has('Adjective'))
  )
    i--;
  const word = before[i];
  if (!word || !/^(and|or)$/.test(word.normal)) return undefined;
  if (/[,;:]/.test(frame.article.slice(word.end, group.start))) return undefined;
  const previous = frame.groups.filter((g) => g.end <= word.start).at(-1);
  if (!previous) return undefined;
  // Only a few words may stand between the first list and "and": "French troops and".
  const gap = frame.sentence.tokens.filter((t) => t.start >= previous.end && t.end <= word.start);
  return gap.length <= 2 && !/[,;:]/.test(frame.article.slice(previous.end, word.start))
    ? previous
    : undefined;
}

/** Whether a list can be the subject of a verb that follows it. */
export function canBeSubject(frame: Frame, group: Group): boolean {
  // "expelled French troops and the French ambassador": the second of two joined by "and" is
  // what the first is, an object here.
  const joined = conjunct(frame, group);
  if (joined) return canBeSubject(frame, joined);
  const word = governor(frame, group);
  if (!word) return true;
  if (SUBORDINATOR.test(word.normal)) return true;
  if (word.tags.has('Verb')) return SPEECH.test(word.normal);
  if (/^(of|from|for)$/.test(word.normal)) {
    // "officials of Russia said", "a spokesman for the Chinese foreign ministry condemned".
    const noun = frame.sentence.tokens.filter((t) => t.end <= word.start).at(-1);
    if (noun === undefined) return false;
    return word.normal === 'for'
      ? SPOKESPERSON.test(noun.normal)
      : GOVERNMENT_NOUN.test(noun.normal);
  }
  return false;
}

/**
 * A noun phrase set beside a list between commas ("Norway, a member of NATO, has…", "Russia and
 * China, Iran’s partners in the SCO, said…"): it opens with an article, a number, a possessive.
 */
const APPOSITION =
  /^\s*,\s*(?:(?:a|an|the|its|their|both|one|two|three|four|all|fellow|another)\s|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*['’]s\s)[^,;:()“”"]*/u;

/**
 * A relative clause set off by a comma, to its closing comma if it has one ("…, which arms
 * Hamas,"), an acronym in brackets included ("…, whose rulers formed the Alliance of Sahel
 * States (AES),").
 */
export const RELATIVE_CLAUSE =
  /,\s*(?:(?:of|in|with|to|for|by|from|on|under|among)\s+)?(?:which|who|whose|whom)\s[^,;:()“”"]*(?:\([^,;:()“”"]*\)[^,;:()“”"]*)*/gu;
/** The same, right after a list. */
const RELATIVE = new RegExp(`^\\s*${RELATIVE_CLAUSE.source}`, 'u');
/**
 * A relative clause closed by its comma before what follows, which tells of its antecedent, not
 * of the act after it: ", who has refused to negotiate with the M23,", ", which has pledged $200
 * million for the mission,".
 */
const CLOSED_RELATIVE = new RegExp(`${RELATIVE_CLAUSE.source}(?=,)`, 'gu');

/** The article's words between two offsets, without the relative clauses closed among them. */
export function ownWords(article: string, from: number, to: number): string {
  return article.slice(from, to).replace(CLOSED_RELATIVE, '');
}

/**
 * The list an apposition describes, where the cue at an offset lies inside it (its head), and
 * the span of every closed apposition before the offset (whose lists are not the subject).
 */
function appositions(
  frame: Frame,
  before: readonly Group[],
  offset: number,
): { head?: Group; closed: Array<[number, number]> } {
  const closed: Array<[number, number]> = [];
  for (const [i, group] of before.entries()) {
    // "Georgia, whose forces fought a war with Russia in 2008, applied…": a relative clause
    // closed before the cue tells of the list before it; its own lists are not the subject.
    const relative = RELATIVE.exec(frame.article.slice(group.end, offset));
    if (relative && frame.article[group.end + relative[0].length] === ',')
      closed.push([group.end, group.end + relative[0].length]);
    const next = before[i + 1];
    if (!next) break;
    const m = APPOSITION.exec(frame.article.slice(group.end, offset));
    if (!m || group.end + m[0].length < next.start) continue;
    const end = group.end + m[0].length;
    if (end >= offset) return { head: group, closed };
    if (frame.article[end] === ',') closed.push([group.end, end]);
  }
  return { closed };
}

/** Verbs whose object does what the infinitive after it says ("allowed Russia to invade"). */
export const LETTING =
  'allow(?:ed|s|ing)?|let(?:s|ting)?|permit(?:ted|s)?|enabl(?:e|ed|es)|help(?:ed|s)?|forc(?:e|ed|es)|authori[sz](?:e|ed|es)';
/** Verbs whose object is given a task the infinitive after it says ("appointed Obasanjo to mediate"). */
const APPOINTING =
  'appoint(?:ed|s|ing)?|task(?:ed|s)|mandat(?:e|ed|es)|commission(?:ed|s)|dispatch(?:ed|es)';
const CONTROL = new RegExp(`^(?:${LETTING}|${APPOINTING})$`);
/**
 * A speech verb, then a subject of the words reported that names no actor of its own yet ("said
 * both sides had agreed"): the speaker is not that subject.
 */
const SAID_THEN_OWN_SUBJECT =
  /\b(?:said|says|told\s+\S+|announced|added|stated|confirmed|insisted)\s+(?:(?:late\s+)?on\s+\S+\s+)?(?:that\s+)?(?:both|the\s+two|the\s+three|all|each|neither)\s+(?:sides?|parties|party|countries|nations|governments|delegations|leaders|states|neighbou?rs)\b/i;
/** "…, whom ECOWAS appointed last July to " before an infinitive: the one named before does it. */
const APPOINTED_WHOM = new RegExp(
  `^\\s*,\\s*whom\\s[^,;]*?\\b(?:${LETTING}|${APPOINTING})\\b[^,;]*?\\bto\\s+$`,
  'iu',
);

/** The subject of a cue at an offset: the nearest list before it, in its clause, that can be one. */
export function subjectBefore(frame: Frame, offset: number, nearest = false): Group | undefined {
  const from = clauseStart(frame, offset);
  const all = frame.groups.filter((g) => g.end <= offset && g.start >= from);
  const { head, closed } = appositions(frame, all, offset);
  if (head) return head;
  // The lists inside "…, a member of NATO," describe the one before: they are not the subject.
  const before = all.filter((g) => !closed.some(([s, e]) => g.start > s && g.end <= e));
  if (nearest) return before.at(-1);
  for (let i = before.length - 1; i >= 0; i--) {
    const group = before[i] as Group;
    if (APPOINTED_WHOM.test(frame.article.slice(group.end, offset))) return group;
  }
  // "allowed Russian troops to use its territory to invade Ukraine": the one allowed, asked or
  // ordered to act is the subject of the infinitive.
  const last = before.at(-1);
  const governing = last && governor(frame, last);
  if (
    last &&
    governing &&
    CONTROL.test(governing.normal) &&
    /^(?:\s+[\p{L}'’-]+){0,6}?\s+(?:to\s+)?$/u.test(frame.article.slice(last.end, offset))
  )
    return last;
  for (let i = before.length - 1; i >= 0; i--) {
    const group = before[i] as Group;
    // "Russia, which shares a defense alliance with Armenia", "Nagorno-Karabakh, an ethnic
    // Armenian enclave that has…": the antecedent of the relative clause is the subject.
    const between = frame.article.slice(group.end, offset);
    // A list of speakers is not "both sides" ("Egypt and Qatar said both sides had agreed");
    // one speaker may be one of them ("Pakistan said both sides had agreed to a truce with India").
    if (group.members.length > 1 && SAID_THEN_OWN_SUBJECT.test(between)) return undefined;
    if (/^\s*,\s*(?:which|who|that)\b/.test(between)) {
      // "Houthi rebels in Yemen, who are backed by Tehran": the place closes the phrase the
      // clause tells of; its head is named before it.
      const head = before[i - 1];
      const placed =
        head &&
        !tokensBetween(frame.sentence, head.end, group.start).some((t) => t.tags.has('Verb')) &&
        /^\s+(?:[\p{L}-]+\s+){0,3}?(?:in|at|from)\s+(?:the\s+)?$/iu.test(
          frame.article.slice(head.end, group.start),
        );
      return placed ? head : group;
    }
    if (/^\s*,\s*(?:an?|the)\s+[^,;]{0,60}?\s(?:which|who|that)\b/.test(between)) {
      const last = group.members.at(-1) as ActorMention;
      return { members: [last], start: last.start, end: last.end };
    }
    // "imposed sanctions on a Rwandan general, James Kabarebe, and urged Rwanda": a name set
    // beside an object, before ", and" and the cue's verb, is not that verb's subject.
    if (
      /^\s*,\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/.test(between) &&
      /,\s*$/.test(
        frame.article.slice(Math.max(frame.sentence.start, group.start - 3), group.start),
      )
    )
      continue;
    if (canBeSubject(frame, group)) return group;
  }
  // "Russia said it supported the talks but criticized Washington": a verb after "but" or "and"
  // without a subject of its own shares the one before.
  const opening = frame.article.slice(Math.max(frame.sentence.start, from - 6), from);
  if (before.length === 0 && from > frame.sentence.start && /\b(?:but|and)\s*$/.test(opening))
    return subjectBefore(frame, from - opening.length, nearest);
  return undefined;
}

/**
 * The words before a body that hosts a meeting ("on the sidelines of the", "under the auspices
 * of"), or a witness to it ("signed the accord in the presence of Marco Rubio").
 */
const VENUE_BEFORE =
  /\b(?:(?:sidelines|margins|auspices)\s+of\s+(?:the\s+|a\s+|an\s+)?|under\s+(?:the\s+)?|presence\s+of\s+(?:\S+\s+){0,5}?)$/i;

/** A title, and a word that qualifies it, right before a name ("opposition leader "). */
const TITLE_BEFORE_NAME = /* @__PURE__ */ new RegExp(
  `(?:(?<![\\p{L}-])[\\p{L}-]+\\s+)?${TITLE_PATTERN.source}\\s+$`,
  'iu',
);

/**
 * Words right before a name that do not count in a cue's reach: a title ("met opposition leader
 * Boris Nadezhdin"), those who act for the name ("accused agents of the Indian government"),
 * whose it is ("hosted his Ugandan counterpart").
 */
const UNCOUNTED: readonly RegExp[] = [
  TITLE_BEFORE_NAME,
  // "met the junta's army chief, General Moussa Salaou Barmou": a title set off by a comma.
  /* @__PURE__ */ new RegExp(
    `^\\s*(?:the\\s+)?(?:(?:its|their|his|her|[\\p{L}.-]+['’]s)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${TITLE_AND_COMMA.source}`,
    'iu',
  ),
  /^\s*(?:the\s+|some\s+|several\s+|two\s+|three\s+)?(?:[\p{Ll}-]+\s+)?(?:agents|operatives|spies|officials|representatives|members|diplomats|troops|forces|soldiers)\s+of\s+(?:the\s+)?$/u,
  /^\s*(?:his|her|their|its)\s+$/i,
];

/** The object of a cue that ends at an offset: the first list after it, close and in its clause. */
export function objectAfter(
  frame: Frame,
  offset: number,
  options: { places?: boolean; reach?: number; weak?: boolean } = {},
): Group | undefined {
  const end = clauseEnd(frame, offset);
  const reach = options.reach ?? 40;
  const groups = options.weak
    ? [
        ...frame.groups,
        ...frame.weak.map((m) => ({ members: [m], start: m.start, end: m.end })),
      ].sort((a, b) => a.start - b.start)
    : frame.groups;
  for (const group of groups) {
    if (group.start < offset || group.start > end) continue;
    const gap = frame.article.slice(offset, group.start);
    // "held talks on the sidelines of the BRICS summit": the body hosting the meeting is its
    // venue, not the other side.
    if (VENUE_BEFORE.test(gap)) continue;
    // "met at the White House": a seat of government after "at" is where, not whom.
    if (
      /^\s*(?:at|in|inside|outside)\s+(?:the\s+)?$/i.test(gap) &&
      group.members.every((m) => m.rule === 'actor.seat-for-government')
    )
      continue;
    // "of arming and commanding M23 fighters": a second act joined to the cue shares its object.
    const shared = /^\s+(?:and|or)\s+\p{L}+ing\s+/u.exec(gap);
    const from = offset + (shared?.[0].length ?? 0);
    const words = tokensBetween(frame.sentence, from, group.start);
    // "to neighbouring Suriname": the words that qualify the name do not count in the reach.
    let modifiers = 0;
    let qualifying = 0;
    for (let i = words.length - 1; i >= 0; i--) {
      const t = words[i]!;
      const participle = participleBefore(words, i);
      if (!(t.tags.has('Adjective') || ATTRIBUTIVE.test(t.normal) || participle)) break;
      modifiers += t.end - t.start + 1;
      qualifying++;
      // "democratically governed": the adverb qualifies the name too.
      const adverb = participle && !t.normal.includes('-') ? words[i - 1] : undefined;
      if (adverb) {
        modifiers += adverb.end - adverb.start + 1;
        qualifying++;
        i--;
      }
    }
    // Nor do the words before a name that say who stands for it or whose it is.
    for (const words of UNCOUNTED) {
      const found = words.exec(gap);
      if (found) modifiers = Math.max(modifiers, found[0].length);
    }
    if (group.start - from - modifiers > reach) return undefined;
    if (
      words
        .slice(0, words.length - qualifying)
        .some((t) => t.tags.has('Verb') && !t.tags.has('Adjective') && !ATTRIBUTIVE.test(t.normal))
    )
      return undefined;
    // "carried out the strike, which Tehran condemned": a relative clause's subject is no object.
    if (/,\s*(?:which|who|whom|that)\s+$/i.test(gap)) return undefined;
    // "Hamas broke the truce, Israel said": the speaker after a comma is no object.
    const after = frame.article.slice(group.end, group.end + 40);
    if (/[,”"]\s*$/.test(gap) && SPEAKER_AFTER.test(after)) return undefined;
    if (group.members.every((m) => m.place) && !options.places) return undefined;
    return apposed(frame, group) ?? group;
  }
  return undefined;
}

/**
 * What the one named after is to a body or state named before: "our NATO ally and EU member
 * state, Lithuania,", "NATO member Poland" (Lithuania and Poland, not NATO, are whom the words
 * mean).
 */
const ALLY_OF =
  /^\s+(?:ally|allies|member(?:\s+(?:state|country|nation))?|partner|neighbou?r)\b(?:[^,;:()]{0,40},)?\s*$/u;

/** Words that describe someone before their name is given: "general", "state oil company". */
const DESCRIBED = /^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u;

/**
 * "sanctions on a Rwandan general, James Kabarebe,": after a demonym and the words it
 * qualifies, the name set off by commas is whom the words mean, not the demonym's state. Not a
 * name that begins a clause of its own ("Russian generals, Zelensky said", "Russian refineries,
 * Hungary complained") or a phrase about it ("Iranian oil, China's main source of crude").
 */
function apposed(frame: Frame, group: Group): Group | undefined {
  const weak = group.members.every((m) => m.weak);
  const next = weak
    ? frame.groups.find((g) => g.start >= group.end)
    : frame.groups.find(
        (g) => g.start >= group.end && ALLY_OF.test(frame.article.slice(group.end, g.start)),
      );
  if (!next) return undefined;
  const gap = frame.article.slice(group.end, next.start);
  if (weak && !DESCRIBED.test(gap)) return undefined;
  // "NATO member Poland": the name right after the noun is whom it means.
  if (!weak && !gap.includes(',')) return next;
  const after = frame.article.slice(next.end, frame.sentence.end);
  const closed = after.trim() === '' || /^\s*[,.;:]/.test(after);
  return closed && !SPEAKER_AFTER.test(after.replace(/^\s*,/, '')) ? next : undefined;
}

/** The mention that ends right before an offset (a possessive, a modifier), if any. */
export function mentionEndingAt(
  frame: Frame,
  offset: number,
  slack = false,
): ActorMention | undefined {
  const between = slack ? /^(?:['’]s)?\s*(?:[\p{L}\d-]+\s+)?$/u : /^(?:['’]s)?\s*$/;
  return [...frame.mentions, ...frame.backers, ...standIns(frame)].find(
    (m) => m.end <= offset && between.test(frame.article.slice(m.end, offset)),
  );
}

/** The actors words stand for in a frame ("the bloc", "the army"), as mentions of them there. */
export function standIns(frame: Frame): ActorMention[] {
  return frame.groups.flatMap((g) =>
    g.members.length === 1 && g.members[0]?.rule === 'actor.anaphora' ? [g.members[0]] : [],
  );
}
