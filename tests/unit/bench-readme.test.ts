import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { benchRows, withTable } from '../bench/app/readme-table';

describe("the README's benchmark table", () => {
  it('is the one made from the stored results, figure for figure', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const options = (await resolveConfig('README.md')) ?? {};
    const made = await format(withTable(readme, benchRows()), {
      ...options,
      filepath: 'README.md',
    });
    expect(readme).toBe(made);
  });

  it('shows every input the results hold, once', () => {
    const rows = benchRows();
    const seen = new Set(rows.map((row) => `${row.input}\u0000${row.scenario}`));
    expect(seen.size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.input))).toEqual(
      new Set(['app', 'bundled', '1,000 actors', '5,000 actors', '20,000 actors']),
    );
  });
});
