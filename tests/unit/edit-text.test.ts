import { describe, expect, it } from 'vitest';
import {
  QuoteLocator,
  articleFromFile,
  foldWithOffsets,
  htmlToText,
  matchActors,
  paragraphsOf,
  uncodedSentences,
} from '../../src/edit';
import { foldText } from '../../src/model/quotes';
import type { Actor } from '../../src/model/types';
import { parseBundled, readBundled } from './_bundled';

const report = readBundled().sourceTexts.get('wapo-2016-04-05')!;

describe('quote offsets', () => {
  it('folds exactly as the validator does', () => {
    for (const text of [report, '  a “b”\u00a0 c -\n  d\r\n\r\n e--\nf -x  ', '', '\n\n']) {
      expect(foldWithOffsets(text).folded).toBe(foldText(text));
    }
  });

  it('finds every quote of the bundled dataset over the words it folds from', () => {
    const { dataset } = parseBundled();
    const locator = new QuoteLocator(report);
    const quotes = [
      ...dataset!.actors.flatMap((a) => a.evidence ?? []),
      ...dataset!.relations.flatMap((r) => r.evidence),
    ];
    expect(quotes.length).toBeGreaterThan(50);
    for (const { quote } of quotes) {
      const span = locator.locate(quote);
      expect(span, quote).not.toBeNull();
      expect(foldText(report.slice(span!.start, span!.end))).toBe(foldText(quote));
    }
  });

  it('marks a quote typed with straight quotes over the curly ones, and across a hyphen break', () => {
    const locator = new QuoteLocator(report);
    const alliance = locator.locate('Russia, which shares a defense alliance with Armenia');
    expect(report.slice(alliance!.start, alliance!.end)).toBe(
      'Russia, which shares a defense alliance with Armenia',
    );
    const curly = locator.locate('the "line of contact"');
    expect(report.slice(curly!.start, curly!.end)).toBe('the “line of contact”');
    const broken = locator.locate('the Nagorno-Karabakh territory said');
    expect(report.slice(broken!.start, broken!.end)).toBe('the Nagorno-\nKarabakh territory said');
    expect(locator.locate('Russia telephoned Turkey')).toBeNull();
    expect(locator.locate('   ')).toBeNull();
  });
});

describe('paragraphs and sentences', () => {
  it('splits paragraphs on blank lines, keeps a single break inside one, and finds sentences', () => {
    const text = 'First one. Second one.\n\n\nThird, in the\nsame paragraph. Fourth.\n';
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'First one. Second one.',
      'Third, in the\nsame paragraph. Fourth.',
    ]);
    expect(paragraphs[1]!.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Third, in the\nsame paragraph.',
      'Fourth.',
    ]);
  });

  it('tells which sentences no quote covers', () => {
    const text = 'Russia called Armenia. Nothing here. Turkey backs Azerbaijan.';
    const covered = [
      { start: 0, end: 6 },
      { start: text.indexOf('backs'), end: text.indexOf('backs') + 5 },
    ];
    expect(
      uncodedSentences(paragraphsOf(text), covered).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Nothing here.']);
  });
});

describe('articles from files', () => {
  it('reduces a web page to its text: scripts, styles and markup dropped, paragraphs kept', () => {
    const html = `<!doctype html><html><head><title>Talks &amp; truce</title>
      <meta property="og:site_name" content="Daily Planet">
      <meta property="article:published_time" content="2016-04-06T10:00:00Z">
      <link rel="canonical" href="https://example.org/talks">
      <style>p { color: red }</style><script>alert("x")</script></head>
      <body><nav>Home | World</nav><article><h1>Talks   begin</h1>
      <p>Russia&#8217;s foreign minister <b>met</b> his
         counterpart.<br>A second line.</p><script>document.write('<p>evil</p>')</script>
      <p>&ldquo;We agree,&rdquo; he said &mdash; twice.</p><!-- <p>hidden</p> --></article>
      <footer>© 2016</footer></body></html>`;
    const page = htmlToText(html);
    expect(page.text).toBe(
      'Talks begin\n\nRussia\u2019s foreign minister met his counterpart.\nA second line.\n\n\u201CWe agree,\u201D he said \u2014 twice.',
    );
    expect(page).toMatchObject({
      title: 'Talks & truce',
      publisher: 'Daily Planet',
      published: '2016-04-06',
      url: 'https://example.org/talks',
    });
    expect(page.text).not.toMatch(/alert|evil|hidden|color|Home/);
  });

  it('keeps plain text and Markdown as they are, line ends made \\n', () => {
    expect(articleFromFile('a.txt', '\uFEFFOne.\r\n\r\nTwo.').text).toBe('One.\n\nTwo.');
    expect(articleFromFile('a.md', '# Heading\n\n*Text*')).toEqual({
      text: '# Heading\n\n*Text*',
      title: 'Heading',
    });
    expect(articleFromFile('page.htm', '<p>Hi</p>').text).toBe('Hi');
  });
});

describe('matching a new article to the actors', () => {
  const actors: Actor[] = [
    { id: 'sarkisian', name: 'Serzh Sarkisian', kind: 'person', aliases: ['Sarkisian'] },
    { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Kremlin'] },
    { id: 'putin', name: 'Vladimir Putin', kind: 'person' },
    { id: 'turkey', name: 'Turkey', kind: 'state' },
  ];
  it('matches by name, alias and surname, whole words only, and offers near spellings', () => {
    const text = 'The Kremlin said Putin spoke to Sargsyan. Russian troops moved. Sargsyan agreed.';
    const mentions = matchActors(text, actors);
    expect(mentions).toEqual([
      { actor: 'sarkisian', quote: 'Sargsyan', count: 2, how: 'similar' },
      { actor: 'russia', quote: 'Kremlin', count: 1, how: 'alias' },
      { actor: 'putin', quote: 'Putin', count: 1, how: 'surname' },
    ]);
  });
});
