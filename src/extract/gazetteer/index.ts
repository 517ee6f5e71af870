/**
 * The gazetteer: every state, organisation, group and de facto state the
 * assistant knows by name, with the other words that stand for it (acronyms,
 * demonyms, capitals, seats of government), and the finder of those words in
 * an article. Matching is case-sensitive ("US" is not "us") and tolerant of
 * the typography of news copy: curly apostrophes, wrapped lines, a hyphen
 * broken across lines.
 */
import type { ActorKindId } from '../../model';
import { BODIES, NOT_ACTORS } from './organizations';
import { PEOPLE } from './people';
import { STATES } from './states';
import { literal } from '../text';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: ActorKindId;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  seats: string[];
}

/** Which word of an entry the article used. */
export type Form = 'name' | 'alias' | 'demonym' | 'capital' | 'seat' | 'not-actor';

export interface GazetteerHit {
  entry: GazetteerEntry;
  form: Form;
  start: number;
  end: number;
}

const list = (field: string | undefined) =>
  (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function parseStates(): GazetteerEntry[] {
  return STATES.trim()
    .split('\n')
    .map((line) => {
      const [id, name, aliases, demonyms, capitals, seats] = line.split('|');
      return {
        id: id as string,
        name: name as string,
        kind: 'state',
        aliases: list(aliases),
        demonyms: list(demonyms),
        capitals: list(capitals),
        seats: list(seats),
      };
    });
}

function parseBodies(): GazetteerEntry[] {
  return BODIES.trim()
    .split('\n')
    .map((line) => {
      const [id, kind, name, aliases, demonyms, capitals] = line.split('|');
      return {
        id: id as string,
        name: name as string,
        kind: kind as ActorKindId,
        aliases: list(aliases),
        demonyms: list(demonyms),
        capitals: list(capitals),
        seats: [],
      };
    });
}

/** How a word of the gazetteer is keyed: apostrophes straight, white space and hyphens folded. */
export function gazetteerKey(words: string): string {
  return (
    words
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/-\s+/g, '-')
      .replace(/\s+/g, ' ')
      // British and American spellings name the same body ("Organisation", "Co-operation").
      .replace(/([Oo]rgani)sation/g, '$1zation')
      .replace(/\b([Cc]o)-operation/g, '$1operation')
  );
}

function pattern(words: string): string {
  return words
    .split('')
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      if (ch === '-') return '-\\s*';
      if (ch === "'") return "['\u2019]";
      return literal(ch);
    })
    .join('')
    .replace(/(rgani)zation/g, '$1[sz]ation')
    .replace(/([Cc]o)operation/g, '$1(?:-\\s*)?operation');
}

interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  forms: Map<string, { entry: GazetteerEntry; form: Form }>;
  finder: RegExp;
}

let built: Gazetteer | undefined;

/** The gazetteer, built once on first use. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const entries = [...parseStates(), ...parseBodies()];
  const forms = new Map<string, { entry: GazetteerEntry; form: Form }>();
  const add = (words: string, entry: GazetteerEntry, form: Form) => {
    const key = gazetteerKey(words);
    // The first meaning wins: a state's own name before another's demonym.
    if (!forms.has(key)) forms.set(key, { entry, form });
  };
  for (const entry of entries) add(entry.name, entry, 'name');
  for (const entry of entries) for (const alias of entry.aliases) add(alias, entry, 'alias');
  for (const entry of entries) for (const seat of entry.seats) add(seat, entry, 'seat');
  for (const entry of entries) for (const d of entry.demonyms) add(d, entry, 'demonym');
  for (const entry of entries) for (const c of entry.capitals) add(c, entry, 'capital');
  const notActor: GazetteerEntry = {
    id: 'not-actor',
    name: 'not-actor',
    kind: 'other',
    aliases: [],
    demonyms: [],
    capitals: [],
    seats: [],
  };
  for (const name of NOT_ACTORS) add(name, notActor, 'not-actor');
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length);
  const finder = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${keys.map(pattern).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`,
    'gu',
  );
  built = { entries, byId: new Map(entries.map((e) => [e.id, e])), forms, finder };
  return built;
}

/** A sea or a strait named after a place ("the Strait of Gibraltar", "the Gulf of Mexico"). */
const PLACE_OF = /\b(?:Strait|Straits|Gulf|Bay|Sea)\s+of\s+(?:the\s+)?$/;
/** Another state's body for a place ("the Hong Kong and Macao Affairs Office", "Taiwan Affairs Office"). */
const AFFAIRS_BODY =
  /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+Affairs\s+(?:Office|Council|Commission|Committee)\b/u;

