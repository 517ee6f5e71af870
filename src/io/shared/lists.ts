/**
 * Fields that hold more than one value, in formats whose cells and
 * attributes hold one string: lists (aliases, claimedBy) and evidence. One
 * encoding for every writer and one decoding for every reader, so that what
 * diplomap writes reads back exactly.
 */
import type { Evidence } from '../../model/types';

/**
 * A list as "a; b", readable in a spreadsheet, or as a JSON array when an
 * item would not survive the split (empty, a ";", spaces at an end) or the
 * text would be taken for JSON.
 */
export function encodeList(items: readonly string[]): string {
  const plain = items.every((item) => item !== '' && !item.includes(';') && item.trim() === item);
  const joined = items.join('; ');
  return plain && !joined.startsWith('[') ? joined : JSON.stringify(items);
}

/** Reads {@link encodeList}'s text back: a JSON array of strings, else items split at ";" and trimmed. */
export function decodeList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed = jsonOf(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  }
  return trimmed
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list given as items or as {@link encodeList}'s text. */
export function listOf(value: readonly string[] | string): string[] {
  return typeof value === 'string' ? decodeList(value) : [...value];
}

/** Evidence as a JSON list of { source, quote }. */
export function encodeEvidence(evidence: readonly Evidence[]): string {
  return JSON.stringify(evidence.map(({ source, quote }) => ({ source, quote })));
}

/** A JSON list of { source, quote } (parsed or as text); undefined when it is not one. */
export function decodeEvidence(value: unknown): Evidence[] | undefined {
  const list = typeof value === 'string' ? jsonOf(value.trim()) : value;
  if (!Array.isArray(list)) return undefined;
  const evidence: Evidence[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { source, quote } = item as { source?: unknown; quote?: unknown };
    if (typeof source !== 'string' || typeof quote !== 'string') return undefined;
    evidence.push({ source, quote });
  }
  return evidence;
}

function jsonOf(text: string): unknown {
  if (!text.startsWith('[')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The prefix of an attribute whose own name a reader would take for a
 * diplomap field ("kind", "date"...): `attribute:kind` is always the
 * attribute "kind". Matched exactly, in every format.
 */
export const ATTRIBUTE_PREFIX = 'attribute:';

/** The key an attribute is written under: prefixed when its name is a field's (or looks prefixed). */
export function attributeName(key: string, isField: (name: string) => boolean): string {
  return isField(key) || key.startsWith(ATTRIBUTE_PREFIX) || key.trim() === ''
    ? ATTRIBUTE_PREFIX + key
    : key;
}

/** The attribute a prefixed name stands for, or undefined for a name without the prefix. */
export function prefixedAttribute(name: string): string | undefined {
  return name.startsWith(ATTRIBUTE_PREFIX) ? name.slice(ATTRIBUTE_PREFIX.length) : undefined;
}
