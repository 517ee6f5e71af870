/**
 * The assistant's evaluation (npm run bench:extract): drafts every article
 * of tests/bench/extract/ and prints recall and precision of actors and
 * relations, and the share of verbatim quotes, for the tuning half and the
 * held-out half. EXTRACT_SPLIT=tune (or held-out) reads that half alone;
 * EXTRACT_DETAIL=1 also lists each article's figures; EXTRACT_RULES=1 lists,
 * for each rule, on how many articles of each half it made a right proposal,
 * and how many proposals it made right and wrong; EXTRACT_MISSES=1 lists, for
 * the tuning half only, the reader's relations not found and the wrong
 * proposals (the held-out half's are never shown: its texts stay unseen).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractDraft } from '../../src/extract';
import type { Dataset } from '../../src/model';
import { score, type Gold, type Score } from './extract-score';

interface Article extends Gold {
  file: string;
  split: 'tune' | 'held-out';
  published: string;
  title: string;
}

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const DIR = join(ROOT, 'tests/bench/extract');

function load(file: string): Article {
  const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Article & { dataset?: string };
  if (!raw.dataset) return { ...raw, file };
  const dataset = JSON.parse(readFileSync(join(ROOT, raw.dataset), 'utf8')) as Dataset;
  const source = dataset.sources[0];
  if (!source?.text) throw new Error(`${file}: the dataset's source names no text`);
  return {
    file,
    split: raw.split,
    title: raw.title,
    published: source.published,
    text: readFileSync(join(dirname(join(ROOT, raw.dataset)), source.text), 'utf8'),
    actors: dataset.actors,
    relations: dataset.relations,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)}%`);

function add(total: Score, s: Score): void {
  for (const part of ['actors', 'relations'] as const)
    for (const key of ['gold', 'proposed', 'found', 'correct'] as const)
      total[part][key] += s[part][key];
  total.quotes.total += s.quotes.total;
  total.quotes.verbatim += s.quotes.verbatim;
}

const empty = (): Score => ({
  rules: new Map(),
  actors: { gold: 0, proposed: 0, found: 0, correct: 0 },
  relations: { gold: 0, proposed: 0, found: 0, correct: 0 },
  quotes: { total: 0, verbatim: 0 },
  missed: [],
  wrong: [],
});

function row(name: string, s: Score): string {
  const { found, gold, correct, proposed } = s.relations;
  return `| ${name} | ${pct(s.actors.found, s.actors.gold)} | ${pct(s.actors.correct, s.actors.proposed)} | ${pct(found, gold)} (${found} of ${gold}) | ${pct(correct, proposed)} (${correct} of ${proposed}) | ${pct(s.quotes.verbatim, s.quotes.total)} |`;
}

const only = process.env['EXTRACT_SPLIT'];
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(load)
  .filter((a) => !only || a.split === only);
const misses: string[] = [];
const totals = { tune: empty(), 'held-out': empty() };
const rules = new Map<string, { tune: number; heldOut: number; right: number; wrong: number }>();
const lines = [
  '| articles | actors found | actors right | relations found | relations right | verbatim quotes |',
  '| --- | --- | --- | --- | --- | --- |',
];
for (const article of articles) {
  const draft = extractDraft({
    text: article.text,
    published: article.published,
    title: article.title,
  });
  const s = score(article, draft);
  add(totals[article.split], s);
  for (const [rule, tally] of s.rules) {
    const total = rules.get(rule) ?? { tune: 0, heldOut: 0, right: 0, wrong: 0 };
    if (tally.right > 0) total[article.split === 'tune' ? 'tune' : 'heldOut']++;
    total.right += tally.right;
    total.wrong += tally.wrong;
    rules.set(rule, total);
  }
  if (process.env['EXTRACT_DETAIL'] === '1')
    lines.push(row(`${article.file} (${article.split})`, s));
  if (process.env['EXTRACT_MISSES'] === '1' && article.split === 'tune') {
    misses.push(`\n## ${article.file}`);
    for (const g of s.missed) misses.push(`missed  ${g.source} ${g.kind} ${g.target}`);
    for (const p of s.wrong)
      misses.push(
        `wrong   ${p.relation.source.id} ${p.relation.kind} ${p.relation.target.id} (${p.rule}): ${p.evidence.quote}`,
      );
  }
}
for (const split of ['tune', 'held-out'] as const) {
  const n = articles.filter((a) => a.split === split).length;
  if (n === 0) continue;
  lines.push(row(`${split === 'tune' ? 'tuning half' : 'held-out half'} (${n})`, totals[split]));
}
process.stdout.write(
  `\nThe assistant on its evaluation set (recall: found; precision: right)\n\n${lines.join('\n')}\n`,
);
if (misses.length > 0) process.stdout.write(`${misses.join('\n')}\n`);
if (process.env['EXTRACT_RULES'] === '1') {
  const sorted = [...rules.entries()].sort(
    (a, b) => b[1].tune + b[1].heldOut - a[1].tune - a[1].heldOut || a[0].localeCompare(b[0]),
  );
  process.stdout.write(
    `\n| rule | tuning articles it helped | held-out articles it helped | right | wrong |\n| --- | --- | --- | --- | --- |\n${sorted
      .map(([rule, t]) => `| ${rule} | ${t.tune} | ${t.heldOut} | ${t.right} | ${t.wrong} |`)
      .join('\n')}\n`,
  );
}
const quotes = totals.tune.quotes.verbatim + totals['held-out'].quotes.verbatim;
const all = totals.tune.quotes.total + totals['held-out'].quotes.total;
if (quotes !== all) {
  process.stderr.write(`${all - quotes} quotes are not verbatim\n`);
  process.exitCode = 1;
}
