/**
 * Dates as news copy writes them, resolved against the article's date of
 * publication: "on Tuesday" (the Tuesday of the article's week, before it
 * for what happened and after it for what will), "last year", "this week",
 * "in March", "March 3, 2016", "since November 2020". The result keeps the
 * precision the words have: a year stays a year ("2015"), a month a month.
 */

export interface DateMention {
  start: number;
  end: number;
  /** ISO 8601: a day, a month, a year, or an interval "start/end" (".." when open). */
  value: string;
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
/** Month and day names in lower case, in calendar order (Sunday first, as Date counts). */
const names = (group: string) => group.slice(1, -1).toLowerCase().split('|');
const MONTHS = names(MONTH);
const WEEKDAYS = names(WEEKDAY);

const PATTERNS: Array<{
  re: RegExp;
  read: (m: RegExpExecArray, day: Date, future: boolean) => string | null;
}> = [
  {
    // since November 2020, since 2014
    re: new RegExp(`\\bsince\\s+(?:${MONTH}\\s+)?(\\d{4})\\b`, 'g'),
    read: (m) => `${m[2]}${m[1] ? `-${pad(monthIndex(m[1]) + 1)}` : ''}/..`,
  },
  {
    // March 3, 2016 · March 3 · 3 March 2016
    re: new RegExp(
      `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})\\s+${MONTH})(?:,?\\s+(\\d{4}))?\\b`,
      'g',
    ),
    read: (m, day, future) => {
      const month = monthIndex((m[1] ?? m[4]) as string);
      const date = Number(m[2] ?? m[3]);
      const year = m[5] ? Number(m[5]) : inferYear(day, month, future);
      return isoDay(year, month, date);
    },
  },
  {
    // in March 2016 · last July · in May
    re: new RegExp(
      `\\b(?:(in|last|next|this|early|late|mid-)\\s*)?${MONTH}(?:\\s+(\\d{4}))?\\b`,
      'g',
    ),
    read: (m, day, future) => {
      if (!m[1] && !m[3]) return null; // "May" alone may be a name
      const month = monthIndex(m[2] as string);
      let year = m[3] ? Number(m[3]) : inferYear(day, month, future);
      if (!m[3] && m[1] === 'last' && month >= day.getUTCMonth()) year = day.getUTCFullYear() - 1;
      if (!m[3] && m[1] === 'next' && month <= day.getUTCMonth()) year = day.getUTCFullYear() + 1;
      return `${year}-${pad(month + 1)}`;
    },
  },
  {
    // on Tuesday · last Saturday · next Thursday · Tuesday evening
    re: new RegExp(`\\b(?:(last|next|this)\\s+)?${WEEKDAY}\\b`, 'g'),
    read: (m, day, future) => {
      const target = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      const today = day.getUTCDay();
      let shift: number;
      if (m[1] === 'next') shift = ((target - today + 7) % 7) + (target === today ? 7 : 0);
      else if (m[1] === 'last') shift = -((today - target + 7) % 7 || 7);
      else if (future) shift = (target - today + 7) % 7;
      else shift = -((today - target + 7) % 7);
      return isoOf(addDays(day, shift));
    },
  },
  {
    re: /\b(today|tonight|yesterday|tomorrow|overnight)\b/gi,
    read: (m, day) => {
      const word = (m[1] as string).toLowerCase();
      return isoOf(addDays(day, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0));
    },
  },
  {
    re: /\b(last|this|next)\s+(week|month|year)\b/gi,
    read: (m, day, future) => {
      const which = (m[1] as string).toLowerCase();
      const unit = (m[2] as string).toLowerCase();
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      if (unit === 'year') return String(day.getUTCFullYear() + step);
      if (unit === 'month') {
        const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + step, 1));
        return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
      }
      const monday = addDays(day, -((day.getUTCDay() + 6) % 7) + 7 * step);
      const sunday = addDays(monday, 6);
      if (step === 0)
        return future ? `${isoOf(day)}/${isoOf(sunday)}` : `${isoOf(monday)}/${isoOf(day)}`;
      return `${isoOf(monday)}/${isoOf(sunday)}`;
    },
  },
  {
    // in 1994 · in 2016
    re: /\b(?:in|of|since)\s+((?:19|20)\d{2})\b/g,
    read: (m) => m[1] as string,
  },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase());
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

function isoOf(day: Date): string {
  return day.toISOString().slice(0, 10);
}

function isoDay(year: number, month: number, date: number): string | null {
  const d = new Date(Date.UTC(year, month, date));
  return d.getUTCMonth() === month ? isoOf(d) : null;
}

/** The year of a month named without one: the nearest such month before (or, for plans, after) the article. */
function inferYear(day: Date, month: number, future: boolean): number {
  const year = day.getUTCFullYear();
  if (future) return month < day.getUTCMonth() ? year + 1 : year;
  return month > day.getUTCMonth() ? year - 1 : year;
}

/** Parses the article's date; null unless it is a real "YYYY-MM-DD". */
export function articleDay(published: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoOf(day) === published ? day : null;
}

/**
 * Every date in a stretch of text, resolved; `future` says whether the text
 * speaks of what will happen. Offsets are the text's own plus `offset`.
 */
export function findDates(
  text: string,
  published: Date,
  future: boolean,
  offset = 0,
): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const value = read(m, published, future);
      if (value) found.push({ start, end, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
