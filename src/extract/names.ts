/**
 * Runs of words that make a person's name, found from the NLP library's
 * words: capitalised, not a date, not a known state or organisation, after
 * a rank or honorific ("General", "Sheikh", "Prince") that is not part of it, with
 * the particles of Arabic, Dutch or Spanish names ("bin", "van", "de") and
 * names hyphenated across words ("Ing-wen", "el-Sisi").
 */
import type { GazetteerHit } from './gazetteer';
import type { Token } from './nlp';
import { withoutPossessive } from './text';
import { isTitle } from './titles';

const PARTICLE = /^(bin|bint|ibn|al|el|de|da|del|van|von|der|le|la|abu|dos)$/;
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'mr',
  'mrs',
  'ms',
  'dr',
  // A body's words after a title-like word ("the Taiwanese Representative Office").
  'office',
  'ministry',
  'mission',
  'embassy',
  'council',
  'committee',
  'commission',
  'agency',
  'department',
]);
const MAX_WORDS = 5;
/** Ranks and honorifics written before a name and not part of it ("General", "Sheikh"). */
const RANK =
  /^(senior|general|gen|lt|lieutenant|colonel|col|major|maj|admiral|adm|marshal|brigadier|brig|captain|capt|commander|sheikh|sheik|prince|princess|sir|dame|ayatollah|archbishop|cardinal)$/;

export interface NameContext {
  article: string;
  tokens: readonly Token[];
  hits: readonly GazetteerHit[];
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/**
 * Whether a token can be a word of a name. Within a name begun already, a word another actor
 * goes by besides its name is the name's ("Therese Kayikwamba Wagner" is not the Wagner Group).
 */
function isNameWord(ctx: NameContext, token: Token, continuing = false): boolean {
  if (!isCapitalised(token) || NOT_NAMES.has(token.normal)) return false;
  if (token.tags.has('Date') || token.tags.has('Month') || token.tags.has('WeekDay')) return false;
  const hit = ctx.hits.find((h) => h.start <= token.start && token.start < h.end);
  const runsOn =
    continuing && hit && runsOnInName(hit) && hit.start === token.start && hit.end === token.end;
  if (hit && !runsOn) return false;
  return !isTitle(token.text);
}

/**
 * Whether a gazetteer word may go on a name begun already: a group's or another body's alias
 * ("Therese Kayikwamba Wagner"), never a state's ("President Paul Kagame Congo accused").
 */
export function runsOnInName(hit: GazetteerHit): boolean {
  return hit.form === 'alias' && (hit.entry.kind === 'group' || hit.entry.kind === 'other');
}

/** Whether two tokens are joined by a hyphen ("Ing-wen"). */
function hyphenated(ctx: NameContext, before: Token, after: Token): boolean {
  return ctx.article.slice(before.end, after.start) === '-';
}

/** Whether a token ends a phrase (a comma, a full stop after it). */
function closes(ctx: NameContext, token: Token): boolean {
  return /^[,.;:!?)”"]/.test(ctx.article.slice(token.end, token.end + 1));
}

/** The name that starts right after an offset (white space between), as [start, end]. */
export function nameAfter(ctx: NameContext, offset: number): [number, number] | null {
  const { tokens, article } = ctx;
  let i = tokens.findIndex((t) => t.start >= offset);
  if (i < 0) return null;
  // "General Abdel Fattah al-Burhan": the rank stays out of the name; not one after a comma
  // ("Mali's transitional president, Captain Ibrahim Traoré": another's rank, another name).
  const from = i;
  while (
    /^\s+$/.test(article.slice(offset, (tokens[i] as Token).start)) &&
    RANK.test((tokens[i] as Token).normal) &&
    tokens[i + 1] &&
    isCapitalised(tokens[i + 1] as Token)
  )
    offset = (tokens[i++] as Token).end;
  const firstIndex = i;
  const first = tokens[i] as Token;
  if (!/^\s+$/.test(article.slice(offset, first.start)) || !isNameWord(ctx, first)) return null;
  let end = first.end;
  let count = 1;
  let last = first;
  // "President Joe Biden's Middle East coordinator": a possessive ends the name.
  while (!closes(ctx, last) && !/['’]s$/.test(last.text) && count < MAX_WORDS) {
    const next = tokens[++i];
    if (!next) break;
    const gapOk = /^\s+$/.test(article.slice(last.end, next.start));
    const joined = hyphenated(ctx, last, next);
    if (joined) {
      // "Ing-wen", "el-Sisi": one word of the name ("Al-Harith Idriss al-Harith Mohamed").
    } else if (!gapOk) break;
    else if (PARTICLE.test(next.normal) && next.text === next.normal) {
      // "Ursula von der Leyen": particles in a row, then the name goes on.
      let k = i + 1;
      while (tokens[k] && PARTICLE.test((tokens[k] as Token).normal)) k++;
      const after = tokens[k];
      if (!after || k - i > 2 || !isNameWord(ctx, after)) break;
    } else if (!isNameWord(ctx, next, true)) break;
    end = next.end;
    last = next;
    if (!joined) count++;
  }
  // "Prime Minister Sheikh Hasina": an honorific that is part of a name of one word stays in it
  // (not "General Tiani": a rank).
  const before = firstIndex > from ? (tokens[firstIndex - 1] as Token) : undefined;
  const start =
    count === 1 && before && /^sheikh?$/.test(before.normal) ? before.start : first.start;
  // "Prime Minister Benjamin Netanyahu's office": the possessive is not the name's.
  return [start, withoutPossessive(article, start, end)];
}

/** The name that ends right before an offset (white space or nothing between), as [start, end]. */
export function nameBefore(ctx: NameContext, offset: number): [number, number] | null {
  const { tokens, article } = ctx;
  let i = -1;
  for (let j = tokens.length - 1; j >= 0; j--) {
    if ((tokens[j] as Token).end <= offset) {
      i = j;
      break;
    }
  }
  const last = tokens[i];
  if (!last || !/^\s*$/.test(article.slice(last.end, offset)) || !isNameWord(ctx, last))
    return null;
  let start = last.start;
  let first = last;
  let count = 1;
  while (count < MAX_WORDS) {
    const previous = tokens[--i];
    if (!previous || closes(ctx, previous)) break;
    const joined = hyphenated(ctx, previous, first);
    if (!joined && !/^\s+$/.test(article.slice(previous.end, first.start))) break;
    if (!joined && !isNameWord(ctx, previous) && !PARTICLE.test(previous.normal)) break;
    start = previous.start;
    first = previous;
    if (!joined) count++;
  }
  // "At a session in June, Sudan's ambassador…": a month or a day alone is no one's name.
  if (count === 1 && CALENDAR_WORD.test(last.text)) return null;
  return [start, last.end];
}

/** Months and days, which the library may take for given names ("June", "April"). */
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The words of a name, for counting and joining. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}
