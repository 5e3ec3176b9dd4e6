// The view's request: the analyst's settings and filters turned into the engine's RightsizeSpec
// (plain JSON; the engine's schema validates it on every transport).
import type { RightsizeSpec } from '../../../core/api/rightsizing-contract.ts';
import { HEADROOM_RANGE } from './words.ts';

export interface Settings {
  lookbackDays: number;
  percentile: RightsizeSpec['percentile'];
  headroomPct: number;
  includeMemory: boolean;
}

export interface Filters {
  account: string | null;
  /** The owner tag's key (Team, Owner…) and the value picked, null for every owner. */
  tagKey: string | null;
  tagValue: string | null;
}

/** The engine's defaults (core/engines/rightsizing/constants.ts), shown until changed. */
export const DEFAULT_SETTINGS: Settings = { lookbackDays: 14, percentile: 'p95', headroomPct: 20, includeMemory: true };
export const NO_FILTERS: Filters = { account: null, tagKey: null, tagValue: null };
/** Tag keys read as an owner, first found in the workspace is offered first (the engine's OWNER_TAG_KEYS). */
export const OWNER_TAG_KEYS = ['Owner', 'owner', 'Team', 'team'] as const;

export function specOf(s: Settings, f: Filters = NO_FILTERS): RightsizeSpec {
  return {
    kind: 'rightsize',
    lookbackDays: s.lookbackDays,
    percentile: s.percentile,
    headroomPct: s.headroomPct,
    includeMemory: s.includeMemory,
    ...(f.account ? { accounts: [f.account] } : {}),
    ...(f.tagKey && f.tagValue !== null ? { tag: { key: f.tagKey, value: f.tagValue } } : {}),
  };
}

export const isFiltered = (f: Filters): boolean => f.account !== null || (f.tagKey !== null && f.tagValue !== null);

/** A headroom typed by the person: a number in the engine's range, else what is wrong. */
export function readHeadroom(text: string): { value: number } | { problem: string } {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return { problem: 'a number of percent' };
  if (n < HEADROOM_RANGE.min || n > HEADROOM_RANGE.max) return { problem: `${HEADROOM_RANGE.min} to ${HEADROOM_RANGE.max}%` };
  return { value: n };
}

export function ownerKeyOf(tagKeys: readonly string[]): string | null {
  return OWNER_TAG_KEYS.find((k) => tagKeys.includes(k)) ?? tagKeys[0] ?? null;
}
