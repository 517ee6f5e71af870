import { describe, expect, it } from 'vitest';
import { parseDataset, validateDataset, type Problem, type ProblemCode } from '../../src/model';

const SOURCE_TEXT =
  'Putin spoke with Aliyev on Tuesday. Russia shares a “defense alliance” with Armenia.';

/** A small valid dataset; each case below breaks one thing in a fresh copy. */
function base() {
  return {
    title: 'Test',
    sources: [
      { id: 'src', title: 'Report', publisher: 'Paper', published: '2016-04-05', text: 'src.txt' },
    ],
    actors: [
      { id: 'putin', name: 'Vladimir Putin', kind: 'person', affiliation: 'russia' },
      { id: 'aliyev', name: 'Ilham Aliyev', kind: 'person' },
      { id: 'russia', name: 'Russia', kind: 'state' },
      { id: 'armenia', name: 'Armenia', kind: 'state' },
    ],
    relations: [
      {
        id: 'call',
        kind: 'call',
        source: 'putin',
        target: 'aliyev',
        date: '2016-04-05',
        evidence: [{ source: 'src', quote: 'Putin spoke with Aliyev on Tuesday.' }],
      },
      {
        id: 'alliance',
        kind: 'alliance',
        source: 'russia',
        target: 'armenia',
        evidence: [{ source: 'src', quote: 'Russia shares a "defense alliance" with Armenia' }],
      },
    ],
  };
}
type Data = ReturnType<typeof base>;
type Loose = Record<string, unknown> & {
  relations: Record<string, unknown>[];
  actors: Record<string, unknown>[];
};

const sourceTexts = new Map([['src', SOURCE_TEXT]]);

function problemsOf(data: unknown): Problem[] {
  return validateDataset(data, { sourceTexts }).problems.filter((p) => p.severity === 'error');
}

function mutate(change: (d: Loose) => void): Data {
  const data = base();
  change(data as unknown as Loose);
  return data;
}

