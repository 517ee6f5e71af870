import { describe, expect, it } from 'vitest';
import { articleDay, findDates } from '../../src/extract/dates';

// Tuesday 5 April 2016, the bundled report's date.
const day = articleDay('2016-04-05') as Date;
const one = (text: string, future = false) => findDates(text, day, future)[0]?.value;

describe('extract: relative dates', () => {
  it('reads a weekday as the one before the article for what happened, after it for what will', () => {
    expect(one('fighting resumed Saturday')).toBe('2016-04-02');
    expect(one('on Tuesday evening')).toBe('2016-04-05');
    expect(one('will travel on Thursday', true)).toBe('2016-04-07');
    expect(one('last Tuesday')).toBe('2016-03-29');
    expect(one('next Tuesday')).toBe('2016-04-12');
  });

  it('keeps the precision of the words', () => {
    expect(one('since Turkey downed a jet last year')).toBe('2015');
    expect(one('a cease-fire was signed in 1994')).toBe('1994');
    expect(one('in March')).toBe('2016-03');
    expect(one('in May')).toBe('2015-05');
    expect(one('in May', true)).toBe('2016-05');
    expect(one('on March 3, 2015')).toBe('2015-03-03');
    expect(one('since November 2020')).toBe('2020-11/..');
    expect(one('this week', true)).toBe('2016-04-05/2016-04-10');
    expect(one('yesterday')).toBe('2016-04-04');
  });

  it('refuses an article date that is not a real day', () => {
    expect(articleDay('2016-02-30')).toBeNull();
    expect(articleDay('5 April 2016')).toBeNull();
  });
});
