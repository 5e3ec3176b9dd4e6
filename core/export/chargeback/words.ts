// The words a chargeback statement uses, named once: the two modes (showback informs an owner of
// its cost, chargeback bills it), the split rules in words, and the labels of the lines a
// statement adds (the cost no owner took, the part of a breakdown the result does not itemize).
import type { SplitMethod } from '../../engines/chargeback/constants.ts';

export const STATEMENT_MODES = ['showback', 'chargeback'] as const;
export type StatementMode = (typeof STATEMENT_MODES)[number];
/** Informational unless asked: a statement that bills someone is never made by default. */
export const DEFAULT_STATEMENT_MODE: StatementMode = 'showback';

export const STATEMENT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export const MODE_WORDING: Record<StatementMode, { title: string; owner: string; note: string }> = {
  showback: {
    title: 'Showback: informational',
    owner: 'Showback: informational, nothing is billed',
    note: 'Informational: these amounts show the cost each owner caused in the period; nothing is billed.',
  },
  chargeback: {
    title: 'Chargeback statement',
    owner: 'Chargeback statement: this amount is charged to you',
    note: 'These amounts are charged to each owner for the period.',
  },
};

/** The rule that sent a shared cost, as a reader says it. */
export const SPLIT_WORDS: Record<SplitMethod, string> = {
  even: 'split evenly',
  proportional: 'split in proportion to direct cost',
  fixed: 'split by fixed percentages',
};

export function splitWords(method: string): string {
  return (SPLIT_WORDS as Record<string, string>)[method] ?? method;
}

/** Cost no owner took (the result's `unallocated`), on the lines and rows of a statement. */
export const UNALLOCATED_LABEL = 'Unallocated';
/** Direct cost that a capped breakdown (by service, by account) does not itemize. */
export const NOT_ITEMIZED = { service: 'Other services (not itemized)', account: 'Other accounts (not itemized)' } as const;
