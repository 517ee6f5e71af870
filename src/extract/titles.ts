/**
 * Titles of office as news copy writes them before or beside a name
 * ("Russian Foreign Minister Sergei Lavrov", "Elin Suleymanov, Azerbaijan's
 * ambassador to the United States"), and the role they give the person.
 */
import { literal } from './text';

/** Titles, longest first where one contains another; matched case-insensitively. */
const TITLES = [
  'foreign policy chief',
  'lieutenant general',
  'brigadier general',
  'major general',
  'field marshal',
  'foreign ministry spokeswoman',
  'foreign ministry spokesman',
  'foreign ministry spokesperson',
  'national security adviser',
  'national security advisor',
  'deputy foreign minister',
  'deputy prime minister',
  'deputy secretary of state',
  'secretary of state',
  'chief diplomat',
  'top diplomat',
  'secretary-general',
  'secretary general',
  'high representative',
  'high commissioner',
  'permanent representative',
  'supreme leader',
  'foreign secretary',
  'defence secretary',
  'defense secretary',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'interior minister',
  'prime minister',
  'vice president',
  'vice premier',
  'crown prince',
  'special envoy',
  'chief of staff',
  'spokeswoman',
  'speaker',
  'governor',
  'mayor',
  'spokesperson',
  'spokesman',
  'negotiator',
  'coordinator',
  'adviser',
  'advisor',
  'aide',
  'ambassador',
  'representative',
  'chancellor',
  'president',
  'premier',
  'minister',
  'secretary',
  'commissioner',
  'counterpart',
  'chairperson',
  'chairwoman',
  'chairman',
  'chair',
  'director',
  'commander',
  'general',
  'colonel',
  'admiral',
  'marshal',
  'envoy',
  'emir',
  'king',
  'queen',
  'prince',
  'sultan',
  'leader',
  'head',
  'chief',
];

/** Military ranks: titles only when capitalised before a name ("General Abdourahamane Tiani"). */
export const RANKS = new Set([
  'lieutenant general',
  'brigadier general',
  'major general',
  'field marshal',
  'general',
  'colonel',
  'admiral',
  'marshal',
]);

/** Titles whose bearer serves abroad: "ambassador to X" makes an envoy. */
export const ENVOY_TITLES = new Set([
  'ambassador',
  // A Commonwealth state's ambassador to another.
  'high commissioner',
  'envoy',
  'special envoy',
  'representative',
  'permanent representative',
]);

/** Titles that name no state of their own: a country's word must come with them. */
const NEEDS_AFFILIATION_FOR_NAME = new Set([
  'negotiator',
  'coordinator',
  'representative',
  'adviser',
  'advisor',
  'aide',
  'leader',
  'head',
  'chief',
  'chair',
  'director',
  'counterpart',
]);

/** Titles that belong to one state when the article names none ("Secretary of State Antony Blinken"). */
export const TITLE_STATES: Record<string, string> = {
  'secretary of state': 'united-states',
  'deputy secretary of state': 'united-states',
};

const escape = (s: string) => literal(s).replace(/[ -]/g, '[\\s-]+');

/** Any title, as a whole word. */
export const TITLE_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${TITLES.map(escape).join('|')})(?:-(?:elect|designate))?(?![\\p{L}])`,
  'giu',
);

/** A title and its comma, last in the words before a name ("the territory's foreign minister, "). */
export const TITLE_AND_COMMA = new RegExp(
  `(?<![\\p{L}-])(?:${TITLES.map(escape).join('|')})\\s*,\\s+$`,
  'iu',
);

/** A title and nothing more, as a whole ("Minister", "foreign minister"). */
const TITLE_ONLY = new RegExp(`^(?:${TITLES.map(escape).join('|')})$`, 'iu');

/** Whether words are a title and nothing more (a test without TITLE_PATTERN's global state). */
export function isTitle(words: string): boolean {
  return TITLE_ONLY.test(words);
}

/**
 * Titles of an institution of their own (a parliament, a province, a city): they take a state
 * named right before them ("Iranian parliament speaker"), never one inherited from another
 * person's title or the sentence ("US envoy Amos Hochstein … through parliament speaker Nabih
 * Berri").
 */
const OWN_INSTITUTION = new Set(['speaker', 'governor', 'mayor']);

/** Whether a title, with the words before it, takes no state from others ("opposition leader"). */
export function ownInstitution(key: string, before: string): boolean {
  return OWN_INSTITUTION.has(key) || /\bopposition\s+$/i.test(before);
}

/** The title's entry in the list ("Foreign  Minister" → "foreign minister"). */
export function titleKey(words: string): string {
  return words
    .toLowerCase()
    .replace(ELECT, '')
    .replace(/[\s-]+/g, (m) => (m.includes('-') ? '-' : ' '));
}

/** "President-elect", "prime minister-designate": an office not yet taken up. */
const ELECT = /-(?:elect|designate)$/i;

/** The word that makes a title's office one its bearer has not yet taken up ("elect"), if any. */
export function titleToCome(words: string): string | undefined {
  return ELECT.exec(words)?.[0].slice(1).toLowerCase();
}

/** Whether the title may stand before a bare name without a state's word. */
export function titleNamesAlone(key: string): boolean {
  return !NEEDS_AFFILIATION_FOR_NAME.has(key);
}

/** "secretary of state" → "Secretary of State". */
const capitalise = (words: string) =>
  words.replace(/(^|[\s-])(\p{Ll}+)/gu, (whole, before: string, word: string) =>
    before !== '' && /^(of|the|for|and|to|in)$/.test(word)
      ? whole
      : before + word.charAt(0).toUpperCase() + word.slice(1),
  );

/**
 * How a role names a state or body: "the United States", "the European Union",
 * but "Russia", "NATO".
 */
export function withArticle(name: string): string {
  if (/^\p{Lu}[\p{Lu}\d.-]*$/u.test(name)) return name;
  return /^(United|Republic|Democratic|Kingdom)\b|\b(Republic|Union|Emirates|Islands|Community|Organi[sz]ation|League|Council|Group|Bank|Fund|Court|Agency|Front|Authority|Commission|Center|Centre|Institute)\b|^(Netherlands|Philippines|Maldives|Bahamas|Gambia|Holy See|Vatican)$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/**
 * The role a title gives: "Foreign Minister of Russia", "Ambassador of
 * Azerbaijan to the United States", "Former President of Nigeria".
 */
export function roleOf(
  key: string,
  options: { of?: string; to?: string; former?: boolean },
): string {
  const title = capitalise(key.replace('secretary general', 'secretary-general'));
  const parts = [options.former ? `Former ${title}` : title];
  if (options.of) parts.push(`of ${options.of}`);
  if (options.to) parts.push(`to ${options.to}`);
  return parts.join(' ');
}
