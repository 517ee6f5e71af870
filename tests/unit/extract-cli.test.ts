import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/cli/extract';

const run = promisify(execFile);

async function diplomap(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['src/cli/diplomap.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'diplomap-extract-'));
const ARTICLE = 'data/sources/nagorno-karabakh-ceasefire-2016-04-05.txt';

describe('npm run diplomap -- extract', { timeout: 60_000 }, () => {
  it('writes a draft that validate accepts, the article inside it', async () => {
    const out = join(dir, 'draft.json');
    const result = await diplomap(
      'extract',
      ARTICLE,
      '--title',
      'Cease-fire in Nagorno-Karabakh',
      '--publisher',
      'The Washington Post',
      '--published',
      '2016-04-05',
      '--url',
      'https://example.org/article',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+ actors and \d+ relations proposed/);
    const draft = JSON.parse(readFileSync(out, 'utf8'));
    expect(draft.sources[0]).toMatchObject({
      publisher: 'The Washington Post',
      published: '2016-04-05',
    });
    expect(draft.sources[0].content).toBe(readFileSync(ARTICLE, 'utf8'));
    const call = draft.relations.find(
      (r: { id: string }) => r.id === 'vladimir-putin-call-ilham-aliyev',
    );
    expect(call.attributes).toEqual({ cue: 'spoke with', rule: 'call.spoke-with' });
    const validated = await diplomap('validate', out);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toMatch(/valid$/m);
  });

  it('says why an empty, binary or non-UTF-8 file cannot be read', async () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['empty.txt', Buffer.alloc(0), /empty\.txt is empty/],
      ['blank.txt', Buffer.from('  \n\n '), /holds only white space/],
      [
        'image.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
        /is not text \(it holds binary data\)/,
      ],
      [
        'latin1.txt',
        Buffer.from('Caf\xe9 in Paris', 'latin1'),
        /is not UTF-8 text \(an invalid byte at offset 3\)/,
      ],
    ];
    for (const [name, bytes, message] of cases)
      expect(() => decodeArticle(name, bytes), name).toThrow(message);
    expect(decodeArticle('bom.txt', Buffer.from('\uFEFFFrance met Spain.'))).toBe(
      'France met Spain.',
    );
    const file = join(dir, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const result = await diplomap(
      'extract',
      file,
      '--published',
      '2016-04-05',
      '--out',
      join(dir, 'x.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/image\.txt is not text/);
  });

  it('says what is missing or wrong in the options', async () => {
    const noOut = await diplomap('extract', ARTICLE);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out <draft.json> is required');
    const badDate = await diplomap(
      'extract',
      ARTICLE,
      '--published',
      '05/04/2016',
      '--out',
      join(dir, 'x.json'),
    );
    expect(badDate.stderr).toContain('--published must be a date as YYYY-MM-DD, not "05/04/2016"');
    const notADay = await diplomap(
      'extract',
      ARTICLE,
      '--published',
      '2016-02-30',
      '--out',
      join(dir, 'x.json'),
    );
    expect(notADay.code).toBe(2);
    expect(notADay.stderr).toContain('"2016-02-30" is not a date');
    const missing = await diplomap(
      'extract',
      join(dir, 'nothing.txt'),
      '--out',
      join(dir, 'x.json'),
    );
    expect(missing.stderr).toContain('no such file');
  });
});
