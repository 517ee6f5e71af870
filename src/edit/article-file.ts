/** An article opened from a file: web pages reduced to text, plain text and Markdown as they are. */
import { htmlToText, type PageText } from './html-text';

export function isHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html\b)/i.test(text);
}

/** The article's text from a file's name and content (line ends made \n, a byte-order mark dropped). */
export function articleFromFile(name: string, content: string): PageText {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (isHtml(name, text)) return htmlToText(text);
  const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
  return title && /\.(md|markdown)$/i.test(name) ? { text, title } : { text };
}
