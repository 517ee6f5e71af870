/**
 * A relation's date as a form edits it: a precision (day, month, year, or an
 * interval) and the values of its inputs, to and from the ISO form the
 * dataset keeps ("2016-04-05", "2016-04", "2016", "2016-04-02/..").
 */
export type Precision = 'none' | 'day' | 'month' | 'year' | 'interval';

export interface DateFields {
  precision: Precision;
  day: string;
  month: string;
  year: string;
  from: string;
  to: string;
}

export function dateFields(value: string | undefined, fallback: string): DateFields {
  const base = {
    day: fallback.slice(0, 10),
    month: fallback.slice(0, 7),
    year: fallback.slice(0, 4),
    from: '',
    to: '',
  };
  if (value === undefined) return { ...base, precision: 'none' };
  if (value.includes('/')) {
    const [from = '', to = ''] = value.split('/');
    return {
      ...base,
      precision: 'interval',
      from: from === '..' ? '' : from,
      to: to === '..' ? '' : to,
    };
  }
  if (value.length === 10) return { ...base, precision: 'day', day: value };
  if (value.length === 7) return { ...base, precision: 'month', month: value };
  return { ...base, precision: 'year', year: value };
}

/** The ISO value, or undefined for no date; an interval needs at least one end. */
export function dateValue(fields: DateFields): string | undefined {
  switch (fields.precision) {
    case 'none':
      return undefined;
    case 'day':
      return fields.day || undefined;
    case 'month':
      return fields.month || undefined;
    case 'year':
      return fields.year.trim() || undefined;
    case 'interval':
      if (!fields.from && !fields.to) return undefined;
      return `${fields.from || '..'}/${fields.to || '..'}`;
  }
}
