/**
 * An act condemned by its description: "South Korea and the United States
 * condemned the test", "Moscow condemned the measures". The words that
 * describe the act stand for whoever the article says did it: the subject of
 * the nearest sentence before (this one included) whose verb is of the act's
 * family ("North Korea fired an intercontinental ballistic missile" for "the
 * test", "The European Union imposed sanctions" for "the measures"). They join
 * the frame as a list placed where the words are, so that the quote is still
 * the sentence's own words.
 */
import { place, virtual } from './anaphora';
import { subjectBefore, type Frame } from './frames';

/** Nouns for acts, and the verbs that do them. */
const ACTS: ReadonlyArray<{ nouns: string; verbs: RegExp }> = [
  { nouns: 'tests?|launch(?:es)?|firing', verbs: /\b(?:fired|launched|tested|test-fired)\b/gi },
  {
    nouns: 'measures|sanctions|restrictions|ban|embargo|tariffs',
    verbs: /\b(?:imposed|adopted|introduced|announced|banned|sanctioned|slapped)\b/gi,
  },
  {
    nouns: 'attacks?|strikes?|shelling|bombing|offensive|incursion|invasion|raid',
    verbs: /\b(?:attacked|struck|shelled|bombed|launched|invaded|raided)\b/gi,
  },
  { nouns: 'expulsions?', verbs: /\bexpelled\b/gi },
  {
    nouns: 'deal|agreement|memorandum|accord|pact',
    verbs: /\b(?:signed|struck|reached|concluded|sealed)\b/gi,
  },
  { nouns: 'visit|trip', verbs: /\b(?:visited|travell?ed|arrived|flew)\b/gi },
];

/** The verbs of condemnation before an act's description (made on first use: no work at load). */
let condemned: RegExp | undefined;
const CONDEMNED = () =>
  (condemned ??= new RegExp(
    `\\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|e|ing)|criticis(?:ed|es|e|ing)|criticiz(?:ed|es|e|ing)|deplor(?:ed|es|e|ing)|protested against|called)\\s+((?:the|this|that|these|those)\\s+(?:[\\p{L}-]+\\s+)?(${ACTS.map((a) => a.nouns).join('|')}))\\b`,
    'giu',
  ));
/** How many sentences back the act may be told. */
const REACH = 3;

/** The words after an act's description that name its doer: "the launch of a satellite by". */
const BY = /^[^,;.]{0,50}?\bby\s+(?:the\s+)?/iu;

/**
 * Whether the sentence names who did the act, in its description ("the Israeli strikes") or
 * after it ("the sanctions imposed by the European Union"): then no earlier doer stands for it.
 */
function namesItsDoer(frame: Frame, start: number, end: number): boolean {
  if (frame.mentions.some((m) => m.start >= start && m.end <= end)) return true;
  const by = BY.exec(frame.article.slice(end, frame.sentence.end));
  const at = by ? end + by[0].length : -1;
  return by !== null && frame.mentions.some((m) => m.start === at);
}

export function resolveActs(frame: Frame, earlier: readonly Frame[]): void {
  const { article, sentence } = frame;
  const text = article.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(CONDEMNED())) {
    const words = m[1] as string;
    const start = sentence.start + m.index + m[0].length - words.length;
    const act = ACTS.find((a) => new RegExp(`^(?:${a.nouns})$`, 'i').test(m[2] as string));
    if (!act || namesItsDoer(frame, start, start + words.length)) continue;
    for (const f of [frame, ...[...earlier].reverse().slice(0, REACH)]) {
      const limit = f === frame ? start : f.sentence.end;
      const told = [...article.slice(f.sentence.start, limit).matchAll(act.verbs)].at(-1);
      const doer = told && subjectBefore(f, f.sentence.start + told.index);
      if (!doer) continue;
      place(frame, virtual(doer.members, start, start + words.length, sentence.index, words));
      break;
    }
  }
}
