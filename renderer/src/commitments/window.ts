// The window a status and a what-if read: whole billing months, from the first chosen month to
// the end of the last (the engine takes days, `to` excluded). Empty: the whole workspace.
import type { OnDemandBasis } from './words.ts';

export interface CommitmentsWindow {
  /** YYYY-MM, or '' for the first month with data. */
  fromMonth: string;
  /** YYYY-MM, or '' for the last month with data. */
  toMonth: string;
}
export const WHOLE_WORKSPACE: CommitmentsWindow = { fromMonth: '', toMonth: '' };

function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The spec's from/to days of a window: from the 1st of fromMonth to the 1st of the month after toMonth. */
export function windowDays(w: CommitmentsWindow): { from?: string; to?: string } {
  return { ...(w.fromMonth ? { from: `${w.fromMonth}-01` } : {}), ...(w.toMonth ? { to: `${monthAfter(w.toMonth)}-01` } : {}) };
}

export function statusSpec(w: CommitmentsWindow, basis: OnDemandBasis) {
  return { kind: 'commitments-status' as const, version: 1 as const, basis, ...windowDays(w) };
}
