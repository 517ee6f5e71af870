/**
 * Finding the actors of an article: people (./people), then the states,
 * organisations and groups of the gazetteer as the article names them, and
 * the organisations the NLP library recognises beyond it. Each mention keeps
 * the rule that made it:
 * - a state's or body's name or acronym is always that actor;
 * - a demonym is the state only before a word for its government, forces or
 *   officials ("Azerbaijani troops", "U.S., French and Russian officials"),
 *   or as a backer ("Armenian-backed"): "an Armenian man" is not Armenia;
 * - a capital is its government where it acts or is acted on ("Moscow said",
 *   "accusing Moscow"), and a place after "in", "to", "from" ("in Moscow");
 * - a seat of government ("the Kremlin", "the White House") is its state.
 */
import { bodyKind, readAcronyms, readNamedBodies } from './acronyms';
import type { GazetteerEntry, GazetteerHit } from './gazetteer';
import { findGazetteerHits } from './gazetteer';
import type { Analysis, Token } from './nlp';
import { nameWords, runsOnInName } from './names';
import { recogniseTitledPeople, type PeopleContext } from './people';
import { ActorRegistry, keyOf, type ActorMention } from './registry';
import { readRespectively } from './respectively';
import { bodySentences, sentenceAt } from './sentences';
import { HEADING, literal, withoutPossessive } from './text';
import { isTitle, TITLE_AND_COMMA } from './titles';