/**
 * Every word of the gazetteer in the article, longest first where they overlap; not inside the
 * name of a sea or of another state's body for the place.
 */
export function findGazetteerHits(article: string): GazetteerHit[] {
  const { forms, finder } = gazetteer();
  const hits: GazetteerHit[] = [];
  for (const match of article.matchAll(finder)) {
    const found = forms.get(gazetteerKey(match[0]));
    if (!found) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (PLACE_OF.test(article.slice(Math.max(0, start - 16), start))) continue;
    if (AFFAIRS_BODY.test(article.slice(end, end + 50))) continue;
    // "Defence Minister Israel Katz": a politician whose name begins with a state's.
    if (namedAfter(match[0]).some((name) => nameAt(article, start, name))) continue;
    hits.push({ ...found, start, end });
  }
  return hits;
}

/** Letters NFKD does not take apart: "Yılmaz", "Støre", "Władysław", "Đurić". */
const LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', ß: 'ss' };

/** A person's name as the list of people keys it: accents, dots, hyphens and case folded. */
export function personKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ıøłđæß]/g, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019'.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

interface Politician {
  name: string;
  state: string;
}

let listed: { byKey: Map<string, string>; bySurname: Map<string, Politician[]> } | undefined;

/** The list, by full name and short form, and by surname (the last word of a full name). */
function politicians(): NonNullable<typeof listed> {
  if (listed) return listed;
  const byKey = new Map<string, string>();
  const bySurname = new Map<string, Politician[]>();
  for (const line of PEOPLE.trim().split('\n')) {
    const [state, names] = line.split(':') as [string, string];
    for (const entry of names.split(';')) {
      const [, name = '', short] = /^\s*([^(]*?)\s*(?:\(([^)]*)\))?\s*$/.exec(entry) ?? [];
      if (!name) continue;
      byKey.set(personKey(name), state);
      if (short) byKey.set(personKey(short), state);
      const surname = personKey(name).split(' ').at(-1) ?? '';
      if (name.includes(' '))
        bySurname.set(surname, [...(bySurname.get(surname) ?? []), { name, state }]);
    }
  }
  listed = { byKey, bySurname };
  return listed;
}

/** The full names of the list, for the tests. */
export function listedPoliticians(): Politician[] {
  return [...politicians().bySurname.values()].flat();
}

/** Whether the article spells a name at an offset, as a whole ("Israel Katz", not "Israel Katzir"). */
function nameAt(article: string, start: number, name: string): boolean {
  const end = start + name.length;
  return (
    personKey(article.slice(start, end)) === personKey(name) &&
    !/^\p{L}/u.test(article.slice(end, end + 1))
  );
}

let byFirstWord: Map<string, string[]> | undefined;

/** The politicians of the list whose full name begins with these words ("Israel" → "Israel Katz"). */
function namedAfter(words: string): string[] {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const { name } of listedPoliticians()) {
      const first = personKey(name).split(' ')[0] ?? '';
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
    }
  }
  return byFirstWord.get(personKey(words)) ?? [];
}

/**
 * The state a well-known politician serves, by full name or short form ("Xi"), or by surname
 * ("Sandu") when the article gives the full name of one of the list's people of that surname.
 */
export function stateOfPerson(name: string, article = ''): GazetteerEntry | undefined {
  const { byKey, bySurname } = politicians();
  const key = personKey(name);
  const listed = byKey.get(key);
  // The article is folded only for a surname the list has (seldom): not for every title.
  const namesakes = listed === undefined ? (bySurname.get(key) ?? []) : [];
  const folded = namesakes.length > 0 ? personKey(article) : '';
  const id = listed ?? namesakes.find((p) => folded.includes(personKey(p.name)))?.state;
  return id === undefined ? undefined : gazetteer().byId.get(id);
}
