/** The centrality measures' names and what each means on a map, for the analysis panel. */
import type { MeasureId } from './measure-ids';

export interface Measure {
  label: string;
  /** A column heading. */
  short: string;
  /** What it means on this map, in one line. */
  explanation: string;
  /** Whole numbers (counts) or shares. */
  counts: boolean;
}

export const MEASURES: Record<MeasureId, Measure> = {
  relations: {
    label: 'Relations',
    short: 'Relations',
    explanation:
      'How many relations the actor has, either way: who the reporting talks about most.',
    counts: true,
  },
  ties: {
    label: 'Counterparts',
    short: 'Counterparts',
    explanation: 'How many different actors it deals with, however many relations with each.',
    counts: true,
  },
  received: {
    label: 'Received (in)',
    short: 'In',
    explanation:
      'Directed relations aimed at it (calls, visits, support, attacks received): who others act upon.',
    counts: true,
  },
  initiated: {
    label: 'Initiated (out)',
    short: 'Out',
    explanation:
      'Directed relations it starts (calls, visits, support given): who takes the initiative.',
    counts: true,
  },
  betweenness: {
    label: 'Betweenness',
    short: 'Between',
    explanation:
      'The share of shortest chains between other actors that pass through it: who bridges otherwise separate parts, the brokers.',
    counts: false,
  },
  closeness: {
    label: 'Closeness',
    short: 'Close',
    explanation:
      'How few steps it takes to reach everyone it can reach (Wasserman and Faust, for a map in pieces): who hears first.',
    counts: false,
  },
  pagerank: {
    label: 'PageRank',
    short: 'PageRank',
    explanation:
      'Where relations lead: aimed at by many, or by actors that are themselves aimed at, the way attention and backing flow.',
    counts: false,
  },
};