const GOVERNMENT =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:government|authorities|officials?|forces|troops|soldiers|army|military|navy|air force|artillery|jets?|warplanes?|drones?|missiles?|diplomats?|delegations?|ministry|ministers|embassy|leadership|leaders?|side|regime|junta|negotiators|intelligence|parliament|counterpart|administration|cabinet|officers|warships?|tanks|units|ambassadors?|envoys?|embassy|charg[eé] d['’]affaires|consul|coast guard|police|navy|agents|operatives|spies|hackers|prosecutors?|investigators|security services?|secret services?|spy agency|counter-?intelligence|judiciary|border guards?|lawmakers|legislators|state media|state television|state news agency)(?![\p{L}])/u;
const NOT_GOVERNING =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:opposition|exiled|rebel|dissident|separatist|former|breakaway)\b/u;
const COORDINATED = /^\s*(?:,\s*and|,|and)(?:\s+the)?\s*$/;
const LOCATIVE =
  /(?:^|[\s(])(?:in|at|to|from|near|into|outside|around|via|toward|towards|across|inside|visited|visit|visiting)\s+$/i;
const BACKED = /^-(?:backed|supported|allied)\b/;
const ORG_WORD = /^(?:of|for|the|and|in|on|\p{Lu}[\p{L}’'.-]*)$/u;
const GOVERNMENT_WORDS =
  /(government|authorities|ministry|officials|forces|province|territory|region|city)$/i;

interface Context extends PeopleContext {
  analysis: Analysis;
}

function tokenAt(ctx: Context, offset: number): Token | undefined {
  const sentence = ctx.analysis.sentences[sentenceAt(ctx.analysis.sentences, offset)];
  return sentence?.tokens.find((t) => t.start <= offset && offset < t.end);
}

function tokenBefore(ctx: Context, offset: number): Token | undefined {
  const sentence = ctx.analysis.sentences[sentenceAt(ctx.analysis.sentences, offset)];
  return sentence?.tokens.filter((t) => t.end <= offset).at(-1);
}

/** Demonyms that stand for their state: before a word for its government, alone or in a list. */
function governingDemonyms(ctx: Context): Set<GazetteerHit> {
  const chosen = new Set<GazetteerHit>();
  const demonyms = ctx.hits.filter((h) => h.form === 'demonym' || h.form === 'alias');
  let run: GazetteerHit[] = [];
  demonyms.forEach((hit, i) => {
    run.push(hit);
    const next = demonyms[i + 1];
    if (next && COORDINATED.test(ctx.article.slice(hit.end, next.start))) return;
    const after = ctx.article.slice(hit.end, hit.end + 60);
    // "Armenian opposition lawmakers": not those who govern.
    if (GOVERNMENT.test(after) && !NOT_GOVERNING.test(after)) for (const h of run) chosen.add(h);
    run = [];
  });
  return chosen;
}

/** The end of the list a hit opens ("Manila and Beijing", "Paris, Berlin and Rome"). */
function listEnd(ctx: Context, hit: GazetteerHit): number {
  let end = hit.end;
  for (const other of ctx.hits) {
    if (other.start < end) continue;
    if (!COORDINATED.test(ctx.article.slice(end, other.start))) break;
    end = other.end;
  }
  return end;
}

function capitalRule(
  ctx: Context,
  hit: GazetteerHit,
  previous: { hit: GazetteerHit; place: boolean } | undefined,
): { rule: string; place: boolean } {
  const before = ctx.article.slice(Math.max(0, hit.start - 12), hit.start);
  const government = { rule: 'actor.capital-for-government', place: false };
  // "an alliance with Seoul", "sanctions against Moscow", "sanctions on Minsk", "mediate between
  // Belgrade and Pristina": the government.
  if (/\b(?:with|against|by|toward|towards|between|on|upon|for)\s+$/i.test(before))
    return government;
  // "lashed out at Caracas", "hit out at Kigali", "took aim at Beijing": words aimed at it.
  if (/\b(?:out|aim)\s+at\s+$/i.test(before)) return government;
  // "military aid to Kyiv", "weapons deliveries to Moscow": what is given goes to a government.
  const lead = ctx.article.slice(Math.max(0, hit.start - 40), hit.start);
  if (
    /\b(?:aid|support|assistance|weapons|arms|loans?|funding|deliveries|supplies|sales)\s+to\s+$/i.test(
      lead,
    )
  )
    return government;
  // The second of a list is what the first is ("between Belgrade and Pristina").
  if (previous && COORDINATED.test(ctx.article.slice(previous.hit.end, hit.start)))
    return previous.place ? { rule: 'actor.capital-as-place', place: true } : government;
  if (LOCATIVE.test(before)) return { rule: 'actor.capital-as-place', place: true };
  // "as Manila and Beijing trade accusations", "said that Moscow…": a clause's subject.
  if (/\b(?:as|after|while|when|because|although|though|whereas|that)\s+$/i.test(before))
    return government;
  const after = ctx.article.slice(hit.end, hit.end + 3);
  // "Manila and Beijing trade accusations": the verb after the list.
  const end = listEnd(ctx, hit);
  const next = ctx.analysis.sentences[sentenceAt(ctx.analysis.sentences, end)]?.tokens.find(
    (t) => t.start >= end,
  );
  const word = tokenBefore(ctx, hit.start);
  const acts =
    next !== undefined &&
    (next.tags.has('Verb') || next.tags.has('Modal')) &&
    !next.tags.has('Gerund');
  const actedOn =
    word !== undefined &&
    word.tags.has('Verb') &&
    /^\s+$/.test(ctx.article.slice(word.end, hit.start));
  if (
    acts ||
    actedOn ||
    /^['’]s/.test(after) ||
    GOVERNMENT.test(ctx.article.slice(hit.end, hit.end + 40))
  )
    return government;
  return { rule: 'actor.capital-as-place', place: true };
}

/** Whether words at an offset are a word of the name of a person mentioned around them. */
function withinPersonsName(registry: ActorRegistry, start: number, words: string): boolean {
  return registry.mentions.some((m) => {
    const actor = registry.actors.get(m.key);
    return (
      actor?.kind === 'person' &&
      m.start < start &&
      start < m.end &&
      ` ${actor.name} `.includes(` ${words} `)
    );
  });
}

function mentionHits(ctx: Context): void {
  const { article, registry } = ctx;
  const demonyms = governingDemonyms(ctx);
  let previous: { hit: GazetteerHit; place: boolean } | undefined;
  for (const hit of ctx.hits) {
    const sentence = sentenceAt(ctx.analysis.sentences, hit.start);
    if (!ctx.body.has(sentence) || hit.form === 'not-actor') continue;
    const inner = registry.covered(hit.start, hit.end);
    const cue = article.slice(hit.start, hit.end);
    // "Foreign Minister Therese Kayikwamba Wagner": a word of a person's name is not the Wagner
    // Group's alias (names.ts let it into the name).
    if (inner && runsOnInName(hit) && withinPersonsName(registry, hit.start, cue)) continue;
    // "Philippine National Security Council spokesman": the end of a body's own name is not the
    // UN Security Council.
    if (
      inner &&
      (hit.form === 'alias' || hit.form === 'name') &&
      registry.mentions.some(
        (m) =>
          m.rule === 'actor.body-of-title' &&
          m.key !== hit.entry.id &&
          m.start < hit.start &&
          m.end >= hit.end,
      )
    )
      continue;
    let rule: string;
    let place = false;
    const backer = BACKED.test(article.slice(hit.end, hit.end + 12));
    if (backer) rule = 'actor.backer';
    else if (hit.form === 'demonym') {
      if (!demonyms.has(hit) && !inner) {
        if (!registry.covered(hit.start, hit.end))
          registry.mention({
            key: hit.entry.id,
            start: hit.start,
            end: hit.end,
            sentence,
            cue,
            rule: 'actor.demonym-weak',
            weak: true,
          });
        continue;
      }
      rule = 'actor.demonym-for-government';
    } else if (hit.form === 'capital') ({ rule, place } = capitalRule(ctx, hit, previous));
    else if (hit.form === 'seat') rule = 'actor.seat-for-government';
    else rule = hit.form === 'alias' ? 'actor.gazetteer-alias' : 'actor.gazetteer-name';
    const mention: ActorMention = {
      key: hit.entry.id,
      start: hit.start,
      end: hit.end,
      sentence,
      cue,
      rule,
    };
    if (place) mention.place = true;
    if (inner) mention.inner = true;
    previous = { hit, place };
    registry.mention(mention);
    // "the Shanghai Cooperation Organisation": the article's own spelling of a name is one of its
    // names.
    const written = cue.replace(/\s+/g, ' ');
    const spelt =
      hit.form === 'name' && written !== hit.entry.name && !hit.entry.aliases.includes(written)
        ? [written]
        : [];
    if (!place)
      registry.add({
        key: hit.entry.id,
        name: hit.entry.name,
        kind: hit.entry.kind,
        aliases: [...hit.entry.aliases, ...spelt],
        start: hit.start,
        end: hit.end,
        cue,
        rule,
      });
  }
}

/** A name's words without the titles and honorifics the library keeps in front ("President", "Mr."). */
function stripTitles(ctx: Context, start: number, end: number): [number, number] | null {
  const tokens = ctx.analysis.sentences[sentenceAt(ctx.analysis.sentences, start)]?.tokens ?? [];
  // A token may run past the name ("Putin's"): the name ends where the library's span does.
  const words = tokens.filter((t) => t.start >= start && t.start < end);
  while (words.length > 0) {
    const first = words[0] as Token;
    if (first.tags.has('Honorific') || isTitle(first.text)) words.shift();
    else break;
  }
  const first = words[0];
  const last = words.at(-1);
  return first && last ? [first.start, Math.min(last.end, end)] : null;
}

/** Words that make a name a document's, not an actor's. */
const DOCUMENT =
  /^(?:Accords?|Agreements?|Treaty|Treaties|Pact|Declaration|Protocols?|Conventions?|Charter|Doctrine|Initiative|Format|Process|Plan|Memorandum)\b/;

/**
 * The end of a person's name past the words the library took for it: a surname it does not
 * know ("Hardeep Singh Nijjar", "Gurpatwant Singh Pannun" read as "Hardeep Singh").
 */
function surnameAfter(ctx: Context, end: number): number {
  const next = /^ (\p{Lu}[\p{Ll}’'-]+)(?:['’]s)?(?![\p{L}-])/u.exec(
    ctx.article.slice(end, end + 40),
  );
  const word = next?.[1];
  if (!word || NOT_PERSON_WORD.test(word) || isTitle(word)) return end;
  const to = end + 1 + word.length;
  if (ctx.hits.some((h) => h.start < to && end < h.end)) return end;
  return to;
}

function libraryNames(ctx: Context): void {
  const { article, registry } = ctx;
  for (const span of ctx.analysis.names) {
    const sentence = sentenceAt(ctx.analysis.sentences, span.start);
    if (!ctx.body.has(sentence) || span.type === 'place') continue;
    const stripped = stripTitles(ctx, span.start, span.end);
    // "The People's Liberation Army's Western Theatre Command": the possessive is not the name's.
    const words: [number, number] | null = stripped && [
      stripped[0],
      withoutPossessive(article, stripped[0], stripped[1]),
    ];
    // Only a name of two words or more goes on ("Khan Younis" is no "Khan" with a surname).
    if (words && span.type === 'person' && nameWords(article.slice(words[0], words[1])).length > 1)
      words[1] = surnameAfter(ctx, words[1]);
    if (!words || registry.covered(words[0], words[1])) continue;
    if (ctx.hits.some((h) => h.start < words[1] && words[0] < h.end)) continue;
    const name = article.slice(words[0], words[1]).replace(/\s+/g, ' ');
    // "the Abraham Accords", "the Dayton Agreement": a document named after a person or place.
    const last = nameWords(name).at(-1) ?? '';
    if (DOCUMENT.test(last) || DOCUMENT.test(article.slice(words[1], words[1] + 16).trimStart()))
      continue;
    if (span.type === 'person') {
      const honoured = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(
        article.slice(Math.max(0, words[0] - 5), words[0]),
      );
      if (nameWords(name).length < 2 && !honoured) continue;
      // "Mr. Lukashenko" after "Alexander Lukashenko", "Padrino Lopez" after "Vladimir Padrino
      // Lopez": joined later as a short form.
      if (knownTail(registry, name)) continue;
      const rule = 'actor.library-person';
      const key = keyOf(name);
      const known = registry.actors.get(key);
      registry.add({
        key,
        name,
        kind: 'person',
        aliases: nameWords(name).length > 1 ? [nameWords(name).at(-1) as string] : [],
        start: words[0],
        end: words[1],
        cue: name,
        rule,
      });
      registry.mention({
        key: known?.key ?? key,
        start: words[0],
        end: words[1],
        sentence,
        cue: name,
        rule,
      });
    } else {
      const parts = nameWords(name);
      if (parts.length < 2 || !parts.every((w) => ORG_WORD.test(w)) || GOVERNMENT_WORDS.test(name))
        continue;
      const kind = bodyKind(name);
      const rule = 'actor.library-organization';
      registry.add({
        key: keyOf(name),
        name,
        kind,
        start: words[0],
        end: words[1],
        cue: name,
        rule,
      });
      registry.mention({
        key: keyOf(name),
        start: words[0],
        end: words[1],
        sentence,
        cue: name,
        rule,
      });
    }
  }
}

/** A name of two to four capitalised words (particles between), as the slots below take it. */
const SLOT_NAME =
  /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:bin|ibn|al|el|de|da|del|van|von|der|dos)\s+|(?:al|el|ad|an|ar|as|ash|at|az)-)?\p{Lu}[\p{L}’'-]*\p{Ll}){1,3}/gu;
/** Words that make a capitalised run a body's, a group's or a place's name, not a person's. */
const NOT_PERSON_WORD =
  /^(?:The|A|An|In|On|At|By|Senior|Party|Front|Forces|Army|Council|Commission|Court|Ministry|Movement|Union|Group|League|Jihad|Bank|Agency|Office|Affairs|Committee|Assembly|Parliament|Congress|Senate|Government|Republic|Kingdom|State|States|Society|Institute|Foundation|Cent(?:er|re)|Organi[sz]ation|Association|Alliance|Federation|Authority|Service|Department|Corporation|Company|Beheer|AG|Ltd|Inc|Holdings?|Corp|GmbH|LLC|PLC|NV|BV|SA|SpA|Limited|Airlines|Airways|Bureau|Force|Guard|Guards|Navy|Police|Officials|Democrats|Republicans|MPs|Lady|Senator|Palace|House|Hill|Street|Valley|Canal|University|Airport|Port|Sea|Strait|Gulf|Bay|Lake|River|Islands?|City|Province|Region|Saint|North|South|East|West|Watch|Rights|Square|Road|Avenue|Boulevard|Tower|Bridge|Stadium|Energy|Electronics|Industries|Media|News|Times|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** "headed by", but not "a government led by" or "an insurgency led by": those are a party's or a group's. */
const LED_BY =
  /(?<!\b(?:government|coalition|cabinet|insurgency|rebellion|faction|alliance|bloc|convoy|uprising|movement|campaign)\s+)\b(?:headed|led|chaired)\s+by\s+$/i;
const OF_A_PARTY = /^,?\s+of\s+the\s+(?:[\p{Ll}-]+\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4}Party\b/u;
/** Nouns that say what a person is, in any place beside their name. */
const PERSON_NOUN =
  'businessman|businesswoman|tycoon|oligarch|billionaire|dissident|activist|journalist|lawyer|politician|lawmaker|legislator|cleric|separatist';
/** Posts a person holds in a state, a body or a group. */
const STAFF_POST =
  'commander|negotiator|spokes(?:man|woman|person)|adviser|advisor|aide|envoy|diplomat|minister|ambassador';
/** The same with words that name other things too ("the region's chief port", "a leader in chips"): read only with an owner's name. */
const POST_NOUN = `${STAFF_POST}|chief|leader|head|official`;
/**
 * A noun that tells what a person is, right before their name ("arms trader Emilian Gebrev",
 * "opposition politician Alexei Navalny", "businessman Ilan Shor"): there, words that name
 * groups or trades too ("militant", "trader") stand for the person named after them.
 */
const PERSON_NOUN_BEFORE = new RegExp(
  `\\b(?:${PERSON_NOUN}|trader|dealer|magnate|entrepreneur|reporter|blogger|writer|author|imam|preacher|priest|bishop|scholar|academic|professor|researcher|scientist|analyst|economist|banker|financier|smuggler|warlord|militant|spy|defector|citizen|national|resident|worker|campaigner|rapper|singer|actor|athlete|footballer)\\s+$`,
  'i',
);
/** The bodies of a state or a group whose members hold a post in it ("Hamas's political bureau"). */
const MEMBERS_BODY =
  'political bureau|politburo|cabinet|government|parliament|delegation|negotiating team|leadership|executive|central committee|military council|war cabinet|security council|ruling council|council';
/** An appositive that says what a person is: "Ilan Shor, a fugitive businessman". */
const PERSON_APPOSITIVE = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PERSON_NOUN}|${STAFF_POST})\\b`,
  'iu',
);
/** After an owner's name: its post, then the appositive's end ("Hamas's Gaza chief and its…"). */
const OWNED_POST = new RegExp(
  `^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${POST_NOUN})(?=[,;]|\\s+(?:and|who)\\b)`,
  'iu',
);
/** Before an owner's name: "a member of" one of its bodies. */
const MEMBER_OF = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?member\s+of\s+(?:the\s+)?$/iu;
const OWNED_BODY = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+)?(?:${MEMBERS_BODY})\\b`, 'iu');
/** Before a body's name: a post "of" or "for" it ("a spokeswoman for the European Commission"). */
const POST_OF = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${POST_NOUN})\\s+(?:of|for)\\s+(?:the\\s+)?$`,
  'iu',
);
/** A post held in the past: no office of today ("Khalid Mishal, the former head of …"). */
const FORMER_POST =
  /^,\s+(?:(?:a|an|the)\s+)?(?:\S+\s+)?(?:former|late|ex-|one-time|onetime|retired)\b/i;
/** A relative clause saying whom a person heads: "Ibrahim Traoré, who heads Burkina Faso's military government". */
const HEADS_AFTER = new RegExp(
  `^,\\s+who\\s+(?:now\\s+|also\\s+)?(?:${HEADING})\\s+(?:the\\s+)?$`,
  'i',
);
const QUALIFIES_NOUN = /^\s+\p{Ll}[\p{Ll}-]*(?:s|men|people)\b/u;

/**
 * People the library does not know by their names, read from the place the name stands in:
 * "headed by Hadi Haig", "Thomas Boni Yayi and Nicéphore Soglo" (beside a person read already),
 * "Lai Ching-te of the ruling Democratic Progressive Party".
 */
function slotPersons(ctx: Context): void {
  const { article, registry } = ctx;
  const persons = registry.mentions.filter((m) => registry.actors.get(m.key)?.kind === 'person');
  const besidePerson = (start: number, end: number) =>
    persons.some(
      (m) =>
        (m.end <= start && /^\s+and\s+$/.test(article.slice(m.end, start))) ||
        (m.start >= end && /^\s+and\s+$/.test(article.slice(end, m.start))),
    );
  for (const match of article.matchAll(SLOT_NAME)) {
    const start = match.index;
    // "headed by Hadi Haig's deputy": the possessive is not the name's.
    const end = withoutPossessive(article, start, start + match[0].length);
    const name = article.slice(start, end).replace(/\s+/g, ' ');
    const words = nameWords(name);
    if (words.some((w) => NOT_PERSON_WORD.test(w) || isTitle(w))) continue;
    const after = article.slice(end, end + 80);
    // "Congressional Democrats", "Silicon Valley investors": words qualifying others.
    if (QUALIFIES_NOUN.test(after)) continue;
    const rule = LED_BY.test(article.slice(Math.max(0, start - 40), start))
      ? 'actor.person-led-by'
      : PERSON_NOUN_BEFORE.test(article.slice(Math.max(0, start - 30), start))
        ? 'actor.person-after-noun'
        : OF_A_PARTY.test(after)
          ? 'actor.person-of-party'
          : besidePerson(start, end)
            ? 'actor.person-beside-person'
            : PERSON_APPOSITIVE.test(after) || officeIn(ctx, end) !== undefined
              ? 'actor.person-before-appositive'
              : TITLE_AND_COMMA.test(article.slice(Math.max(0, start - 40), start)) &&
                  /^,(?!\s*(?:and|or)\s+\p{Lu})/u.test(after)
                ? 'actor.person-after-title'
                : undefined;
    if (!rule) continue;
    const sentence = sentenceAt(ctx.analysis.sentences, start);
    if (!ctx.body.has(sentence) || registry.covered(start, end)) continue;
    if (ctx.hits.some((h) => h.start < end && start < h.end)) continue;
    const key = keyOf(name);
    registry.add({
      key,
      name,
      kind: 'person',
      aliases: [words.at(-1) as string],
      start,
      end,
      cue: name,
      rule,
    });
    registry.mention({ key, start, end, sentence, cue: name, rule });
  }
}

/**
 * The post an appositive names for a person read by name alone, owned by a state, a body or a
 * group: "Mahmoud Abbasi, a senior member of Hezbollah's political council" holds an office in
 * Hezbollah. People read with a title have theirs already.
 */
function appositiveOffices(ctx: Context): void {
  const { article, registry } = ctx;
  // "Khalid Mishal, the former head of Hamas's political bureau": read with its title already.
  const held = new Set(registry.facts.filter((f) => f.kind === 'office').map((f) => f.source));
  for (const mention of [...registry.mentions]) {
    const actor = registry.actors.get(mention.key);
    if (actor?.kind !== 'person' || actor.affiliation || held.has(actor.key)) continue;
    const office = officeIn(ctx, mention.end);
    if (!office || !registry.actors.has(office.entry.id)) continue;
    actor.affiliation = office.entry.id;
    const rule = 'actor.office-in-appositive';
    registry.fact({
      kind: 'office',
      source: actor.key,
      target: office.entry.id,
      start: mention.start,
      end: office.close,
      sentence: mention.sentence,
      cue: article.slice(mention.start, office.close),
      rule,
    });
  }
}

/**
 * The state, body or group whose post an appositive names, as its owner, and where the
 * appositive ends: "Hamas's Gaza chief", "a member of Hamas's political bureau", "a spokeswoman
 * for the European Commission", "who heads Burkina Faso's military government". Not a state
 * named for something else ("a lawyer for China's Huawei", "a critic of Russia's leader", "who
 * leads the campaign against Iran's hijab law"), nor a post held in the past.
 */
function officeIn(ctx: Context, end: number): { entry: GazetteerEntry; close: number } | undefined {
  const { article } = ctx;
  const rest = article.slice(end, end + 160);
  if (!rest.startsWith(',') || FORMER_POST.test(rest)) return undefined;
  const hit = ctx.hits.find((h) => {
    if (h.start <= end || h.start > end + 80 || h.entry.kind === 'person' || h.form === 'demonym')
      return false;
    const before = article.slice(end, h.start);
    const after = article.slice(h.end, h.end + 80);
    return (
      // "Hamas's Gaza chief and its lead negotiator": the owner, then the post.
      (/^,\s+(?:the\s+)?$/.test(before) && OWNED_POST.test(after)) ||
      // "a member of Hamas's political bureau": a member of a body of the owner.
      (MEMBER_OF.test(before) && OWNED_BODY.test(after)) ||
      // "a spokeswoman for the European Commission", "a senior official of the African Union".
      POST_OF.test(before) ||
      // "who heads Burkina Faso's military government": the one headed.
      HEADS_AFTER.test(before)
    );
  });
  if (!hit) return undefined;
  // The appositive ends at its comma, or where a clause or a second post begins.
  const phrase =
    /^,\s+(?:who\s+)?[^,;]*?(?=,|;|\s+(?:and|who|which|whose|since|after|before)\b|\.(?:\s|$)|$)/.exec(
      rest,
    );
  const close = Math.max(hit.end, end + (phrase?.[0].length ?? 0));
  return { entry: hit.entry, close };
}

/** Whether a name is the end of a longer person's name read before ("Putin", "Padrino Lopez"). */
function knownTail(registry: ActorRegistry, name: string): boolean {
  const tail = nameWords(name);
  return [...registry.actors.values()].some((a) => {
    const words = nameWords(a.name);
    return (
      a.kind === 'person' &&
      words.length > tail.length &&
      words.slice(-tail.length).join(' ') === tail.join(' ')
    );
  });
}

const PARTICLE_WORD = /^(?:bin|bint|ibn|al|el|de|da|del|van|von|der|le|la|abu|dos|Sheikh|Sheik)$/;

/** Whether the library reads a word of a name as a person's ("Lula", not "Shia"). */
function personWord(ctx: Context, word: string): boolean {
  return ctx.analysis.sentences.some((s) =>
    s.tokens.some((t) => t.text === word && t.tags.has('Person')),
  );
}

/** Later short forms of a full name ("Putin", "Mr. Putin"), where only one person bears them. */
function joinShortNames(ctx: Context): void {
  const { article, registry } = ctx;
  const owners = new Map<string, string[]>();
  for (const actor of registry.actors.values()) {
    if (actor.kind !== 'person') continue;
    const words = nameWords(actor.name);
    if (words.length < 2) continue;
    const last = words.at(-1) as string;
    const shorts = new Set([last]);
    // "Abdel Fattah al-Burhan … Burhan", "el-Sisi … Sisi": the surname without its article.
    const bare = /^(?:al|el|ad|as|ash|at|az|ar)-(\p{Lu}[\p{L}’'-]+)$/u.exec(last)?.[1];
    if (bare) shorts.add(bare);
    const first = tokenAt(
      ctx,
      actor.start === actor.end ? actor.start : findName(article, actor.name, actor.start),
    );
    if (first) shorts.add(words[0] as string);
    // "Luiz Inacio Lula da Silva … Lula", "Vladimir Padrino Lopez … Padrino Lopez": a longer
    // name's inner words the library takes for a person's, and its last two; not its particles.
    if (words.length > 2) {
      // Nor the name after a particle: "Mohammed bin Salman" — Salman is his father.
      const inner = words
        .slice(1, -1)
        .filter(
          (w, i) =>
            !PARTICLE_WORD.test(w) && !PARTICLE_WORD.test(words[i] as string) && personWord(ctx, w),
        );
      for (const word of inner) shorts.add(word);
      const lastTwo = words.slice(-2);
      if (!lastTwo.some((w) => PARTICLE_WORD.test(w))) shorts.add(lastTwo.join(' '));
    }
    for (const short of shorts) owners.set(short, [...(owners.get(short) ?? []), actor.key]);
  }
  for (const [short, keys] of owners) {
    if (keys.length !== 1 || short.length < 3) continue;
    const key = keys[0] as string;
    const escaped = literal(short);
    for (const match of article.matchAll(
      new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}]|[\\s-]+\\p{Lu})`, 'gu'),
    )) {
      const start = match.index;
      const end = start + short.length;
      const sentence = sentenceAt(ctx.analysis.sentences, start);
      if (!ctx.body.has(sentence) || registry.covered(start, end)) continue;
      const token = tokenAt(ctx, start);
      if (token?.tags.has('Date')) continue;
      registry.actors.get(key)?.aliases.add(short);
      registry.mention({ key, start, end, sentence, cue: short, rule: 'actor.short-name' });
    }
  }
}

function findName(article: string, name: string, from: number): number {
  const at = article.indexOf(nameWords(name)[0] as string, from);
  return at < 0 ? from : at;
}

/** Every actor of the article and every place it is named. */
export function recogniseActors(article: string, analysis: Analysis): ActorRegistry {
  const registry = new ActorRegistry();
  const ctx: Context = {
    article,
    analysis,
    sentences: analysis.sentences,
    body: bodySentences(article, analysis.sentences),
    hits: findGazetteerHits(article),
    names: analysis.names,
    registry,
  };
  recogniseTitledPeople(ctx);
  mentionHits(ctx);
  readAcronyms(article, analysis.sentences, ctx.body, registry);
  readNamedBodies(article, analysis.sentences, ctx.body, registry);
  libraryNames(ctx);
  slotPersons(ctx);
  appositiveOffices(ctx);
  joinShortNames(ctx);
  readRespectively(article, registry);
  return registry;
}

export { bodySentences };
