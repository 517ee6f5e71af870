/**
 * News copy of about 1,500 words for the assistant's speed benchmarks, made
 * of the evaluation set's articles (and the bundled report). Two articles
 * that share no text: the first is the evaluation texts last in file order,
 * then the bundled report, dated like the report; the second the texts first
 * in file order. A reader that has seen the first has not seen the words of
 * the second, as with an author's next article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

export interface LongArticle {
  text: string;
  published: string;
  words: number;
}

const count = (text: string) => text.split(/\s+/).filter(Boolean).length;

function texts(): string[] {
  const dir = join(ROOT, 'tests/bench/extract');
  const found: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const { text } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text?: string };
    if (text) found.push(text);
  }
  return found;
}

/** Takes parts in order until `words` are reached. */
function gather(parts: readonly string[], words: number): { chosen: string[]; count: number } {
  const chosen: string[] = [];
  let total = 0;
  for (const part of parts) {
    if (total >= words) break;
    chosen.push(part);
    total += count(part);
  }
  return { chosen, count: total };
}

/** `which` 0: the texts last in order, then the report (its links after "Read more:" end it); 1: texts first in order. */
export function longArticle(words = 1500, which: 0 | 1 = 0): LongArticle {
  const report = readFileSync(
    join(ROOT, 'data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt'),
    'utf8',
  );
  const all = texts();
  const first = gather([report, ...[...all].reverse()], words);
  if (which === 0)
    return {
      text: first.chosen.reverse().join('\n\n'),
      published: '2016-04-05',
      words: first.count,
    };
  const used = new Set(first.chosen);
  const second = gather(all, words);
  if (second.chosen.some((text) => used.has(text)))
    throw new Error('the evaluation texts are too few for two long articles that share none');
  return { text: second.chosen.join('\n\n'), published: '2025-01-15', words: second.count };
}
