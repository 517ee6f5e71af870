/**
 * An article saved as a web page, reduced to its text: scripts, styles and
 * every tag dropped, paragraphs kept (one blank line between blocks),
 * character references decoded. What the page says about itself (title,
 * site, date, address) is read too, to fill in the article's details. Pure
 * string work: nothing of the page is ever parsed into the document or run.
 */

export interface PageText {
  text: string;
  title?: string;
  publisher?: string;
  /** ISO day, when the page gives one. */
  published?: string;
  url?: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00B7',
  prime: '\u2032',
  Prime: '\u2033',
  deg: '\u00B0',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  euro: '\u20AC',
  pound: '\u00A3',
  times: '\u00D7',
  eacute: '\u00E9',
  egrave: '\u00E8',
  ecirc: '\u00EA',
  aacute: '\u00E1',
  agrave: '\u00E0',
  acirc: '\u00E2',
  iacute: '\u00ED',
  oacute: '\u00F3',
  ocirc: '\u00F4',
  uacute: '\u00FA',
  ntilde: '\u00F1',
  ccedil: '\u00E7',
  auml: '\u00E4',
  ouml: '\u00F6',
  uuml: '\u00FC',
  Auml: '\u00C4',
  Ouml: '\u00D6',
  Uuml: '\u00DC',
  szlig: '\u00DF',
  Eacute: '\u00C9',
  zwj: '\u200D',
  zwnj: '\u200C',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
};

/** Decodes character references: named ones diplomap knows, and every numeric one. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    }
    return NAMED[name] ?? whole;
  });
}

/** Elements dropped with all they hold. */
const DROPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'figure',
];
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'pre',
  'hr',
  'figcaption',
  'address',
]);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[2] ?? match?.[3] ?? match?.[4];
  return value === undefined ? undefined : decodeEntities(value).trim();
}

function metadata(html: string): Omit<PageText, 'text'> {
  const page: Omit<PageText, 'text'> = {};
  const meta: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const key = (
      attribute(tag, 'property') ??
      attribute(tag, 'name') ??
      attribute(tag, 'itemprop')
    )?.toLowerCase();
    const content = attribute(tag, 'content');
    if (key && content && !(key in meta)) meta[key] = content;
  }
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const heading =
    meta['og:title'] ?? (title ? decodeEntities(title).replace(/\s+/g, ' ').trim() : undefined);
  if (heading) page.title = heading;
  const site = meta['og:site_name'] ?? meta['publisher'] ?? meta['application-name'];
  if (site) page.publisher = site;
  const time = /<time\b[^>]*>/i.exec(html)?.[0];
  const date =
    meta['article:published_time'] ??
    meta['datepublished'] ??
    meta['date'] ??
    meta['dc.date'] ??
    (time ? attribute(time, 'datetime') : undefined);
  const day = date ? /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] : undefined;
  if (day) page.published = day;
  const canonical = /<link\b[^>]*rel\s*=\s*["']?canonical[^>]*>/i.exec(html)?.[0];
  const url = meta['og:url'] ?? (canonical ? attribute(canonical, 'href') : undefined);
  if (url && /^https?:\/\//i.test(url)) page.url = url;
  return page;
}

/** The page's text in paragraphs, and what it says about itself. */
export function htmlToText(html: string): PageText {
  const page = metadata(html);
  let body = html.replace(/<!--[\s\S]*?(-->|$)/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const name of DROPPED)
    body = body.replace(new RegExp(`<${name}\\b[\\s\\S]*?(<\\/${name}\\s*>|$)`, 'gi'), ' ');
  // An article element, when there is one, holds the story without the page around it.
  const article = /<article\b[^>]*>([\s\S]*)<\/article\s*>/i.exec(body)?.[1];
  if (article !== undefined && article.replace(/<[^>]*>/g, '').trim() !== '') body = article;
  const marked = body
    .replace(/<br\b[^>]*>/gi, '\u0001')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_, name: string) =>
      BLOCKS.has(name.toLowerCase()) ? '\u0000' : '',
    )
    .replace(/<[^>]*>/g, '');
  const paragraphs = marked
    .split('\u0000')
    .map((block) =>
      block
        .split('\u0001')
        .map((line) =>
          decodeEntities(line.replace(/[ \t\n\r\f]+/g, ' '))
            .replace(/[ \t]+/g, ' ')
            .trim(),
        )
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((block) => block !== '');
  return { ...page, text: paragraphs.join('\n\n') };
}
