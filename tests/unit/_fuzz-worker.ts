/**
 * The fuzz test's worker thread (see io-fuzz.test.ts): it runs the
 * properties, and tells the test thread when each case starts and ends, so
 * that a case that never ends (an endless loop cannot be interrupted on its
 * own thread) is caught from outside, named, and the worker ended.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { decodeBytes, type ImportFormat, type ImportResult } from '../../src/io';
import { importBytes, importText } from '../../src/io/import';
import { nodeXmlParser } from '../../src/io/node';
import { parseDataset } from '../../src/model/parse';
import { validateDataset } from '../../src/model/validate';

export type FuzzMessage =
  | { type: 'start'; index: number; preview: string }
  | { type: 'end'; index: number }
  | { type: 'done'; cases: number }
  | { type: 'failed'; message: string };

const { fixtures, runs, seed } = workerData as { fixtures: string[]; runs: number; seed: number };
const post = (message: FuzzMessage) => parentPort?.postMessage(message);

const FORMATS: ImportFormat[] = [
  'diplomap',
  'gexf',
  'graphml',
  'csv',
  'tsv',
  'events',
  'cytoscape',
  'networkx',
  'graphology',
  'gephi-lite',
];

/** What a reader must give for any input: a report, and a dataset only when it has no error, a valid one. */
function check(result: ImportResult): void {
  if (!result || !result.report || !Array.isArray(result.report.issues))
    throw new Error('no report');
  const errors = result.report.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 && result.dataset !== null) throw new Error('a dataset despite errors');
  if (errors.length === 0 && result.dataset === null) throw new Error('no dataset and no error');
  for (const issue of result.report.issues)
    if (typeof issue.message !== 'string' || issue.message === '')
      throw new Error('an issue without a message');
  if (result.dataset) {
    const { problems } = validateDataset(JSON.parse(JSON.stringify(result.dataset)) as unknown);
    const invalid = problems.filter((p) => p.severity === 'error');
    if (invalid.length > 0) throw new Error(`an invalid dataset: ${JSON.stringify(invalid[0])}`);
  }
}

/** Every reader on one input: detected, then forced into each format (and a CSV with itself as node table). */
function readAll(bytes: Uint8Array): void {
  const options = { parseXml: nodeXmlParser, importedOn: '2020-01-02' };
  check(importBytes(bytes, options));
  const decoded = decodeBytes(bytes);
  for (const format of FORMATS) {
    check(importText(decoded, { ...options, format, columns: { source: 'a', target: 'b' } }));
  }
  check(importText(decoded, { ...options, format: 'csv', nodes: decoded.text }));
  parseDataset(decoded.text);
}

const texts = fixtures.map((path) => new Uint8Array(readFileSync(path)));

/** Bytes that matter to the formats, spliced into real files. */
const TOKENS = [
  '<',
  '>',
  '</',
  '"',
  "'",
  '&',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  'NA',
  '<!DOCTYPE x>',
  '<![CDATA[',
  '\uFEFF',
  '\uD800',
  '"title":',
  '"nodes":[{"key":1}]',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
  '<node><node><node><node><node>',
  'x'.repeat(300),
].map((token) => new TextEncoder().encode(token));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('token' as const),
    at: fc.nat(),
    token: fc.nat({ max: TOKENS.length - 1 }),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(source: Uint8Array, steps: Mutation[]): Uint8Array {
  let bytes = source;
  for (const step of steps) {
    const at = bytes.length === 0 ? 0 : step.at % bytes.length;
    const parts: Uint8Array[] = [];
    if (step.kind === 'cut') parts.push(bytes.subarray(0, at), bytes.subarray(at + step.length));
    else if (step.kind === 'insert')
      parts.push(bytes.subarray(0, at), step.bytes, bytes.subarray(at));
    else if (step.kind === 'token')
      parts.push(bytes.subarray(0, at), TOKENS[step.token] as Uint8Array, bytes.subarray(at));
    else if (step.kind === 'repeat')
      parts.push(bytes.subarray(0, at + step.length), bytes.subarray(at));
    else parts.push(bytes.subarray(0, at));
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    bytes = joined;
  }
  return bytes;
}

const inputs = fc.oneof(
  // Any bytes at all.
  fc.uint8Array({ maxLength: 2000 }),
  // Text that looks like each family of formats.
  fc.json().map((text) => new TextEncoder().encode(text)),
  fc
    .dictionary(
      fc.constantFrom(
        'title',
        'sources',
        'actors',
        'relations',
        'elements',
        'nodes',
        'links',
        'type',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map((value) => new TextEncoder().encode(JSON.stringify(value))),
  // The real files, broken in a few places.
  fc
    .tuple(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([index, steps]) => mutate(texts[index] as Uint8Array, steps)),
);

let index = 0;
try {
  fc.assert(
    fc.property(inputs, (bytes) => {
      index++;
      post({ type: 'start', index, preview: new TextDecoder().decode(bytes.subarray(0, 300)) });
      readAll(bytes);
      post({ type: 'end', index });
    }),
    { numRuns: runs, seed },
  );
  post({ type: 'done', cases: index });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
