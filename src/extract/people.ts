/**
 * People: a title with a name ("Russian Foreign Minister Sergei Lavrov"),
 * a name with a title beside it ("Elin Suleymanov, Azerbaijan's ambassador to
 * the United States"), names the NLP library knows, and the short forms that
 * later sentences use ("Lavrov", "Mr. Lavrov"), joined to the full name.
 */
import type { ActorKindId } from '../model';
import type { GazetteerEntry, GazetteerHit } from './gazetteer';
import { gazetteer, gazetteerKey } from './gazetteer';
import type { AnalysedSentence, NameSpan } from './nlp';
import { nameAfter, nameBefore, nameWords, type NameContext } from './names';
import { BODY_NOUNS, BODY_REACH, nounFits } from './pronouns';
import { ActorRegistry, keyOf } from './registry';
import {
  ENVOY_TITLES,
  TITLE_PATTERN,
  TITLE_STATES,
  roleOf,
  titleKey,
  titleNamesAlone,
  withArticle,
} from './titles';

export interface PeopleContext {
  article: string;
  sentences: readonly AnalysedSentence[];
  body: ReadonlySet<number>;
  hits: readonly GazetteerHit[];
  names: readonly NameSpan[];
  registry: ActorRegistry;
}

const USABLE = new Set(['name', 'alias', 'demonym', 'seat']);
/** Between a state and a title: nothing, or a word that qualifies the post ("Sudan’s army chief"). */
const MODIFIED_TITLE =
  /^(['’]s)?\s+(?:(?:army|military|intelligence|security|interim|acting|new|opposition|caretaker|outgoing|incoming|transitional|elected)\s+)?$/;

/** The state or body named right before an offset ("Russian", "Azerbaijan’s", "NATO"). */
function hitBefore(ctx: PeopleContext, offset: number): GazetteerHit | undefined {
  return ctx.hits.find(
    (h) =>
      USABLE.has(h.form) &&
      h.end <= offset &&
      MODIFIED_TITLE.test(ctx.article.slice(h.end, offset)),
  );
}

/** The state or body after "of" or "to" at an offset ("ambassador to the United States", "to Moscow"). */
function hitAfter(
  ctx: PeopleContext,
  offset: number,
  word: 'of' | 'to',
): { hit: GazetteerHit; end: number; words: string } | undefined {
  const lead = new RegExp(`^\\s+${word}\\s+(the\\s+)?`).exec(
    ctx.article.slice(offset, offset + 12),
  );
  if (!lead) return undefined;
  const at = offset + lead[0].length;
  // An envoy's post may be its capital: "ambassador to Moscow" is Russia's.
  const hit = ctx.hits.find(
    (h) => h.start === at && (USABLE.has(h.form) || (word === 'to' && h.form === 'capital')),
  );
  return (
    hit && {
      hit,
      end: hit.end,
      words: ctx.article.slice(offset + lead[0].length - (lead[1]?.length ?? 0), hit.end),
    }
  );
}

/** An organisation the library found after "of" ("director of the Regional Studies Center"). */
function bodyAfter(ctx: PeopleContext, offset: number): NameSpan | undefined {
  const lead = /^\s+of\s+(the\s+)?/.exec(ctx.article.slice(offset, offset + 12));
  if (!lead) return undefined;
  return ctx.names.find((n) => n.type === 'organization' && n.start === offset + lead[0].length);
}

function addEntry(ctx: PeopleContext, entry: GazetteerEntry, hit: GazetteerHit, rule: string) {
  return ctx.registry.add({
    key: entry.id,
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases,
    start: hit.start,
    end: hit.end,
    cue: ctx.article.slice(hit.start, hit.end),
    rule,
  });
}

interface Titled {
  name: [number, number];
  /** The whole phrase: title, affiliation and name. */
  span: [number, number];
  title: [number, number];
  rule: string;
  sentence: number;
  /** The state of the person titled before in the same sentence. */
  inherited?: GazetteerEntry;
  /** The title of the person titled before in the same sentence ("his Russian counterpart"). */
  inheritedTitle?: string;
  /** Where the office's quote starts, when before the phrase ("The OAS …, and its secretary general, …"). */
  quoteFrom?: number;
}

function addTitled(
  ctx: PeopleContext,
  t: Titled,
  hit: GazetteerHit | undefined,
  former: boolean,
): GazetteerEntry | undefined {
  const { article, registry } = ctx;
  const name = article.slice(t.name[0], t.name[1]).replace(/\s+/g, ' ');
  const key = titleKey(article.slice(t.title[0], t.title[1]));
  let of = hit?.entry ?? hitAfter(ctx, t.title[1], 'of')?.hit.entry;
  if (!of && TITLE_STATES[key]) of = gazetteer().byId.get(TITLE_STATES[key]);
  // "Russian Prime Minister Dmitry Medvedev …, while Foreign Minister Sergei Lavrov": the same state.
  // A counterpart serves another state: the title is inherited, the state is not.
  const counterpart = key === 'counterpart';
  if (!of && !counterpart && !bodyAfter(ctx, t.title[1])) of = t.inherited;
  const to = ENVOY_TITLES.has(key) ? hitAfter(ctx, t.title[1], 'to') : undefined;
  const body = !of ? bodyAfter(ctx, t.title[1]) : undefined;
  let affiliation = of?.id;
  let ofName = of && withArticle(of.name);
  if (body) {
    const bodyName = article.slice(body.start, body.end).replace(/\s+/g, ' ');
    affiliation = keyOf(bodyName);
    ofName = `the ${bodyName}`;
    registry.add({
      key: affiliation,
      name: bodyName,
      kind: /cent(er|re)|institute|foundation|watch/i.test(bodyName)
        ? 'think-tank'
        : 'international-organization',
      start: body.start,
      end: body.end,
      cue: bodyName,
      rule: 'actor.body-of-title',
    });
    registry.mention({
      key: affiliation,
      start: body.start,
      end: body.end,
      sentence: t.sentence,
      cue: bodyName,
      rule: 'actor.body-of-title',
    });
  }
  if (of && hit) addEntry(ctx, of, hit, 'actor.affiliation-of-title');
  else if (of)
    registry.add({
      key: of.id,
      name: of.name,
      kind: of.kind,
      aliases: of.aliases,
      start: t.title[0],
      end: t.title[1],
      cue: article.slice(t.title[0], t.title[1]),
      rule: 'actor.state-of-title',
    });
  if (to) addEntry(ctx, to.hit.entry, to.hit, 'actor.post-of-envoy');
  const cue = article.slice(t.span[0], t.span[1]);
  const person = registry.add({
    key: keyOf(name),
    name,
    kind: 'person',
    aliases: nameWords(name).length > 1 ? [nameWords(name).at(-1) as string] : [],
    role: roleOf(counterpart ? (t.inheritedTitle ?? key) : key, {
      of: ofName,
      to: to?.words.replace(/\s+/g, ' '),
      former,
    }),
    ...(affiliation && !former ? { affiliation } : {}),
    start: t.span[0],
    end: t.span[1],
    cue,
    rule: t.rule,
  });
  // The name, and the whole phrase, which stands for the person in a sentence's frame (not for their state).
  for (const [start, end] of [t.name, t.span])
    registry.mention({ key: person.key, start, end, sentence: t.sentence, cue, rule: t.rule });
  if (former || !affiliation) return of;
  const from = t.quoteFrom ?? t.span[0];
  const fact = {
    source: person.key,
    start: from,
    end: t.span[1],
    sentence: t.sentence,
    cue: article.slice(from, t.span[1]),
    rule: `${t.rule}.office`,
  };
  registry.fact({ ...fact, kind: 'office', target: affiliation });
  if (to) {
    const end = Math.max(t.span[1], to.end);
    registry.fact({
      ...fact,
      kind: 'envoy',
      target: to.hit.entry.id,
      start: t.span[0],
      end,
      cue: article.slice(t.span[0], end),
      rule: `${t.rule}.envoy`,
    });
  }
  return of;
}

/**
 * "…to neighbouring Suriname, where he met President Chan Santokhi": the state named before the
 * ", where" that opens a bare title's clause, with no other name between.
 */
function stateOfWhere(
  ctx: PeopleContext,
  sentenceStart: number,
  titleStart: number,
): GazetteerEntry | undefined {
  const where = ctx.article.slice(sentenceStart, titleStart).lastIndexOf(', where ');
  if (where < 0) return undefined;
  const at = sentenceStart + where;
  if (ctx.hits.some((h) => h.start > at && h.start < titleStart)) return undefined;
  return ctx.hits
    .filter((h) => h.start >= sentenceStart && h.end <= at && h.entry.kind === 'state')
    .at(-1)?.entry;
}

/** Titles of those who lead a state, and so receive its visitors ("where President Duda…"). */
const LEADERS =
  /^(?:president|prime minister|premier|king|queen|emir|chancellor|sultan|crown prince)$/;

/**
 * The state a title serves: the place a ", where" names, or the one inherited. When the two
 * differ, a leader's title is the host's ("flew to Poland, where President Duda…"), and another
 * title may be the traveller's own ("…to Beijing, where Foreign Minister Lavrov joined him"):
 * then none is guessed.
 */
function whereOrInherited(
  where: GazetteerEntry | undefined,
  inherited: GazetteerEntry | undefined,
  key: string,
): GazetteerEntry | undefined {
  if (!where || !inherited || where === inherited) return where ?? inherited;
  return LEADERS.test(key) ? where : undefined;
}

/** Words before a state that make it a place or a party, not the sentence's own. */
const GOVERNED =
  /\b(?:to|in|into|from|with|against|at|on|towards?|by|of|and|or|his|her|its|their)\s+(?:the\s+)?$/i;

/**
 * The state a bare title serves when nothing before it says, from its sentence: a state the
 * sentence names before the title as its own (not a place or a party: "Mexican diplomats flew
 * home … after President Lopez Obrador broke off relations with Ecuador"). A state named after
 * the title is not taken: "Foreign Minister Sergei Lavrov said Ukraine would…" is no Ukrainian.
 */
function stateOfSentence(
  ctx: PeopleContext,
  sentence: { start: number; end: number },
  titleStart: number,
): GazetteerEntry | undefined {
  const { article } = ctx;
  const states = ctx.hits.filter(
    (h) =>
      h.entry.kind === 'state' &&
      USABLE.has(h.form) &&
      h.start >= sentence.start &&
      h.end <= sentence.end,
  );
  const own = states.find(
    (h) =>
      h.end <= titleStart &&
      namedAsOwn(article, sentence.start, h) &&
      !/^(?:['’]s)?\s+counterparts?\b/i.test(article.slice(h.end, h.end + 16)),
  );
  return own?.entry;
}

/**
 * The nouns a possessive before a title may use ("the group’s longtime leader"), with the kind
 * of actor each stands for: those that stand for a body named before (see pronouns.ts), and
 * the state's own.
 */
const POSSESSED_NOUNS: Readonly<Record<string, ActorKindId>> = {
  ...BODY_NOUNS,
  country: 'state',
  kingdom: 'state',
};
/** "Its" or "the group’s", and a word or so, before a title. */
const POSSESSIVE = new RegExp(
  `\\b(?:(its)|the\\s+(${Object.keys(POSSESSED_NOUNS).join('|')})['’]s)\\s+(?:(?:longtime|long-time|current|new|acting|interim|top)\\s+)?$`,
  'i',
);
/** What "its" can stand for: any state or body. */
const ITS: readonly ActorKindId[] = [
  'state',
  'de-facto-state',
  'international-organization',
  'group',
];

/** Whether the sentence names a state as its own there: not a place or a party ("with Ecuador"). */
function namedAsOwn(article: string, from: number, hit: GazetteerHit): boolean {
  return !GOVERNED.test(article.slice(Math.max(from, hit.start - 14), hit.start));
}

/**
 * The state or body a possessive before a title stands for, named before it in its sentence
 * or, within reach, the ones before: for "its" the subject, for a noun ("the group’s") the one
 * body of its kind named there.
 */
function possessor(
  ctx: PeopleContext,
  sentence: AnalysedSentence,
  at: number,
): { entry: GazetteerEntry; start: number; sameSentence: boolean; phrase: number } | undefined {
  const match = POSSESSIVE.exec(ctx.article.slice(Math.max(sentence.start, at - 40), at));
  if (!match) return undefined;
  const noun = match[2]?.toLowerCase();
  // "Its" looks back to the sentence before, a noun as far as pronouns.ts lets it.
  const reach = noun ? BODY_REACH : 1;
  const earliest = ctx.sentences[Math.max(0, ctx.sentences.indexOf(sentence) - reach)] ?? sentence;
  const fitting = ctx.hits.filter(
    (h) =>
      USABLE.has(h.form) &&
      h.form !== 'demonym' &&
      h.start >= earliest.start &&
      h.end <= at - match[0].length &&
      (noun
        ? POSSESSED_NOUNS[noun] === h.entry.kind &&
          nounFits(noun, [h.entry.name, ...h.entry.aliases])
        : ITS.includes(h.entry.kind)),
  );
  // "Its" stands for the subject: the first named in the nearest sentence that names one,
  // not a place or a party ("Mexico broke off relations with Ecuador, and its foreign minister").
  // A state in the possessive is not the subject either ("Russia’s Gazprom said its chairman").
  const own = fitting.filter(
    (h) =>
      namedAsOwn(ctx.article, earliest.start, h) &&
      !/^['’]s?\s/.test(ctx.article.slice(h.end, h.end + 3)),
  );
  const nearest = own.at(-1);
  const opening = ctx.sentences.find(
    (x) => nearest && x.start <= nearest.start && nearest.start < x.end,
  );
  const hit = noun ? fitting.at(-1) : own.find((h) => opening && h.start >= opening.start);
  // A noun with two bodies of its kind within reach ("the group", after Hezbollah and Hamas)
  // could be either: none is guessed.
  if (noun && fitting.some((h) => h.entry !== hit?.entry)) return undefined;
  return (
    hit && {
      entry: hit.entry,
      start: hit.start,
      sameSentence: hit.start >= sentence.start,
      phrase: at - match[0].length,
    }
  );
}

/** What a post is for, between its title and the name: " for Central Asia", " for the Middle East". */
const REMIT =
  /^\s+for\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|the)\s+)*\p{Lu}[\p{L}-]*){0,4}(?=,)/u;

/** People named with a title, in every sentence of the body. */
/**
 * The state of the article's dateline ("BOGOTA, March 12 —"), when the article names it as an
 * actor too: a bare title with nothing else to go by is its own ("President Gustavo Petro").
 * A dateline abroad (Geneva, for talks) names a state the article does not.
 */
function datelineState(ctx: PeopleContext): GazetteerEntry | undefined {
  const line = DATELINE.exec(ctx.article.slice(0, 600));
  if (!line) return undefined;
  const city = (line[1] as string)
    .toLowerCase()
    .replace(/(^|[\s-])\p{L}/gu, (initial) => initial.toUpperCase());
  const found = gazetteer().forms.get(gazetteerKey(city));
  if (!found || found.entry.kind !== 'state') return undefined;
  const entry = found.entry;
  const named = ctx.hits.some(
    (h) => h.entry === entry && h.start > line.index + line[0].length && USABLE.has(h.form),
  );
  return named ? entry : undefined;
}
/** A dateline: a city in capitals, a comma and a date, at a line's start near the top. */
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu} .'’-]+?)(?:\/[\p{Lu} .'’-]+)?\s*,\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}\b/mu;

