/**
 * XML for the GEXF and GraphML readers and writers: the two parsers (the
 * browser's DOMParser, xmldom in Node) reporting errors with their position,
 * the refusal of DOCTYPE and ENTITY declarations, one escaping function, and
 * what both formats share: which attribute names carry diplomap's fields, how
 * typed values are read, and the columns a dataset is written with, so that a
 * file diplomap writes reads back to the same actors and relations.
 */
import type { Actor, AttributeValue, Dataset, Evidence, Relation, Source } from '../model/types';
import { isRelationStatus, type RelationStatusId } from '../model/vocabulary';
import { DatasetBuilder, dateOf, relationKindOf, type Place } from './builder';
import {
  stubSource,
  type ImportIssue,
  type ImportResult,
  type XmlParse,
  type XmlParser,
} from './types';

// ---------------------------------------------------------------------------
// Positions and refusals

/** 1-based line and column of an offset in the text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * A DOCTYPE or an ENTITY declaration anywhere in the text: refused, since
 * entities are how XML files blow up (billion laughs) or reach outside.
 */
export function refuseDoctype(
  text: string,
): { message: string; line: number; column: number } | undefined {
  const match = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (!match) return undefined;
  const declaration = (match[1] as string).toUpperCase();
  return {
    message: `the file has a ${declaration} declaration; diplomap does not read XML with DOCTYPE or ENTITY declarations`,
    ...positionAt(text, match.index),
  };
}

/** Characters XML 1.0 does not allow anywhere (control characters, lone surrogates, U+FFFE/F). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Comments, CDATA sections and processing instructions, blanked to spaces (positions kept). */
function blankNonMarkup(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (span) =>
    span.replace(/[^\n]/g, ' '),
  );
}

/**
 * What xmldom lets through but a browser refuses: characters XML does not
 * allow, and a bare "&" that starts no entity or character reference.
 */
