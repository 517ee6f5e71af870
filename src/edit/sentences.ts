/**
 * A source's text as the reader shows it: paragraphs, and the sentences in
 * them, each with its offsets in the text; and which sentences no quote
 * covers yet (what the author has not coded).
 */
import type { Span } from './quote-spans';

export interface Paragraph extends Span {
  sentences: Span[];
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'sentence' })
    : undefined;

/** Sentences of one paragraph, trimmed of surrounding white space. */
function sentencesOf(text: string, start: number, end: number): Span[] {
  // A line break inside a paragraph ("Nagorno-" / "Karabakh") ends no sentence: segmented as a space.
  const body = text.slice(start, end).replace(/[\r\n]/g, ' ');
  const pieces = segmenter
    ? [...segmenter.segment(body)].map((s) => ({ at: s.index, text: s.segment }))
    : [{ at: 0, text: body }];
  const spans: Span[] = [];
  for (const piece of pieces) {
    const lead = piece.text.length - piece.text.trimStart().length;
    const trimmed = piece.text.trim();
    if (trimmed === '') continue;
    const from = start + piece.at + lead;
    spans.push({ start: from, end: from + trimmed.length });
  }
  return spans;
}

/** Paragraphs are separated by a blank line; a single line break stays inside one. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blank = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const lead = text.slice(from, to).search(/\S/);
    if (lead === -1) return;
    const body = text.slice(from, to).trimEnd();
    const s = from + lead;
    const e = from + body.length;
    paragraphs.push({ start: s, end: e, sentences: sentencesOf(text, s, e) });
  };
  for (const match of text.matchAll(blank)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

/** The sentences that no span overlaps. */
export function uncodedSentences(paragraphs: readonly Paragraph[], spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return paragraphs
    .flatMap((paragraph) => paragraph.sentences)
    .filter(
      (sentence) => !sorted.some((span) => span.start < sentence.end && span.end > sentence.start),
    );
}
