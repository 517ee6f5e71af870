/**
 * The two ends of a relation around its cue, by the rule's shape: the
 * subject before the cue and the list after it, an agent after "by", a pair
 * after "between", a possessive before the cue. A cue in the passive ("was
 * sanctioned by the United States") takes its agent after "by" as the source
 * and its subject as the target.
 */
import type { RelationKindId } from '../model';
import type { Sides } from './anaphora';
import type { CueRule } from './cues';
import {
  clauseStart,
  mentionEndingAt,
  objectAfter,
  standIns,
  subjectBefore,
  type Frame,
  type Group,
} from './frames';
import type { ActorMention } from './registry';
import { accuserOf } from './status';
import { JOINED_ACT } from './text';

/** Before a gerund whose subject is the nearest name: "accused China of (ramming and) firing". */
const OF_GERUND = new RegExp(`\\bof\\s+${JOINED_ACT}$`, 'u');

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

export interface Ends {
  sources: ActorMention[];
  targets: ActorMention[];
  /** The subject, for status and claims. */
  subject?: Group;
  /** Every member read acts with every other (a cease-fire between a list). */
  mutual?: boolean;
  /** Where the words that state it end, past the cue ("U.S.-China tensions"). */
  through?: number;
}

/** "was", "has been", "were later": a form of "be" right before a cue makes it passive. */
const PASSIVE = /\b(?:was|were|is|are|be|been|being)\s+(?:[\p{L}]+ly\s+|again\s+|also\s+)?$/iu;

function passive(frame: Frame, subject: Group, cueStart: number): boolean {
  const words = frame.article.slice(subject.end, cueStart);
  return (
    PASSIVE.test(words) &&
    /^\p{L}+(?:ed|en)\b|^(?:struck|shot|hit|held|met)\b/iu.test(
      frame.article.slice(cueStart, cueStart + 20),
    )
  );
}

/** The agent of a passive cue: the list after "by", a few words on at most ("attacked on Sunday by"). */
function agentAfter(
  frame: Frame,
  cueEnd: number,
  options: { places?: boolean; reach?: number; weak?: boolean },
): Group | undefined {
  const by = /^[^,;.]{0,30}?\bby\s+/u.exec(frame.article.slice(cueEnd, frame.sentence.end));
  return by ? objectAfter(frame, cueEnd + by[0].length, { ...options, reach: 12 }) : undefined;
}

/**
 * The sides of the article's talks as targets of an agent that is neither of them ("Fidan
 * chaired the talks"), placed at the cue so that the quote is the agent's words.
 */
