// Deliberate cost changes of the generated organisation that are not injected anomalies: the
// stories of workloads.ts (a fleet launched, a family migration, a fleet retired). truth.json
// lists them, so a detector's findings can be judged without hand rules: a launch is a real,
// planned increase (an analyst marks it planned), a migration moves cost without adding any (it
// must not be raised), a retirement lowers cost (never an anomaly, which is an increase).
import type { Account, Item } from './model.ts';

export const CHANGE_KINDS = ['fleet-launch', 'migration', 'retirement'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** What the change does to the cost of its account and service. */
export type ChangeEffect = 'increase' | 'neutral' | 'decrease';

export const CHANGE_EFFECT: Record<ChangeKind, ChangeEffect> = { 'fleet-launch': 'increase', migration: 'neutral', retirement: 'decrease' };

export interface ChangeDef {
  id: string;
  kind: ChangeKind;
  account: Account;
  productCode: string;
  /** The usage type of the instances launched (migration: of the new family) or retired. */
  usageType: string | null;
  regionCode: string | null;
  start: number;
  description: string;
  /** Resources launched or retired. */
  resourceIds: string[];
}

/** A change made of the items a fleet call added (`items` from `before` on). */
export function changeOf(kind: ChangeKind, id: string, account: Account, items: readonly Item[], start: number, description: string): ChangeDef {
  const instance = items.find((i) => i.instanceType);
  return {
    id, kind, account, productCode: instance?.productCode ?? 'AmazonEC2', usageType: instance?.usageType ?? null, regionCode: instance?.region?.code ?? null,
    start, description, resourceIds: [...new Set(items.flatMap((i) => (i.resourceId ? [i.resourceId] : [])))],
  };
}
