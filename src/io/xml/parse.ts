/**
 * Parsing XML for the GEXF and GraphML readers: the browser's DOMParser here
 * (xmldom for Node is in xmldom.ts, kept out of the page's bundle), errors
 * with their position, the refusal of DOCTYPE and ENTITY declarations (how
 * XML files blow up or reach outside), and what xmldom lets through but a
 * browser refuses, so that both environments judge a file alike.
 */
import { LineIndex } from '../../model/text-position';
import type { Place, XmlParse, XmlParser } from '../shared/types';
import { placeOf } from './dom';

/** Characters XML 1.0 does not allow anywhere (control characters, lone surrogates, U+FFFE/F). */
export const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** A DOCTYPE or an ENTITY declaration anywhere in the text: refused. */
export function refuseDoctype(
  text: string,
): { message: string; line: number; column: number } | undefined {
  const match = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (!match) return undefined;
  const declaration = (match[1] as string).toUpperCase();
  return {
    message: `the file has a ${declaration} declaration; diplomap does not read XML with DOCTYPE or ENTITY declarations`,
    ...new LineIndex(text).at(match.index),
  };
}

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

/**
 * Where the reader should look, where xmldom's locator lags behind: the
 * closing tag of a mismatch, stray text before or after the root, the start
 * of a file without a root.
 */
export function betterPosition(
  text: string,
  error: { message: string; line?: number; column?: number },
): [number | undefined, number | undefined] {
  const lines = new LineIndex(text);
  const mismatch = /mismatch: "[^"]*" != "([^"]+)"/.exec(error.message);
  if (mismatch && error.line !== undefined) {
    const from = lines.offsetOf(error.line, error.column ?? 1);
    const at = text.indexOf(`</${mismatch[1] as string}`, from);
    if (at !== -1) {
      const { line, column } = lines.at(at);
      return [line, column];
    }
  }
  if (/extra content|outside root/i.test(error.message)) {
    const before = /\S/.exec(text.slice(0, Math.max(0, text.indexOf('<'))));
    const last = text.lastIndexOf('>') + 1;
    const after = /\S/.exec(text.slice(last));
    const at = before ? before.index : after ? last + after.index : undefined;
    if (at !== undefined) {
      const { line, column } = lines.at(at);
      return [line, column];
    }
  }
  if (/missing root element/i.test(error.message)) return [1, 1];
  return [error.line, error.column];
}

/** Why a text could not be read as XML, with where. */
export interface XmlFailure {
  category: 'refused' | 'syntax' | 'missing-field';
  message: string;
  place: Place;
}

/**
 * Parses the text with the reader's parser (the browser's when none is
 * given) and checks its root element (<gexf>, <graphml>).
 */
export function parseRoot(
  text: string,
  parseXml: XmlParser | undefined,
  rootName: string,
  formatName: string,
): { root: Element } | { failure: XmlFailure } {
  const refusal = refuseDoctype(text);
  if (refusal) {
    const { message, line, column } = refusal;
    return { failure: { category: 'refused', message, place: { line, column } } };
  }
  if (!parseXml && typeof DOMParser === 'undefined')
    return { failure: { category: 'refused', message: 'no XML parser was given', place: {} } };
  const parse = (parseXml ?? browserXmlParser)(text);
  if (!parse.ok) {
    const place: Place = {};
    if (parse.line !== undefined) place.line = parse.line;
    if (parse.column !== undefined) place.column = parse.column;
    return { failure: { category: 'syntax', message: parse.message, place } };
  }
  const root = parse.document.documentElement;
  if (root.localName === rootName) return { root };
  return {
    failure: {
      category: 'syntax',
      message: `not a ${formatName} file: the root element is <${root.tagName}>, not <${rootName}>`,
      place: placeOf(root, root.tagName),
    },
  };
}
