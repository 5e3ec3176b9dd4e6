// Cost Explorer rows for the pull tests, with their totals worked out by hand.
import type { CostRow } from './cost-explorer.ts';

const EC2 = 'Amazon Elastic Compute Cloud - Compute';
const S3 = 'Amazon Simple Storage Service';
const m = (u: string, a: string, n: string) => ({ UnblendedCost: u, AmortizedCost: a, NetAmortizedCost: n });

export const COST_ROWS: CostRow[] = [
  { day: '2026-09-01', dimensions: { SERVICE: EC2, LINKED_ACCOUNT: '222222222222' }, tags: { Team: 'payments' }, metrics: m('10.50', '8.25', '8.00') },
  { day: '2026-09-15', dimensions: { SERVICE: EC2, LINKED_ACCOUNT: '222222222222' }, tags: { Team: 'search' }, metrics: m('4.50', '4.75', '4.70') },
  { day: '2026-09-30', dimensions: { SERVICE: S3, LINKED_ACCOUNT: '333333333333' }, metrics: m('0.000001', '0.000001', '0.000001') },
  { day: '2026-10-10', dimensions: { SERVICE: EC2, LINKED_ACCOUNT: '222222222222' }, tags: { Team: 'payments' }, metrics: m('1.00', '1.00', '1.00') },
];

/** 222…/EC2: billed 10.50+4.50+1.00, effective 8.25+4.75+1.00; 333…/S3: 0.000001 each. */
export const COST_TOTALS = [
  { account: '222222222222', service: EC2, billed: '16.000000000000', effective: '14.000000000000' },
  { account: '333333333333', service: S3, billed: '0.000001000000', effective: '0.000001000000' },
];
