// A relation's status is named wherever it is told: sentences, table rows, captions, the drawing.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model';
import { getRelation } from '../../src/model/graph';
import { findPaths } from '../../src/model/paths';
import { RELATION_STATUSES, STATUS_GROUPS } from '../../src/model/vocabulary';
import { edgeData } from '../../src/render/elements';
import { relationKey } from '../../src/render/ids';
import { joinNames, statusSentence, statusWords } from '../../src/state/format';
import { pathCaption } from '../../src/state/export-names';
import { tableRows } from '../../src/state/table';
import { parseBundled } from './_bundled';

const dataset = parseBundled().dataset!;
const graph = buildGraph(dataset);
const relation = (id: string) => getRelation(graph, id);

describe('status words', () => {
  it('joins names as a sentence does', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Russia'])).toBe('Russia');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('a plain fact is its sentence; an allegation names who alleges it', () => {
    expect(statusSentence(graph, relation('turkey-supports-islamic-state'))).toBe(
      'Russia alleges that Turkey backs Islamic State',
    );
    expect(statusSentence(graph, relation('offensive'))).toBe(
      'Armenia and Nagorno-Karabakh allege that Azerbaijan attacks Nagorno-Karabakh',
    );
    expect(statusSentence(graph, relation('turkey-backs-azerbaijan'))).toBe(
      'Pledged: Turkey backs Azerbaijan',
    );
    const unnamed = { ...relation('turkey-supports-islamic-state') };
    delete unnamed.claimedBy;
    expect(statusSentence(graph, unnamed)).toBe('It is alleged that Turkey backs Islamic State');
  });

  it('the table names the status and the claimant', () => {
    const rows = tableRows(graph, new Set(dataset.relations.map((r) => r.id)));
    const row = rows.find((r) => r.relation.id === 'turkey-supports-islamic-state');
    expect(row?.status).toBe('alleged by Russia');
    expect(statusWords(graph, relation('turkey-backs-azerbaijan'))).toBe('pledged');
  });

  it('no field name reaches the page through the vocabulary', () => {
    for (const status of Object.values(RELATION_STATUSES))
      expect(status.description).not.toMatch(/claimedBy|[a-z][A-Z]/);
  });

  it('a caption names the steps the report does not give as fact', () => {
    const result = findPaths(graph, 'russia', 'islamic-state', {});
    const path = result.shortest[0]!;
    expect(pathCaption(graph, path)).toBe(
      'Path: Russia → Turkey → Islamic State; Turkey → Islamic State alleged by Russia',
    );
  });

  it('each status group is drawn its own way, and a claim carries its ring', () => {
    const alleged = edgeData(graph, relationKey('turkey-supports-islamic-state'));
    const pledged = edgeData(graph, relationKey('turkey-backs-azerbaijan'));
    expect([alleged.status, alleged.ring]).toEqual(['asserted', 'circle']);
    expect([pledged.status, pledged.ring]).toEqual(['intended', 'none']);
    expect(STATUS_GROUPS.asserted.dashes).not.toEqual(STATUS_GROUPS.intended.dashes);
  });
});
