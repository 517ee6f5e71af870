/**
 * The one file that talks to the NLP library (compromise): sentences, words
 * with their part of speech, and the names the library recognises, every
 * offset mapped back into the article. The rest of the assistant reads this
 * module's plain records and never the library's objects.
 */
import nlp from 'compromise';
import { prepareText, withoutPossessive } from './text';

export interface Token {
  /** The word as written in the article. */
  text: string;
  /** Lower case, without punctuation, as the library normalises it. */
  normal: string;
  start: number;
  end: number;
  /** The library's tags: "Verb", "ProperNoun", "Possessive", "Demonym"... */
  tags: ReadonlySet<string>;
}

export interface AnalysedSentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

export type NameType = 'person' | 'organization' | 'place';

/** A name the library recognised, its span in the article. */
export interface NameSpan {
  type: NameType;
  start: number;
  end: number;
}

export interface Analysis {
  sentences: AnalysedSentence[];
  names: NameSpan[];
}

interface TermJson {
  text: string;
  normal?: string;
  tags?: string[];
  offset: { start: number; length: number };
}
interface MatchJson {
  offset: { start: number; length: number };
  terms: TermJson[];
}

/** Opening quotation marks and brackets right before a sentence's first word. */
const OPENING = /[“‘"'«([]+$/u;

export function analyse(article: string): Analysis {
  const prepared = prepareText(article);
  const back = (offset: number) => prepared.toOriginal[offset] ?? article.length;
  // An end is just past the last character it takes: the copy swaps a stop and a closing mark
  // (see prepareText), so the offset after a word may map past the stop, and the last two
  // characters are looked at ("fruitful" ends before the stop; the sentence after the mark).
  const backEnd = (offset: number) => {
    if (offset <= 0) return 0;
    const last = prepared.toOriginal[offset - 1] ?? article.length - 1;
    const before = offset > 1 ? (prepared.toOriginal[offset - 2] ?? -1) : -1;
    return Math.max(last, before) + 1;
  };
  const doc = nlp(prepared.text);
  // "troops to eastern Congo": the library tags "to" before a name as a conjunction.
  doc.match('to #Adjective? #ProperNoun').match('^to').tag('Preposition');
  const sentences: AnalysedSentence[] = [];
  for (const json of doc.json({ offset: true, terms: { offset: true } }) as MatchJson[]) {
    const tokens: Token[] = json.terms.map((term) => ({
      text: article.slice(back(term.offset.start), backEnd(term.offset.start + term.offset.length)),
      normal: term.normal ?? term.text.toLowerCase(),
      start: back(term.offset.start),
      end: backEnd(term.offset.start + term.offset.length),
      tags: new Set(term.tags ?? []),
    }));
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    // The sentence runs to its closing punctuation, and from its opening quotation mark
    // (“Europe will not be blackmailed,” he said): the library keeps that mark outside
    // the first word.
    const end = backEnd(json.offset.start + json.offset.length);
    const opening = OPENING.exec(article.slice(Math.max(0, first.start - 4), first.start));
    const before = sentences.at(-1)?.end ?? 0;
    sentences.push({
      index: sentences.length,
      start: Math.max(before, first.start - (opening?.[0].length ?? 0)),
      end: Math.max(last.end, end),
      tokens,
    });
  }
  const names: NameSpan[] = [];
  const collect = (type: NameType, matches: MatchJson[]) => {
    for (const match of matches) {
      const first = match.terms[0];
      const last = match.terms[match.terms.length - 1];
      if (!first || !last) continue;
      names.push({
        type,
        start: back(first.offset.start),
        end: backEnd(last.offset.start + last.offset.length),
      });
    }
  };
  const options = { offset: true, terms: { offset: true } };
  collect('person', doc.people().json(options) as MatchJson[]);
  joinPossessedNames(article, names);
  collect('organization', doc.organizations().json(options) as MatchJson[]);
  collect('place', doc.places().json(options) as MatchJson[]);
  return { sentences, names };
}

/**
 * The library reads "Vladimir Putin's spokesman" as two people, "Vladimir" and "Putin's": a
 * person's name takes no possessive, and two people's names with nothing but a space between
 * are one name.
 */
function joinPossessedNames(article: string, names: NameSpan[]): void {
  for (const name of names) name.end = withoutPossessive(article, name.start, name.end);
  for (let i = names.length - 1; i > 0; i--) {
    const before = names[i - 1] as NameSpan;
    const after = names[i] as NameSpan;
    if (
      before.type === 'person' &&
      after.type === 'person' &&
      /^[^\S\n]+$/.test(article.slice(before.end, after.start))
    ) {
      before.end = after.end;
      names.splice(i, 1);
    }
  }
}
