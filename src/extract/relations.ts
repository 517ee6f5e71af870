/**
 * Reading relations: every cue rule is matched in every sentence of the
 * article's body, and the sentence's frame gives the relation's ends. Each
 * relation keeps the smallest span that states it (its ends, its cue and,
 * for a claim, the claimant), its status and its date.
 */
import { datelineOf } from './dateline';
import { RELATION_KINDS, type RelationKindId, type RelationStatusId } from '../model';
import { CUE_RULES, type CueRule } from './cues';
import { findDates, type DateMention } from './dates';
import { ends } from './ends';
import {
  buildFrame,
  clauseEnd,
  clauseStart,
  LETTING,
  ownWords,
  RELATIVE_CLAUSE,
  type Frame,
} from './frames';
import type { AnalysedSentence } from './nlp';
import type { ActorMention, ActorRegistry } from './registry';
import { claimOf, modality, reportedFrom } from './status';
import { trimSpan } from './text';
import { resolveAnaphora, type ConflictPair, type Sides } from './anaphora';
import {
  resolveAccusedThem,
  resolveBodies,
  resolveForces,
  resolveGovernments,
  resolvePronouns,
} from './pronouns';
import { resolveActs } from './acts';

export interface RelationCandidate {
  kind: RelationKindId;
  source: string;
  target: string;
  status?: RelationStatusId;
  claimedBy?: string[];
  date?: string;
  start: number;
  end: number;
  sentence: number;
  cue: string;
  rule: string;
}

/** Kinds a third party holds with a side: never with its own state or its own people. */
const THIRD_PARTY: ReadonlySet<RelationKindId> = new Set(['mediation']);

/** Kinds only states and organisations hold: a person's side stands for them. */
const COLLECTIVE: ReadonlySet<RelationKindId> = new Set([
  'alliance',
  'armed-conflict',
  'cease-fire',
  'cease-fire-violation',
  'sanction',
  'membership',
  'co-chair',
  'territorial-claim',
  'secession',
  'tension',
  'military-support',
  'financial-support',
]);