export function lenientProblems(text: string): { message: string; offset: number } | undefined {
  const bad = NOT_XML_CHAR.exec(text);
  const amp = /&(?!(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);)/.exec(blankNonMarkup(text));
  const badAt = bad ? bad.index : Infinity;
  const ampAt = amp ? amp.index : Infinity;
  if (badAt === Infinity && ampAt === Infinity) return undefined;
  if (badAt < ampAt) {
    const code = (text.codePointAt(badAt) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return { message: `the character U+${code} is not allowed in XML`, offset: badAt };
  }
  return {
    message: 'a bare "&" starts no entity or character reference (write &amp;)',
    offset: ampAt,
  };
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const MOZILLA_NS = 'http://www.mozilla.org/newlayout/xml/parsererror.xml';

/** The position a browser's parsererror text gives: Chromium/WebKit and Firefox wordings. */
export function parserErrorPosition(text: string): { line?: number; column?: number } {
  const webkit = /line\s+(\d+)\s+at\s+column\s+(\d+)/i.exec(text);
  if (webkit) return { line: Number(webkit[1]), column: Number(webkit[2]) };
  const line = /line(?:\s+number)?\s*:?\s*(\d+)/i.exec(text);
  const column = /column(?:\s+number)?\s*:?\s*(\d+)/i.exec(text);
  const position: { line?: number; column?: number } = {};
  if (line) position.line = Number(line[1]);
  if (column) position.column = Number(column[1]);
  return position;
}

function parserErrorMessage(raw: string): string {
  // Chromium appends this sentence to the message, with no break in the text.
  const text = raw.replace(/Below is a rendering of the page up to the first error\.?/gi, '');
  const webkit = /error on line \d+ at column \d+:\s*([^\n]+)/i.exec(text);
  if (webkit) return (webkit[1] as string).trim();
  const first = text
    .split('\n')
    .map((part) => part.trim())
    .find((part) => part !== '' && !/^this page contains the following errors/i.test(part));
  return first ?? 'the XML is not well-formed';
}

function findParserError(document: Document): Element | undefined {
  return (
    document.getElementsByTagNameNS(XHTML_NS, 'parsererror')[0] ??
    document.getElementsByTagNameNS(MOZILLA_NS, 'parsererror')[0] ??
    document.getElementsByTagName('parsererror')[0] ??
    undefined
  );
}

export function failure(message: string, line?: number, column?: number): XmlParse {
  const result: XmlParse = { ok: false, message };
  if (line !== undefined) result.line = line;
  if (column !== undefined) result.column = column;
  return result;
}

/** Checks both parsers make before parsing. */
export function precheck(text: string): XmlParse | undefined {
  const refusal = refuseDoctype(text);
  if (refusal) return failure(refusal.message, refusal.line, refusal.column);
  if (text.trim() === '') return failure('the file is empty', 1, 1);
  return undefined;
}

/** The browser's DOMParser, which returns a document holding a <parsererror> instead of failing. */
export const browserXmlParser: XmlParser = (input) => {
  const text = input.replace(/^\uFEFF/, '');
  const refused = precheck(text);
  if (refused) return refused;
  if (typeof DOMParser === 'undefined') return failure('this environment has no XML parser');
  let document: Document;
  try {
    document = new DOMParser().parseFromString(text, 'application/xml');
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }
  const error = findParserError(document);
  if (error) {
    const detail = error.textContent ?? '';
    const { line, column } = parserErrorPosition(detail);
    return failure(parserErrorMessage(detail), line, column);
  }
  if (!document.documentElement) return failure('the file has no root element', 1, 1);
  return { ok: true, document };
};

/** Offset of a 1-based line and column. */
function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let at = 1; at < line; at++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * Where the reader should look, where xmldom's locator lags behind: the
 * closing tag of a mismatch, stray text before or after the root, the start
 * of a file without a root.
 */
export function betterPosition(
  text: string,
  error: { message: string; line?: number; column?: number },
): [number | undefined, number | undefined] {
  const mismatch = /mismatch: "[^"]*" != "([^"]+)"/.exec(error.message);
  if (mismatch && error.line !== undefined) {
    const from = offsetAt(text, error.line, error.column ?? 1);
    const at = text.indexOf(`</${mismatch[1] as string}`, from);
    if (at !== -1) {
      const { line, column } = positionAt(text, at);
      return [line, column];
    }
  }
  if (/extra content|outside root/i.test(error.message)) {
    const before = /\S/.exec(text.slice(0, Math.max(0, text.indexOf('<'))));
    const last = text.lastIndexOf('>') + 1;
    const after = /\S/.exec(text.slice(last));
    const at = before ? before.index : after ? last + after.index : undefined;
    if (at !== undefined) {
      const { line, column } = positionAt(text, at);
      return [line, column];
    }
  }
  if (/missing root element/i.test(error.message)) return [1, 1];
  return [error.line, error.column];
}

// ---------------------------------------------------------------------------
// Writing

/**
 * Text and attribute values for XML: markup characters and quotes as
 * references, tabs and line breaks as character references (so attribute
 * normalisation keeps them), characters XML 1.0 does not allow dropped.
 */
export function escapeXml(value: string): string {
  let out = '';
  for (const char of value) {
    if (NOT_XML_CHAR.test(char)) continue;
    switch (char) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&apos;';
        break;
      case '\t':
        out += '&#9;';
        break;
      case '\n':
        out += '&#10;';
        break;
      case '\r':
        out += '&#13;';
        break;
      default:
        out += char;
    }
  }
  return out;
}

/** `name="value"` pairs for a start tag; undefined values left out. */
export function xmlAttributes(pairs: Array<[string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}

/** A list (aliases, claimedBy) as "a; b", or as JSON when an item would not survive the split. */
export function joinList(items: readonly string[]): string {
  const plain = items.every((item) => item !== '' && !item.includes(';') && item.trim() === item);
  const joined = items.join('; ');
  return plain && !joined.startsWith('[') ? joined : JSON.stringify(items);
}

export function splitList(value: string): string[] {
  const text = value.trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
        return parsed as string[];
      }
    } catch {
      // Not JSON: split it as text.
    }
  }
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export type ColumnType = 'string' | 'number' | 'boolean';

/** One attribute a writer declares and fills for every actor or relation. */
export interface Column<T> {
  /** The title (GEXF) or attr.name (GraphML). */
  title: string;
  type: ColumnType;
  value: (item: T) => string | undefined;
}

/** Titles a reader maps to diplomap fields, by class (lower case). */
const NODE_TITLES = new Set([
  'label',
  'name',
  'kind',
  'type',
  'category',
  'role',
  'description',
  'aliases',
  'affiliation',
  'placeholder',
  'evidence',
]);
const EDGE_TITLES = new Set([
  'label',
  'kind',
  'type',
  'relation',
  'date',
  'weight',
  'quote',
  'status',
  'claimedby',
  'note',
  'evidence',
  'directed',
]);
/** Prefix of an attribute whose name a reader would otherwise take for a diplomap field. */
const ATTRIBUTE_PREFIX = 'attribute:';

function attributeTitle(key: string, reserved: ReadonlySet<string>): string {
  const lower = key.trim().toLowerCase();
  return reserved.has(lower) || key.toLowerCase().startsWith(ATTRIBUTE_PREFIX)
    ? ATTRIBUTE_PREFIX + key
    : key;
}

function ownEntries(
  record: Record<string, AttributeValue> | undefined,
): [string, AttributeValue][] {
  return record ? Object.entries(record) : [];
}

function ownValue(
  record: Record<string, AttributeValue> | undefined,
  key: string,
): AttributeValue | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** One column per attribute key, typed as number or boolean when every value is. */
function attributeColumns<T extends { attributes?: Record<string, AttributeValue> }>(
  items: readonly T[],
  reserved: ReadonlySet<string>,
): Column<T>[] {
  const types = new Map<string, Set<string>>();
  for (const item of items) {
    for (const [key, value] of ownEntries(item.attributes)) {
      const seen = types.get(key) ?? new Set<string>();
      seen.add(typeof value);
      types.set(key, seen);
    }
  }
  return [...types].map(([key, seen]) => ({
    title: attributeTitle(key, reserved),
    type:
      seen.size === 1 && !seen.has('string')
        ? seen.has('number')
          ? 'number'
          : 'boolean'
        : 'string',
    value: (item: T) => {
      const value = ownValue(item.attributes, key);
      return value === undefined ? undefined : String(value);
    },
  }));
}

/** Drops the columns no item has a value for. */
function used<T>(columns: Column<T>[], items: readonly T[]): Column<T>[] {
  return columns.filter((column) => items.some((item) => column.value(item) !== undefined));
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The node columns of a dataset: diplomap's fields, then every attribute key. */
export function actorColumns(actors: readonly Actor[]): Column<Actor>[] {
  const fields: Column<Actor>[] = [
    {
      title: 'kind',
      type: 'string',
      value: (a) => (a.kind === 'other' && a.originalKind ? a.originalKind : a.kind),
    },
    { title: 'role', type: 'string', value: (a) => nonEmpty(a.role) },
    { title: 'description', type: 'string', value: (a) => nonEmpty(a.description) },
    {
      title: 'aliases',
      type: 'string',
      value: (a) => (a.aliases?.length ? joinList(a.aliases) : undefined),
    },
    { title: 'affiliation', type: 'string', value: (a) => nonEmpty(a.affiliation) },
    { title: 'placeholder', type: 'boolean', value: (a) => (a.placeholder ? 'true' : undefined) },
    {
      title: 'evidence',
      type: 'string',
      value: (a) => (a.evidence ? JSON.stringify(a.evidence) : undefined),
    },
  ];
  return [...used(fields, actors), ...attributeColumns(actors, NODE_TITLES)];
}

/** The kind a relation is written with: its vocabulary kind, or the file's own name for "other". */
export function writtenKind(relation: Relation): string {
  return relation.kind === 'other' && relation.originalKind ? relation.originalKind : relation.kind;
}

/** The edge columns of a dataset (weight and direction are left to each format). */
export function relationColumns(relations: readonly Relation[]): Column<Relation>[] {
  const fields: Column<Relation>[] = [
    { title: 'kind', type: 'string', value: writtenKind },
    { title: 'date', type: 'string', value: (r) => nonEmpty(r.date) },
    { title: 'status', type: 'string', value: (r) => r.status },
    {
      title: 'claimedBy',
      type: 'string',
      value: (r) => (r.claimedBy?.length ? joinList(r.claimedBy) : undefined),
    },
    { title: 'note', type: 'string', value: (r) => nonEmpty(r.note) },
    { title: 'quote', type: 'string', value: (r) => r.evidence[0]?.quote },
    { title: 'evidence', type: 'string', value: (r) => JSON.stringify(r.evidence) },
  ];
  return [...used(fields, relations), ...attributeColumns(relations, EDGE_TITLES)];
}

// ---------------------------------------------------------------------------
// Reading

/** An element's position: line and column from xmldom, and a path that every DOM gives. */
export function placeOf(element: Element, path: string): Place {
  const located = element as unknown as { lineNumber?: unknown; columnNumber?: unknown };
  const place: Place = { path };
  if (typeof located.lineNumber === 'number' && located.lineNumber > 0) {
    place.line = located.lineNumber;
    if (typeof located.columnNumber === 'number' && located.columnNumber > 0) {
      place.column = located.columnNumber;
    }
  }
  return place;
}

/** Child elements, optionally of one local name, in the given namespace (null: any). */
export function childElements(
  parent: Element,
  localName?: string,
  namespace?: string | null,
): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (localName !== undefined && element.localName !== localName) continue;
    if (namespace !== undefined && (element.namespaceURI ?? null) !== namespace) continue;
    out.push(element);
  }
  return out;
}

