import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs `npm run diplomap -- ...args` (through tsx, as npm would). */
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

const dir = mkdtempSync(join(tmpdir(), 'diplomap-cli-'));

describe('npm run diplomap', { timeout: 60_000 }, () => {
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
});
