/**
 * A news article of about 1,500 words for the assistant's speed benchmarks:
 * the evaluation set's own articles followed by the bundled report, as one
 * long piece of copy dated like the report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

export function longArticle(words = 1500): { text: string; published: string; words: number } {
  const parts = [
    readFileSync(join(ROOT, 'data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt'), 'utf8'),
  ];
  const dir = join(ROOT, 'tests/bench/extract');
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const { text } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text?: string };
    if (text) parts.push(text);
  }
  // The report last: its links after "Read more:" end the article.
  parts.push(
    readFileSync(join(ROOT, 'data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt'), 'utf8'),
  );
  const chosen: string[] = [];
  let count = 0;
  for (const part of parts.reverse()) {
    if (count >= words) break;
    chosen.push(part);
    count += part.split(/\s+/).filter(Boolean).length;
  }
  return { text: chosen.reverse().join('\n\n'), published: '2016-04-05', words: count };
}