/** An attribute's value, or undefined when the element does not have it. */
export function attributeOf(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? '') : undefined;
}

/** The text directly inside an element (not inside its child elements). */
export function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return text;
}

export type ValueType = 'string' | 'integer' | 'number' | 'boolean';

/** A GEXF or GraphML type name as one of the four kinds of value diplomap keeps. */
export function valueTypeOf(declared: string | undefined): ValueType {
  switch ((declared ?? '').trim().toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      return 'integer';
    case 'float':
    case 'double':
    case 'bigdecimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

/** A value of a declared type; undefined when it does not parse. */
export function typedValue(value: string, type: ValueType): AttributeValue | undefined {
  const text = value.trim();
  switch (type) {
    case 'string':
      return value;
    case 'integer':
      return /^[+-]?\d+$/.test(text) && Number.isSafeInteger(Number(text))
        ? Number(text)
        : undefined;
    case 'number': {
      const number = Number(text);
      return text !== '' && Number.isFinite(number) ? number : undefined;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower === 'true' || lower === '1') return true;
      if (lower === 'false' || lower === '0') return false;
      return undefined;
    }
  }
}

/** A data value found on a node or an edge, under the name the file gives it. */
export interface Field {
  name: string;
  value: string;
  type: ValueType;
  place: Place;
}

/** What the XML of an edge says besides its data fields. */
export interface EdgeInput {
  id?: string;
  source: string;
  target: string;
  /** A label (GEXF label, yEd edge label): the kind when no field names one. */
  label?: string;
  /** GEXF 1.3 edge kind attribute. */
  kind?: string;
  weight?: string;
  /** From GEXF start/end, timestamp or spells. */
  date?: string;
  directed?: boolean;
}

function parseEvidence(value: string): Evidence[] | undefined {
  if (!value.trim().startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return undefined;
    const evidence: Evidence[] = [];
    for (const item of parsed) {
      if (typeof item !== 'object' || item === null) return undefined;
      const { source, quote } = item as { source?: unknown; quote?: unknown };
      if (typeof source !== 'string' || typeof quote !== 'string') return undefined;
      evidence.push({ source, quote });
    }
    return evidence;
  } catch {
    return undefined;
  }
}

/** The sources a GraphML file written by diplomap carries as JSON. */
export function parseSources(value: string): Source[] {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is Source =>
        typeof item === 'object' &&
        item !== null &&
        ['id', 'title', 'publisher', 'published'].every(
          (key) => typeof (item as Record<string, unknown>)[key] === 'string',
        ),
    );
  } catch {
    return [];
  }
}

