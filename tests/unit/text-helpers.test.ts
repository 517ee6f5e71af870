import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/model/suggest';
import { parseDate } from '../../src/model/dates';
import { QuoteMatcher, foldText } from '../../src/model/quotes';
import { childPath, lineColumn, scanJson } from '../../src/model/json-text';

describe('parseDate', () => {
  it.each([
    ['', null],
    ['2016-4-5', null],
    ['2016-00', null],
    ['2015-02-29', null],
    ['../..', null],
    ['2016/2015', null],
    ['2016-04-05', { start: '2016-04-05', end: '2016-04-05' }],
    ['2016-02', { start: '2016-02-01', end: '2016-02-29' }],
    ['2015', { start: '2015-01-01', end: '2015-12-31' }],
    ['2016-04-02/2016-04-05', { start: '2016-04-02', end: '2016-04-05' }],
    ['2015/..', { start: '2015-01-01' }],
    ['../1994', { end: '1994-12-31' }],
  ])('%j → %j', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });
});

describe('quotes', () => {
  it('folds curly quotes, hyphenated line breaks and white space', () => {
    expect(foldText('“line of\n contact”  — it’s')).toBe('"line of contact" — it\'s');
    expect(foldText('Nagorno-\nKarabakh')).toBe('Nagorno-Karabakh');
  });

  it('finds verbatim spans and says how far a wrong quote matched', () => {
    const matcher = new QuoteMatcher('Russia shares a defense alliance with Armenia.');
    expect(matcher.check('shares a defense alliance').found).toBe(true);
    expect(matcher.check('').found).toBe(false);
    const miss = matcher.check('shares a defence alliance');
    expect(miss).toEqual({ found: false, matchedPrefix: 'shares a defen'.length });
  });
});

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('putn', 'putin')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only close candidates', () => {
    expect(closestMatch('putn', ['putin', 'lavrov'])).toBe('putin');
    expect(closestMatch('Russia', ['russia'])).toBe('russia');
    expect(closestMatch('zzzz', ['putin', 'lavrov'])).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});

describe('JSON text positions', () => {
  it('builds paths for odd keys', () => {
    expect(childPath('', 'actors')).toBe('actors');
    expect(childPath('actors', 3)).toBe('actors[3]');
    expect(childPath('x', 'a b')).toBe('x["a b"]');
    expect(childPath('x', '__proto__')).toBe('x.__proto__');
  });

  it('records where each value starts', () => {
    const text = '{\n  "a": [1, {"b": "c"}]\n}';
    const { offsets, error } = scanJson(text);
    expect(error).toBeUndefined();
    expect(lineColumn(text, offsets.get('a[1].b') ?? -1)).toEqual({ line: 2, column: 18 });
  });
});