describe('validateDataset', () => {
  it('accepts the valid base dataset without any problem', () => {
    const result = validateDataset(base(), { sourceTexts });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.actors).toHaveLength(4);
    expect(result.dataset?.relations).toHaveLength(2);
  });

  const cases: Array<[string, unknown, ProblemCode, string]> = [
    ['a document that is an array', [], 'wrong-type', ''],
    ['a missing title', mutate((d) => delete d.title), 'missing-field', 'title'],
    ['a title that is a number', mutate((d) => (d.title = 3)), 'wrong-type', 'title'],
    [
      'missing actors',
      mutate((d) => delete (d as Record<string, unknown>).actors),
      'missing-field',
      'actors',
    ],
    [
      'relations that are an object',
      mutate((d) => ((d as Record<string, unknown>).relations = {})),
      'wrong-type',
      'relations',
    ],
    [
      'an actor without a name',
      mutate((d) => delete d.actors[1]!.name),
      'missing-field',
      'actors[1].name',
    ],
    [
      'an actor that is a string',
      mutate((d) => (d.actors[2] = 'russia' as never)),
      'wrong-type',
      'actors[2]',
    ],
    ['an empty actor id', mutate((d) => (d.actors[1]!.id = '  ')), 'empty-value', 'actors[1].id'],
    [
      'a duplicate actor id',
      mutate((d) => (d.actors[3]!.id = 'russia')),
      'duplicate-id',
      'actors[3].id',
    ],
    [
      'a relation id equal to an actor id',
      mutate((d) => (d.relations[1]!.id = 'russia')),
      'duplicate-id',
      'relations[1].id',
    ],
    [
      'an unknown actor kind',
      mutate((d) => (d.actors[2]!.kind = 'country')),
      'unknown-kind',
      'actors[2].kind',
    ],
    [
      'an unknown relation kind',
      mutate((d) => (d.relations[0]!.kind = 'phonecall')),
      'unknown-kind',
      'relations[0].kind',
    ],
    [
      'an unknown status',
      mutate((d) => (d.relations[0]!.status = 'rumoured')),
      'unknown-kind',
      'relations[0].status',
    ],
    [
      'a dangling target',
      mutate((d) => (d.relations[0]!.target = 'aliev')),
      'unknown-actor',
      'relations[0].target',
    ],
    [
      'a dangling source',
      mutate((d) => (d.relations[1]!.source = 'moscow')),
      'unknown-actor',
      'relations[1].source',
    ],
    [
      'a dangling affiliation',
      mutate((d) => (d.actors[0]!.affiliation = 'kremlin')),
      'unknown-actor',
      'actors[0].affiliation',
    ],
    [
      'a dangling claimant',
      mutate((d) => Object.assign(d.relations[0]!, { status: 'claimed', claimedBy: ['nobody'] })),
      'unknown-actor',
      'relations[0].claimedBy[0]',
    ],
    [
      'a date that is not ISO',
      mutate((d) => (d.relations[0]!.date = '5 April 2016')),
      'invalid-date',
      'relations[0].date',
    ],
    [
      'a date that does not exist',
      mutate((d) => (d.relations[0]!.date = '2016-02-30')),
      'invalid-date',
      'relations[0].date',
    ],
    [
      'an interval that runs backwards',
      mutate((d) => (d.relations[0]!.date = '2016-04-05/2016-04-02')),
      'invalid-date',
      'relations[0].date',
    ],
    [
      'a bad publication date',
      mutate((d) => ((d.sources as Record<string, unknown>[])[0]!.published = '2016-13')),
      'invalid-date',
      'sources[0].published',
    ],
    [
      'a position without y',
      mutate((d) => (d.actors[0]!.position = { x: 3 })),
      'missing-field',
      'actors[0].position',
    ],
    [
      'a position that is text',
      mutate((d) => (d.actors[0]!.position = { x: '3', y: 4 })),
      'wrong-type',
      'actors[0].position.x',
    ],
    [
      'a colour that is a name',
      mutate((d) => (d.actors[0]!.color = 'red')),
      'invalid-value',
      'actors[0].color',
    ],
    [
      'a direction that is text',
      mutate((d) => (d.relations[0]!.directed = 'yes')),
      'wrong-type',
      'relations[0].directed',
    ],
    [
      'a quote not in the text carried inside the dataset',
      mutate((d) => {
        const source = (d.sources as Record<string, unknown>[])[0]!;
        delete source.text;
        source.content = 'Another article altogether.';
      }),
      'quote-not-found',
      'relations[0].evidence[0].quote',
    ],
    [
      'evidence without a quote',
      mutate((d) => ((d.relations[0]!.evidence as object[])[0] = { source: 'src' })),
      'missing-field',
      'relations[0].evidence[0].quote',
    ],
    [
      'evidence from an unknown source',
      mutate((d) => ((d.relations[0]!.evidence as object[])[0] = { source: 'sorce', quote: 'x' })),
      'unknown-source',
      'relations[0].evidence[0].source',
    ],
    [
      'a quote that is not in the source',
      mutate(
        (d) =>
          ((d.relations[0]!.evidence as object[])[0] = {
            source: 'src',
            quote: 'Putin phoned Aliyev',
          }),
      ),
      'quote-not-found',
      'relations[0].evidence[0].quote',
    ],
    [
      'an actor evidence quote not in the source',
      mutate((d) => (d.actors[2]!.evidence = [{ source: 'src', quote: 'Russia is big' }])),
      'quote-not-found',
      'actors[2].evidence[0].quote',
    ],
    [
      'aliases that are not strings',
      mutate((d) => (d.actors[0]!.aliases = ['Putin', 7])),
      'wrong-type',
      'actors[0].aliases[1]',
    ],
    [
      'a duplicate source id',
      mutate((d) => (d.sources as unknown[]).push({ ...(d.sources as object[])[0] })),
      'duplicate-id',
      'sources[1].id',
    ],
    [
      'a source link that is not a web address',
      mutate((d) => ((d.sources as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)')),
      'invalid-value',
      'sources[0].url',
    ],
    [
      'a story from an unknown actor',
      mutate((d) => (d.stories = [{ id: 's', title: 'T', from: 'putn', to: 'aliyev' }])),
      'unknown-actor',
      'stories[0].from',
    ],
    [
      'a story with an unknown relation kind',
      mutate(
        (d) =>
          (d.stories = [
            {
              id: 's',
              title: 'T',
              from: 'putin',
              to: 'aliyev',
              options: { kinds: ['friendship'] },
            },
          ]),
      ),
      'unknown-kind',
      'stories[0].options.kinds[0]',
    ],
    [
      'a story asking for too many steps',
      mutate(
        (d) =>
          (d.stories = [
            { id: 's', title: 'T', from: 'putin', to: 'aliyev', options: { maxSteps: 99 } },
          ]),
      ),
      'invalid-value',
      'stories[0].options.maxSteps',
    ],
    [
      'a story from an actor to itself',
      mutate((d) => (d.stories = [{ id: 's', title: 'T', from: 'putin', to: 'putin' }])),
      'self-relation',
      'stories[0].to',
    ],
  ];

  it.each(cases)('reports %s', (_name, data, code, path) => {
    const problems = problemsOf(data);
    expect(problems.map((p) => [p.code, p.path])).toContainEqual([code, path]);
    expect(validateDataset(data, { sourceTexts }).dataset).toBeNull();
  });

  it('keeps a relation without evidence, whether the list is empty or left out', () => {
    const data = mutate((d) => {
      d.relations[0]!.evidence = [];
      delete d.relations[1]!.evidence;
    });
    const result = validateDataset(data, { sourceTexts });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.dataset?.relations.map((r) => r.evidence)).toEqual([[], []]);
  });

  it('keeps positions, colours, the direction of an "other" relation and a text inside the dataset', () => {
    const data = mutate((d) => {
      d.actors[0]!.position = { x: 12.5, y: -40 };
      d.actors[2]!.color = '#aa3377';
      d.relations[1]!.kind = 'other';
      d.relations[1]!.directed = true;
      const source = (d.sources as Record<string, unknown>[])[0]!;
      delete source.text;
      source.content = SOURCE_TEXT;
    });
    // No texts supplied beside it: the quotes are checked against the content.
    const result = validateDataset(data);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.actors[0]?.position).toEqual({ x: 12.5, y: -40 });
    expect(result.dataset?.actors[2]?.color).toBe('#aa3377');
    expect(result.dataset?.relations[1]?.directed).toBe(true);
  });

  it("warns of a direction that contradicts the vocabulary, and keeps the vocabulary's", () => {
    const data = mutate((d) => (d.relations[1]!.directed = true));
    const result = validateDataset(data, { sourceTexts });
    expect(result.problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'relations[1].directed'],
    ]);
    expect(result.dataset?.relations[1]?.directed).toBeUndefined();
  });

  it('keeps valid stories with their options', () => {
    const data = mutate(
      (d) =>
        (d.stories = [
          {
            id: 's',
            title: 'T',
            from: 'putin',
            to: 'armenia',
            options: { kinds: ['call'], stances: [0], excludeDirect: true },
          },
        ]),
    );
    expect(validateDataset(data, { sourceTexts }).dataset?.stories).toEqual([
      {
        id: 's',
        title: 'T',
        from: 'putin',
        to: 'armenia',
        options: { kinds: ['call'], stances: [0], excludeDirect: true },
      },
    ]);
  });

  it('collects every problem, not only the first', () => {
    const data = mutate((d) => {
      d.relations[0]!.target = 'aliev';
      d.relations[1]!.kind = 'friendship';
      d.actors[3]!.kind = 'nation';
    });
    expect(problemsOf(data).map((p) => p.path)).toEqual([
      'actors[3].kind',
      'relations[0].target',
      'relations[1].kind',
    ]);
  });

  it('suggests the closest actor id for a typo', () => {
    const [problem] = problemsOf(mutate((d) => (d.relations[0]!.source = 'putn')));
    expect(problem?.hint).toContain('"putin"');
  });

  it('suggests the vocabulary spelling of a kind written with spaces', () => {
    const [problem] = problemsOf(mutate((d) => (d.relations[1]!.kind = 'Armed Conflict')));
    expect(problem?.hint).toContain('"armed-conflict"');
  });

  it('treats ids such as __proto__, constructor and toString like any other id', () => {
    const data = base();
    data.actors[0]!.id = '__proto__';
    data.actors[1]!.id = 'constructor';
    data.actors[2]!.id = 'toString';
    data.relations[0]!.source = '__proto__';
    data.relations[0]!.target = 'constructor';
    data.relations[1]!.source = 'toString';
    data.actors[0]!.affiliation = 'toString';
    const text = JSON.stringify(data);
    const result = parseDataset(text, { sourceTexts });
    expect(result.problems).toEqual([]);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'armenia',
    ]);
  });

  it('does not take inherited names for kinds or statuses', () => {
    for (const kind of ['constructor', '__proto__', 'toString']) {
      const problems = problemsOf(mutate((d) => (d.relations[0]!.kind = kind)));
      expect(problems.map((p) => p.code)).toContain('unknown-kind');
    }
  });

  it('folds curly quotes and hyphenated line breaks when matching quotes', () => {
    const texts = new Map([['src', 'the Nagorno-\nKarabakh territory said “no”']]);
    const data = mutate((d) => {
      (d.relations[0]!.evidence as object[])[0] = {
        source: 'src',
        quote: 'Nagorno-Karabakh territory said "no"',
      };
      (d.relations[1]!.evidence as object[])[0] = { source: 'src', quote: 'the Nagorno- Karabakh' };
    });
    const problems = validateDataset(data, { sourceTexts: texts }).problems;
    expect(problems.map((p) => p.path)).toEqual(['relations[1].evidence[0].quote']);
  });

  it('warns, without failing, when a declared source text was not supplied', () => {
    const result = validateDataset(base());
    expect(result.dataset).not.toBeNull();
    expect(result.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'source-text-missing', 'sources[0].text'],
    ]);
  });

  it('warns when a claimed relation does not say who claims it', () => {
    const result = validateDataset(
      mutate((d) => (d.relations[0]!.status = 'claimed')),
      { sourceTexts },
    );
    expect(result.problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'relations[0].claimedBy'],
    ]);
  });
});

