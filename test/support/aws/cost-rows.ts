// Cost Explorer rows for the pull tests, with their totals worked out by hand.
import type { CostRow } from './cost-explorer.ts';

const EC2 = 'Amazon Elastic Compute Cloud - Compute';
const S3 = 'Amazon Simple Storage Service';
const m = (u: string, nu: string, a: string, na: string) => ({ UnblendedCost: u, NetUnblendedCost: nu, AmortizedCost: a, NetAmortizedCost: na });
const workloads = { accountName: 'Workloads' };

/** The first row carries a negotiated discount: its net figures are below the gross ones. */
export const COST_ROWS: CostRow[] = [
  { day: '2026-09-01', dimensions: { SERVICE: EC2, LINKED_ACCOUNT: '222222222222' }, tags: { Team: 'payments' }, metrics: m('10.50', '10.00', '8.25', '8.00'), ...workloads },
  { day: '2026-09-15', dimensions: { SERVICE: EC2, LINKED_ACCOUNT: '222222222222' }, tags: { Team: 'search' }, metrics: m('4.50', '4.50', '4.75', '4.70'), ...workloads },
  { day: '2026-09-30', dimensions: { SERVICE: S3, LINKED_ACCOUNT: '333333333333' }, metrics: m('0.000001', '0.000001', '0.000001', '0.000001'), accountName: 'Storage' },
  { day: '2026-10-10', dimensions: { SERVICE: EC2, LINKED_ACCOUNT: '222222222222' }, tags: { Team: 'payments' }, metrics: m('1.00', '1.00', '1.00', '1.00'), ...workloads },
];

/**
 * Billed is NetUnblendedCost, effective NetAmortizedCost (as the CUR mapping takes net figures):
 * 222…/EC2 billed 10.00+4.50+1.00, effective 8.00+4.70+1.00; 333…/S3 0.000001 each.
 */
export const COST_TOTALS = [
  { account: '222222222222', service: EC2, billed: '15.500000000000', effective: '13.700000000000' },
  { account: '333333333333', service: S3, billed: '0.000001000000', effective: '0.000001000000' },
];

const TAX = 'Tax';
const SP = 'Savings Plans for AWS Compute usage';
const rt = (day: string, service: string, recordType: string, amounts: ReturnType<typeof m>): CostRow => ({ day, dimensions: { SERVICE: service, RECORD_TYPE: recordType }, metrics: amounts });

/** October 2026 by RECORD_TYPE: usage, Savings Plan rows, a fee, tax, a credit, a refund and a discount. */
export const RECORD_TYPE_ROWS: CostRow[] = [
  rt('2026-10-01', EC2, 'Usage', m('5.00', '5.00', '5.00', '5.00')),
  rt('2026-10-01', EC2, 'SavingsPlanCoveredUsage', m('2.00', '2.00', '1.20', '1.20')),
  rt('2026-10-01', EC2, 'SavingsPlanNegation', m('-2.00', '-2.00', '0', '0')),
  rt('2026-10-01', SP, 'SavingsPlanRecurringFee', m('3.00', '3.00', '1.80', '1.80')),
  rt('2026-10-01', TAX, 'Tax', m('0.50', '0.50', '0.50', '0.50')),
  rt('2026-10-02', EC2, 'Credit', m('-1.00', '-1.00', '-1.00', '-1.00')),
  rt('2026-10-02', EC2, 'Refund', m('-0.25', '-0.25', '-0.25', '-0.25')),
  rt('2026-10-02', EC2, 'Enterprise Discount Program Discount', m('-0.10', '-0.10', '-0.10', '-0.10')),
];

/**
 * By ChargeCategory: Usage billed 5.00+2.00−2.00, effective 5.00+1.20+0; Purchase (the recurring
 * fee) 3.00 and 1.80; Tax 0.50; Credit (credit, refund, discount) −1.00−0.25−0.10. ListCost is
 * the billed cost on every row: 5.00+3.00+0.50−1.35 = 7.15.
 */
export const RECORD_TYPE_TOTALS = [
  { category: 'Credit', billed: '-1.350000000000', effective: '-1.350000000000', list: '-1.350000000000' },
  { category: 'Purchase', billed: '3.000000000000', effective: '1.800000000000', list: '3.000000000000' },
  { category: 'Tax', billed: '0.500000000000', effective: '0.500000000000', list: '0.500000000000' },
  { category: 'Usage', billed: '5.000000000000', effective: '6.200000000000', list: '5.000000000000' },
];

/**
 * October 2026 by SERVICE and USAGE_TYPE, with usage quantities: an EC2 instance type in hours,
 * S3 storage in GB-months, and tax (no unit). ServiceCategory by the product code table (migration
 * 002): EC2 Compute, S3 Storage, the Savings Plan Compute, Tax (no product code) Other.
 */
export const USAGE_TYPE_ROWS: CostRow[] = [
  { day: '2026-10-01', dimensions: { SERVICE: EC2, USAGE_TYPE: 'BoxUsage:m5.large' }, metrics: { ...m('2.40', '2.40', '2.40', '2.40'), UsageQuantity: '25' }, usageUnit: 'Hrs' },
  { day: '2026-10-01', dimensions: { SERVICE: EC2, USAGE_TYPE: 'BoxUsage:m5.large' }, metrics: { ...m('0.96', '0.96', '0.96', '0.96'), UsageQuantity: '10' }, usageUnit: 'Hrs' },
  { day: '2026-10-01', dimensions: { SERVICE: S3, USAGE_TYPE: 'TimedStorage-ByteHrs' }, metrics: { ...m('0.023', '0.023', '0.023', '0.023'), UsageQuantity: '1' }, usageUnit: 'GB-Mo' },
  { day: '2026-10-01', dimensions: { SERVICE: SP, USAGE_TYPE: 'ComputeSP:1yrNoUpfront' }, metrics: { ...m('3.00', '3.00', '1.80', '1.80'), UsageQuantity: '24' }, usageUnit: 'Hrs' },
  { day: '2026-10-01', dimensions: { SERVICE: TAX }, metrics: { ...m('0.50', '0.50', '0.50', '0.50'), UsageQuantity: '0' } },
];