const NEGATION =
  /\b(?:declined to|declines to|did not|does not|do not|didn['’]t|doesn['’]t|don['’]t|has not|have not|hasn['’]t|haven['’]t|never|no longer|no plans? to|no intention (?:of|to)|not|denied|denies|opposed|opposes|oppose|opposing|ruled out|rules out|rejected|rejects|rejecting|refused|refuses)\b/i;

/**
 * What keeps the act the cue names from being done, before it: sanctions vetoed or blocked, a
 * visit cancelled, sanctions threatened (the threat is read by its own cue), membership declined.
 */
const PREVENTED =
  'declin(?:ed|es|ing)|veto(?:ed|es|ing)|(?<=\\b(?:would|will|could|might|may|must|should|shall|to)\\s+)veto|block(?:ed|s|ing)|cancel(?:led|ed|s|ling|ing)?|call(?:ed|s)? off|postpon(?:e|ed|es|ing)|threat(?:ened|ens|ening)|call(?:ed|s|ing)? for|(?:push|press)(?:ed|es|ing)? for|backed away from|backs away from';
/**
 * What makes the act only a topic, before its cue: aid discussed or weighed. With a name that
 * qualifies the cue ("discussed Chinese support for Russia"), the act is taken as given.
 */
const TOPICAL = 'discuss(?:ed|es|ing)|debat(?:ed|es|ing)|consider(?:ed|s|ing)|weigh(?:ed|s|ing)';
/** What ends the act the cue names, before it: sanctions lifted, support ended (now historical). */
const ENDED =
  'lift(?:ed|s|ing)|eas(?:ed|es|ing)|end(?:ed|s|ing)|scrap(?:ped|s|ping)|drop(?:ped|s|ping)|suspend(?:ed|s|ing)';
/**
 * The verb and up to three words to the cue ("lifted its sanctions on"), none of them "and" or
 * "but" ("called for restraint and condemned Iran": the call is not the condemnation's).
 */
const beforeCue = (verbs: string) =>
  new RegExp(`\\b(?:${verbs})\\s+(?:(?!(?:and|but|then|or)\\b)[\\p{L}\\d%.-]+\\s+){0,3}?$`, 'iu');
/** The verb right before a name that qualifies the cue ("blocked new EU sanctions"). */
const beforeOwner = (verbs: string) =>
  new RegExp(`\\b(?:${verbs})\\s+(?:(?:the|a|an|new|further|fresh|more|its|their)\\s+)?$`, 'iu');
const NEVER_DONE_LEAD = beforeCue(`${PREVENTED}|${TOPICAL}`);
/** A verb that lets someone act, denied: "will not allow Ukraine to join NATO". */
const NOT_ALLOWED = new RegExp(
  `\\b(?:not|never|n['’]t|no longer|refused to|refuses to|declined to|declines to)\\s+(?:\\S+\\s+)?(?:${LETTING})\\s+$`,
  'iu',
);
/** Verbs that only ask someone to act ("urged", "asked", "called on"). */
const ASKING =
  'urg(?:ed|es|ing)|ask(?:ed|s|ing)|call(?:ed|s|ing) on|press(?:ed|es|ing)|appeal(?:ed|s|ing) to|encourag(?:ed|es|ing)|invit(?:ed|es|ing)|demand(?:ed|s|ing)|told|tells|telling';
/** Right before the one asked, the subject of the act: "Russia asked Mali to join the AES". */
const ASKED = new RegExp(`\\b(?:${ASKING}|want(?:s|ed)?)\\s+(?:the\\s+)?$`, 'iu');
/** An act someone is only asked to do: "Kenya urged Uganda to attack", "asked Mali to join". */
const REQUESTED_LEAD = new RegExp(
  `\\b(?:${ASKING})\\s+(?:[\\p{L}'’.-]+\\s+){1,4}?to\\s+(?:[\\p{Ll}-]+\\s+){0,2}?$`,
  'iu',
);
const NEVER_DONE_OWNER = beforeOwner(PREVENTED);
const ENDED_LEAD = beforeCue(ENDED);
const ENDED_OWNER = beforeOwner(ENDED);

const SUPPOSED =
  /\b(?:(?:any|no|possible|potential)\s+(?:[\p{L}-]+\s+)?|(?:should|could|might|must)\s+(?:be\s+)?(?:an?\s+)?(?:[\p{L}-]+\s+)?|(?:un)?likely\s+to\s+)$/iu;
/**
 * A resolution or bill blocked, vetoed or not adopted, whose act the cue names ("blocked a
 * resolution imposing sanctions on"; not what it takes as given: "condemning its invasion of").
 */
const TEXT_NOT_ADOPTED =
  /\b(?:blocked|blocks|vetoed|vetoes|rejected|rejects|opposed|opposes|failed to (?:adopt|pass|approve)|voted (?:down|against))\b[^.;,]*\b(?:resolution|draft|proposal|motion|bill)\s+(?:that\s+would\s+(?:have\s+)?|to\s+)?\p{L}+\s+(?:(?:new|fresh|further|more|tougher|wider)\s+)?$/iu;
/**
 * A denial whose content the cue is in ("denied that it", "rejected claims that it"), to its
 * clause's end ("…, but UN experts said" is not denied), not "rejected that proposal".
 */
const DENIED_THAT =
  /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes)\s+(?:the\s+|any\s+)?(?:(?:claims?|accusations?|allegations?|charges?|reports?|suggestions?|assertions?)\s+)?that\s(?!(?:proposal|plan|idea|offer|claim|report|demand|request|view|approach|position|notion|suggestion|accusation|allegation|charge|decision|move|deal|agreement|resolution|call)\b)(?:(?!,?\s(?:but|and|while)\s)[^.;])*$/i;
/**
 * A condition the cue is in ("would defend Guyana if Venezuela invaded"), to its end ("…if it
 * would sanction China after Beijing threatened Taiwan": the threat is no condition); not what
 * a possessive takes as given ("if it strengthened its alliance with Seoul").
 */
const CONDITION =
  /\b(?:if|unless|whether|in case)\s+(?:(?!\b(?:after|before|because|when|since|while)\b)[^,;])*$(?<!\b(?:its|their|his|her)\s+)/i;

/** The end of the words after a cue that its rule quotes too ("violated Swedish airspace"). */
function throughEnd(article: string, rule: CueRule, end: number): number {
  const m = rule.through?.exec(article.slice(end, end + 60));
  return m ? end + m.index + m[0].length : end;
}

/** A verb coordinated with another, which shares its subject: "denied the claims and accused". */
const COORDINATED_VERB =
  /(?:,?\s(?:and|but)|\s(?:then|instead))\s+(?:also\s+|later\s+|then\s+)?/giu;

/**
 * Whether the words between a cue's subject and the cue deny it. Only the cue's own predicate
 * counts: in "Moscow denied the claims and accused Stockholm", the accusation stands.
 */
function negated(words: string): boolean {
  let from = 0;
  for (const m of words.matchAll(COORDINATED_VERB)) from = m.index + m[0].length;
  return NEGATION.test(words.slice(from));
}

export interface ReadContext {
  article: string;
  published: Date;
  registry: ActorRegistry;
  sentences: readonly AnalysedSentence[];
  body: ReadonlySet<number>;
}

/** Kinds a person holds with a state or body on their side's behalf ("Blinken mediated between Armenia and Azerbaijan"). */
const LEVELLED: ReadonlySet<RelationKindId> = new Set(['mediation', 'negotiation']);

/** Kinds whose target may be a person in their own name: "sanctioned President Nicolas Maduro". */
const PERSONAL_TARGET: ReadonlySet<RelationKindId> = new Set(['sanction']);

function lift(
  ctx: ReadContext,
  key: string,
  kind: RelationKindId,
  other?: string,
  target = false,
): string {
  const actor = ctx.registry.actors.get(key);
  if (actor?.kind !== 'person' || !actor.affiliation) return key;
  if (target && PERSONAL_TARGET.has(kind)) return key;
  // An envoy is posted to a state or a body, never to a person ("Foreign Minister Pradeep Gyawali
  // summoned India's ambassador": posted to Nepal).
  if (target && kind === 'envoy') return actor.affiliation;
  // A person is a member of a party in their own name ("Lai Ching-te of the DPP").
  const party =
    kind === 'membership' &&
    other !== undefined &&
    ctx.registry.actors.get(other)?.kind === 'group';
  if (COLLECTIVE.has(kind) && !party) return actor.affiliation;
  const otherKind = other === undefined ? undefined : ctx.registry.actors.get(other)?.kind;
  return LEVELLED.has(kind) && otherKind !== undefined && otherKind !== 'person'
    ? actor.affiliation
    : key;
}

function kindOf(ctx: ReadContext, key: string) {
  return ctx.registry.actors.get(key)?.kind;
}

/** The state or body an actor serves, if any. */
function affiliationOf(ctx: ReadContext, key: string): string | undefined {
  return ctx.registry.actors.get(key)?.affiliation;
}

/**
 * Where a clause of its own begins after a cue: "because" or "when", a participle after a comma,
 * "and said"; "after" or "before" when a verb follows before any comma (see ownClauseAfter).
 */
const OWN_CLAUSE =
  /\s(?:because|when|whereas|although|once)\s|,\s*\p{Ll}+ing\s|\s(?:and|but)\s+(?:said|says|added|told|warned|announced|would|will)\b/u;

/** The offset where a clause of its own begins between `end` and `to`, or `to`. */
function ownClauseAfter(frame: Frame, end: number, to: number): number {
  const text = frame.article.slice(end, to);
  const m = OWN_CLAUSE.exec(text);
  let cut = m ? end + m.index : to;
  // "after Nauru switched recognition": "after" with a verb of its own, not "after Easter
  // celebrations on April 9" nor "since 2021".
  const tokens = frame.sentence.tokens.filter((t) => t.start >= end && t.end <= cut);
  for (const [i, token] of tokens.entries()) {
    if (!/^(?:after|before)$/i.test(token.text)) continue;
    const rest = tokens.slice(i + 1, i + 7);
    const stop = rest.findIndex((t) => /,/.test(frame.article.slice(t.end, t.end + 1)));
    const upto = stop < 0 ? rest : rest.slice(0, stop + 1);
    if (upto.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'))) {
      cut = token.start;
      break;
    }
  }
  return cut;
}

/**
 * The date nearest a cue within its clause (after it first), in the article's terms, by the
 * relation's status; the clause is read once for all the relations the cue makes. A planned
 * relation's dates are ahead of the article; a pledge's only after its cue: "Turkey on Tuesday
 * pledged to send troops" was pledged last Tuesday, "pledged to send troops on Tuesday" will
 * send them next Tuesday.
 */
function datesNear(
  ctx: ReadContext,
  frame: Frame,
  start: number,
  end: number,
): (status: RelationStatusId | undefined) => string | undefined {
  // A date before "said that" dates the saying, not what is said.
  const from = Math.max(clauseStart(frame, start), reportedFrom(frame, start));
  // Nor a date after the cue in a clause of its own: "suspended Nauru after Nauru switched
  // recognition in January", "ending a quarrel that led to clashes in 2022", "praised Qatar
  // and said he would travel to Cairo next week".
  const to = ownClauseAfter(frame, end, clauseEnd(frame, end));
  // "received by General Tiani, who seized power in a coup last July": a relative clause
  // dates what it tells of its actor, not the relation (unless the cue is in it: "Kallas,
  // who is due in Chisinau on Friday").
  const clauses = [...ctx.article.slice(from, to).matchAll(RELATIVE_CLAUSE)].map(
    (r) => [from + r.index, from + r.index + r[0].length] as const,
  );
  const holds = ([a, b]: readonly [number, number]) => a <= start && end <= b;
  // A cue in a relative clause is dated by that clause alone ("Georgia, whose government has
  // drifted closer to Moscow since its 2008 war with Russia, applied in 2022": 2008).
  const own = clauses.find(holds);
  const relative = clauses.filter((c) => !holds(c));
  const read = new Map<boolean, DateMention[]>();
  const dates = (future: boolean) => {
    let found = read.get(future);
    if (!found) {
      found = findDates(ctx.article.slice(from, to), ctx.published, future, from).filter(
        (d) =>
          !relative.some(([a, b]) => a <= d.start && d.end <= b) &&
          (!own || (own[0] <= d.start && d.end <= own[1])),
      );
      read.set(future, found);
    }
    return found;
  };
  return (status) => {
    const after = dates(status === 'planned' || status === 'pledged').find((d) => d.start >= end);
    return (
      after ??
      dates(status === 'planned')
        .filter((d) => d.end <= start)
        .at(-1)
    )?.value;
  };
}

function read(
  ctx: ReadContext,
  frame: Frame,
  rule: CueRule,
  m: RegExpExecArray,
  sides: Sides,
  out: RelationCandidate[],
) {
  const start = frame.sentence.start + m.index;
  const end = start + m[0].length;
  const clause = clauseStart(frame, start);
  const before = frame.article.slice(clause, start);
  if (rule.notAfter?.test(before)) return;
  // "any attack on Guyana would…", "no talks with", "the next step should be a meeting between":
  // what is only supposed, wished or denied is not proposed.
  if (SUPPOSED.test(before) || CONDITION.test(before)) return;
  // "Rwanda denied that it supports the M23", "rejected claims that it had attacked": what is
  // denied is not proposed.
  if (DENIED_THAT.test(frame.article.slice(frame.sentence.start, start))) return;
  // "blocked a Security Council resolution imposing sanctions on Myanmar": a text not adopted.
  if (TEXT_NOT_ADOPTED.test(before)) return;
  const found = ends(frame, rule, start, end, sides);
  if (!found) return;
  const after = (m: ActorMention) => ctx.article.slice(m.end, frame.sentence.end);
  const objects = found.mutual ? found.sources : found.targets;
  if (rule.notBefore && objects.some((t) => rule.notBefore?.test(after(t)))) return;
  // "Beijing has refused to condemn Russia": what is denied is not proposed. A relative clause
  // closed before the cue tells of the subject, not of this act ("Tshisekedi, who has refused
  // to negotiate with the M23, will travel to Luanda").
  const lead = ownWords(frame.article, found.subject?.end ?? start, start);
  // "Hungary blocked new EU sanctions on Russia": the name before the cue is its subject, and
  // what holds the act back comes before the name.
  // "vetoed the bloc's statement of solidarity": a possessive owner too.
  const owner =
    found.subject && /^(?:['’]s\b[^,;.]{0,40})?\s*$/u.test(lead) ? found.subject : undefined;
  const beforeName = owner
    ? frame.article.slice(Math.max(clause, owner.start - 40), owner.start)
    : '';
  // "Hungary will not allow Ukraine to join NATO", "Russia asked Mali to join": the verb before
  // the subject of an infinitive keeps the act from being done.
  const governing = found.subject
    ? frame.article.slice(Math.max(clause, found.subject.start - 40), found.subject.start)
    : '';
  const infinitive = /^\s+(?:to\s+)?$/.test(lead);
  // "discussed the grain deal in a phone call": a cue that tells how the clause's act was done
  // is no topic of its verb.
  const circumstance = /^(?:in|during|over)\s/i.test(m[0]);
  if (
    negated(lead) ||
    (!circumstance && NEVER_DONE_LEAD.test(lead)) ||
    NEVER_DONE_OWNER.test(beforeName) ||
    (rule.kind !== 'visit' && REQUESTED_LEAD.test(lead)) ||
    (infinitive && rule.kind !== 'visit' && (NOT_ALLOWED.test(governing) || ASKED.test(governing)))
  )
    return;
  // "Iran is the guarantor of the agreement between Iran and the United States": one of the two
  // sides mediates nothing between them.
  if (
    rule.kind === 'mediation' &&
    found.targets.some((t) =>
      found.sources.some(
        (s) => (affiliationOf(ctx, s.key) ?? s.key) === (affiliationOf(ctx, t.key) ?? t.key),
      ),
    )
  )
    return;
  const ended = ENDED_LEAD.test(lead) || ENDED_OWNER.test(beforeName);
  const pairs: Array<[ActorMention, ActorMention]> = [];
  if (found.mutual) {
    // "Canada and India expelled each other's diplomats": an act each did to the other, both
    // ways; a call or a statement among them stays one relation (who began is not said).
    const bothWays = RELATION_KINDS[rule.kind].directed && RELATION_KINDS[rule.kind].stance !== 0;
    found.sources.forEach((a, i) =>
      found.sources.slice(i + 1).forEach((b) => {
        pairs.push([a, b]);
        if (bothWays) pairs.push([b, a]);
      }),
    );
  } else for (const s of found.sources) for (const t of found.targets) pairs.push([s, t]);
  if (rule.kind === 'visit') pairs.splice(0, pairs.length, ...travellers(ctx, frame, pairs, start));
  const subjectEnd = found.subject?.end ?? clause;
  const dateFor = datesNear(ctx, frame, start, end);
  const status: RelationStatusId | undefined = ended
    ? 'historical'
    : (rule.status ??
      // "will not attend the summit of NATO member Turkey": a name's description holds
      // whatever the clause's verb plans.
      (rule.shape === 'before-after' || rule.shape === 'after-before'
        ? undefined
        : modality(frame, Math.min(subjectEnd, start), start)));
  const sideStates = rule.targetsAsStates
    ? new Set(found.targets.map((t) => affiliationOf(ctx, t.key) ?? t.key))
    : undefined;
  for (const [s, t] of pairs) {
    if (rule.noPeople && (kindOf(ctx, s.key) === 'person' || kindOf(ctx, t.key) === 'person'))
      continue;
    const source = lift(ctx, s.key, rule.kind, t.key);
    const target = rule.targetsAsStates
      ? (affiliationOf(ctx, t.key) ?? t.key)
      : lift(ctx, t.key, rule.kind, s.key, true);
    if (source === target) continue;
    // "Armenian Foreign Minister Ararat Mirzoyan welcomed the agreement": a side's own people say
    // nothing to the sides of their own deal.
    if (sideStates?.has(affiliationOf(ctx, s.key) ?? s.key)) continue;
    // "talks … hosted by President William Ruto", after Kenya's foreign minister: no one
    // mediates with their own state's people.
    if (
      THIRD_PARTY.has(rule.kind) &&
      (affiliationOf(ctx, source) ?? source) === (affiliationOf(ctx, target) ?? target)
    )
      continue;
    const targetKind = kindOf(ctx, target);
    const sourceKind = kindOf(ctx, source);
    if (rule.targetKinds && (!targetKind || !rule.targetKinds.includes(targetKind))) continue;
    if (rule.sourceKinds && (!sourceKind || !rule.sourceKinds.includes(sourceKind))) continue;
    const side = (key: string) => [key, affiliationOf(ctx, key) ?? key];
    // "Hungary said the war had hurt it": the article's war is no one's claim.
    const claim =
      status || rule.shape === 'conflict-sides'
        ? {}
        : claimOf(
            frame,
            rule.kind,
            start,
            [...side(source), s.key],
            [...side(target), t.key],
            (key) => affiliationOf(ctx, key),
          );
    const cueEnd = Math.max(end, found.through ?? end, throughEnd(ctx.article, rule, end));
    const spans = [s, t, { start, end: cueEnd }, ...(claim.claimedBy ? [claim.claimedBy] : [])];
    const [qs, qe] = trimSpan(
      ctx.article,
      Math.min(...spans.map((x) => x.start)),
      Math.max(...spans.map((x) => x.end)),
    );
    const candidate: RelationCandidate = {
      kind: rule.kind,
      source,
      target,
      start: qs,
      end: qe,
      sentence: frame.sentence.index,
      cue: ctx.article.slice(start, end).trim(),
      rule: rule.id,
    };
    const finalStatus = status ?? claim.status;
    if (finalStatus) candidate.status = finalStatus;
    if (claim.claimedBy)
      candidate.claimedBy = [...new Set(claim.claimedBy.members.map((x) => x.key))];
    const date = dateFor(finalStatus);
    if (date) candidate.date = date;
    out.push(candidate);
  }
  const people = [...found.sources, ...found.targets];
  // "talks in Nairobi between Ruto and Mohamud": leaders who talk in person meet.
  const inPerson =
    rule.kind === 'meeting' ||
    (rule.kind === 'negotiation' && people.every((p) => kindOf(ctx, p.key) === 'person'));
  if (inPerson) visitsOfMeeting(ctx, frame, people, start, end, status, out);
}

/** The kinds of actor one visits. */
const PLACES = new Set<string | undefined>(['state', 'de-facto-state']);

/**
 * A visit is to a place (a host stands for their state), and no one visits their own state:
 * "Putin received Guterres on his first trip to Russia" is Guterres's visit, the other person
 * the clause names before the cue; without one, no visit.
 */
function travellers(
  ctx: ReadContext,
  frame: Frame,
  pairs: ReadonlyArray<[ActorMention, ActorMention]>,
  cueStart: number,
): Array<[ActorMention, ActorMention]> {
  const from = clauseStart(frame, cueStart);
  return pairs.flatMap(([s, host]): Array<[ActorMention, ActorMention]> => {
    // A visit is to a place: "Anwar hosted Hun Manet" is a visit to Anwar's state, if known.
    const byPerson = kindOf(ctx, host.key) === 'person';
    const place = byPerson ? affiliationOf(ctx, host.key) : host.key;
    if (place === undefined) return [];
    // A host from a body ("EU foreign policy chief Kaja Kallas hosted…") is no place to visit.
    if (byPerson && kindOf(ctx, place) !== undefined && !PLACES.has(kindOf(ctx, place))) return [];
    const t = { ...host, key: place };
    if (affiliationOf(ctx, s.key) !== t.key) return [[s, t]];
    const other = frame.mentions
      .filter(
        (m) =>
          m.start >= from &&
          m.end <= cueStart &&
          m.key !== s.key &&
          kindOf(ctx, m.key) === 'person' &&
          affiliationOf(ctx, m.key) !== t.key,
      )
      .at(-1);
    return other ? [[other, t]] : [];
  });
}

/**
 * The capital a meeting at a cue is held in ("met Sisi in Cairo", "talks in Nairobi between"), as
 * a place, or the seat of government ("at the White House").
 */
function meetingPlace(frame: Frame, cueStart: number, cueEnd: number): ActorMention | undefined {
  const to = clauseEnd(frame, cueEnd);
  return frame.mentions.find(
    (m) =>
      m.start >= cueStart &&
      m.start <= Math.min(to, cueEnd + 80) &&
      ((m.place === true &&
        /\bin\s+$/.test(frame.article.slice(Math.max(0, m.start - 4), m.start))) ||
        // "met Trump at the White House": a seat of government is its state's ground.
        (m.rule === 'actor.seat-for-government' &&
          /\bat\s+(?:the\s+)?$/i.test(frame.article.slice(Math.max(0, m.start - 8), m.start)))),
  );
}

/**
 * "Burhan met Egyptian President Sisi in Cairo": whoever meets the host in its capital visits
 * the host's state.
 */
function visitsOfMeeting(
  ctx: ReadContext,
  frame: Frame,
  people: readonly ActorMention[],
  start: number,
  end: number,
  status: RelationStatusId | undefined,
  out: RelationCandidate[],
): void {
  const place = meetingPlace(frame, start, end);
  const of = (m: ActorMention) => m.key === place?.key || affiliationOf(ctx, m.key) === place?.key;
  // A summit in a third country ("a meeting with the leaders of Japan… in Bangkok") has no host.
  if (!place || !people.some(of)) return;
  const date = datesNear(ctx, frame, start, end)(status === 'planned' ? status : undefined);
  for (const s of people) {
    if (of(s)) continue;
    const [qs, qe] = trimSpan(ctx.article, Math.min(s.start, start), Math.max(place.end, s.end));
    const visit: RelationCandidate = {
      kind: 'visit',
      source: s.key,
      target: place.key,
      start: qs,
      end: qe,
      sentence: frame.sentence.index,
      cue: ctx.article.slice(start, Math.max(place.end, end)).trim(),
      rule: 'visit.met-in-capital',
    };
    if (status) visit.status = status;
    if (date) visit.date = date;
    out.push(visit);
  }
}

function runRules(ctx: ReadContext, rules: readonly CueRule[], sides: Sides): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const mentions = ctx.registry.sortedMentions();
  const earlier: Frame[] = [];
  const dateline = datelineOf(ctx.article);
  for (const sentence of ctx.sentences) {
    if (!ctx.body.has(sentence.index)) continue;
    const frame = buildFrame(ctx.article, sentence, mentions, dateline);
    const kindOf = (key: string) => ctx.registry.actors.get(key)?.kind;
    resolveAnaphora(frame, earlier, sides, kindOf, (key) => affiliationOf(ctx, key));
    resolveGovernments(frame, kindOf, (key) => affiliationOf(ctx, key));
    resolvePronouns(frame, earlier, kindOf);
    resolveAccusedThem(frame);
    resolveBodies(frame, earlier, kindOf, (key) => {
      const actor = ctx.registry.actors.get(key);
      return actor ? [actor.name, ...actor.aliases] : [];
    });
    resolveForces(frame, earlier, kindOf);
    resolveActs(frame, earlier);
    const text = ctx.article.slice(sentence.start, sentence.end);
    for (const rule of rules) {
      rule.cue.lastIndex = 0;
      for (const m of text.matchAll(rule.cue))
        read(ctx, frame, rule, m as RegExpExecArray, sides, out);
    }
    earlier.push(frame);
  }
  return out;
}

const CONFLICT_KINDS: ReadonlySet<RelationKindId> = new Set([
  'armed-conflict',
  'cease-fire',
  'attack',
]);

/** Kinds whose pair is the one the article's talks are between. */
const TALKS_KINDS: ReadonlySet<RelationKindId> = new Set(['negotiation', 'cease-fire']);

/** The pair of ends the readings of some kinds join most (the first read, on a tie). */
function mainPair(
  pairs: ReadonlyArray<readonly [string, string]>,
  registry: ActorRegistry,
): ConflictPair | undefined {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    const key = [...pair].sort().join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const keys = best[0].split('\u0000') as [string, string];
  // In the order the article first names them.
  const mentions = keys
    .map((key) => registry.mentions.find((m) => m.key === key))
    .sort((a, b) => (a?.start ?? 0) - (b?.start ?? 0));
  const [a, b] = mentions;
  return a && b ? { keys: [a.key, b.key], mentions: [a, b] } : undefined;
}

/** "Qatar resumed its mediation between Israel and Hamas": the two sides a mediator's cue stands between. */
function mediatedPairs(candidates: readonly RelationCandidate[]): Array<readonly [string, string]> {
  const byCue = new Map<string, RelationCandidate[]>();
  for (const c of candidates) {
    // A host of two ("Xi hosted Putin and Modi") brings no disputing sides together.
    if (c.kind !== 'mediation' || c.rule === 'mediation.hosted-pair') continue;
    const key = [c.source, c.sentence, c.rule].join('\u0000');
    byCue.set(key, [...(byCue.get(key) ?? []), c]);
  }
  return [...byCue.values()].flatMap((read) => {
    const [a, b, ...more] = [...new Set(read.map((c) => c.target))];
    return a && b && more.length === 0 ? [[a, b] as const] : [];
  });
}

/**
 * Every relation the article's sentences state, before merging. A first reading finds the
 * two sides of the article's fighting (the pair its conflict relations join most, else the pair a
 * mediator stands between) and of its talks, which words such as "both sides" and "chaired the
 * talks" stand for.
 */
export function readRelations(ctx: ReadContext): RelationCandidate[] {
  const first = runRules(
    ctx,
    CUE_RULES.filter(
      (r) => CONFLICT_KINDS.has(r.kind) || TALKS_KINDS.has(r.kind) || r.kind === 'mediation',
    ),
    {},
  );
  // The ends of the readings of some kinds (not cooperative ones); without any, the two sides a
  // mediator stands between.
  const mediated = mediatedPairs(first);
  const sidesOf = (kinds: ReadonlySet<RelationKindId>) => {
    const read = first
      .filter((c) => kinds.has(c.kind) && RELATION_KINDS[c.kind].stance <= 0)
      .map((c) => [c.source, c.target] as const);
    return mainPair(read.length > 0 ? read : mediated, ctx.registry);
  };
  const conflict = sidesOf(CONFLICT_KINDS);
  // "chaired the talks" stands for talks the article states (or mediates), never its fighting.
  const talks = sidesOf(TALKS_KINDS);
  return foughtBefore(
    specificFirst(
      runRules(ctx, CUE_RULES, { ...(conflict ? { conflict } : {}), ...(talks ? { talks } : {}) }),
    ),
  );
}

/**
 * A cease-fire between two sides says they were fighting: where the article reads no armed
 * conflict between them anywhere, the first cease-fire between them also stands, with its words,
 * for their armed conflict ("A ceasefire between Israel and Hezbollah took hold").
 */
function foughtBefore(candidates: RelationCandidate[]): RelationCandidate[] {
  const pair = (c: RelationCandidate) => [c.source, c.target].sort().join('\u0000');
  const fought = new Set(candidates.filter((c) => c.kind === 'armed-conflict').map(pair));
  // Who mediates is no side: "Egypt and Qatar proposed a truce between Israel and Hamas".
  const mediators = new Set(candidates.filter((c) => c.kind === 'mediation').map((c) => c.source));
  const added: RelationCandidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'cease-fire' || c.source === c.target || fought.has(pair(c))) continue;
    if (mediators.has(c.source) || mediators.has(c.target)) continue;
    // A cease-fire only planned or claimed says nothing of fighting (one proposed, backed or
    // pressed for is not read as a cease-fire at all: cease-fire.agreed).
    if (c.status !== undefined) continue;
    fought.add(pair(c));
    // The fighting's own status and date are not the cease-fire's: neither is said.
    const { source, target, start, end, sentence, cue } = c;
    added.push({
      kind: 'armed-conflict',
      source,
      target,
      start,
      end,
      sentence,
      cue,
      rule: 'armed-conflict.cease-fire-between',
    });
  }
  return [...candidates, ...added];
}

/**
 * "military support for Kyiv" is read by the support rule and by the military-support one:
 * a cue whose words lie inside a longer cue for the same pair in the same sentence, with the
 * same stance (and, for neutral kinds, the same kind), gives way to it.
 */
function specificFirst(candidates: readonly RelationCandidate[]): RelationCandidate[] {
  const read = candidates.map((c) => ({
    c,
    cue: c.cue.toLowerCase(),
    pair: [c.source, c.target].sort().join('\u0000'),
    stance: RELATION_KINDS[c.kind].stance,
  }));
  const bySentence = new Map<number, typeof read>();
  for (const r of read) bySentence.set(r.c.sentence, [...(bySentence.get(r.c.sentence) ?? []), r]);
  return read
    .filter(
      (r) =>
        !(bySentence.get(r.c.sentence) ?? []).some(
          (d) =>
            d.cue.length > r.cue.length &&
            d.pair === r.pair &&
            d.stance === r.stance &&
            // Neutral kinds are not one family: "France, Germany and Poland met in Berlin" is a
            // visit to the host and a meeting with it, neither in place of the other.
            (d.stance !== 0 || d.c.kind === r.c.kind) &&
            d.cue.includes(r.cue),
        ),
    )
    .map((r) => r.c);
}
