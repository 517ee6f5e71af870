/**
 * The article as the NLP library reads it, and the way back to the article.
 *
 * A news text carries typography that is not language: a line wrapped inside
 * a sentence (which the library would take for a sentence end) and a word
 * hyphenated across a line ("Nagorno-" / "Karabakh"), and a quotation that
 * ends a sentence ("…fruitful." Alam said), where the library does not end
 * the sentence unless the mark comes before the full stop. The library reads
 * a copy with those folded (the mark and the stop swapped); every offset it
 * returns is mapped back, so that quotes are always slices of the article
 * itself.
 */

export interface PreparedText {
  /** The copy the library reads. */
  text: string;
  /** For each offset of the copy (and its end), the offset in the article. */
  toOriginal: Int32Array;
}

/** A hyphen that ends a line inside a word, and the line break after it. */
const WRAPPED_HYPHEN = /(?<=\p{L}-)[ \t]*\r?\n[ \t]*(?=\p{L})/gu;
/** A single line break inside a paragraph (a blank line ends a paragraph). */
const WRAPPED_LINE = /(?<=\S)[ \t]*\r?\n[ \t]*(?=\S)/g;
/**
 * A full stop after a word inside a closing double quotation mark, before a new sentence (not
 * "?" or "!", which a speaker often follows: "Why?" Lavrov asked; not an abbreviation's stop
 * before an apostrophe: "the U.S.’ policy").
 */
const QUOTED_END = /(?<=\p{Ll}|\d)\.(?=["”]\s+["“]?\p{Lu})/gu;

export function prepareText(article: string): PreparedText {
  const pieces: string[] = [];
  const map: number[] = [];
  let at = 0;
  const keep = (upTo: number) => {
    for (let i = at; i < upTo; i++) map.push(i);
    pieces.push(article.slice(at, upTo));
    at = upTo;
  };
  // The hyphenated breaks are dropped; the other wrapped lines become one space.
  const cuts: Array<{ start: number; end: number; with: string; swap?: boolean }> = [];
  for (const m of article.matchAll(WRAPPED_HYPHEN))
    cuts.push({ start: m.index, end: m.index + m[0].length, with: '' });
  for (const m of article.matchAll(WRAPPED_LINE)) {
    if (!cuts.some((c) => m.index < c.end && c.start < m.index + m[0].length))
      cuts.push({ start: m.index, end: m.index + m[0].length, with: ' ' });
  }
  // The stop and the mark after it, swapped: the copy reads `fruitful". Alam`.
  for (const m of article.matchAll(QUOTED_END))
    cuts.push({ start: m.index, end: m.index + 2, with: '', swap: true });
  cuts.sort((a, b) => a.start - b.start);
  for (const cut of cuts) {
    if (cut.start < at) continue;
    keep(cut.start);
    if (cut.swap) {
      pieces.push(article.charAt(cut.start + 1), article.charAt(cut.start));
      map.push(cut.start + 1, cut.start);
    } else if (cut.with) {
      pieces.push(cut.with);
      map.push(cut.start);
    }
    at = cut.end;
  }
  keep(article.length);
  map.push(article.length);
  return { text: pieces.join(''), toOriginal: Int32Array.from(map) };
}

/** The span of the article from start to end, its white space trimmed at both ends. */
export function trimSpan(article: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(article[s] as string)) s++;
  while (e > s && /\s/.test(article[e - 1] as string)) e--;
  return [s, e];
}

/**
 * The end of a name without the possessive that closes it ("Netanyahu's" → "Netanyahu"):
 * `end` itself when there is none, or when the name would be left with less than two letters.
 */
export function withoutPossessive(article: string, start: number, end: number): number {
  return end - start > 3 && /['’]s$/.test(article.slice(start, end)) ? end - 2 : end;
}

/**
 * A first act joined to the one a cue names ("accused China of ramming and firing at", "of
 * crossing the frontier and firing at"), or done
 * by it with no one named between ("accused the UAE of fuelling the war by arming"; not "of
 * dragging Lebanon into war by arming", whose act is not Lebanon's), if any, after an adverb
 * ("of deliberately ramming").
 */
export const JOINED_ACT =
  "(?:\\p{Ll}+ly\\s+)?(?:\\p{L}+ing\\s+(?:[\\p{Ll}'’-]+\\s+){0,3}?(?:and|or)\\s+|\\p{L}+ing\\s+(?:[\\p{Ll}'’-]+\\s+){0,4}?by\\s+)?";

/**
 * Text as a pattern that matches it and nothing else, in a pattern with the `u` flag too (where
 * an escaped hyphen outside a class is an error: "(G-7)" had stopped the assistant).
 */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Verbs of one who heads a body or a government ("chairs the AU", "who heads Mali's junta"). */
export const HEADING = 'chairs|chaired|heads|headed|leads|led';
