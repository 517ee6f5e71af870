/**
 * Every file in tests/fixtures, read as the command line reads it (its
 * bytes checked and decoded, its format told, an event table's columns
 * guessed): it opens with the counts of _fixtures.ts, or is refused with a
 * message that says where. Nothing in the folder is left out of the table.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_LABELS, hasImportErrors } from '../../src/io';
import { readInput } from '../../src/cli/read-input';
import { FIXTURE_CASES } from './_fixtures';

describe('every fixture, as the command line reads it', () => {
  it('the table names every file in tests/fixtures', () => {
    expect(FIXTURE_CASES.map((c) => c.file).sort()).toEqual(readdirSync('tests/fixtures').sort());
  });

  it.each(FIXTURE_CASES)('$file', async ({ file, format, actors, relations, refused }) => {
    const { dataset, report } = await readInput(`tests/fixtures/${file}`, {});
    expect(FORMAT_LABELS[report.format]).toBe(format);
    expect([report.actorsRead, report.relationsRead]).toEqual([actors, relations]);
    if (refused) {
      expect(dataset).toBeNull();
      const error = report.issues.find((issue) => issue.severity === 'error');
      expect(error?.message).toContain(refused.message);
      expect(error?.line).toBe(refused.line);
    } else {
      expect(hasImportErrors(report)).toBe(false);
      expect(dataset?.actors.length).toBeGreaterThan(0);
    }
  });
});
