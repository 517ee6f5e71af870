/**
 * Bodies an article introduces with their acronym in brackets: "the Alliance
 * of Sahel States (AES)", "the International Committee of the Red Cross
 * (ICRC)". A name of two or more capitalised words (with "of", "for", "and",
 * "the" between them) followed by a bracketed acronym that starts with the
 * name's initial is a body the gazetteer may not know; the acronym names it
 * wherever the article uses it after.
 */
import type { AnalysedSentence } from './nlp';
import { keyOf, type ActorRegistry } from './registry';
import { sentenceAt } from './sentences';
import { literal } from './text';

const INTRODUCED =
  /(?<![\p{L}-])(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|on|in|de|des|du|la|le)\s+)*\p{Lu}[\p{L}’'-]*)+)(?:\s+\((\p{Lu}[\p{Lu}\d-]{1,7})\)|,\s+or\s+(\p{Lu}[\p{Lu}\d-]{1,7})(?=[,.;:]|\s|$))/gu;

/**
 * Whether an acronym is made of the name's initials in another order, as one of the name in
 * its own language is ("the Revolutionary Armed Forces of Colombia, or FARC").
 */
function initialsReordered(name: string, acronym: string): boolean {
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && w !== 'The')
    .map((w) => w[0])
    .sort()
    .join('');
  return initials === [...acronym].sort().join('');
}

/** The last word of a body's name whose acronym may be of another language's words. */
const TRANSLATED =
  /\s(?:Army|Party|Front|Movement|Forces|Brigades?|Militia|Union|Organi[sz]ation|Alliance)$/;

/** What kind of body a name is, from its words. */
export function bodyKind(name: string): 'think-tank' | 'group' | 'international-organization' {
  if (/cent(?:er|re)|institute|foundation|watch|council on/i.test(name)) return 'think-tank';
  if (/front|army|movement|brigades?|militia|party|forces|guards?|corps/i.test(name))
    return 'group';
  return 'international-organization';
}

/**
 * Words before a body's name that the capitalised run takes in: a possessive ("Erdogan's Justice
 * and Development Party"), a sentence's opening words ("On Monday the National Liberation
 * Army"), a plural noun and "of" ("Members of the Kurdistan Workers Party").
 */
