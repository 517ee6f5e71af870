/**
 * Warnings that repeat (the same unknown kind on 7,000 rows, rows that name
 * one side only) are reported once, at the first place, and counted: the
 * count is added to the message when the import finishes.
 */
import type { ImportIssue } from './types';

export class Tally {
  private readonly seen = new Map<string, { issue: ImportIssue; count: number; unit: string }>();

  /** Counts one more under a key; the first time, `report` records the issue and returns it. */
  add(key: string, unit: string, report: () => ImportIssue): void {
    const entry = this.seen.get(key);
    if (entry) entry.count++;
    else this.seen.set(key, { issue: report(), count: 1, unit });
  }

  /** Adds each count to its issue's message ("(312 relations in all; the first is shown)"). */
  close(): void {
    for (const { issue, count, unit } of this.seen.values()) {
      if (count > 1) issue.message += ` (${count} ${unit} in all; the first is shown)`;
    }
    this.seen.clear();
  }
}
