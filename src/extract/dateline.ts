/**
 * The dateline that opens wire copy: a city in capitals at a line's start near the top, then a
 * comma and a date ("NAIROBI, Aug 4 —"), or the country, the agency and a dash ("BAKU,
 * Azerbaijan (AP) —", "KYIV (Reuters) -"; the dash stands apart: "NATO-led troops" is none). It
 * says where the report was filed, not who acts.
 */
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu} .'’-]+?)(?:\/[\p{Lu} .'’-]+)?\s*(?:,\s+\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}\b|(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?\s*(?:\([^()\n]{1,40}\))?\s*[—–-](?=\s))/mu;

export interface Dateline {
  /** The city, as written. */
  city: string;
  start: number;
  /** Where the report's words begin: after the dateline's dash or date. */
  end: number;
}

/** The article's dateline, if it has one. */
export function datelineOf(article: string): Dateline | undefined {
  const line = DATELINE.exec(article.slice(0, 600));
  return line
    ? { city: line[1] as string, start: line.index, end: line.index + line[0].length }
    : undefined;
}