/** The fields of one node or edge, split into those diplomap maps and the attributes kept. */
class Fields {
  private readonly mapped = new Map<string, Field>();
  readonly attributes: Record<string, AttributeValue> = Object.create(null) as Record<
    string,
    AttributeValue
  >;

  constructor(
    fields: readonly Field[],
    reserved: ReadonlySet<string>,
    private readonly builder: DatasetBuilder,
  ) {
    for (const field of fields) {
      if (field.name.toLowerCase().startsWith(ATTRIBUTE_PREFIX)) {
        this.keep({ ...field, name: field.name.slice(ATTRIBUTE_PREFIX.length) });
        continue;
      }
      const lower = field.name.trim().toLowerCase();
      if (reserved.has(lower) && !this.mapped.has(lower)) this.mapped.set(lower, field);
      else this.keep(field);
    }
  }

  /** Keeps a field as an attribute, typed; a value that does not parse is kept as text. */
  keep(field: Field): void {
    if (field.type !== 'string' && field.value.trim() === '') return;
    let value = typedValue(field.value, field.type);
    if (value === undefined) {
      this.builder.report(
        {
          category: 'bad-value',
          severity: 'warning',
          message: `"${field.value}" is not a${field.type === 'integer' ? 'n' : ''} ${field.type} (attribute "${field.name}"); kept as text`,
        },
        field.place,
      );
      value = field.value;
    }
    this.attributes[field.name] = value;
  }

