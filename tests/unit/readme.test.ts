import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, RELATION_KINDS, RELATION_STATUSES } from '../../src/model';
import { MEASURES } from '../../src/model/measures';

const readme = readFileSync('README.md', 'utf8');

/** The rows of the table under a heading whose first cell is `code`, as their other cells. */
function rows(heading: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const start = readme.indexOf(`### ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const section = readme.slice(start).split(/\n#+ /)[0]!;
  for (const line of section.split('\n')) {
    const match = /^\|\s*`([a-z-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (match)
      found.set(
        match[1]!,
        match[2]!.split('|').map((cell) => cell.trim()),
      );
  }
  return found;
}

describe('README', () => {
  it('opens with a quick start of exactly two commands', () => {
    const quickStart = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(quickStart.trim().split('\n')).toEqual(['npm install && npm run dev', 'npm test']);
  });

  it('documents every relation kind as the vocabulary defines it', () => {
    const table = rows('Relation vocabulary');
    expect([...table.keys()]).toEqual(Object.keys(RELATION_KINDS));
    for (const [id, kind] of Object.entries(RELATION_KINDS)) {
      const [label, directed, stance, meaning] = table.get(id) ?? [];
      expect(label, id).toBe(kind.label);
      expect(directed, id).toBe(kind.directed ? 'yes' : 'no');
      expect(stance, id).toContain(`(${kind.stance > 0 ? '+1' : kind.stance < 0 ? '−1' : '0'})`);
      expect(meaning, id).toBe(kind.description);
    }
  });

  it('documents every actor kind and status', () => {
    for (const [heading, vocabulary] of [
      ['Actor kinds', ACTOR_KINDS],
      ['Statuses', RELATION_STATUSES],
    ] as const) {
      const table = rows(heading);
      expect([...table.keys()]).toEqual(Object.keys(vocabulary));
      for (const [id, kind] of Object.entries(vocabulary))
        expect(table.get(id)?.[0], id).toBe(kind.description);
    }
  });

  it('documents every measure as the analysis explains it on the page', () => {
    const table = rows('Measures');
    expect([...table.keys()]).toEqual(Object.keys(MEASURES));
    for (const [id, measure] of Object.entries(MEASURES))
      expect(table.get(id), id).toEqual([measure.label, measure.explanation]);
  });
});
