// What a commitment is, read from its own rows: type, term, payment option, start, scope. FOCUS
// 1.2 has no columns for term or payment, so for AWS they come from what CUR writes: first its own
// columns (savingsPlan/StartTime, PurchaseTerm, PaymentOption, reservation/StartTime,
// pricing/LeaseContractLength, OfferingClass: the x_ columns of migration 060), else what the fee
// lines imply: a Savings Plan fee's usage type (`ComputeSP:3yrNoUpfront`, `EC2SP:m5.1yrPartialUpfront`),
// an RI fee's rate code (`<sku>.<term code>.<price>`) and purchase option, and the start as end −
// term. Whatever the data does not say stays null: a guess here would be shown to people as a fact.
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
  /** The start AWS writes (x_SavingsPlanStartTime, x_ReservationStartTime), ISO; else derived. */
  start?: string | null;
  /** x_SavingsPlanPurchaseTerm or x_LeaseContractLength: `1yr`, `3yr`. */
  termWord?: string | null;
  /** x_SavingsPlanPaymentOption: `Partial Upfront`. */
  paymentWord?: string | null;
  /** x_OfferingClass: `standard`, `convertible`. */
  offeringClass?: string | null;
}

export interface CommitmentAttributes {
  type: CommitmentType;
  term: Term | null;
  paymentOption: PaymentOption | null;
  offeringClass: 'standard' | 'convertible' | null;
  /** As AWS writes it; else the end minus the term (AWS's terms are exact: 365 / 1,095 days). */
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
/** Google Cloud's commitments as its FOCUS export names them (resource- or spend-based). */
const COMMITTED_USE = /committed use|\bCUDs?\b/i;
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

/** `1yr`, `1 yr`, `1 year`, `3yr`… → the term; anything else null. */
export function termFromWord(word: string | null | undefined): Term | null {
  const m = word === null || word === undefined ? null : /^\s*([13])\s*(yr|year)s?\s*$/i.exec(word);
  return m ? (m[1] === '1' ? '1y' : '3y') : null;
}

const OFFERING_CLASSES = ['standard', 'convertible'] as const;
function offeringClassFrom(word: string | null | undefined): (typeof OFFERING_CLASSES)[number] | null {
  const w = word?.trim().toLowerCase();
  return OFFERING_CLASSES.find((c) => c === w) ?? null;
}

function startFrom(written: string | null | undefined, end: string | null, term: Term | null): string | null {
  if (written) return written;
  if (end === null || term === null) return null;
  const ms = Date.parse(end);
  return Number.isNaN(ms) ? null : new Date(ms - TERM_SECONDS[term] * 1000).toISOString().replace('.000Z', 'Z');
}

export function commitmentAttributes(f: CommitmentFacts): CommitmentAttributes {
  const isAws = f.provider === null || /^(AWS|Amazon)/i.test(f.provider);
  const sp = parseSavingsPlanUsageType(f.feeUsageType);
  const writtenTerm = termFromWord(f.termWord);
  if (f.focusType === FOCUS_TYPE.savingsPlan || sp) {
    const term = writtenTerm ?? sp?.term ?? null;
    return {
      type: sp?.type ?? 'SavingsPlan', term,
      paymentOption: PURCHASE_OPTION_WORDS[f.paymentWord ?? ''] ?? sp?.payment ?? PURCHASE_OPTION_WORDS[f.purchaseOption ?? ''] ?? null, offeringClass: null,
      start: startFrom(f.start, f.end, term), end: f.end, instanceFamily: sp?.family ?? null, instanceType: null, sizeFlexible: null,
    };
  }
  if (f.focusType !== null && /reserv/i.test(f.focusType)) {
    const code = riTermFromRateCode(f.feeRateCode);
    const instanceType = f.instanceType ?? (f.feeUsageType === null ? null : (RI_USAGE_TYPE.exec(f.feeUsageType)?.[1] ?? null));
    const ec2 = instanceType !== null && !instanceType.includes('.') ? false : instanceType !== null && !/^(db|cache)\./.test(instanceType);
    const sizeFlexible = !isAws || instanceType === null ? null : ec2 && f.operation === 'RunInstances' && f.availabilityZone === null;
    const term = writtenTerm ?? code?.term ?? null;
    return {
      type: isAws ? 'ReservedInstance' : 'Reservation', term, paymentOption: PURCHASE_OPTION_WORDS[f.purchaseOption ?? ''] ?? code?.payment ?? null,
      offeringClass: offeringClassFrom(f.offeringClass) ?? code?.offeringClass ?? null, start: startFrom(f.start, f.end, term), end: f.end,
      instanceFamily: instanceFamily(instanceType), instanceType, sizeFlexible,
    };
  }
  const type = f.focusType !== null && COMMITTED_USE.test(f.focusType) ? 'CommittedUseDiscount' : 'Other';
  return { type, term: null, paymentOption: null, offeringClass: null, start: f.start ?? null, end: f.end, instanceFamily: null, instanceType: null, sizeFlexible: null };
}
