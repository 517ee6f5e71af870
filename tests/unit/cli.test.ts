import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types';

const run = promisify(execFile);

/**
 * Runs `npm run diplomap -- ...args` (through tsx, as npm would). A run still
 * going after 30 s is stopped and counts as hung: each of these takes a
 * second or two.
 */
async function diplomap(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      'node_modules/.bin/tsx',
      ['src/cli/diplomap.ts', ...args],
      {
        timeout: 30_000,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as {
      code: number | null;
      killed?: boolean;
      stdout: string;
      stderr: string;
    };
    return {
      code: failure.killed ? null : failure.code,
      stdout: failure.stdout,
      stderr: failure.stderr,
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'diplomap-cli-'));

describe('npm run diplomap', { timeout: 90_000 }, () => {
  it('validates the bundled dataset, its quotes checked against the report', async () => {
    const result = await diplomap('validate', 'data/nagorno-karabakh-2016.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('diplomap JSON, 20 actors and 55 relations read');
    expect(result.stdout).toContain('valid');
  });

  it('prints the report and exits non-zero on a file with errors', async () => {
    const file = join(dir, 'broken.graphml');
    writeFileSync(file, '<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>\n');
    const result = await diplomap('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('syntax: 1');
    expect(result.stdout).toMatch(/error at line 4/);
    expect(result.stdout).toContain('not valid');
  });

  it('reports warnings without failing (a dangling edge end becomes a placeholder)', async () => {
    const file = join(dir, 'edges.csv');
    writeFileSync(file, 'source,target,kind\nrussia,armenia,alliance\nturkey,azerbaijan,backs\n');
    const nodes = join(dir, 'nodes.csv');
    writeFileSync(
      nodes,
      'id,name,kind\nrussia,Russia,state\narmenia,Armenia,state\nturkey,Turkey,state\n',
    );
    const result = await diplomap('validate', file, '--nodes', nodes);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 placeholder actor made');
    expect(result.stdout).toContain('missing-endpoint: 1');
  });

  it('converts between formats by the output extension, CSV as two files', async () => {
    const gexf = join(dir, 'map.gexf');
    expect((await diplomap('convert', 'data/nagorno-karabakh-2016.json', gexf)).code).toBe(0);
    expect(readFileSync(gexf, 'utf8')).toContain('<gexf');
    const csv = join(dir, 'map.csv');
    const converted = await diplomap('convert', gexf, csv);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain('map-actors.csv');
    const back = await diplomap(
      'validate',
      join(dir, 'map-relations.csv'),
      '--nodes',
      join(dir, 'map-actors.csv'),
    );
    expect(back.stdout).toContain('20 actors and 55 relations read');
  });

  it('stops on usage mistakes with exit code 2', async () => {
    expect(
      (await diplomap('convert', 'data/nagorno-karabakh-2016.json', join(dir, 'x.pdf'))).code,
    ).toBe(2);
    expect((await diplomap('validate')).code).toBe(2);
    expect((await diplomap('frobnicate', 'x')).stderr).toContain('unknown command');
    expect((await diplomap('validate', join(dir, 'none.json'))).stderr).toContain('no such file');
  });

  it('reports a file that lacks a top-level key, where, instead of hanging', async () => {
    const file = join(dir, 'no-sources.json');
    writeFileSync(file, '{"title":"t","actors":[],"relations":[]}\n');
    const result = await diplomap('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error at line 1, column 1, sources: "sources" is required/);
  });

  it('reads UTF-16 with a BOM, and what an XML declaration says', async () => {
    const utf16 = await diplomap('validate', 'tests/fixtures/utf16-edges.txt');
    expect(utf16.code).toBe(0);
    expect(utf16.stdout).toContain('6 actors and 3 relations read, read as UTF-16LE');
    const out = join(dir, 'latin1.json');
    expect((await diplomap('convert', 'tests/fixtures/latin1.gexf', out)).code).toBe(0);
    const names = (JSON.parse(readFileSync(out, 'utf8')) as Dataset).actors.map((a) => a.name);
    expect(names).toEqual(['France', "Groupe de Minsk de l'OSCE", 'Azerbaïdjan', 'Arménie']);
  });

  it('says where bytes are not UTF-8', async () => {
    const file = join(dir, 'latin1.csv');
    writeFileSync(file, Buffer.from('source,target\nArm\xe9nie,Russie\n', 'latin1'));
    const result = await diplomap('validate', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('encoding: 1');
    expect(result.stdout).toMatch(/warning at line 2, column 4: the byte 0xE9/);
  });

  it('refuses a file over the size limit by its bytes, before reading it', async () => {
    // 62 MB of two-byte characters: 31 million characters.
    const file = join(dir, 'big.csv');
    writeFileSync(file, Buffer.alloc(62 * 1024 * 1024, Buffer.from('é')));
    const result = await diplomap('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('The file is 62 MB; diplomap opens files up to 60 MB.');
  });

  it('refuses JSON nested too deep with a message, and no usage text', async () => {
    const file = join(dir, 'deep.json');
    writeFileSync(file, '['.repeat(50_000) + ']'.repeat(50_000));
    const result = await diplomap('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/refused: 1\n {2}error at line 1, column 257: the JSON nests/);
    expect(result.stderr).not.toContain('usage');
  });

  it('prints what convert dropped, renamed or made up, as validate does', async () => {
    const out = join(dir, 'gephi.json');
    const result = await diplomap('convert', 'tests/fixtures/gephi-1.2.gexf', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('duplicate-id: 1');
    expect(result.stdout).toContain('unknown-kind: 1');
    expect(result.stdout).toMatch(/8 actors and 9 relations written as diplomap JSON/);
  });

  it('opens again what it saved from an import, and keeps a title through CSV', async () => {
    const json = join(dir, 'from-gexf.json');
    await diplomap('convert', 'tests/fixtures/gephi-1.3.gexf', json);
    const reopened = await diplomap('validate', json);
    expect(reopened.code).toBe(0);
    expect(reopened.stdout).toContain('6 actors and 7 relations read');
    const csv = join(dir, 'out.csv');
    await diplomap('convert', json, csv);
    const back = join(dir, 'back.json');
    await diplomap(
      'convert',
      join(dir, 'out-relations.csv'),
      back,
      '--nodes',
      join(dir, 'out-actors.csv'),
    );
    expect((JSON.parse(readFileSync(back, 'utf8')) as Dataset).title).toBe('out');
  });

  it('says a failure of the work once, without the usage text', async () => {
    const result = await diplomap(
      'convert',
      'tests/fixtures/csv-edges.csv',
      join(dir, 'nowhere', 'x.json'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^diplomap: ENOENT/);
    expect(result.stderr).not.toContain('usage');
  });
});
