/**
 * Which sentences of an article are its body, and finding a sentence or a
 * word by offset. Photo captions (a paragraph that ends with a credit such as
 * "(Vahan Stepanyan/AP)") and the links after "Read more:" are not reporting
 * and are not read for proposals.
 */
import type { AnalysedSentence } from './nlp';

const CREDIT = /^\([^()]{2,60}\/[^()]{2,40}\)$/;
const TRAILER = /^(read more|related|more on this story|see also|recommended)\s*:?$/i;

/** The indices of the sentences that carry the report. */
export function bodySentences(
  article: string,
  sentences: readonly AnalysedSentence[],
): Set<number> {
  const body = new Set<number>();
  let paragraph: number[] = [];
  let trailer = false;
  const close = (last: AnalysedSentence | undefined) => {
    const caption = last !== undefined && CREDIT.test(article.slice(last.start, last.end).trim());
    if (!caption && !trailer) for (const index of paragraph) body.add(index);
    paragraph = [];
  };
  let previous: AnalysedSentence | undefined;
  for (const sentence of sentences) {
    const gap = previous ? article.slice(previous.end, sentence.start) : '';
    if (/\n\s*\n/.test(gap) || /\n/.test(gap)) close(previous);
    const words = article.slice(sentence.start, sentence.end).trim();
    if (TRAILER.test(words)) trailer = true;
    else paragraph.push(sentence.index);
    previous = sentence;
  }
  close(previous);
  return body;
}

/** The sentence that holds an offset (the last one starting at or before it). */
export function sentenceAt(sentences: readonly AnalysedSentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((sentences[mid] as AnalysedSentence).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