export function recogniseTitledPeople(ctx: PeopleContext): void {
  const { article } = ctx;
  const dateline = datelineState(ctx);
  // The state a bare title serves when its sentence names none: the one the sentence
  // before gave a title, or opened with, in the same paragraph ("Britain expelled 23
  // Russian diplomats. Prime Minister Theresa May told Parliament…").
  let carried: GazetteerEntry | undefined;
  let previousEnd = -1;
  for (const sentence of ctx.sentences) {
    if (!ctx.body.has(sentence.index)) continue;
    const names: NameContext = { article, tokens: sentence.tokens, hits: ctx.hits };
    const text = article.slice(sentence.start, sentence.end);
    const sameParagraph =
      previousEnd >= 0 && !/\n\s*\n/.test(article.slice(previousEnd, sentence.start));
    let inherited: GazetteerEntry | undefined = sameParagraph ? carried : undefined;
    let explicit: GazetteerEntry | undefined;
    let inheritedTitle: string | undefined;
    for (const match of text.matchAll(TITLE_PATTERN)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (ctx.registry.covered(start, end)) continue;
      const hit = hitBefore(ctx, start);
      if (hit && hit.entry.kind === 'state') explicit = hit.entry;
      const from = hit ? hit.start : start;
      const former = /\bformer\s+$/i.test(article.slice(Math.max(0, from - 10), from));
      const phraseStart = former ? article.lastIndexOf('ormer', from) - 1 : from;
      const key = titleKey(match[0]);
      if (key !== 'counterpart') inheritedTitle = key;
      const state =
        whereOrInherited(stateOfWhere(ctx, sentence.start, start), inherited, key) ??
        (hit ? undefined : (stateOfSentence(ctx, sentence, start) ?? dateline));
      const base = {
        title: [start, end] as [number, number],
        sentence: sentence.index,
        ...(state ? { inherited: state } : {}),
        ...(inheritedTitle ? { inheritedTitle } : {}),
      };
      // The Organization of American States …, and its secretary general, Luis Almagro
      const owner = hit ? undefined : possessor(ctx, sentence, start);
      // "its ambassador to Moscow, Dauren Abayev", "its envoy for Central Asia, Li Huidong".
      const post = owner ? hitAfter(ctx, end, 'to') : undefined;
      const postEnd =
        post?.end ?? end + (REMIT.exec(article.slice(end, end + 60))?.[0].length ?? 0);
      const appositive =
        owner && (postEnd > end ? /^,\s/ : /^,?\s/).exec(article.slice(postEnd, postEnd + 2));
      const owned = appositive && nameAfter(names, postEnd + appositive[0].length - 1);
      if (owner && owned && nameWords(article.slice(owned[0], owned[1])).length > 1) {
        inherited = addTitled(
          ctx,
          {
            ...base,
            inherited: owner.entry,
            name: owned,
            span: [owner.phrase, owned[1]],
            rule: 'actor.possessive-title',
            // From the body's name when the sentence has it; else the phrase alone, and the
            // reader shows the sentences before it.
            ...(owner.sameSentence ? { quoteFrom: owner.start } : {}),
          },
          undefined,
          false,
        );
        continue;
      }
      // Russian Foreign Minister Sergei Lavrov
      const after = nameAfter(names, end);
      if (after && (hit || titleNamesAlone(key))) {
        inherited = addTitled(
          ctx,
          { ...base, name: after, span: [phraseStart, after[1]], rule: 'actor.title-before-name' },
          hit,
          former,
        );
        continue;
      }
      // Elin Suleymanov, Azerbaijan’s ambassador to the United States
      const lead = /,\s+(?:the\s+|a\s+|an\s+)?(?:current\s+|former\s+)?$/i.exec(
        article.slice(Math.max(sentence.start, from - 30), from),
      );
      if (lead) {
        const before = nameBefore(names, from - lead[0].length);
        const to = hitAfter(ctx, end, 'to') ?? hitAfter(ctx, end, 'of');
        const body = bodyAfter(ctx, end);
        const close = Math.max(end, to?.end ?? 0, body?.end ?? 0);
        if (before && (hit || to || body)) {
          inherited = addTitled(
            ctx,
            { ...base, name: before, span: [before[0], close], rule: 'actor.title-after-name' },
            hit,
            /former/i.test(lead[0]),
          );
          continue;
        }
      }
      // Kazakhstan’s ambassador to China, Shahrat Nuryshev, attended; China’s special envoy
      // for Central Asia, Li Huidong, will travel
      const to = hitAfter(ctx, end, 'to') ?? hitAfter(ctx, end, 'of');
      const remit = to ? undefined : REMIT.exec(article.slice(end, end + 60));
      const comma = to ? to.end : end + (remit?.[0].length ?? 0);
      if (hit && article.slice(comma, comma + 2) === ', ') {
        const named = nameAfter(names, comma + 1);
        if (named && nameWords(article.slice(named[0], named[1])).length > 1)
          inherited = addTitled(
            ctx,
            { ...base, name: named, span: [phraseStart, named[1]], rule: 'actor.title-then-name' },
            hit,
            former,
          );
      }
    }
    const first = ctx.hits.find((h) => h.start >= sentence.start && h.start < sentence.end);
    const opens =
      first !== undefined &&
      first.entry.kind === 'state' &&
      (first.form === 'name' || first.form === 'alias') &&
      /^(?:the\s+)?$/i.test(article.slice(sentence.start, first.start));
    carried = explicit ?? (opens ? first.entry : undefined);
    previousEnd = sentence.end;
  }
}
