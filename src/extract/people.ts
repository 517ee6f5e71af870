/**
 * People: a title with a name ("Russian Foreign Minister Sergei Lavrov"),
 * a name with a title beside it ("Elin Suleymanov, Azerbaijan's ambassador to
 * the United States"), names the NLP library knows, and the short forms that
 * later sentences use ("Lavrov", "Mr. Lavrov"), joined to the full name.
 */
import { datelineOf } from './dateline';
import type { ActorKindId } from '../model';
import type { GazetteerEntry, GazetteerHit } from './gazetteer';
import { gazetteer, gazetteerKey, stateOfPerson } from './gazetteer';
import type { AnalysedSentence, NameSpan } from './nlp';
import { nameAfter, nameBefore, nameWords, type NameContext } from './names';
import { namedBodyAt } from './acronyms';
import { BODY_NOUNS, BODY_REACH, nounFits } from './pronouns';
import { ActorRegistry, keyOf } from './registry';
import {
  ENVOY_TITLES,
  ownInstitution,
  RANKS,
  TITLE_PATTERN,
  TITLE_STATES,
  roleOf,
  titleKey,
  titleNamesAlone,
  titleToCome,
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

/** A capital that acts, as its government: a verb of its sentence right after it ("Beijing withdrew"). */
function capitalActs(article: string, sentence: AnalysedSentence, end: number): boolean {
  const next = sentence.tokens.find((t) => t.start >= end);
  return (
    next !== undefined &&
    /^\s+$/.test(article.slice(end, next.start)) &&
    next.tags.has('Verb') &&
    !next.tags.has('Gerund')
  );
}
/** Between a state and a title: nothing, or a word that qualifies the post ("Sudan’s army chief"). */
const MODIFIED_TITLE =
  /^(?:['’]s)?\s+(?:(?:army|military|intelligence|security|interim|acting|new|former|opposition|caretaker|outgoing|incoming|transitional|elected|parliament|parliamentary|[Hh]ouse|Senate|deputy)\s+)?$/;

/**
 * The state a person named in the possessive right before a title serves ("Biden's Middle East
 * coordinator", "Putin's spokesman"): a person read before, by their surname, with a state.
 */
function principalsState(
  ctx: PeopleContext,
  sentenceStart: number,
  titleStart: number,
): { entry: GazetteerEntry; start: number } | undefined {
  const from = Math.max(sentenceStart, titleStart - 60);
  const match = /(\p{Lu}[\p{L}’'-]+)['’]s\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:[\p{Ll}-]+\s+)?$/u.exec(
    ctx.article.slice(from, titleStart),
  );
  if (!match) return undefined;
  const people = [...ctx.registry.actors.values()].filter(
    (a) => a.kind === 'person' && a.affiliation && nameWords(a.name).at(-1) === match[1],
  );
  const entry =
    people.length === 1 ? gazetteer().byId.get(people[0]?.affiliation ?? '') : undefined;
  return entry?.kind === 'state' ? { entry, start: from + match.index } : undefined;
}

/**
 * The state or body named right before an offset ("Russian", "Azerbaijan’s", "NATO"), or a
 * capital in the possessive ("Canberra’s foreign minister").
 */
function hitBefore(ctx: PeopleContext, offset: number): GazetteerHit | undefined {
  return ctx.hits.find((h) => {
    if (h.end > offset) return false;
    const between = ctx.article.slice(h.end, offset);
    return (
      (USABLE.has(h.form) || (h.form === 'capital' && /^['’]s\s/.test(between))) &&
      MODIFIED_TITLE.test(between)
    );
  });
}

/** The words that make a body of an organisation: "the African Union Commission". */
const BODY_OF_ORGANISATION =
  /^\s+(Commission|Council|Secretariat|Parliament|Assembly|Court of Justice|Court)\b/;

/** A body of an organisation the gazetteer knows, named from an offset ("ECOWAS Commission"). */
function organisationBody(
  ctx: PeopleContext,
  at: number,
): { start: number; end: number; parent: GazetteerHit } | undefined {
  const parent = ctx.hits.find(
    (h) => h.start === at && h.form !== 'demonym' && h.entry.kind === 'international-organization',
  );
  const words = parent && BODY_OF_ORGANISATION.exec(ctx.article.slice(parent.end, parent.end + 20));
  return parent && words ? { start: at, end: parent.end + words[0].length, parent } : undefined;
}

/**
 * A body named right before a title ("ECOWAS Commission President Omar Touray", "European
 * Council President António Costa"): one of a known organisation, or one the library found.
 */
function bodyBefore(ctx: PeopleContext, offset: number): Body | undefined {
  const lead = /(\s+)$/.exec(ctx.article.slice(Math.max(0, offset - 4), offset));
  if (!lead) return undefined;
  const end = offset - (lead[1] as string).length;
  for (const h of ctx.hits) {
    if (h.end > end || h.end < end - 60) continue;
    const body = organisationBody(ctx, h.start);
    if (body && body.end === end) return body;
  }
  const named = ctx.names.find(
    (n) =>
      n.type === 'organization' &&
      n.end === end &&
      nameWords(ctx.article.slice(n.start, n.end)).length > 1 &&
      // "Russia's NATO envoy": a state's envoy to a body, not a body of that name (but "The
      // People's Liberation Army spokesman" is the Army's).
      !ctx.hits.some(
        (h) => h.start === n.start && /^['’]s\s/.test(ctx.article.slice(h.end, h.end + 3)),
      ),
  );
  return named && { start: named.start, end: named.end };
}

/** Capitals where an envoy is most often posted to an organisation (the EU, NATO, the IAEA, the OSCE). */
const ORGANISATIONS_SEAT = /^(?:Brussels|Vienna)$/;

/** The state or body after "of" or "to" at an offset ("ambassador to the United States", "to Moscow"). */
function hitAfter(
  ctx: PeopleContext,
  offset: number,
  word: 'of' | 'to' | 'in',
): { hit: GazetteerHit; end: number; words: string } | undefined {
  const lead = new RegExp(`^\\s+${word}\\s+(the\\s+)?`).exec(
    ctx.article.slice(offset, offset + 12),
  );
  if (!lead) return undefined;
  const at = offset + lead[0].length;
  // An envoy's post may be its capital: "ambassador to Moscow" is Russia's.
  // "ambassador in Niamey" is posted to Niger too.
  const hit = ctx.hits.find(
    (h) =>
      h.start === at &&
      (USABLE.has(h.form) ||
        (word !== 'of' &&
          h.form === 'capital' &&
          !ORGANISATIONS_SEAT.test(ctx.article.slice(h.start, h.end)))),
  );
  // "chairman of the African Union Commission": the Commission's, not the Union's.
  if (hit && organisationBody(ctx, hit.start)) return undefined;
  return (
    hit && {
      hit,
      end: hit.end,
      words: ctx.article.slice(offset + lead[0].length - (lead[1]?.length ?? 0), hit.end),
    }
  );
}

/** A body a title serves: its name's span, and the organisation it belongs to, if known. */
interface Body {
  start: number;
  end: number;
  parent?: GazetteerHit;
}

/**
 * An organisation the library found after "of" ("director of the Regional Studies Center"), or
 * a body of one the gazetteer knows ("chairman of the African Union Commission").
 */
function bodyAfter(ctx: PeopleContext, offset: number): Body | undefined {
  // "head of the government-linked Center of …": a hyphenated word may qualify the body.
  const lead = /^\s+of\s+(the\s+)?(\p{Ll}+-\p{Ll}+\s+)?/u.exec(
    ctx.article.slice(offset, offset + 40),
  );
  if (!lead) return undefined;
  const at = offset + lead[0].length;
  return (
    organisationBody(ctx, at) ??
    ctx.names.find((n) => n.type === 'organization' && n.start === at) ??
    (ctx.hits.some((h) => h.start === at) ? undefined : namedBodyAt(ctx.article, at))
  );
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
  /** The body named before the title, which the person serves ("ECOWAS Commission President"). */
  body?: Body;
  /** The organisation an envoy is posted to, named before the title ("Rwanda's U.N. ambassador"). */
  post?: GazetteerHit;
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
  const ofHit = t.body || hit ? undefined : hitAfter(ctx, t.title[1], 'of');
  let of = t.body ? undefined : (hit?.entry ?? ofHit?.hit.entry);
  // "the head of Iran's atomic energy organisation": Iran's, heading its body, not Iran.
  const ownedBody = ofHit && /^['’]s\s+([^,;.()“”"]{3,60})/u.exec(article.slice(ofHit.hit.end));
  if (!of && !t.body && TITLE_STATES[key]) of = gazetteer().byId.get(TITLE_STATES[key]);
  // "Russian Prime Minister Dmitry Medvedev …, while Foreign Minister Sergei Lavrov": the same state.
  // A counterpart serves another state: the title is inherited, the state is not.
  const counterpart = key === 'counterpart';
  if (!of && !t.body && !counterpart && !bodyAfter(ctx, t.title[1])) of = t.inherited;
  const to = t.post
    ? { hit: t.post, end: t.post.end, words: article.slice(t.post.start, t.post.end) }
    : ENVOY_TITLES.has(key)
      ? (hitAfter(ctx, t.title[1], 'to') ?? hitAfter(ctx, t.title[1], 'in'))
      : undefined;
  const body = t.body ?? (!of ? bodyAfter(ctx, t.title[1]) : undefined);
  let affiliation = of?.id;
  let ofName =
    of &&
    (ownedBody
      ? `${withArticle(of.name)}’s ${(ownedBody[1] as string).trim()}`
      : withArticle(of.name));
  if (body) {
    const bodyName = article.slice(body.start, body.end).replace(/\s+/g, ' ');
    // "European Union foreign policy chief Josep Borrell": a body the gazetteer knows is that body.
    const known = gazetteer().forms.get(gazetteerKey(bodyName));
    const entry =
      known && (known.form === 'name' || known.form === 'alias') ? known.entry : undefined;
    affiliation = entry?.id ?? keyOf(bodyName);
    ofName = `the ${bodyName}`;
    registry.add({
      key: affiliation,
      name: entry?.name ?? bodyName,
      ...(entry ? { aliases: entry.aliases } : {}),
      kind:
        entry?.kind ??
        (/cent(er|re)|institute|foundation|watch/i.test(bodyName)
          ? 'think-tank'
          : 'international-organization'),
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
    // "the ECOWAS Commission" is part of ECOWAS.
    if (body.parent) {
      addEntry(ctx, body.parent.entry, body.parent, 'actor.organisation-of-body');
      registry.fact({
        kind: 'part-of',
        source: affiliation,
        target: body.parent.entry.id,
        start: body.start,
        end: body.end,
        sentence: t.sentence,
        cue: bodyName,
        rule: 'actor.body-of-title.part-of',
      });
    }
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
  // "President-elect Donald Trump": an office to come.
  const toCome = titleToCome(article.slice(t.title[0], t.title[1]));
  const person = registry.add({
    key: keyOf(name),
    name,
    kind: 'person',
    aliases: nameWords(name).length > 1 ? [nameWords(name).at(-1) as string] : [],
    role: roleToCome(
      roleOf(counterpart ? (t.inheritedTitle ?? key) : key, {
        of: ofName,
        to: to?.words.replace(/\s+/g, ' '),
        former,
      }),
      toCome,
    ),
    ...(affiliation && !former ? { affiliation } : {}),
    start: t.span[0],
    end: t.span[1],
    cue,
    rule: t.rule,
  });
  // The name, and the whole phrase, which stands for the person in a sentence's frame (not for their state).
  for (const [start, end] of [t.name, t.span])
    registry.mention({ key: person.key, start, end, sentence: t.sentence, cue, rule: t.rule });
  if (!affiliation) return of;
  const from = t.quoteFrom ?? t.span[0];
  const fact = {
    source: person.key,
    start: from,
    end: t.span[1],
    sentence: t.sentence,
    cue: article.slice(from, t.span[1]),
    rule: `${t.rule}.office`,
  };
  // "former Cambodian leader Hun Sen": an office held in the past.
  if (former) {
    registry.fact({ ...fact, kind: 'office', target: affiliation, status: 'historical' });
    return of;
  }
  registry.fact({
    ...fact,
    kind: 'office',
    target: affiliation,
    ...(toCome ? { status: 'planned' } : {}),
  });
  if (to) {
    const end = Math.max(t.span[1], to.end);
    registry.fact({
      ...fact,
      kind: 'envoy',
      target: to.hit.entry.id,
      ...(toCome ? { status: 'planned' as const } : {}),
      start: t.span[0],
      end,
      cue: article.slice(t.span[0], end),
      rule: `${t.rule}.envoy`,
    });
  }
  return of;
}

/** "Prime Minister of Lebanon" for a prime minister-designate: "Prime Minister-designate of Lebanon". */
function roleToCome(role: string, toCome: string | undefined): string {
  return toCome ? role.replace(/^(.*?)(?= of | to |$)/, (title) => `${title}-${toCome}`) : role;
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

/** A verb whose object is someone met, called or summoned, right before a bare title. */
const CONTACTED =
  /\b(?:met|meets|meeting|called|calls|phoned|phones|telephoned|spoke with|speaks with|talked with|talks with|hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|summoned|summons|thanked|thanks|congratulated|invited|invites|urged|urges|told)\s+(?:with\s+)?(?:both\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*,?\s+)+and\s+)?(?:the\s+)?(?:(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+)?$/u;

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
  const first = states.find(
    (h) =>
      h.end <= titleStart &&
      namedAsOwn(article, sentence.start, h) &&
      !quoted(article, sentence.start, h.start) &&
      !/^(?:['’]s)?\s+counterparts?\b/i.test(article.slice(h.end, h.end + 16)),
  );
  // "Azerbaijan and Armenia initialled a peace text at the White House, hosted by President
  // Donald Trump": the first state in a list of states is not a bare title's alone.
  const listed =
    first &&
    states.some(
      (h) =>
        h.entry !== first.entry &&
        h.end <= titleStart &&
        /^\s*(?:,|and|or)\s+(?:the\s+)?$/i.test(article.slice(first.end, h.start)),
    );
  return listed ? undefined : first?.entry;
}

/** Whether an offset is inside a quotation its sentence opens ("“We expect the Russian side…,” spokesman X"). */
function quoted(article: string, from: number, at: number): boolean {
  // The sentence may start inside the quotation mark that opens it.
  const before = article.slice(Math.max(0, from - 1), at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

/**
 * The place a sentence opens with, when a state's or its capital's ("In Cotonou, government
 * spokesman X said…"): a bare title there serves that state.
 */
function openingPlace(ctx: PeopleContext, sentence: AnalysedSentence): GazetteerEntry | undefined {
  const lead = /^(?:In|From)\s+/.exec(ctx.article.slice(sentence.start, sentence.start + 8));
  if (!lead) return undefined;
  const hit = ctx.hits.find(
    (h) =>
      h.start === sentence.start + lead[0].length &&
      ['name', 'alias', 'capital', 'seat'].includes(h.form) &&
      (h.entry.kind === 'state' || h.entry.kind === 'de-facto-state'),
  );
  return hit && /^,\s/.test(ctx.article.slice(hit.end, hit.end + 2)) ? hit.entry : undefined;
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
  // Without a state named so: "Beijing withdrew its ambassador", the capital acting last
  // before "its" in its sentence ("Kyiv expelled Russia's envoy, and Moscow recalled its").
  const acting = noun
    ? undefined
    : ctx.hits
        .filter(
          (h) =>
            h.form === 'capital' &&
            h.start >= sentence.start &&
            h.end <= at - match[0].length &&
            ITS.includes(h.entry.kind) &&
            capitalActs(ctx.article, sentence, h.end),
        )
        .at(-1);
  const hit = noun
    ? fitting.at(-1)
    : (own.find((h) => opening && h.start >= opening.start) ?? acting);
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
/** The same in lower case (" for the dialogue", " for hostage affairs"): not a reason (" for his mediation", " for hosting"). */
const LOWER_REMIT =
  /^\s+for\s+(?:the\s+)?(?!(?:his|her|its|their)\b)[\p{Ll}-]+(?<!ing)(?:\s+[\p{Ll}-]+){0,2}(?=,)/u;
/** Titles of a post with a remit in lower case: "special envoy for the dialogue", "minister for the armed forces". */
const REMIT_TITLES = new Set([
  ...ENVOY_TITLES,
  'minister',
  'commissioner',
  'negotiator',
  'adviser',
  'advisor',
]);
/** A name set off by commas and closed ("…, Miroslav Lajcak, said"), not a speaker's ("…, Marco Rubio said."). */
const CLOSED_NAME = /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[,;]/u;

/** How many characters the remit of a post takes after its title, if it has one. */
function remitAfter(key: string, text: string): number {
  const capital = REMIT.exec(text);
  if (capital) return capital[0].length;
  const lower = REMIT_TITLES.has(key) ? LOWER_REMIT.exec(text) : null;
  return lower && CLOSED_NAME.test(text.slice(lower[0].length)) ? lower[0].length : 0;
}

/**
 * The state of the article's dateline ("BOGOTA, March 12 —"), when the article names it as an
 * actor too: a bare title with nothing else to go by is its own ("President Gustavo Petro").
 * A dateline abroad (Geneva, for talks) names a state the article does not.
 */
function datelineState(ctx: PeopleContext): GazetteerEntry | undefined {
  const line = datelineOf(ctx.article);
  if (!line) return undefined;
  const city = line.city
    .toLowerCase()
    .replace(/(^|[\s-])\p{L}/gu, (initial) => initial.toUpperCase());
  const found = gazetteer().forms.get(gazetteerKey(city));
  if (!found || found.entry.kind !== 'state') return undefined;
  const entry = found.entry;
  const named = ctx.hits.some((h) => h.entry === entry && h.start > line.end && USABLE.has(h.form));
  return named ? entry : undefined;
}

/**
 * Titles the list of politicians is not asked for: those a body's officer bears ("Secretary
 * General Mark Rutte"), and an envoy's, whose post the article tells.
 */
const NOT_LISTED_TITLES =
  /^(?:secretary[\s-]general|high representative|foreign policy chief|commissioner|chair(?:person|man|woman)?|director|head|chief|leader|speaker|governor|mayor|ambassador|envoy|special envoy)$/;

/**
 * The state a well-known politician after a bare title serves ("President Maia Sandu", "met
 * President Javier Milei"), when the article names that state: a sentence before that named
 * another, or the dateline, does not make them its own. Not for a title a state or body before
 * it owns already, nor for one the list is not asked for.
 */
function ownState(
  ctx: PeopleContext,
  key: string,
  owner: unknown,
  person: string | null | undefined,
): GazetteerEntry | undefined {
  if (owner || !person || NOT_LISTED_TITLES.test(key)) return undefined;
  const state = stateOfPerson(person, ctx.article);
  return state && ctx.hits.some((h) => h.entry === state) ? state : undefined;
}

/** The state a sentence opens with, by its name ("Nepal protested", "Taiwan's foreign ministry said"). */
function opensWith(ctx: PeopleContext, sentence: AnalysedSentence): GazetteerEntry | undefined {
  const first = ctx.hits.find((h) => h.start >= sentence.start && h.start < sentence.end);
  return first !== undefined &&
    (first.entry.kind === 'state' || first.entry.kind === 'de-facto-state') &&
    (first.form === 'name' || first.form === 'alias') &&
    /^(?:the\s+)?$/i.test(ctx.article.slice(sentence.start, first.start))
    ? first.entry
    : undefined;
}

/** People named with a title, in every sentence of the body. */
export function recogniseTitledPeople(ctx: PeopleContext): void {
  const { article } = ctx;
  const dateline = datelineState(ctx);
  const datelined = new Map<string, string>();
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
    const opening = openingPlace(ctx, sentence);
    let inherited: GazetteerEntry | undefined = opening ?? (sameParagraph ? carried : undefined);
    let explicit: GazetteerEntry | undefined;
    let inheritedTitle: string | undefined;
    for (const match of text.matchAll(TITLE_PATTERN)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (ctx.registry.covered(start, end)) continue;
      const key = titleKey(match[0]);
      // A rank is a title before a name when capitalised, and not part of another's
      // ("Attorney General").
      if (
        RANKS.has(key) &&
        (!/^\p{Lu}/u.test(match[0]) ||
          /\b(?:attorney|inspector|solicitor|auditor|procurator|governor|consul|surgeon|postmaster|director)\s+$/i.test(
            article.slice(Math.max(0, start - 14), start),
          ))
      )
        continue;
      // A rebel's rank is in no state's service ("the rebel commander Raúl Reyes").
      if (
        /\b(?:rebel|militant|insurgent|guerrilla|jihadist|gang|cartel|militia)\s+$/i.test(
          article.slice(Math.max(0, start - 12), start),
        )
      )
        continue;
      const body = bodyBefore(ctx, start);
      const before = body ? undefined : hitBefore(ctx, start);
      // "Rwanda's U.N. ambassador": the state's envoy, posted to the organisation named between.
      const sender =
        before?.entry.kind === 'international-organization' && ENVOY_TITLES.has(key)
          ? ctx.hits.find(
              (h) =>
                h.entry.kind === 'state' &&
                USABLE.has(h.form) &&
                /^['’]s\s+$/.test(article.slice(h.end, before.start)),
            )
          : undefined;
      const hit = sender ?? before;
      const postedTo = sender ? before : undefined;
      if (hit && hit.entry.kind === 'state') explicit = hit.entry;
      // "Brett McGurk, Biden's Middle East coordinator": the state of the person whose post it is.
      const principal = hit || body ? undefined : principalsState(ctx, sentence.start, start);
      const from = body ? body.start : hit ? hit.start : (principal?.start ?? start);
      const formerBefore = /\bformer\s+$/i.test(article.slice(Math.max(0, from - 10), from));
      // "Kenya's former president Uhuru Kenyatta": "former" between the state and the title.
      const former =
        formerBefore ||
        ((hit !== undefined || body !== undefined) &&
          /\bformer\s+$/i.test(article.slice(Math.max(0, start - 8), start)));
      const phraseStart = formerBefore ? article.lastIndexOf('ormer', from) - 1 : from;
      if (key !== 'counterpart') inheritedTitle = key;
      // "Canadian Prime Minister Mark Carney met President Donald Trump", "summoned Ambassador
      // Huang Xilian": whom one meets or summons is not of one's own state by default (the
      // dateline's leader still is: "NAIROBI — the visitors met President William Ruto").
      const contacted =
        !hit && !body && CONTACTED.test(article.slice(Math.max(sentence.start, start - 60), start));
      const where = stateOfWhere(ctx, sentence.start, start);
      const after = nameAfter(names, end);
      const person = after && article.slice(after[0], after[1]).replace(/\s+/g, ' ');
      // A speaker, a governor, a mayor or an opposition leader takes no state named for another.
      const known = ownInstitution(key, article.slice(Math.max(0, start - 12), start))
        ? undefined
        : (principal?.entry ??
          ownState(ctx, key, hit ?? body, person) ??
          (contacted
            ? where
            : (whereOrInherited(where, inherited, key) ??
              (hit ? undefined : stateOfSentence(ctx, sentence, start)))));
      // The dateline's state, unless a leader's title there is another's already ("President
      // Aliyev …" under BAKU, then "President Vladimir Putin").
      const leader = dateline && LEADERS.test(key) ? `${dateline.id} ${key}` : undefined;
      const byDateline =
        !known &&
        !hit &&
        dateline &&
        !(
          leader &&
          person &&
          datelined.get(leader) !== undefined &&
          datelined.get(leader) !== person
        )
          ? dateline
          : undefined;
      if (byDateline && leader && person && !datelined.has(leader)) datelined.set(leader, person);
      const state = known ?? byDateline;
      const base = {
        title: [start, end] as [number, number],
        sentence: sentence.index,
        ...(postedTo ? { post: postedTo } : {}),
        ...(state ? { inherited: state } : {}),
        ...(inheritedTitle ? { inheritedTitle } : {}),
      };
      // The Organization of American States …, and its secretary general, Luis Almagro
      const owner = hit ? undefined : possessor(ctx, sentence, start);
      // "its ambassador to Moscow, Dauren Abayev", "its envoy for Central Asia, Li Huidong".
      const post = owner ? hitAfter(ctx, end, 'to') : undefined;
      const postEnd = post?.end ?? end + remitAfter(key, article.slice(end, end + 120));
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
      // A rank names a person by a full name, not a body ("General Secretariat", "General Assembly").
      const ranked =
        !RANKS.has(key) ||
        (person !== undefined &&
          person !== null &&
          nameWords(person).length > 1 &&
          !/\b(?:Assembly|Secretariat|Council|Staff|Command|Election|Headquarters|Directorate|Court)\b/.test(
            person,
          ));
      // Russian Foreign Minister Sergei Lavrov; ECOWAS Commission President Omar Alieu Touray
      if (after && ranked && (hit || body || titleNamesAlone(key))) {
        // "President Abdourahamane Tiani of Niger"
        const of = hit || body ? undefined : hitAfter(ctx, after[1], 'of');
        const ofState = of && of.hit.entry.kind !== 'international-organization' ? of : undefined;
        inherited = addTitled(
          ctx,
          {
            ...base,
            ...(body ? { body } : {}),
            name: after,
            span: [phraseStart, ofState ? ofState.end : after[1]],
            rule: 'actor.title-before-name',
          },
          ofState?.hit ?? hit,
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
        if (before && (hit || to || body || principal)) {
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
      // … China’s ambassador in Niamey, Jiang Feng, met
      const to =
        hitAfter(ctx, end, 'to') ??
        hitAfter(ctx, end, 'of') ??
        (ENVOY_TITLES.has(key) ? hitAfter(ctx, end, 'in') : undefined);
      const comma = to ? to.end : end + remitAfter(key, article.slice(end, end + 120));
      if ((hit || principal) && article.slice(comma, comma + 2) === ', ') {
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
    carried = explicit ?? opensWith(ctx, sentence);
    previousEnd = sentence.end;
  }
}
