/**
 * A relation's status from the words around its cue: what will happen
 * (planned), what an actor has said it will do (pledged), and what a party
 * says or accuses another of (claimed, alleged), with who says it: the
 * speaker before "said (that)", "told reporters that", "accused … of", the
 * source after "according to", or the speaker after what is reported
 * ("…, Israel said").
 */
import type { RelationStatusId } from '../model';
import { RELATION_KINDS, type RelationKindId } from '../model';
import { JOINED_ACT } from './text';
import {
  clauseStart,
  objectAfter,
  ownWords,
  SAID_AFTER,
  subjectBefore,
  type Frame,
  type Group,
} from './frames';

const PLEDGED =
  /\b(?:pledged|pledges|promised|promises|vowed|vows|offered|offers|committed|has said it will|said it would|said it will|says it will)\b/i;
const PLANNED =
  /\b(?:will|would|’ll|'ll|is to|are to|was to|plans? to|planned|planning to|expected to|set to|intends? to|due to|prepar(?:ed|ing|es)|scheduled to|invited)\b/i;
const SPEECH =
  /\b(?:said|says|claimed|claims|alleged|alleges|insisted|insists|maintained|asserted|asserts|reported|warned|warns|told [\p{Lu}][\p{L}]+)\b(?:\s+that\b)?/giu;
/** Verbs that charge someone with an act. */
const CHARGING = '\\b(?:accus|blam|charg)\\w*';
/** "accused China of", "… of ramming and" (a second act joined to the first). */
const ACCUSED_OF = new RegExp(
  `${CHARGING}\\s+(?:[^,;.]{0,80}?)\\s+(?:of|for)\\s+${JOINED_ACT}$`,
  'iu',
);

/** Who charges the act a cue at an offset names ("Lebanon accused Israel of violating the truce"). */
export function accuserOf(frame: Frame, cueStart: number): Group | undefined {
  if (!ACCUSED_OF.test(frame.article.slice(clauseStart(frame, cueStart), cueStart)))
    return undefined;
  const before = frame.article.slice(frame.sentence.start, cueStart);
  let at = -1;
  for (const m of before.matchAll(new RegExp(CHARGING, 'gi'))) at = frame.sentence.start + m.index;
  return at >= 0 ? subjectBefore(frame, at) : undefined;
}

export interface StatusReading {
  status?: RelationStatusId;
  /** Who claims or alleges it: the speaker's list. */
  claimedBy?: Group;
}

/** Planned or pledged, from the words between the subject (or the clause's start) and the cue. */
export function modality(
  frame: Frame,
  from: number,
  cueStart: number,
): RelationStatusId | undefined {
  const words = ownWords(frame.article, from, cueStart);
  if (PLEDGED.test(words)) return 'pledged';
  if (PLANNED.test(words)) return 'planned';
  return undefined;
}

/** Where the words reported before a cue begin: after its last "said that", "warned"…; else the sentence's start. */
export function reportedFrom(frame: Frame, cueStart: number): number {
  let from = frame.sentence.start;
  for (const m of frame.article.slice(frame.sentence.start, cueStart).matchAll(SPEECH))
    from = frame.sentence.start + m.index + m[0].length;
  return from;
}

/**
 * The accuser or speaker whose words the cue stands in, if any. `sourceKeys` are the source's
 * (and its state's), `targetKeys` the target's: a source does not claim its own act, and a
 * meeting or a visit its own side announces is not a claim ("…, the Chinese ministry said");
 * a hostile act its target reports is ("Hamas broke the truce, Israel said"). A speaker speaks
 * for the body they serve (`affiliation`): "the EU imposed sanctions on Belarus, EU foreign
 * policy chief Kaja Kallas said" is the EU's own act, reported, not an allegation of hers.
 */
export function claimOf(
  frame: Frame,
  kind: RelationKindId,
  cueStart: number,
  sourceKeys: readonly string[],
  targetKeys: readonly string[] = [],
  affiliation: (key: string) => string | undefined = () => undefined,
): StatusReading {
  const hostile = RELATION_KINDS[kind].stance < 0;
  const before = frame.article.slice(frame.sentence.start, cueStart);
  const accuser = accuserOf(frame, cueStart);
  if (accuser) return { status: 'alleged', claimedBy: accuser };
  let speech: RegExpExecArray | undefined;
  for (const m of before.matchAll(SPEECH)) speech = m as RegExpExecArray;
  const speaker = speech
    ? subjectBefore(frame, frame.sentence.start + speech.index)
    : attribution(frame, cueStart);
  if (!speaker) return {};
  const keys = speaker.members.flatMap((m) => [m.key, affiliation(m.key) ?? m.key]);
  if (keys.some((k) => sourceKeys.includes(k))) return {};
  if (!hostile && keys.some((k) => targetKeys.includes(k))) return {};
  return { status: hostile ? 'alleged' : 'claimed', claimedBy: speaker };
}

const ACCORDING = /\baccording to\s+/gi;
/** The source a sentence names with "according to X", or after what it reports (", X said"). */
function attribution(frame: Frame, cueStart: number): Group | undefined {
  const { article, sentence } = frame;
  for (const m of article.slice(sentence.start, sentence.end).matchAll(ACCORDING)) {
    const after = sentence.start + m.index + m[0].length;
    const source = objectAfter(frame, after, { reach: 16 });
    if (source && (source.end <= cueStart || after > cueStart)) return source;
  }
  const rest = article.slice(cueStart, sentence.end);
  const tail = /[,”"]\s+(?:said\s+|says\s+)?/g;
  let m: RegExpExecArray | null;
  while ((m = tail.exec(rest))) {
    const at = cueStart + m.index + m[0].length;
    // Right after the comma ("…, Ukrainian officials said", "…, a Ukrainian official said"),
    // not after "and" or "but": "…, and France said it regretted the decision" is France's own.
    const group = frame.groups.find(
      (g) =>
        g.start >= at &&
        g.start - at <= 4 &&
        !/^(?:and|but|or)\b/i.test(article.slice(at, g.start)),
    );
    if (!group) continue;
    const inverted = /said|says/.test(m[0]);
    const verb = SAID_AFTER.test(article.slice(group.end, group.end + 40));
    const ends = /^\s*(?:on\s+\p{L}+\s*)?[.!?]?\s*$/u.test(article.slice(group.end, sentence.end));
    if ((inverted && ends) || (!inverted && verb)) return group;
  }
  return undefined;
}