/** The name an apposition opening with a mention describes: "Transnistria, a (Russian-backed…)". */
function appositionHead(frame: Frame, mention: ActorMention): Group | undefined {
  // "Pakistan, India's arch-rival, …": a possessive opens an apposition as an article does.
  const possessive = /^['’]s\b/.test(frame.article.slice(mention.end, mention.end + 2));
  const between = possessive ? /^,\s+(?:(?:a|an|the)\s+)?$/i : /^,\s+(?:a|an|the)\s+$/i;
  const head = frame.mentions.find(
    (m) => m.end <= mention.start && between.test(frame.article.slice(m.end, mention.start)),
  );
  return head ? { members: [head], start: head.start, end: head.end } : undefined;
}

/** The talks or meeting a cue ending at an offset names, within a few words. */
const TALKS_NOUN = /^\s+(?:\S+\s+){0,5}?(?:talks|meeting|negotiations|discussions|round)\b/iu;

/**
 * Whether the meeting after a cue is another body's ("hosted the G7 meeting", "chaired the
 * European Union meeting"): named by an actor that is not a place, or by an acronym.
 */
function anotherBodys(frame: Frame, end: number): boolean {
  const words = TALKS_NOUN.exec(frame.article.slice(end, end + 80));
  if (!words) return false;
  const nounAt = end + words[0].length;
  if (/\b(?:[\p{Lu}\d]{2,}|\p{Lu}\d+)\b/u.test(words[0])) return true;
  return frame.mentions.some((m) => m.start >= end && m.end <= nounAt && !m.place);
}

function talksOf(sides: Sides, agent: Group, start: number, end: number): Ends | null {
  const talks = sides.talks;
  if (!talks || agent.members.some((m) => talks.keys.includes(m.key))) return null;
  return {
    sources: agent.members,
    targets: talks.mentions.map((m) => ({ ...m, start, end })),
    subject: agent,
  };
}

/** Nothing after a charged act, or the accuser's own ("of ramming its vessels"). */
const OWN_AFTER = /^\s*(?:[.,;:]|$|(?:[\p{L}\d-]+\s+){0,3}?(?:its|their)\s)/u;

/** Verbs of saying, whose subject speaks the words after them. */
const SAY = 'say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believes|believed';

/**
 * A verb of saying right before a passive's auxiliary: "who UN experts say are backed by
 * Rwanda" (the words before it are the speakers'); not "Israel said it was attacked".
 */
const SAYING = new RegExp(`\\b(?:${SAY})\\s+(?:are|is|was|were|had|have|has|being|been)\\b`, 'i');

/**
 * A speaker whose words name another subject ("India said militants carried out the attack",
 * "Mao Ning said a Philippine ship intruded"): the verb after "said" is not the speaker's.
 * "Russia said it attacked", "said on Monday that its forces attacked" stay the speaker's; a
 * noun's owner is read as before ("Netanyahu said the war against Hamas would resume").
 */
const SAID_THEN = new RegExp(
  `^\\s*(?:\\S+\\s+){0,2}?(?:${SAY}|insisted|added|stated|told\\s+\\S+)\\s+(.*)$`,
  'isu',
);
/** What may stand between "said" and its words' subject: a day, "that". */
const DAY_OR_THAT =
  /^(?:(?:on\s+|last\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday|overnight|night|tonight)(?:\s+(?:night|morning|evening|afternoon))?\s+)?(?:that\s+)?/u;
/** The speaker's own: a pronoun, or their side's forces ("Israel said the air force struck"). */
const OWN_WORDS =
  /^(?:it|they|he|she|we|its|their|his|her|our|the\s+(?:army|military|air\s+force|navy|armed\s+forces|government|forces|troops|police))\b/i;
const AFTER_SAID = /^(?:after|before|during|while|when|following|upon|on|at|in)\s/i;

function actingSubject(frame: Frame, subject: Group | undefined, cueStart: number) {
  if (!subject) return subject;
  const said = SAID_THEN.exec(frame.article.slice(subject.end, cueStart));
  if (!said) return subject;
  const words = (said[1] as string).replace(DAY_OR_THAT, '');
  // "said the soldiers had been killed…, and accused Bogota", "said on Tuesday, accusing":
  // the cue's verb goes with "said", and so does its subject.
  const coordinated = /(?:\band|,)\s*$/.test(words);
  // "said after hosting talks", "said during a visit to": the speaker's own doing.
  const own = OWN_WORDS.test(words) || AFTER_SAID.test(words);
  return words === '' || coordinated || own ? subject : undefined;
}

/**
 * The name in the possessive before a cue's noun and the words that qualify it ("Washington's
 * blind support for Israel", "Washington’s “unconditional” support").
 */
function qualifiedOwner(frame: Frame, start: number): ActorMention | undefined {
  return [...frame.mentions, ...standIns(frame)].find(
    (m) =>
      m.end < start &&
      /^['’]s\s+(?:[“"‘]?[\p{Ll}-]+[”"’]?\s+){1,2}$/u.test(frame.article.slice(m.end, start)),
  );
}

/** Nouns an apposition gives its name: "Belarus, an ally of Russia", "…, a member of NATO". */
const RELATIONSHIP_NOUN =
  /^(?:all(?:y|ies)|members?|partners?|neighbou?rs?|backers?|rivals?|enem(?:y|ies)|foes?|supporters?|sponsors?|patrons?|prox(?:y|ies)|clients?|hosts?|mediators?|guarantors?)\b/i;

/**
 * "Lebanon accused Israel of violating the cease-fire": a violation charged is against the
 * accuser, unless the article's fighting (or talks) has the accused on one side and the accuser
 * on neither ("France accused Israel of violating the cease-fire", after a war with Hezbollah:
 * the other side is Hezbollah). A body as the accuser is none (the rule's target kinds).
 */
function againstAccuser(frame: Frame, subject: Group, start: number, sides: Sides): Ends | null {
  const accuser = accuserOf(frame, start);
  const key = subject.members[0]?.key;
  if (!accuser || key === undefined || accuser.members.some((m) => m.key === key)) return null;
  const pair = sides.conflict ?? sides.talks;
  const party = pair && accuser.members.every((m) => pair.keys.includes(m.key));
  if (pair && !party && pair.keys.includes(key)) return null;
  return { sources: subject.members, targets: accuser.members, subject };
}

export function ends(
  frame: Frame,
  rule: CueRule,
  start: number,
  end: number,
  sides: Sides,
): Ends | null {
  const { conflict } = sides;
  const cueWords = frame.article.slice(start, end);
  const gerund =
    /^\p{L}+ing\b/u.test(cueWords) &&
    OF_GERUND.test(frame.article.slice(Math.max(0, start - 60), start));
  const near = rule.nearSubject === true || gerund;
  // "Russia’s invasion of Ukraine": the possessive is the subject; "American support for Guyana":
  // the name before a noun (not a verb: "Germany backed Britain" is a clause's subject).
  const noun = frame.sentence.tokens.find((t) => t.start >= start)?.tags.has('Verb') === false;
  const owner =
    rule.possessive || (rule.modifier && noun)
      ? (mentionEndingAt(frame, start) ?? qualifiedOwner(frame, start))
      : undefined;
  const modifier =
    rule.modifier && noun
      ? (owner ?? frame.weak.find((m) => /^\s+$/.test(frame.article.slice(m.end, start))))
      : undefined;
  // "Poland accused Belarus, an ally of Russia": a noun set beside a name tells of that name.
  // Only an article opens such an apposition ("…, in solidarity with Mexico" is none), and
  // only a noun of a relationship ("…, the latest sanctions against Moscow" is not Iran's).
  const kin = noun && RELATIONSHIP_NOUN.test(cueWords.replace(/^(?:a|an|the)\s+/i, ''));
  const apposed = kin
    ? frame.groups.find((g) => {
        if (g.end > start) return false;
        const gap = frame.article.slice(g.end, start);
        return /^\s*,\s*$/.test(gap)
          ? /^(?:a|an|the)\s/i.test(cueWords)
          : /^\s*,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap);
      })
    : undefined;
  // "since the invasion of Ukraine", "condemned Russia over the invasion of Ukraine", "condemned
  // the visit to Taiwan": a noun cue in a phrase of its own, with no one's name before it, is no
  // act of the clause's subject.
  const unowned =
    noun &&
    !owner &&
    !modifier &&
    /\b(?:since|after|before|following|amid|despite|over|about|against|condemned|condemns|critici[sz]ed|critici[sz]es|denounced|denounces|protested|slammed|welcomed|welcomes|praised|hailed)\s+(?:the|a|an|this|that)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(
      frame.article.slice(Math.max(0, start - 40), start),
    );
  const one = (m: ActorMention): Group => ({ members: [m], start: m.start, end: m.end });
  const possessed = owner && /^['’]s/.test(frame.article.slice(owner.end, start));
  const before = () => subjectBefore(frame, start, near);
  const subject = unowned
    ? undefined
    : modifier
      ? one(modifier)
      : possessed
        ? one(owner)
        : (apposed ?? (noun ? before() : actingSubject(frame, before(), start)));
  const options = {
    places: rule.places === true,
    reach: rule.reach ?? 40,
    weak: rule.weak === true,
  };
  switch (rule.shape) {
    case 'subject-object': {
      if (!subject) return null;
      if (passive(frame, subject, start)) {
        // "who UN experts say are backed by Rwanda": the experts say it, they are not backed.
        if (SAYING.test(frame.article.slice(subject.end, start))) return null;
        // "Iran was sanctioned by the United States": without its agent, a passive names no source.
        const agent = agentAfter(frame, end, options);
        return agent ? { sources: agent.members, targets: subject.members, subject: agent } : null;
      }
      const object = objectAfter(frame, end, options);
      if (object && object.members.length < (rule.minObjects ?? 1)) return null;
      if (object && object.members.length > (rule.maxObjects ?? Infinity)) return null;
      if (object) return { sources: subject.members, targets: object.members, subject };
      if (
        rule.ownerElsewhere &&
        /^\s+(?:\S+\s+){0,2}?(?:its|their)\s/.test(frame.article.slice(end, end + 30))
      ) {
        const owner = subjectBefore(frame, subject.start);
        if (owner) return { sources: subject.members, targets: owner.members, subject };
      }
      if (
        rule.againstAccuser &&
        subject.members.length === 1 &&
        (rule.againstAccuser !== 'own' || OWN_AFTER.test(frame.article.slice(end, end + 40)))
      ) {
        const charged = againstAccuser(frame, subject, start, sides);
        if (charged) return charged;
      }
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
      if (rule.talks) return anotherBodys(frame, end) ? null : talksOf(sides, subject, start, end);
      const eachOther = /^\s*(?:each other|one another)\b/i.test(
        frame.article.slice(end, end + 14),
      );
      return subject.members.length > 1 && (eachOther || (rule.mutual ?? MUTUAL.has(rule.kind)))
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
      // "Backed by Armenia, Nagorno-Karabakh…": the name after the agent, when the cue opens
      // its clause ("The rebels are backed by Rwanda, United Nations experts say" names none).
      const opens = frame.article.slice(clauseStart(frame, start), start).trim() === '';
      const after = opens
        ? frame.groups.find(
            (g) =>
              g.start >= agent.end && /^\s*,\s*$/.test(frame.article.slice(agent.end, g.start)),
          )
        : undefined;
      // "the rebels, who Kinshasa and UN experts say are backed by Rwanda": those who say it
      // are not the ones backed.
      const speaker = subject && SAYING.test(frame.article.slice(subject.end, start));
      const patient = (speaker ? undefined : subject) ?? after;
      if (patient) return { sources: agent.members, targets: patient.members, subject: agent };
      if (rule.talks) return talksOf(sides, agent, start, end);
      return agent.members.length > 1
        ? { sources: agent.members, targets: [], mutual: true }
        : null;
    }
    case 'fronted-with': {
      // "In a phone call with Erdogan, Putin discussed Syria": the name after the comma, when
      // the cue opens its clause, acts on the name after the cue.
      const other = objectAfter(frame, end, options);
      if (!other || frame.article.slice(clauseStart(frame, start), start).trim() !== '')
        return null;
      // After the comma that closes the phrase ("with Lula in Brasilia on Monday,"), a title at
      // most ("Chinese President"; not "Trump urged Iran": the object of the clause's verb).
      const actor = frame.groups.find(
        (g) =>
          g.start >= other.end &&
          !g.members.some((m) => m.place) &&
          /^(?:\s+[\p{L}\d.-]+){0,6}?\s*,\s*(?:(?:the|[\p{Lu}][\p{L}.-]*)\s+){0,4}?$/u.test(
            frame.article.slice(other.end, g.start),
          ),
      );
      return actor ? { sources: actor.members, targets: other.members, subject: actor } : null;
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
      // "Transnistria, a Russian-backed separatist region on Moldova’s border": what the words
      // describe is the name they stand beside, not a name further on.
      const head =
        before && rule.shape === 'before-after' ? appositionHead(frame, before) : undefined;
      const next = objectAfter(frame, end, options);
      const after =
        head && (!next || /\S/.test(frame.article.slice(end, next.start))) ? head : next;
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
    case 'hyphen-pair': {
      const named = [...frame.mentions, ...frame.weak];
      const first = named.find((m) => m.end === start);
      const second = named.find((m) => m.start === end);
      if (!first || !second || first.key === second.key) return null;
      const noun = rule.nouns?.exec(frame.article.slice(second.end, second.end + 40));
      return noun
        ? {
            sources: [first, second],
            targets: [],
            mutual: true,
            through: second.end + noun[0].length,
          }
        : null;
    }
    case 'conflict-sides': {
      if (!conflict) return null;
      const [a, b] = conflict.mentions;
      return {
        sources: [
          { ...a, start, end },
          { ...b, start, end },
        ],
        targets: [],
        mutual: true,
      };
    }
    case 'invite': {
      // "Witkoff was invited to Muscat by Albusaidi": the subject goes.
      if (subject && passive(frame, subject, start)) {
        const to = /^\s+to\s+(?:visit\s+)?/i.exec(frame.article.slice(end, end + 20));
        const host = to && objectAfter(frame, end + to[0].length, { places: true, reach: 4 });
        return host ? { sources: subject.members, targets: host.members } : null;
      }
      const guest = objectAfter(frame, end, { reach: 8 });
      if (!guest) return null;
      const visit = /^\s+to\s+visit\s+/i.exec(frame.article.slice(guest.end, guest.end + 12));
      if (!visit) return null;
      const host = objectAfter(frame, guest.end + visit[0].length, { places: true, reach: 4 });
      return host ? { sources: guest.members, targets: host.members } : null;
    }
  }
}
