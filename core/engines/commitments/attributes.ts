// What a commitment is, read from its own rows: type, term, payment option, scope. FOCUS 1.2 has
// no columns for term or payment, so for AWS they come from what CUR puts on the fee lines:
// a Savings Plan fee's usage type (`ComputeSP:3yrNoUpfront`, `EC2SP:m5.1yrPartialUpfront`), an
// RI fee's rate code (`<sku>.<term code>.<price>`) and purchase option. Whatever the data does not
// say stays null: a guess here would be shown to people as a fact.
import {
  FOCUS_TYPE, PURCHASE_OPTION_WORDS, RI_TERM_CODES, TERM_SECONDS,
  type CommitmentType, type PaymentOption, type Term,
} from './constants.ts';

/** What the engine's SQL gathers about one commitment (null where the rows have nothing). */
export interface CommitmentFacts {
  provider: string | null;
  focusType: string | null;
  /** x_UsageType of its purchase or unused rows (the fee's usage type). */
  feeUsageType: string | null;
  /** SkuPriceId of its purchase rows (CUR's rate code). */
  feeRateCode: string | null;
  /** x_PurchaseOption of its rows (CUR's pricing/PurchaseOption). */
  purchaseOption: string | null;
  instanceType: string | null;
  /** x_Operation of its purchase rows: `RunInstances` is Linux/UNIX, which AWS makes size-flexible. */
  operation: string | null;
  availabilityZone: string | null;
  /** The end AWS writes on its rows (x_SavingsPlanEndTime, x_ReservationEndTime), ISO. */
  end: string | null;
}

export interface CommitmentAttributes {
  type: CommitmentType;
  term: Term | null;
  paymentOption: PaymentOption | null;
  offeringClass: 'standard' | 'convertible' | null;
  /** The end minus the term: AWS's terms are exact (365 / 1,095 days). */
  start: string | null;
  end: string | null;
  instanceFamily: string | null;
  instanceType: string | null;
  /** An EC2 Linux regional RI applies to any size of its family (normalized units). */
  sizeFlexible: boolean | null;
}

const SP_USAGE_TYPE = /^(?:[A-Z0-9]+-)?(ComputeSP|EC2SP|EC2InstanceSP|SageMakerSP|MachineLearningSP):(?:([a-z0-9-]+)\.)?([13])yr(NoUpfront|PartialUpfront|AllUpfront)$/;
const SP_KIND: Record<string, CommitmentType> = {
  ComputeSP: 'ComputeSavingsPlan', EC2SP: 'EC2InstanceSavingsPlan', EC2InstanceSP: 'EC2InstanceSavingsPlan',
  SageMakerSP: 'SageMakerSavingsPlan', MachineLearningSP: 'SageMakerSavingsPlan',
};
/** The instance type in an RI fee's usage type: `USE1-HeavyUsage:m5.large`, `HeavyUsage:db.r6g.large`. */
const RI_USAGE_TYPE = /HeavyUsage:([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/;

export function parseSavingsPlanUsageType(usageType: string | null): { type: CommitmentType; family: string | null; term: Term; payment: PaymentOption } | null {
  const m = usageType === null ? null : SP_USAGE_TYPE.exec(usageType);
  if (!m) return null;
  return { type: SP_KIND[m[1] as string] as CommitmentType, family: m[2] ?? null, term: m[3] === '1' ? '1y' : '3y', payment: m[4] as PaymentOption };
}

export function riTermFromRateCode(rateCode: string | null): (typeof RI_TERM_CODES)[string] | null {
  if (rateCode === null) return null;
  for (const part of rateCode.split('.')) {
    const t = RI_TERM_CODES[part];
    if (t) return t;
  }
  return null;
}

/** `m5.large` → `m5`; `db.r6g.large` → `db.r6g`. */
export function instanceFamily(instanceType: string | null): string | null {
  if (instanceType === null) return null;
  const i = instanceType.lastIndexOf('.');
  return i > 0 ? instanceType.slice(0, i) : null;
}

function startFrom(end: string | null, term: Term | null): string | null {
  if (end === null || term === null) return null;
  const ms = Date.parse(end);
  return Number.isNaN(ms) ? null : new Date(ms - TERM_SECONDS[term] * 1000).toISOString().replace('.000Z', 'Z');
}

export function commitmentAttributes(f: CommitmentFacts): CommitmentAttributes {
  const isAws = f.provider === null || /^(AWS|Amazon)/i.test(f.provider);
  const sp = parseSavingsPlanUsageType(f.feeUsageType);
  if (f.focusType === FOCUS_TYPE.savingsPlan || sp) {
    const term = sp?.term ?? null;
    return {
      type: sp?.type ?? 'SavingsPlan', term, paymentOption: sp?.payment ?? PURCHASE_OPTION_WORDS[f.purchaseOption ?? ''] ?? null, offeringClass: null,
      start: startFrom(f.end, term), end: f.end, instanceFamily: sp?.family ?? null, instanceType: null, sizeFlexible: null,
    };
  }
  if (f.focusType !== null && /reserv/i.test(f.focusType)) {
    const code = riTermFromRateCode(f.feeRateCode);
    const instanceType = f.instanceType ?? (f.feeUsageType === null ? null : (RI_USAGE_TYPE.exec(f.feeUsageType)?.[1] ?? null));
    const ec2 = instanceType !== null && !instanceType.includes('.') ? false : instanceType !== null && !/^(db|cache)\./.test(instanceType);
    const sizeFlexible = !isAws || instanceType === null ? null : ec2 && f.operation === 'RunInstances' && f.availabilityZone === null;
    const term = code?.term ?? null;
    return {
      type: isAws ? 'ReservedInstance' : 'Reservation', term, paymentOption: code?.payment ?? PURCHASE_OPTION_WORDS[f.purchaseOption ?? ''] ?? null,
      offeringClass: code?.offeringClass ?? null, start: startFrom(f.end, term), end: f.end,
      instanceFamily: instanceFamily(instanceType), instanceType, sizeFlexible,
    };
  }
  return { type: 'Other', term: null, paymentOption: null, offeringClass: null, start: null, end: f.end, instanceFamily: null, instanceType: null, sizeFlexible: null };
}
