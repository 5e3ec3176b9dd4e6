// The organisation's model: accounts, resources and their billable meters ("items"), and
// commitments. Writers turn these into CUR or FOCUS columns; the simulation turns them into lines.
import type { Region } from './catalog/regions.ts';

export const ENVIRONMENTS = ['prod', 'staging', 'dev', 'shared', 'sandbox'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export interface Team {
  name: string;
  projects: readonly string[];
  costCenter: string;
}

export interface Account {
  index: number;
  id: string;
  name: string;
  env: Environment;
  team: Team;
}

export type Tags = Record<string, string>;

/** How an item's quantity moves over time (see usage.ts). */
export type Profile =
  | { kind: 'always' }
  | { kind: 'office-hours' }
  | { kind: 'storage'; sizeUnits: number; growthPerMonth: number }
  | { kind: 'traffic'; perHour: number; growthPerMonth: number; weekendFactor: number; diurnal: number; jitter: number }
  | { kind: 'none' };

/** What a commitment can cover this item's usage with. */
export interface Eligibility {
  /** Compute Savings Plans: EC2 (any family/region), Fargate and Lambda. */
  computeSp: boolean;
  /** Discount of a 1-year no-upfront Compute SP on this meter, before term/payment adjustments. */
  spDiscountScale: number;
  instanceFamily: string | null;
  regionCode: string | null;
  instanceType: string | null;
  /** RDS instance class ("db.r6g.large") for RDS RIs. */
  dbClass: string | null;
}

/** A billable meter of one resource (or of an account, a commitment, a tax or a fee). One row of the item dimension. */
export interface Item {
  index: number;
  account: Account;
  productCode: string;
  productName: string;
  serviceCode: string;
  serviceCategory: string;
  serviceSubcategory: string;
  productFamily: string | null;
  usageType: string | null;
  operation: string | null;
  unit: string | null;
  region: Region | null;
  zone: string | null;
  resourceId: string | null;
  resourceType: string | null;
  description: string;
  /** Public on-demand rate in MU per unit; 0 where there is none. */
  rateMu: number;
  /** Quantities are integers of 10^-amountScale units. */
  amountScale: number;
  sku: string | null;
  billingEntity: 'AWS' | 'AWS Marketplace';
  legalEntity: string;
  instanceType: string | null;
  instanceFamily: string | null;
  vcpu: number | null;
  memoryGiB: number | null;
  operatingSystem: string | null;
  databaseEngine: string | null;
  tags: Tags;
  profile: Profile;
  eligibility: Eligibility | null;
  /** Lifetime [start, end) in epoch seconds, aligned to steps. */
  start: number;
  end: number;
  /** Injected by an anomaly: never covered by a commitment, so its size is its on-demand cost. */
  anomalyId: string | null;
  /** A spike multiplies the quantity by an integer factor inside [start, end). */
  spike: { anomalyId: string; start: number; end: number; factor: number } | null;
}

export type CommitmentKind = 'ComputeSavingsPlan' | 'EC2InstanceSavingsPlan' | 'ReservedInstance';
export type PaymentOption = 'No Upfront' | 'Partial Upfront' | 'All Upfront';

export interface Commitment {
  index: number;
  kind: CommitmentKind;
  arn: string;
  account: Account;
  paymentOption: PaymentOption;
  termYears: 1 | 3;
  start: number;
  end: number;
  /** The item its fee lines are billed under. */
  feeItem: Item;
  /** Savings Plans: commitment in MU per hour, split into recurring and amortized upfront. */
  hourlyCommitmentMu: number;
  recurringHourlyMu: number;
  amortizedHourlyMu: number;
  /** Savings Plans: share off on-demand for this plan (before the meter's scale). */
  discount: number;
  /** EC2 Instance SP: family and region it is locked to. RIs: type/class, region, count. */
  instanceFamily: string | null;
  regionCode: string | null;
  instanceType: string | null;
  dbClass: string | null;
  count: number;
  /** Upfront fee in MU (whole commitment), billed once at purchase. */
  upfrontMu: number;
  productCode: string;
}
