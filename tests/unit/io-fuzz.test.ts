/**
 * Fuzzing every reader: random bytes, JSON of every shape, and the real
 * fixtures broken in a few places (cut, spliced with markup, quotes,
 * brackets, a BOM, a lone surrogate, deep nesting, repeated). For each
 * input, every reader (the detected one, then each format forced) must
 * return a report or a refusal, never throw, and give a dataset only when
 * the report has no error, a dataset the validator accepts.
 *
 * Never hang: an endless loop cannot be stopped on its own thread, so the
 * cases run in a worker thread (_fuzz-worker.ts) that says when each case
 * starts and ends; a case still running after CASE_BUDGET_MS is a hang. The
 * inputs are at most a few kilobytes, which every reader takes well under
 * 50 ms to read (all formats together, xmldom included); the budget is a
 * hundred times that, so that a slow, shared machine is never taken for a
 * hang, while a loop that never ends always is.
 *
 * 600 cases a run, each run with a new seed (printed with a failure, to
 * replay it); DIPLOMAP_FUZZ_RUNS=20000 searches longer.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FuzzMessage } from './_fuzz-worker';

const CASE_BUDGET_MS = 5_000;
const RUNS = Number(process.env['DIPLOMAP_FUZZ_RUNS'] ?? 600);
const FIXTURES = resolve('tests/fixtures');

function fuzz(runs: number, seed: number): Promise<number> {
  const fixtures = readdirSync(FIXTURES).map((name) => join(FIXTURES, name));
  const worker = new Worker(resolve('tests/unit/_fuzz-worker.mjs'), {
    workerData: { fixtures, runs, seed },
  });
  return new Promise<number>((done, fail) => {
    let running: { index: number; preview: string } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = (error?: Error, cases = 0) => {
      clearTimeout(timer);
      void worker.terminate();
      if (error) fail(error);
      else done(cases);
    };
    worker.on('message', (message: FuzzMessage) => {
      if (message.type === 'start') {
        running = message;
        clearTimeout(timer);
        timer = setTimeout(() => {
          stop(
            new Error(
              `case ${running?.index} still running after ${CASE_BUDGET_MS} ms (seed ${seed}); it starts: ${JSON.stringify(running?.preview)}`,
            ),
          );
        }, CASE_BUDGET_MS);
      } else if (message.type === 'end') {
        clearTimeout(timer);
        running = undefined;
      } else if (message.type === 'done') stop(undefined, message.cases);
      else stop(new Error(`seed ${seed}: ${message.message}`));
    });
    worker.on('error', (error) => stop(error));
  });
}

describe('every reader, on any bytes', () => {
  it(
    'returns a report or a refusal, never throws and never hangs',
    { timeout: 600_000 },
    async () => {
      const seed = Date.now() % 2 ** 31;
      expect(await fuzz(RUNS, seed)).toBe(RUNS);
    },
  );
});
