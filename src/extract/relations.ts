/**
 * Reading relations: every cue rule is matched in every sentence of the
 * article's body, and the sentence's frame gives the relation's ends. Each
 * relation keeps the smallest span that states it (its ends, its cue and,
 * for a claim, the claimant), its status and its date.
 */
import { RELATION_KINDS, type RelationKindId, type RelationStatusId } from '../model';
import { CUE_RULES, type CueRule } from './cues';
import { findDates } from './dates';
import {
  buildFrame,
  clauseEnd,
  clauseStart,
  mentionEndingAt,
  objectAfter,
  subjectBefore,
  type Frame,
  type Group,
} from './frames';
import type { AnalysedSentence } from './nlp';
import type { ActorMention, ActorRegistry } from './registry';
import { claimOf, modality, reportedFrom } from './status';
import { trimSpan } from './text';
import { resolveAnaphora, type ConflictPair } from './anaphora';

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

/** Kinds only states and organisations hold: a person's side stands for them. */
const COLLECTIVE: ReadonlySet<RelationKindId> = new Set([
  'alliance',
  'armed-conflict',
  'cease-fire',
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
  /\b(?:refused to|refuses to|declined to|declines to|did not|does not|do not|didn['’]t|doesn['’]t|don['’]t|has not|have not|hasn['’]t|haven['’]t|never|no longer|not|denied|denies)\b/i;

/** Kinds that a list of actors can hold among themselves ("X and Y met"). */
const MUTUAL: ReadonlySet<RelationKindId> = new Set([
  'call',
  'meeting',
  'negotiation',
  'cease-fire',
  'alliance',
  'armed-conflict',
  'tension',
]);

export interface ReadContext {
  article: string;
  published: Date;
  registry: ActorRegistry;
  sentences: readonly AnalysedSentence[];
  body: ReadonlySet<number>;
}

interface Ends {
  sources: ActorMention[];
  targets: ActorMention[];
  /** The subject, for status and claims. */
  subject?: Group;
  /** Every member read acts with every other (a cease-fire between a list). */
  mutual?: boolean;
}

function ends(
  frame: Frame,
  rule: CueRule,
  start: number,
  end: number,
  conflict: ConflictPair | undefined,
): Ends | null {
  const cueWords = frame.article.slice(start, end);
  const gerund =
    /^\p{L}+ing\b/u.test(cueWords) && /\bof\s+$/.test(frame.article.slice(start - 6, start));
  const near = rule.nearSubject === true || gerund;
  // "Russia’s invasion of Ukraine": the possessive is the subject.
  const owner = rule.possessive ? mentionEndingAt(frame, start) : undefined;
  const subject =
    owner && /^['’]s/.test(frame.article.slice(owner.end, start))
      ? { members: [owner], start: owner.start, end: owner.end }
      : subjectBefore(frame, start, near);
  const options = {
    places: rule.places === true,
    reach: rule.reach ?? 40,
    weak: rule.weak === true,
  };
  switch (rule.shape) {
    case 'subject-object': {
      if (!subject) return null;
      const object = objectAfter(frame, end, options);
      if (object) return { sources: subject.members, targets: object.members, subject };
      if (rule.otherSide && conflict && subject.members.length === 1) {
        const key = (subject.members[0] as ActorMention).key;
        const other = conflict.keys.find((k) => k !== key);
        if (other && conflict.keys.includes(key))
          return {
            sources: subject.members,
            targets: [{ ...conflict.mentions[0], key: other, start, end }],
            subject,
          };
      }
      return subject.members.length > 1 && MUTUAL.has(rule.kind)
        ? { sources: subject.members, targets: [], subject, mutual: true }
        : null;
    }
    case 'object-subject': {
      const object = objectAfter(frame, end, options);
      return subject && object
        ? { sources: object.members, targets: subject.members, subject }
        : null;
    }
    case 'agent-by': {
      const agent = objectAfter(frame, end, options);
      if (!agent) return null;
      const after = frame.groups.find(
        (g) => g.start >= agent.end && /^\s*,\s*$/.test(frame.article.slice(agent.end, g.start)),
      );
      const patient = subject ?? after;
      return patient
        ? { sources: agent.members, targets: patient.members, subject: agent }
        : agent.members.length > 1
          ? { sources: agent.members, targets: [], mutual: true }
          : null;
    }
    case 'pair-after': {
      const pair = objectAfter(frame, end, options);
      return pair && pair.members.length > 1
        ? { sources: pair.members, targets: [], mutual: true }
        : null;
    }
    case 'before-after':
    case 'after-before': {
      const before = mentionEndingAt(frame, start) ?? frame.mentions.find((m) => m.end === start);
      const after = objectAfter(frame, end, options);
      if (!before || !after) return null;
      return rule.shape === 'before-after'
        ? { sources: [before], targets: after.members }
        : { sources: after.members, targets: [before] };
    }
    case 'subject-before': {
      const target = mentionEndingAt(frame, start, true);
      if (!target) return null;
      const own = frame.groups.filter(
        (g) => g.end <= target.start && g.start >= clauseStart(frame, start),
      );
      const source = own.reverse().find((g) => !g.members.includes(target)) ?? subject;
      return source ? { sources: source.members, targets: [target], subject: source } : null;
    }
    case 'invite': {
      const guest = objectAfter(frame, end, { reach: 8 });
      if (!guest) return null;
      const visit = /^\s+to\s+visit\s+/i.exec(frame.article.slice(guest.end, guest.end + 12));
      if (!visit) return null;
      const host = objectAfter(frame, guest.end + visit[0].length, { places: true, reach: 4 });
      return host ? { sources: guest.members, targets: host.members } : null;
    }
  }
}

function lift(ctx: ReadContext, key: string, kind: RelationKindId): string {
  if (!COLLECTIVE.has(kind)) return key;
  const actor = ctx.registry.actors.get(key);
  return actor?.kind === 'person' && actor.affiliation ? actor.affiliation : key;
}

function kindOf(ctx: ReadContext, key: string) {
  return ctx.registry.actors.get(key)?.kind;
}

/** The date nearest the cue within its clause (after it first), in the article's terms. */
function dateNear(
  ctx: ReadContext,
  frame: Frame,
  start: number,
  end: number,
  future: boolean,
): string | undefined {
  // A date before "said that" dates the saying, not what is said.
  const from = Math.max(clauseStart(frame, start), reportedFrom(frame, start));
  const to = clauseEnd(frame, end);
  const dates = findDates(ctx.article.slice(from, to), ctx.published, future, from);
  const after = dates.find((d) => d.start >= end);
  return (after ?? dates.filter((d) => d.end <= start).at(-1))?.value;
}

function read(
  ctx: ReadContext,
  frame: Frame,
  rule: CueRule,
  m: RegExpExecArray,
  conflict: ConflictPair | undefined,
  out: RelationCandidate[],
) {
  const start = frame.sentence.start + m.index;
  const end = start + m[0].length;
  const before = frame.article.slice(clauseStart(frame, start), start);
  if (rule.notAfter?.test(before)) return;
  const found = ends(frame, rule, start, end, conflict);
  if (!found) return;
  // "Beijing has refused to condemn Russia": what is denied is not proposed.
  if (NEGATION.test(frame.article.slice(found.subject?.end ?? start, start))) return;
  const pairs: Array<[ActorMention, ActorMention]> = [];
  if (found.mutual) {
    found.sources.forEach((a, i) => found.sources.slice(i + 1).forEach((b) => pairs.push([a, b])));
  } else for (const s of found.sources) for (const t of found.targets) pairs.push([s, t]);
  const subjectEnd = found.subject?.end ?? clauseStart(frame, start);
  const status: RelationStatusId | undefined =
    rule.status ?? modality(frame, Math.min(subjectEnd, start), start);
  for (const [s, t] of pairs) {
    const source = lift(ctx, s.key, rule.kind);
    const target = lift(ctx, t.key, rule.kind);
    if (source === target) continue;
    const targetKind = kindOf(ctx, target);
    const sourceKind = kindOf(ctx, source);
    if (rule.targetKinds && (!targetKind || !rule.targetKinds.includes(targetKind))) continue;
    if (rule.sourceKinds && (!sourceKind || !rule.sourceKinds.includes(sourceKind))) continue;
    const claim = status ? {} : claimOf(frame, rule.kind, start, [source, s.key]);
    const spans = [s, t, { start, end }, ...(claim.claimedBy ? [claim.claimedBy] : [])];
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
    const date = dateNear(
      ctx,
      frame,
      start,
      end,
      finalStatus === 'planned' || finalStatus === 'pledged',
    );
    if (date) candidate.date = date;
    out.push(candidate);
  }
}

function runRules(
  ctx: ReadContext,
  rules: readonly CueRule[],
  conflict: ConflictPair | undefined,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const mentions = ctx.registry.sortedMentions();
  const earlier: Frame[] = [];
  for (const sentence of ctx.sentences) {
    if (!ctx.body.has(sentence.index)) continue;
    const frame = buildFrame(ctx.article, sentence, mentions);
    resolveAnaphora(frame, earlier, conflict);
    const text = ctx.article.slice(sentence.start, sentence.end);
    for (const rule of rules) {
      rule.cue.lastIndex = 0;
      for (const m of text.matchAll(rule.cue))
        read(ctx, frame, rule, m as RegExpExecArray, conflict, out);
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

/** The two sides the article's fighting is between: the pair its conflict relations join most. */
function mainConflict(
  candidates: readonly RelationCandidate[],
  registry: ActorRegistry,
): ConflictPair | undefined {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (!CONFLICT_KINDS.has(c.kind) || RELATION_KINDS[c.kind].stance > 0) continue;
    const key = [c.source, c.target].sort().join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const keys = best[0].split('\u0000') as [string, string];
  const mentions = keys.map((key) =>
    registry.mentions.find((m) => m.key === key),
  ) as ActorMention[];
  return mentions.every(Boolean)
    ? { keys, mentions: mentions as [ActorMention, ActorMention] }
    : undefined;
}

/** Every relation the article's sentences state, before merging. */
export function readRelations(ctx: ReadContext): RelationCandidate[] {
  const first = runRules(
    ctx,
    CUE_RULES.filter((r) => CONFLICT_KINDS.has(r.kind)),
    undefined,
  );
  return runRules(ctx, CUE_RULES, mainConflict(first, ctx.registry));
}
