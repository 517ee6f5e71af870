/**
 * Reading the files the command line is given, as the page reads a dropped
 * file: the size checked before anything is read, the bytes decoded by io's
 * one decoder (BOM, UTF-16, an XML declaration's encoding), the format told
 * from the content, a diplomap dataset's source texts read from beside it,
 * an event table's columns taken from --columns or guessed.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { declaredSourceTexts } from '../model/parse';
import {
  decodeBytes,
  detectFormat,
  headerOf,
  suggestColumns,
  tooLarge,
  type ColumnMapping,
  type ImportResult,
} from '../io';
import { importText, type ImportOptions } from '../io/import';
import { nodeXmlParser } from '../io/node';
import { UsageError } from './usage';

/** The size of a file, or a usage mistake when there is no such file. */
async function sizeOf(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a folder, not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as { code?: string }).code === 'ENOENT')
      throw new UsageError(`no such file: ${file}`);
    throw error;
  }
}

/** A file's bytes, or the reason it is refused (over the size limit), decided before reading. */
async function bytesOf(file: string): Promise<{ bytes: Uint8Array } | { refused: string }> {
  const large = tooLarge(await sizeOf(file));
  if (large) return { refused: `${file}: ${large}` };
  return { bytes: new Uint8Array(await readFile(file)) };
}

export function parseColumns(value: string): ColumnMapping {
  const mapping: Partial<ColumnMapping> = {};
  for (const pair of value.split(',')) {
    const [role, column] = pair.split('=');
    if (
      !role ||
      column === undefined ||
      !['source', 'target', 'kind', 'date', 'quote'].includes(role)
    )
      throw new UsageError(
        `--columns takes role=column pairs (source, target, kind, date, quote), not "${pair}"`,
      );
    mapping[role as keyof ColumnMapping] = column;
  }
  if (!mapping.source || !mapping.target)
    throw new UsageError('--columns needs at least source= and target=');
  return mapping as ColumnMapping;
}

/** A title from a file name: "map-relations.csv" → "map". */
export function titleOf(file: string): string {
  return (
    basename(file)
      .replace(/\.[^.]*$/, '')
      .replace(/-relations$/, '') || 'imported'
  );
}

const refusal = (message: string): ImportResult => ({
  dataset: null,
  report: {
    format: 'unknown',
    actorsRead: 0,
    relationsRead: 0,
    placeholders: 0,
    selfLoops: 0,
    issues: [{ category: 'refused', severity: 'error', message }],
  },
});

export interface InputOptions {
  nodes?: string | undefined;
  columns?: string | undefined;
}

/** Reads and imports a file given on the command line. */
export async function readInput(file: string, given: InputOptions): Promise<ImportResult> {
  const read = await bytesOf(file);
  if ('refused' in read) return refusal(read.refused);
  const decoded = decodeBytes(read.bytes);
  const options: ImportOptions = { title: titleOf(file), parseXml: nodeXmlParser };
  if (given.nodes !== undefined) {
    const nodes = await bytesOf(given.nodes);
    if ('refused' in nodes) return refusal(nodes.refused);
    options.nodes = decodeBytes(nodes.bytes).text;
  }
  const format = detectFormat(decoded.text);
  if (format === 'events') {
    const columns = given.columns
      ? parseColumns(given.columns)
      : suggestColumns(headerOf(decoded.text));
    if (columns) options.columns = columns;
  }
  if (format === 'diplomap') {
    const texts = new Map<string, string>();
    try {
      for (const [id, path] of declaredSourceTexts(JSON.parse(decoded.text))) {
        const source = resolve(dirname(file), path);
        if (existsSync(source)) texts.set(id, decodeBytes(await readFile(source)).text);
      }
    } catch {
      // A syntax error is reported by the import itself.
    }
    options.sourceTexts = texts;
  }
  return importText(decoded, options);
}
