/**
 * npm run diplomap -- extract <article.txt> [--title T] [--publisher P]
 *   [--published YYYY-MM-DD] [--url U] --out <draft.json>
 *
 * Drafts a dataset from a news article: the article's text becomes its one
 * source, and every actor and relation quotes it. Exits 2 on a usage
 * mistake or input that cannot be read, with a message that says why.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ExtractError, extractDraft } from '../extract';

export const EXTRACT_USAGE =
  'npm run diplomap -- extract <article.txt> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] --out <draft.json>';

export class ExtractUsageError extends Error {}

/** The article's text, or why it cannot be read as one. */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0)
    throw new ExtractUsageError(`${file} is empty: there is no article to read`);
  if (bytes.includes(0))
    throw new ExtractUsageError(
      `${file} is not text (it holds binary data): give the article as a plain-text file`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new ExtractUsageError(
      `${file} is not UTF-8 text (an invalid byte at offset ${at}): save it as UTF-8`,
    );
  }
  if (text.trim() === '')
    throw new ExtractUsageError(`${file} holds only white space: there is no article to read`);
  return text.replace(/^\uFEFF/, '');
}

function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return Math.max(0, low - 1);
}

const today = () => new Date().toISOString().slice(0, 10);

/** Runs the command on its arguments (those after "extract"); returns the exit code. */
export async function runExtract(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new ExtractUsageError('extract takes one article file');
    const file = positionals[0] as string;
    if (!values.out)
      throw new ExtractUsageError('--out <draft.json> is required: where to write the draft');
    if (!existsSync(file)) throw new ExtractUsageError(`no such file: ${file}`);
    const published = values.published ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published))
      throw new ExtractUsageError(`--published must be a date as YYYY-MM-DD, not "${published}"`);
    if (values.url !== undefined && !/^https?:\/\//i.test(values.url))
      throw new ExtractUsageError(`--url must start with https:// or http://, not "${values.url}"`);
    const text = decodeArticle(file, await readFile(file));
    const title =
      values.title ??
      file
        .split(/[\\/]/)
        .pop()
        ?.replace(/\.[^.]*$/, '') ??
      'Article';
    const draft = extractDraft({
      text,
      published,
      title,
      ...(values.publisher ? { publisher: values.publisher } : {}),
      ...(values.url ? { url: values.url } : {}),
    });
    await writeFile(values.out, `${JSON.stringify(draft.dataset, null, 2)}\n`);
    process.stdout.write(
      `${file}: ${draft.actors.length} actors and ${draft.relations.length} relations proposed, written to ${values.out}\n`,
    );
    return 0;
  } catch (error) {
    if (
      error instanceof ExtractUsageError ||
      error instanceof ExtractError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(
        `diplomap extract: ${(error as Error).message}\nusage: ${EXTRACT_USAGE}\n`,
      );
      return 2;
    }
    process.stderr.write(
      `diplomap extract: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
