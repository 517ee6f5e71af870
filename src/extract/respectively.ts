/**
 * Offices a sentence gives a list of people by a list of states, in the same
 * order: "the leaders of France, Germany and Britain, Emmanuel Macron,
 * Friedrich Merz and Keir Starmer". Each person serves the state in the same
 * place of the other list; the states describe the people, and stand for no
 * one in the sentence's frame (they are not the subject of what the people do).
 */
import { gazetteer } from './gazetteer';
import type { ActorMention, ActorRegistry } from './registry';
import { withArticle } from './titles';

/** The plural titles such a sentence opens with ("the leaders of"), and the role each gives. */
export const LEADERS_OF =
  '\\b(leaders|presidents|prime ministers|heads of state|heads of government|foreign ministers|defen[cs]e ministers|finance ministers)\\s+of\\s+(?:the\\s+)?';
const TITLES = /* @__PURE__ */ new RegExp(LEADERS_OF, 'giu');
const ROLES: Record<string, string> = {
  leaders: 'Leader',
  presidents: 'President',
  'prime ministers': 'Prime Minister',
  'heads of state': 'Head of State',
  'heads of government': 'Head of Government',
  'foreign ministers': 'Foreign Minister',
  'defence ministers': 'Defence Minister',
  'defense ministers': 'Defense Minister',
  'finance ministers': 'Finance Minister',
};
/** What joins the members of a list: a comma, "and", or both. */
const JOINED = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/** The list of mentions that starts at an offset, as far as they are joined. */
function listFrom(
  article: string,
  mentions: readonly ActorMention[],
  at: number,
  fits: (m: ActorMention) => boolean,
): ActorMention[] {
  const list: ActorMention[] = [];
  let next = mentions.find((m) => m.start === at && fits(m));
  while (next) {
    list.push(next);
    const last = next;
    next = mentions.find(
      (m) => m.start > last.end && fits(m) && JOINED.test(article.slice(last.end, m.start)),
    );
    // The list of states ends before the first person: "…and Britain, Emmanuel Macron".
  }
  return list;
}

export function readRespectively(article: string, registry: ActorRegistry): void {
  const mentions = registry.sortedMentions().filter((m) => !m.place && !m.weak);
  const isState = (m: ActorMention) => registry.actors.get(m.key)?.kind === 'state';
  const isPerson = (m: ActorMention) => registry.actors.get(m.key)?.kind === 'person';
  for (const match of article.matchAll(TITLES)) {
    const states = listFrom(article, mentions, match.index + match[0].length, isState);
    const last = states.at(-1);
    if (!last || states.length < 2) continue;
    const comma = /^\s*,\s*/.exec(article.slice(last.end));
    if (!comma) continue;
    const people = listFrom(article, mentions, last.end + comma[0].length, isPerson);
    const end = people.at(-1)?.end;
    if (people.length !== states.length || end === undefined) continue;
    const title = (match[1] as string).toLowerCase().replace(/\s+/g, ' ');
    for (const [i, state] of states.entries()) {
      const person = people[i] as ActorMention;
      const actor = registry.actors.get(person.key);
      const entry = gazetteer().byId.get(state.key);
      if (!actor || !entry) continue;
      actor.affiliation ??= state.key;
      actor.role ??= `${ROLES[title] ?? 'Leader'} of ${withArticle(entry.name)}`;
      state.inner = true;
      registry.fact({
        kind: 'office',
        source: person.key,
        target: state.key,
        start: match.index,
        end,
        sentence: person.sentence,
        cue: article.slice(match.index, match.index + match[0].length).trim(),
        rule: 'actor.respectively.office',
      });
    }
  }
}
