/** Reads the bundled dataset and its source text from disk, as the app ships them. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { declaredSourceTexts, parseDataset, type ValidationResult } from '../../src/model';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLED_PATH = resolve(root, 'data/nagorno-karabakh-2016.json');

export function readBundled(): { text: string; sourceTexts: Map<string, string> } {
  const text = readFileSync(BUNDLED_PATH, 'utf8');
  const sourceTexts = new Map<string, string>();
  for (const [id, path] of declaredSourceTexts(JSON.parse(text))) {
    sourceTexts.set(id, readFileSync(resolve(dirname(BUNDLED_PATH), path), 'utf8'));
  }
  return { text, sourceTexts };
}

export function parseBundled(): ValidationResult {
  const { text, sourceTexts } = readBundled();
  return parseDataset(text, { sourceTexts });
}
