/**
 * What a cue rule says: the words that cue a relation, its kind, and how the
 * sentence around the words gives the relation's two ends.
 */
import type { ActorKindId, RelationKindId, RelationStatusId } from '../../model';

/**
 * How the ends are read around the cue:
 * - `subject-object`: the subject before the cue acts on the list after it
 *   ("Putin spoke with Aliyev and Sarkisian"); without an object, the members
 *   of a subject list act together ("Israel and Hamas agreed a ceasefire");
 * - `object-subject`: the list after the cue acts on the subject ("support
 *   from the Armenian government");
 * - `agent-by`: the list after "by" acts on the subject ("a ceasefire
 *   brokered by Qatar", "Backed by Armenia, Nagorno-Karabakh");
 * - `pair-after`: the members of the list after the cue ("war between Russia
 *   and Ukraine");
 * - `before-after`: the mention right before the cue acts on the one right
 *   after ("Armenian-backed Nagorno-Karabakh"); `after-before` the other way
 *   ("NATO member Turkey");
 * - `subject-before`: the subject acts on the mention right before the cue
 *   ("became NATO’s 31st member", "Azerbaijan’s territorial integrity");
 * - `invite`: "invited X to visit Y": X goes to Y;
 * - `hyphen-pair`: the names joined by the hyphen, before one of the rule's
 *   nouns ("U.S.-China tensions", "the Armenia-Azerbaijan talks");
 * - `conflict-sides`: the two sides of the article's fighting ("while the
 *   fighting went on");
 * - `fronted-with`: the cue opens the sentence, and the name after the comma
 *   acts on the list after the cue ("In a phone call with Erdogan, Putin…").
 */
export type Shape =
  | 'subject-object'
  | 'object-subject'
  | 'agent-by'
  | 'pair-after'
  | 'before-after'
  | 'after-before'
  | 'subject-before'
  | 'invite'
  | 'hyphen-pair'
  | 'conflict-sides'
  | 'fronted-with';

export interface CueRule {
  /** `family.name`: "call.spoke-with". */
  id: string;
  kind: RelationKindId;
  /** The cue's words, matched in the sentence case-insensitively. */
  cue: RegExp;
  shape: Shape;
  /** A status the cue itself carries ("will travel" is found by context; "pledged aid" here). */
  status?: RelationStatusId;
  /** An end may be a place (a capital as destination: "travel to Yerevan"). */
  places?: boolean;
  /** The subject is the mention right before the cue ("Sweden joining NATO"). */
  nearSubject?: boolean;
  /** How far after the cue the object may start, in characters (40 by default). */
  reach?: number;
  /** The mention with a possessive right before the cue is the subject ("Russia’s invasion of"). */
  possessive?: boolean;
  /** The name or demonym right before the cue, with or without "’s", is the subject ("U.S. weapons sales to", "Russian invasion of"). */
  modifier?: boolean;
  /** Words before the cue, in its clause, that make it something else ("invited Putin to visit"). */
  notAfter?: RegExp;
  /** Words after an object, to the sentence's end, that make it something else ("left the NATO summit"). */
  notBefore?: RegExp;
  /** A demonym may be the object even before a word that is not its government ("sanctions against Turkish goods"). */
  weak?: boolean;
  /** Without an object, the other side of the article's conflict is the target ("violated the cease-fire"). */
  otherSide?: boolean;
  /**
   * Without an object, an act charged by another is against the accuser ("Lebanon accused Israel
   * of violating the cease-fire"), or the other side of the article's fighting when the accuser
   * is no side of it; before `otherSide`. `'own'`: only where nothing follows the cue or what
   * follows is the accuser's ("accused China of ramming its vessels"; not "of attacking commercial
   * shipping").
   */
  againstAccuser?: boolean | 'own';
  /** Without an object, the two sides of the article's talks are the targets ("chaired the talks"). */
  talks?: boolean;
  /** A person the relation is with stands for the state they serve ("welcomed the deal": said to the states). */
  targetsAsStates?: boolean;
  /** The kinds the target must be of ("member of" an organisation). */
  targetKinds?: readonly ActorKindId[];
  /** Neither end may be a person as the sentence names them ("Macron clashed with Meloni" is words). */
  noPeople?: boolean;
  /** The kinds the source must be of. */
  sourceKinds?: readonly ActorKindId[];
  /**
   * Without an object, the members of the subject's list hold it among themselves ("X and Y
   * traded accusations"): `true` for a kind that is not mutual, `false` for a cue whose other
   * side comes after it ("their fight against the insurgents"), unless that is "each other".
   */
  mutual?: boolean;
  /** The object must be a list of at least this many ("hosted Tshisekedi and Kagame"). */
  minObjects?: number;
  /** The object must be a list of at most this many ("hosts Mirziyoyev": one guest is met, two are brought together). */
  maxObjects?: number;
  /**
   * Without an object, "its" after the cue is the subject before the cue's own ("Poland said a
   * Russian drone entered its airspace": Poland's).
   */
  ownerElsewhere?: boolean;
  /** Words after the cue that state it too, and that the quote takes in ("… airspace"). */
  through?: RegExp;
  /** For `hyphen-pair`: the nouns after the pair that make the relation ("talks", "tensions"). */
  nouns?: RegExp;
}

