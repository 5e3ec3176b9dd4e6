// The Commitments view's fixed words and choices, named once. The what-if types are a list, so a
// type the engine learns to simulate is one more entry here (and its label below).
import type { CommitmentStatus } from '../../../core/api/commitments-contract.ts';

export type CommitmentType = CommitmentStatus['type'];
export type Term = NonNullable<CommitmentStatus['term']>;
export type PaymentOption = NonNullable<CommitmentStatus['paymentOption']>;

export const TYPE_LABEL: Record<CommitmentType, string> = {
  ComputeSavingsPlan: 'Compute Savings Plan',
  EC2InstanceSavingsPlan: 'EC2 Instance Savings Plan',
  ReservedInstance: 'Reserved Instance',
  SageMakerSavingsPlan: 'SageMaker Savings Plan',
  SavingsPlan: 'Savings Plan',
  Reservation: 'Reservation',
  CommittedUseDiscount: 'Committed use discount',
  Other: 'Other commitment',
};

/** The short forms analysts use, for the inventory's narrow column (the full name is its tooltip). */
export const TYPE_SHORT: Record<CommitmentType, string> = {
  ComputeSavingsPlan: 'Compute SP',
  EC2InstanceSavingsPlan: 'EC2 Instance SP',
  ReservedInstance: 'RI',
  SageMakerSavingsPlan: 'SageMaker SP',
  SavingsPlan: 'Savings Plan',
  Reservation: 'Reservation',
  CommittedUseDiscount: 'CUD',
  Other: 'Other',
};

export const TERM_LABEL: Record<Term, string> = { '1y': '1 year', '3y': '3 years' };
export const PAYMENT_LABEL: Record<PaymentOption, string> = { NoUpfront: 'No upfront', PartialUpfront: 'Partial upfront', AllUpfront: 'All upfront' };
export const TERMS: readonly Term[] = ['1y', '3y'];
export const PAYMENTS: readonly PaymentOption[] = ['NoUpfront', 'PartialUpfront', 'AllUpfront'];

/** What a what-if can add (core/engines/commitments/spec.ts whatIfSpecSchema's `type`; the optimizer draws a curve for each). */
export const WHATIF_TYPES = ['ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance'] as const satisfies readonly CommitmentType[];
export type WhatIfType = (typeof WHATIF_TYPES)[number];

/**
 * Where a type applies, beyond its region: an EC2 Instance SP to a family, an RI to an instance
 * type (size-flexible on EC2). A Compute SP applies everywhere. Left empty, the engine takes the
 * pool with the most on-demand spend left and says which in a notice.
 */
export const SCOPE_FIELD: Record<WhatIfType, { label: string; example: string; spec: 'family' | 'instanceType' } | null> = {
  ComputeSavingsPlan: null,
  EC2InstanceSavingsPlan: { label: 'Family', example: 'm5', spec: 'family' },
  ReservedInstance: { label: 'Instance type', example: 'm5.large', spec: 'instanceType' },
};
/** How AWS writes a family, instance type or region (spec.ts awsName). */
export const AWS_NAME = /^[a-z0-9][a-z0-9.-]*$/;
export const AWS_NAME_MAX = 64;

/** Lookbacks a person picks from (the engine takes any number of days up to three years). */
export const LOOKBACK_CHOICES = [7, 30, 60, 90] as const;
export const DEFAULT_LOOKBACK = 30;
export const DEFAULT_HOURLY = 1;

/** The on-demand prices "coverage" and "savings" are measured against (ON_DEMAND_BASES in the engine). */
export const ON_DEMAND_BASES = ['List', 'Contracted'] as const;
export type OnDemandBasis = (typeof ON_DEMAND_BASES)[number];
export const ON_DEMAND_HELP: Record<OnDemandBasis, string> = {
  List: 'public on-demand prices, as AWS’s own coverage reports use',
  Contracted: 'on-demand after negotiated discounts',
};

/** Where the rate of a simulation came from, in words (rates.ts RateSource); the result's rateDetail says which row, commitments or price list. */
export const RATE_SOURCE_LABEL: Record<string, string> = {
  given: 'the rate you entered',
  observed: 'observed on the commitments of this type held in the window',
  table: 'from the workspace’s rate table',
  default: 'the shipped default rate',
};

/** Expiry windows the inventory marks (EXPIRY_WINDOWS in the engine), nearest first. */
export const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** The optimizer's chosen points, in words. */
export const CHOICE_LABEL: Record<string, string> = {
  'max-savings': 'Maximum savings',
  'target-coverage': 'Target coverage',
  conservative: 'Conservative',
};
