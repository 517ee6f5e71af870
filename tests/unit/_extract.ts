import { extractDraft, type Draft } from '../../src/extract';

/** Drafts from a text written for a test, published on Wednesday 5 April 2023 unless said. */
export function draftOf(text: string, published = '2023-04-05'): Draft {
  return extractDraft({ text, published });
}

/** The relations of a draft as "kind source→target [status] [date]" lines. */
export function relationLines(draft: Draft): string[] {
  return draft.relations.map((r) => {
    const { kind, source, target, status, date } = r.relation;
    return [`${kind} ${source.id}→${target.id}`, status, date].filter(Boolean).join(' ');
  });
}