  /** The value of the first of these names present, taken out; the others stay for `rest`. */
  take(...names: string[]): string | undefined {
    for (const name of names) {
      const field = this.mapped.get(name);
      if (field === undefined) continue;
      this.mapped.delete(name);
      if (field.value.trim() !== '') return field.value;
    }
    return undefined;
  }

  field(name: string): Field | undefined {
    return this.mapped.get(name);
  }

  /** Keeps every mapped field not taken as an attribute. */
  rest(): Record<string, AttributeValue> {
    for (const field of this.mapped.values()) this.keep(field);
    this.mapped.clear();
    return this.attributes;
  }
}

interface ActorExtras {
  id: string;
  placeholder?: boolean;
  affiliation?: string;
  evidence?: Evidence[];
}

interface RelationExtras {
  source: string;
  target: string;
  status?: RelationStatusId;
  claimedBy?: string[];
  note?: string;
  evidence?: Evidence[];
}

/**
 * Maps the nodes and edges GEXF and GraphML readers find onto the builder,
 * and restores what the builder does not carry (statuses, notes, claims,
 * evidence with its sources, affiliations, placeholders) once it finishes.
 */
export class GraphFeeder {
  readonly builder: DatasetBuilder;
  private readonly actorExtras: ActorExtras[] = [];
  private readonly relationExtras: RelationExtras[] = [];
  private readonly nodeIds = new Set<string>();
  private readonly edges: Array<{ input: EdgeInput; fields: readonly Field[]; place: Place }> = [];

  constructor(
    format: 'gexf' | 'graphml',
    private readonly title: string,
    private readonly importedOn = new Date().toISOString().slice(0, 10),
  ) {
    this.builder = new DatasetBuilder(format, title, importedOn);
  }

