/**
 * Which actors of the map a new article names: by name and alias (and a
 * person's surname), as whole words; and names in the article close to an
 * actor's but spelt otherwise ("Sargsyan" for "Sarkisian"), offered as
 * possible matches the author confirms or not.
 */
import { editDistance } from '../model/suggest';
import type { Actor } from '../model/types';

export interface ActorMention {
  actor: string;
  /** The words as the article writes them (a verbatim span of it). */
  quote: string;
  /** How often they occur. */
  count: number;
  /** "name", "alias" or "surname" for an exact form; "similar" for a near spelling. */
  how: 'name' | 'alias' | 'surname' | 'similar';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form of a name as whole words, never part of a longer word ("US" not in "thus"). */
const wholeWords = (form: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, flags);

function occurrences(text: string, form: string): string[] {
  if (form.trim().length < 2) return [];
  return [...text.matchAll(wholeWords(form, 'gu'))].map((match) => match[0]);
}

/**
 * Where the text first names an actor, by name, alias or a person's surname as whole words;
 * -1 when it names it nowhere.
 */
export function firstNamed(text: string, actor: Actor): number {
  const forms = [actor.name, ...(actor.aliases ?? [])];
  const surname = actor.kind === 'person' ? actor.name.split(/\s+/).at(-1) : undefined;
  if (surname && surname !== actor.name) forms.push(surname);
  const at = forms
    .filter((form) => form.trim().length >= 2)
    .map((form) => text.search(wholeWords(form, 'u')))
    .filter((index) => index >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/** Capitalised words of the article (candidate names), each once. */
function properWords(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]{3,}/gu)].map((m) => m[0]));
}

/** Mentions of the actors in the article, the best form for each actor first. */
export function matchActors(text: string, actors: readonly Actor[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  const words = properWords(text);
  for (const actor of actors) {
    const forms: { form: string; how: ActorMention['how'] }[] = [
      { form: actor.name, how: 'name' },
      ...(actor.aliases ?? []).map((form) => ({ form, how: 'alias' as const })),
    ];
    const surname = actor.kind === 'person' ? actor.name.split(/\s+/).at(-1) : undefined;
    if (surname && surname !== actor.name) forms.push({ form: surname, how: 'surname' });
    const found = forms
      .map(({ form, how }) => ({ how, hits: occurrences(text, form) }))
      .filter(({ hits }) => hits.length > 0);
    const best = found[0];
    if (best) {
      mentions.push({
        actor: actor.id,
        quote: best.hits[0] as string,
        count: best.hits.length,
        how: best.how,
      });
      continue;
    }
    const known = forms.map(({ form }) => form.split(/\s+/).at(-1) ?? form);
    let close: string | undefined;
    for (const word of words) {
      const near = known.some((form) => {
        if (form.length < 5 || word[0]?.toLowerCase() !== form[0]?.toLowerCase()) return false;
        const distance = editDistance(word.toLowerCase(), form.toLowerCase());
        return distance > 0 && distance <= Math.max(1, Math.floor(form.length / 3));
      });
      if (near) close = close ?? word;
    }
    if (close)
      mentions.push({
        actor: actor.id,
        quote: close,
        count: occurrences(text, close).length,
        how: 'similar',
      });
  }
  return mentions;
}
