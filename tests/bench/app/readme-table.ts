/**
 * The README's benchmark table, made from the results the bench wrote
 * (tests/bench/results/browser*.json): never typed by hand, so it cannot
 * drift from what was measured. `npm run bench` rewrites it at the end of a
 * run; `npm run bench:readme` rewrites it from the stored results alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { table, type Row } from './measure';

export const RESULTS = 'tests/bench/results';
export const START = '<!-- bench:browser:start -->';
export const END = '<!-- bench:browser:end -->';

interface Results {
  environment: { date: string };
  rows: Row[];
}

/**
 * Every row of every results file: browser.json first (the full run), then
 * the others by name (runs of one size alone, such as the 20,000-actor
 * loads), each adding the inputs the ones before did not measure.
 */
export function benchRows(directory = RESULTS): Row[] {
  const files = readdirSync(directory)
    .filter((name) => /^browser.*\.json$/.test(name))
    .sort((a, b) => (a === 'browser.json' ? -1 : b === 'browser.json' ? 1 : a.localeCompare(b)));
  const rows: Row[] = [];
  const inputs = new Set<string>();
  for (const file of files) {
    const results = JSON.parse(readFileSync(join(directory, file), 'utf8')) as Results;
    const fresh = results.rows.filter((row) => !inputs.has(row.input));
    for (const row of fresh) rows.push(row);
    for (const row of fresh) inputs.add(row.input);
  }
  return rows;
}

/** The README with its benchmark table made anew from `rows`. */
export function withTable(readme: string, rows: Row[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start)
    throw new Error(`bench: README.md lacks the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${table(rows)}\n\n${readme.slice(end)}`;
}

/** Rewrites README.md's table, formatted as the repository's Prettier would. */
export async function writeReadmeTable(readmePath = 'README.md'): Promise<void> {
  const { format, resolveConfig } = await import('prettier');
  const text = withTable(readFileSync(readmePath, 'utf8'), benchRows());
  const options = (await resolveConfig(readmePath)) ?? {};
  writeFileSync(readmePath, await format(text, { ...options, filepath: readmePath }));
}

if (process.argv[1]?.endsWith('readme-table.ts')) {
  writeReadmeTable().catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