describe('parseDataset', () => {
  it('reports broken JSON with its line and column', () => {
    const text = '{\n  "title": "x",\n  "actors": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}';
    const { dataset, problems } = parseDataset(text);
    expect(dataset).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'json-syntax', line: 5, column: 5 });
  });

  it.each([
    ['a trailing comma', '{"a": [1, 2,]}', 1, 13],
    ['an unterminated string', '{\n"title": "abc\n}', 2, 14],
    ['an empty file', '', 1, 1],
    ['text after the value', '{}\n]', 2, 1],
  ])('locates %s', (_name, text, line, column) => {
    const [problem] = parseDataset(text).problems;
    expect(problem).toMatchObject({ code: 'json-syntax', line, column });
  });

  it('places validation problems at the line of the offending value', () => {
    const data = mutate((d) => (d.relations[1]!.target = 'armnia'));
    const text = JSON.stringify(data, null, 2);
    const [problem] = parseDataset(text, { sourceTexts }).problems;
    const expectedLine = text.split('\n').findIndex((l) => l.includes('"armnia"')) + 1;
    expect(problem).toMatchObject({
      code: 'unknown-actor',
      path: 'relations[1].target',
      line: expectedLine,
    });
    expect(problem?.hint).toContain('"armenia"');
  });
});
