/**
 * XML for Node (the command line, tests), where there is no DOMParser:
 * xmldom, with every error and every lossy warning reported at its position.
 * Kept apart from parse.ts so that the page's bundle does not carry xmldom.
 */
import { DOMParser as XmldomParser } from '@xmldom/xmldom';
import { lineColumn } from '../../model/text-position';
import type { XmlParser } from '../shared/types';
import { betterPosition, failure, lenientProblems, precheck } from './parse';

interface XmldomContext {
  locator?: { lineNumber?: number; columnNumber?: number };
}

/** Warnings xmldom gives that lose nothing (the rest mean it guessed at malformed markup). */
const HARMLESS_WARNING = /replacement character/i;

/** xmldom, for Node (the command line, tests): every error and lossy warning with its position. */
export const nodeXmlParser: XmlParser = (input) => {
  const text = input.replace(/^\uFEFF/, '');
  const refused = precheck(text);
  if (refused) return refused;
  const errors: Array<{ message: string; line?: number; column?: number }> = [];
  const parser = new XmldomParser({
    locator: true,
    onError: (level, message, context: XmldomContext) => {
      if (level === 'warning' && HARMLESS_WARNING.test(message)) return;
      const line = context?.locator?.lineNumber;
      const column = context?.locator?.columnNumber;
      errors.push({
        message,
        ...(line ? { line } : {}),
        ...(line && column ? { column } : {}),
      });
    },
  });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    if (errors.length === 0) {
      errors.push({ message: error instanceof Error ? error.message : String(error) });
    }
  }
  const first = errors[0];
  if (first) return failure(first.message, ...betterPosition(text, first));
  const lenient = lenientProblems(text);
  if (lenient) {
    const { line, column } = lineColumn(text, lenient.offset);
    return failure(lenient.message, line, column);
  }
  if (!document?.documentElement) return failure('the file has no root element', 1, 1);
  return { ok: true, document };
};