/**
 * A cue pattern from words: spaces match any white space, and letters either case, while
 * `\p{Lu}` and `\p{Ll}` keep theirs ("sanctioned Iran", not "sanctioned the"). The `i` flag
 * cannot do both: under it `\p{Lu}` matches "a" as well.
 */
export function cue(source: string): RegExp {
  return new RegExp(written(source), 'gu');
}

/**
 * A cue of `words` read only where `rest` follows them, with `rest` taken into the quote
 * ("provides Ukraine with Bayraktar drones"): the cue and its `through`, written once.
 */
export function goingOn(words: string, rest: string): Pick<CueRule, 'cue' | 'through'> {
  return { cue: cue(`${words}(?= ${rest})`), through: caseless(`^ ${rest}`) };
}

/** A pattern tested once (not scanned), written as a cue is. */
export function caseless(source: string): RegExp {
  return new RegExp(written(source), 'u');
}

function written(source: string): string {
  return eitherCase(source.replace(/ /g, '\\s+'));
}

/** An escape, whole: `\p{Lu}`, `\u{2019}`, `\u2019`, `\x41`, `\cJ`, `\k<name>` or one character. */
const ESCAPE = /^\\(?:[pPu]\{[^}]*\}|u[\dA-Fa-f]{4}|x[\dA-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|.)/su;
/** The opening of a group, whole: `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`. */
const GROUP = /^\(\?(?:<[=!]|[:=!]|<[\p{L}_$][\p{L}\d_$]*>)/u;

/** A pattern whose letters match either case, outside escapes and group syntax. */
export function eitherCase(source: string): string {
  const cased = (c: string) => c.toLowerCase() !== c.toUpperCase();
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const rest = source.slice(i);
    const token = rest.startsWith('\\')
      ? ESCAPE.exec(rest)?.[0]
      : inClass
        ? undefined
        : GROUP.exec(rest)?.[0];
    if (token) {
      out += token;
      i += token.length - 1;
      continue;
    }
    const c = source[i] as string;
    if (inClass) {
      if (c === ']') inClass = false;
      // A range of letters, in both cases: "a-z" is "a-zA-Z".
      const to = source[i + 2];
      if (cased(c) && source[i + 1] === '-' && to !== undefined && cased(to)) {
        out += `${c.toLowerCase()}-${to.toLowerCase()}${c.toUpperCase()}-${to.toUpperCase()}`;
        i += 2;
        continue;
      }
      out += cased(c) ? c.toLowerCase() + c.toUpperCase() : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += cased(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}