function trimLead(words: string): string {
  return words
    .replace(/^.*['’]s\s+/u, '')
    .replace(/^(?:\p{Lu}[\p{L}’'-]*\s+)+the\s+(?=\p{Lu})/u, '')
    .replace(/^\p{Lu}\p{Ll}+s\s+of\s+(?:the\s+)?(?=\p{Lu})/u, '');
}

/** Capitalised words that run into a name ("On Monday the Alliance of…"), left out. */
function startingWith(words: string, initial: string): string {
  let name = words;
  while (name[0] !== initial) {
    const rest = name.replace(/^\S+\s+(?:(?:of|for|and|the|on|in|de|des|du|la|le)\s+)*/, '');
    if (rest === name || !/\s/.test(rest)) return name;
    name = rest;
  }
  return name;
}

export function readAcronyms(
  article: string,
  sentences: readonly AnalysedSentence[],
  body: ReadonlySet<number>,
  registry: ActorRegistry,
): void {
  for (const match of article.matchAll(INTRODUCED)) {
    const acronym = (match[2] ?? match[3]) as string;
    const whole = trimLead((match[1] as string).replace(/^(?:The|A)\s+/, ''));
    // "the National Liberation Army (ELN)", "the Kurdistan Workers Party (PKK)": an acronym of the
    // name in its own language, after a body's name in English.
    const translated =
      initialsReordered(whole, acronym) ||
      (startingWith(whole, acronym[0] as string)[0] !== acronym[0] && TRANSLATED.test(whole));
    const initialed = translated ? whole : startingWith(whole, acronym[0] as string);
    const words = translated ? whole : initialed;
    const start = match.index + (match[1] as string).length - words.length;
    const end = match.index + (match[1] as string).length;
    const sentence = sentenceAt(sentences, start);
    if (!body.has(sentence) || (acronym[0] !== words[0] && !translated)) continue;
    const name = words.replace(/\s+/g, ' ');
    const rule = 'actor.named-with-acronym';
    // A body already read under its name takes the acronym too; one read under its acronym
    // ("PKK", known to the gazetteer) takes the name.
    const bracket = match.index + match[0].lastIndexOf(acronym);
    const mentions = registry.sortedMentions();
    const byName = mentions.find((m) => m.start <= start && end <= m.end && !m.place)?.key;
    const byAcronym = mentions.find((m) => m.start <= bracket && bracket < m.end)?.key;
    // A state named inside the body's name is part of it ("…Forces of Colombia, or FARC"), and so
    // is a demonym an armed body's name begins with ("the Sudanese Armed Forces (SAF)", "the
    // Syrian Democratic Forces (SDF)": a side of their own, not their state). Not a state's
    // name ("the Israel Defense Forces (IDF)", "the China Coast Guard (CCG)" act for it), nor
    // a body that is no armed force ("the Russian Direct Investment Fund").
    const overlapping = mentions.filter((m) => m.start < end && start < m.end);
    const within = overlapping.every(
      (m) =>
        m.end <= end &&
        ((m.start > start && m.rule.startsWith('actor.gazetteer')) ||
          (m.start === start &&
            m.end < end &&
            m.rule.startsWith('actor.demonym') &&
            ARMED.test(words))),
    );
    if (!byName && !byAcronym && overlapping.length > 0 && !within) continue;
    if (!byName && !byAcronym) for (const m of overlapping) m.inner = true;
    const key = byName ?? byAcronym ?? keyOf(acronym.length > 1 ? name : acronym);
    if (byName) registry.actors.get(byName)?.aliases.add(acronym);
    else if (byAcronym) {
      registry.actors.get(byAcronym)?.aliases.add(name);
      if (!registry.covered(start, end))
        registry.mention({ key, start, end, sentence, cue: name, rule });
    } else {
      registry.add({
        key,
        name,
        kind: bodyKind(name),
        aliases: [acronym],
        start,
        end,
        cue: article.slice(start, match.index + match[0].length),
        rule,
      });
      registry.mention({ key, start, end, sentence, cue: name, rule });
      const state = overlapping.find((m) => m.start === start);
      const introduced = match.index + match[0].length;
      if (state && ARMY.test(name))
        armyMentions(article, sentences, body, registry, key, state, introduced);
    }
    const escaped = literal(acronym);
    for (const later of article.matchAll(
      new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'gu'),
    )) {
      const at = later.index;
      const inside = sentenceAt(sentences, at);
      // The bracketed acronym is part of the name's introduction, not another mention.
      if (at < match.index + match[0].length) continue;
      if (!body.has(inside) || registry.covered(at, at + acronym.length)) continue;
      registry.mention({
        key,
        start: at,
        end: at + acronym.length,
        sentence: inside,
        cue: acronym,
        rule: 'actor.acronym',
      });
    }
  }
}

/** An armed body, by the words its name ends with. */
const ARMED = /\b(?:Forces|Army|Front|Movement|Brigades?|Militia|Guards?|Corps)$/;
/** A state's own armed forces, by the words their name ends with. */
const ARMY = /\bArmed Forces$/;

/**
 * "The army" in an article that introduced a state's armed forces by name and acronym ("the
 * Sudanese Armed Forces (SAF)") is that body, and so is "the Sudanese army": in a civil war the
 * army is a side of its own. Not "army commanders" or "the army-aligned government".
 */
function armyMentions(
  article: string,
  sentences: readonly AnalysedSentence[],
  body: ReadonlySet<number>,
  registry: ActorRegistry,
  key: string,
  state: { start: number; end: number },
  introduced: number,
): void {
  const demonym = literal(article.slice(state.start, state.end));
  const words = new RegExp(
    `\\b[Tt]he\\s+((?:${demonym}\\s+)?army)(?![\\p{L}-])(?!\\s+(?:of|chief|commanders?|officers?|spokes\\w+)\\b)`,
    'gu',
  );
  for (const m of article.matchAll(words)) {
    if (m.index < introduced) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    const end = m.index + m[0].length;
    const sentence = sentenceAt(sentences, start);
    if (!body.has(sentence) || registry.covered(start, end)) continue;
    registry.mention({
      key,
      start,
      end,
      sentence,
      cue: m[1] as string,
      rule: 'actor.army-of-body',
    });
  }
}

/** The nouns that end a body's name ("the Democratic Progressive Party", "the Constitutional Court"). */
const BODY_HEADS =
  'Party|Movement|Front|Cent(?:er|re)|Institute|Foundation|Council|Commission|Committee|Agency|Corporation|Corp\\.|Company|Court|Forum|Alliance|League|Secretariat|Brigades?';
/** What a body's name may end with: "of International Relations", "for Strategic Studies". */
const OF_TAIL =
  "(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|and|for)\\s+)?\\p{Lu}[\\p{L}’'-]*){0,3})";
/**
 * A body's name the library may not know: capitalised words ending in one of BODY_HEADS, with
 * "of …" after it ("the Center of Analysis of International Relations"), after "the" or "a".
 */
const NAMED_BODY = new RegExp(
  `(?<=\\b(?:the|The|a|A)\\s+(?:[\\p{Ll}]+-[\\p{Ll}]+\\s+|ruling\\s+|opposition\\s+|main\\s+)?)((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:${BODY_HEADS})${OF_TAIL}?|(?:${BODY_HEADS})${OF_TAIL})(?![\\p{L}])`,
  'gu',
);

/** A body's name starting right at an offset ("Center of Analysis of International Relations"). */
export function namedBodyAt(
  article: string,
  at: number,
): { start: number; end: number } | undefined {
  const sticky = new RegExp(
    `(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:${BODY_HEADS})${OF_TAIL}?(?![\\p{L}])|(?:${BODY_HEADS})${OF_TAIL}(?![\\p{L}])`,
    'uy',
  );
  sticky.lastIndex = at;
  const match = sticky.exec(article);
  return match ? { start: at, end: at + match[0].replace(/\s+$/, '').length } : undefined;
}

/**
 * Bodies named by the words of a body's name ("the ruling Democratic Progressive Party", "the
 * government-linked Center of Analysis of International Relations"), where no actor is read yet.
 * A state named inside is part of the name.
 */
export function readNamedBodies(
  article: string,
  sentences: readonly AnalysedSentence[],
  body: ReadonlySet<number>,
  registry: ActorRegistry,
): void {
  for (const match of article.matchAll(NAMED_BODY)) {
    const words = (match[1] as string).replace(/\s+$/, '');
    const start = match.index;
    const end = start + words.length;
    const sentence = sentenceAt(sentences, start);
    if (!body.has(sentence)) continue;
    // One word before the head that is a sentence's or a title's ("President Party") is no name.
    if (/^(?:President|Prime|Minister|Foreign|Security|General)\s/.test(words)) continue;
    const overlapping = registry.mentions.filter((m) => m.start < end && start < m.end);
    if (
      overlapping.some(
        (m) => !(m.start > start && m.end <= end && m.rule.startsWith('actor.gazetteer')),
      )
    )
      continue;
    for (const m of overlapping) m.inner = true;
    const name = words.replace(/\s+/g, ' ');
    const key = keyOf(name);
    const rule = 'actor.named-body';
    // A court of one state is its own; an international one is an organisation.
    const kind =
      /\bCourt\b/.test(name) &&
      !/\b(?:International|European|African|Inter-American|Permanent)\b/.test(name)
        ? 'other'
        : bodyKind(name);
    registry.add({ key, name, kind, start, end, cue: name, rule });
    registry.mention({ key, start, end, sentence, cue: name, rule });
  }
}
