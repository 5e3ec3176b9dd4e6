// What the commitments engine returns. Money is in the billing currency, rounded to
// MONEY_DECIMALS; fractions are 0-1 and null where their denominator is 0 (nothing committed,
// nothing eligible): "unknown" is never shown as 0%.
import type { CommitmentType, EligibleType, OnDemandBasis, PaymentOption, Term } from './constants.ts';
import type { CommitmentsStatusSpec, EligibleSpendSpec } from './spec.ts';

/** One commitment's figures over a period (or its whole window). SPEC "Definitions". */
export interface CommitmentFigures {
  /** Commitment cost: Σ EffectiveCost of its Used and Unused rows (the amortized commitment). */
  committed: number;
  used: number;
  unused: number;
  /** used ÷ committed. */
  utilization: number | null;
  /** On-demand equivalent of the usage it covered: Σ basis cost of its Used rows. */
  onDemandEquivalent: number;
  /** onDemandEquivalent − committed: what it saved, after paying for its unused part; null when nothing is committed in the data. */
  netSavings: number | null;
}

export interface CommitmentPeriod extends CommitmentFigures {
  /** Month of the charge periods, YYYY-MM. */
  period: string;
}

export interface CommitmentScope {
  region: string | null;
  instanceFamily: string | null;
  instanceType: string | null;
  sizeFlexible: boolean | null;
  service: string | null;
}

export interface CommitmentStatus extends CommitmentFigures {
  id: string;
  provider: string | null;
  type: CommitmentType;
  /** CommitmentDiscountType as the data writes it. */
  focusType: string | null;
  category: string | null;
  name: string | null;
  term: Term | null;
  paymentOption: PaymentOption | null;
  offeringClass: 'standard' | 'convertible' | null;
  /** Start of the term: the end minus the term where both are known (AWS's terms are exact). */
  start: string | null;
  end: string | null;
  /** The first and last charge period with a row of it in the window. */
  firstSeen: string;
  lastSeen: string;
  /** Hours it was active in the window (its recurring fees' charge periods, else its usage rows'). */
  activeHours: number | null;
  /** committed ÷ activeHours: a Savings Plan's hourly commitment, an RI's amortized hourly cost. */
  commitmentPerHour: number | null;
  /** Reservations: instances reserved (reserved hours on its recurring fees ÷ active hours). */
  units: number | null;
  scope: CommitmentScope;
  /** Whole days from asOf to its end; null when the end is unknown. Negative: already ended. */
  daysToExpiry: number | null;
  periods: CommitmentPeriod[];
}

export interface Expiring {
  withinDays: number;
  ids: string[];
  /** Σ commitmentPerHour of those commitments: the hourly commitment that lapses. */
  commitmentPerHour: number;
}

export interface CoverageFigures {
  /** On-demand equivalent of eligible usage (covered or not). */
  eligible: number;
  /** On-demand equivalent of the part a commitment covered. */
  covered: number;
  coverage: number | null;
}

export interface TypeCoverage extends CoverageFigures {
  type: EligibleType;
}

export interface PeriodCoverage extends CoverageFigures {
  period: string;
}

export interface CommitmentsStatusResult {
  spec: CommitmentsStatusSpec;
  basis: OnDemandBasis;
  currency: string | null;
  /** The moment expiries are counted from (ISO); null on a workspace without rows. */
  asOf: string | null;
  commitments: CommitmentStatus[];
  /** Over all commitments: Σ used ÷ Σ committed. */
  utilization: number | null;
  /** Over all eligible usage: covered ÷ eligible. */
  coverage: number | null;
  totals: CommitmentFigures & CoverageFigures;
  coverageByType: TypeCoverage[];
  coverageByPeriod: PeriodCoverage[];
  expiring: Expiring[];
  /** Plain-language notes on what could not be computed and why. */
  notices: string[];
}

/** One pool of eligible usage: what one commitment of a type and scope could cover. */
export interface EligiblePool extends CoverageFigures {
  type: EligibleType;
  /** The scope that tells this pool apart (null members do not apply to the type). */
  region: string | null;
  /** EC2 Instance SP: the family; RI: the family (size-flexible) or the instance type. */
  instance: string | null;
  service: string | null;
  hours: number;
  /** Per hour, oldest first; only with includeHours. */
  series?: { hour: string; eligible: number; covered: number }[];
}

export interface EligibleSpendResult {
  spec: EligibleSpendSpec;
  basis: OnDemandBasis;
  /** True when some eligible rows span more than an hour (daily data): spread evenly over their hours. */
  approximate: boolean;
  /** Share of eligible on-demand equivalent that came from such rows. */
  approximateShare: number | null;
  pools: EligiblePool[];
}