  /**
   * A node: its label attribute (GEXF) wins, then a field named label or
   * name, then the fallback (yEd's drawn label); the builder falls back to the id.
   */
  node(
    id: string,
    label: string | undefined,
    fields: readonly Field[],
    place: Place,
    fallbackName?: string,
  ): void {
    const found = new Fields(fields, NODE_TITLES, this.builder);
    const name = label ?? found.take('label', 'name') ?? fallbackName;
    const kind = found.take('kind', 'type', 'category');
    const role = found.take('role');
    const description = found.take('description');
    const aliases = found.take('aliases');
    this.nodeIds.add(id);
    const extras: ActorExtras = { id };
    const affiliation = found.take('affiliation');
    if (affiliation !== undefined) extras.affiliation = affiliation;
    const placeholder = found.field('placeholder');
    if (placeholder && typedValue(placeholder.value, 'boolean') !== undefined) {
      found.take('placeholder');
      if (typedValue(placeholder.value, 'boolean') === true) extras.placeholder = true;
    }
    const evidence = found.field('evidence');
    const parsed = evidence && parseEvidence(evidence.value);
    if (parsed) {
      found.take('evidence');
      extras.evidence = parsed;
    }
    const attributes = found.rest();
    this.builder.addActor(
      {
        id,
        ...(name !== undefined ? { name } : {}),
        ...(kind !== undefined ? { kind } : {}),
        ...(role !== undefined ? { role } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(aliases !== undefined ? { aliases: splitList(aliases) } : {}),
        attributes,
      },
      place,
    );
    this.actorExtras.push(extras);
  }

  /** An edge, read once every node is known (GraphML may list edges first). */
  edge(input: EdgeInput, fields: readonly Field[], place: Place): void {
    this.edges.push({ input, fields, place });
  }

  private addEdge(input: EdgeInput, fields: readonly Field[], place: Place): void {
    const found = new Fields(fields, EDGE_TITLES, this.builder);
    const fieldKind = found.take('kind', 'type', 'relation');
    const label = nonEmpty(input.label?.trim()) !== undefined ? input.label : found.take('label');
    const kind = fieldKind ?? (nonEmpty(input.kind?.trim()) ? input.kind : undefined) ?? label;
    if (fieldKind !== undefined && input.kind !== undefined && input.kind.trim() !== '') {
      found.keep({ name: 'kind', value: input.kind, type: 'string', place });
    }
    if (label !== undefined && kind !== label && !sameKind(label, kind)) {
      found.keep({ name: 'label', value: label, type: 'string', place });
    }
    const date = found.take('date') ?? input.date;
    const weight = input.weight?.trim() ? input.weight : found.take('weight');
    const quote = found.take('quote');
    const extras: RelationExtras = { source: input.source, target: input.target };
    const status = found.field('status');
    if (status && isRelationStatus(status.value.trim())) {
      found.take('status');
      extras.status = status.value.trim() as RelationStatusId;
    }
    const claimedBy = found.take('claimedby');
    if (claimedBy !== undefined) extras.claimedBy = splitList(claimedBy);
    const note = found.take('note');
    if (note !== undefined) extras.note = note;
    const evidence = found.field('evidence');
    const parsed = evidence && parseEvidence(evidence.value);
    if (parsed) {
      found.take('evidence');
      extras.evidence = parsed;
    }
    let directed = input.directed;
    const directedField = found.field('directed');
    if (directedField) {
      const value = typedValue(directedField.value, 'boolean');
      if (typeof value === 'boolean') {
        found.take('directed');
        directed = value;
      }
    }
    const attributes = found.rest();
    this.builder.addRelation(
      {
        ...(input.id !== undefined ? { id: input.id } : {}),
        source: input.source,
        target: input.target,
        ...(kind !== undefined ? { kind } : {}),
        ...(directed !== undefined ? { directed } : {}),
        ...(date !== undefined ? { date } : {}),
        ...(weight !== undefined ? { weight: weight.trim() } : {}),
        ...(quote !== undefined ? { quote } : {}),
        attributes,
      },
      place,
    );
    // The builder drops an edge without an end or from a node to itself; it keeps every other.
    const source = input.source;
    const target = input.target;
    if (source.trim() !== '' && target.trim() !== '' && source !== target) {
      this.relationExtras.push(extras);
    }
  }

  /** Finishes the import, restoring what the builder does not carry. */
  finish(fileSources: readonly Source[] = [], description?: string): ImportResult {
    this.addEdges();
    const result = this.builder.finish();
    const dataset = result.dataset;
    if (!dataset) return result;
    if (description) dataset.description = description;
    const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
    const restored = new Set<string>();
    for (const extras of this.actorExtras) {
      const actor = actors.get(extras.id);
      // Later nodes with the same id were dropped by the builder.
      if (!actor || restored.has(extras.id)) continue;
      restored.add(extras.id);
      if (extras.affiliation !== undefined) actor.affiliation = extras.affiliation;
      if (extras.placeholder) actor.placeholder = true;
      if (extras.evidence) actor.evidence = extras.evidence;
    }
    dataset.relations.forEach((relation, index) => {
      const extras = this.relationExtras[index];
      if (!extras || extras.source !== relation.source || extras.target !== relation.target) return;
      if (extras.status !== undefined) relation.status = extras.status;
      if (extras.claimedBy !== undefined) relation.claimedBy = extras.claimedBy;
      if (extras.note !== undefined) relation.note = extras.note;
      if (extras.evidence !== undefined) relation.evidence = extras.evidence;
    });
    dataset.sources = this.sourcesFor(dataset, fileSources);
    return result;
  }

  /**
   * Feeds the edges to the builder. Gephi numbers nodes and edges from 0
   * alike, but on the map they share one namespace: an edge whose id is a
   * node's is renamed ("edge-0"), with one warning for all.
   */
  private addEdges(): void {
    let renamed = 0;
    let first: { id: string; place: Place } | undefined;
    for (const { input, fields, place } of this.edges) {
      let id = input.id;
      if (id !== undefined && this.nodeIds.has(id)) {
        renamed++;
        first ??= { id, place };
        do id = `edge-${id}`;
        while (this.nodeIds.has(id));
      }
      this.addEdge(id === input.id ? input : { ...input, id }, fields, place);
    }
    if (first) {
      this.builder.report(
        {
          category: 'duplicate-id',
          severity: 'warning',
          message:
            renamed === 1
              ? `edge id "${first.id}" is also a node id; the edge is kept as "edge-${first.id}"`
              : `${renamed} edge ids are also node ids (the first "${first.id}"); those edges are kept as "edge-" followed by their id`,
        },
        first.place,
      );
    }
    this.edges.length = 0;
  }

  /** The file's sources, and one for every other source the evidence cites. */
  private sourcesFor(dataset: Dataset, fileSources: readonly Source[]): Source[] {
    const sources = [...fileSources];
    const known = new Set(sources.map((source) => source.id));
    const cited = [
      ...dataset.actors.flatMap((actor) => actor.evidence ?? []),
      ...dataset.relations.flatMap((relation) => relation.evidence),
    ];
    for (const { source } of cited) {
      if (known.has(source)) continue;
      known.add(source);
      sources.push(
        stubSource(source, source === 'imported' ? this.title : source, this.importedOn),
      );
    }
    return sources;
  }
}

function sameKind(label: string, kind: string | undefined): boolean {
  if (kind === undefined) return false;
  const mapped = relationKindOf(kind);
  return mapped !== undefined ? relationKindOf(label) === mapped : label.trim() === kind.trim();
}

/** A GEXF start/end pair as a diplomap date or interval ("2016-04-02/2016-04-05", "2015/.."). */
export function spanOf(start: string | undefined, end: string | undefined): string | undefined {
  const from = start?.trim() ? (dateOf(start) ?? start.trim()) : undefined;
  const to = end?.trim() ? (dateOf(end) ?? end.trim()) : undefined;
  if (from !== undefined && to !== undefined) return from === to ? from : `${from}/${to}`;
  if (from !== undefined) return `${from}/..`;
  if (to !== undefined) return `../${to}`;
  return undefined;
}

/** Why a text could not be read as XML, with where. */
export interface XmlFailure {
  category: 'refused' | 'syntax';
  message: string;
  place: Place;
}

/**
 * Parses the text with the reader's parser (the browser's when none is
 * given): refused for DOCTYPE and ENTITY declarations, syntax otherwise.
 */
export function parseDocument(
  text: string,
  parseXml: XmlParser | undefined,
): { document: Document } | { failure: XmlFailure } {
  const refusal = refuseDoctype(text);
  if (refusal) {
    return {
      failure: {
        category: 'refused',
        message: refusal.message,
        place: { line: refusal.line, column: refusal.column },
      },
    };
  }
  if (!parseXml && typeof DOMParser === 'undefined') {
    return {
      failure: { category: 'refused', message: 'no XML parser was given', place: {} },
    };
  }
  const parse = (parseXml ?? browserXmlParser)(text);
  if (parse.ok) return { document: parse.document };
  const place: Place = {};
  if (parse.line !== undefined) place.line = parse.line;
  if (parse.column !== undefined) place.column = parse.column;
  return { failure: { category: 'syntax', message: parse.message, place } };
}

/** Parses a document and checks its root element: <gexf>, <graphml>. */
export function parseRoot(
  text: string,
  parseXml: XmlParser | undefined,
  rootName: string,
  formatName: string,
): { root: Element } | { failure: XmlFailure } {
  const parsed = parseDocument(text, parseXml);
  if ('failure' in parsed) return parsed;
  const root = parsed.document.documentElement;
  if (root.localName === rootName) return { root };
  return {
    failure: {
      category: 'syntax',
      message: `not a ${formatName} file: the root element is <${root.tagName}>, not <${rootName}>`,
      place: placeOf(root, root.tagName),
    },
  };
}

/** The result of an import that stopped at one error. */
export function failedImport(
  format: 'gexf' | 'graphml',
  failure: Omit<XmlFailure, 'category'> & { category: ImportIssue['category'] },
): ImportResult {
  const builder = new DatasetBuilder(format, '');
  builder.report(
    { category: failure.category, severity: 'error', message: failure.message },
    failure.place,
  );
  return builder.finish();
}
